import {
  BadRequestError,
  ConcurrencyLimitError,
  InvalidTaskRefError,
  optionalTaskOperations,
  RateLimitError,
} from "@agent-tasks/core";
import { onlyRequest, rejectionOf, useMswServer } from "@agent-tasks/test-support";
import { createManualClock, type ManualClock, simulateSkyvern, type TaskPlan } from "@agent-tasks/testing";
import { simulationHandlers } from "@agent-tasks/testing/msw";
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { artifacts, listItem, RUN_ID, taskRun, timeline, WORKFLOW_RUN_ID, workflowRun } from "./__fixtures__/runs.js";
import { createSkyvernAdapter } from "./create-skyvern-adapter.js";
import { createSkyvernClient } from "./create-skyvern-client.js";
import type { SkyvernRunListItem, SkyvernTaskRunRequest } from "./task-types.js";

const KEY = "sk-adapter-key-0e6b";
const API = "https://api.skyvern.com";
const HEADER = "x-api-key";
const RUN_URL = `${API}/v1/runs/${RUN_ID}`;

const { server, calls, settled } = useMswServer();

function createAdapter() {
  return createSkyvernAdapter(createSkyvernClient({ apiKey: KEY, maxRetries: 0 }));
}

/** Serves `GET /v1/runs` from `all` (newest first), paged by the request's page/page_size as Skyvern pages (default 10). */
function serveRunList(all: SkyvernRunListItem[]) {
  server.use(
    http.get(`${API}/v1/runs`, ({ request }) => {
      const query = new URL(request.url).searchParams;
      const pageSize = Number(query.get("page_size") ?? 10);
      const page = Number(query.get("page") ?? 1);
      return HttpResponse.json(all.slice((page - 1) * pageSize, page * pageSize));
    }),
  );
}

/** `count` rows, newest first. */
const rows = (count: number) => Array.from({ length: count }, (_, index) => listItem(count - index));

const described = (call: { method: string; url: URL }) => `${call.method} ${call.url.href}`;

describe("createSkyvernAdapter", () => {
  it("has source 'skyvern' and exactly stop and list of the optional operations, plus output schema, timeline and artifacts", () => {
    const adapter = createAdapter();

    expect(adapter.source).toBe("skyvern");
    // No status: GET /v1/runs/{run_id} is the API's only read of a run.
    expect(optionalTaskOperations.filter((name) => name in adapter)).toEqual(["stop", "list"]);
    expect(typeof adapter.withOutputSchema).toBe("function");
    expect(typeof adapter.timeline).toBe("function");
    expect(typeof adapter.artifacts).toBe("function");
    // TaskRunRequest has no metadata for a client key.
    expect("withClientKey" in adapter || "findByClientKey" in adapter).toBe(false);
  });

  it("start: POST /v1/run/tasks with the TaskRunRequest as given and x-api-key; resolves run_id and the run", async () => {
    const created = taskRun("created");
    server.use(http.post(`${API}/v1/run/tasks`, () => HttpResponse.json(created)));
    const input: SkyvernTaskRunRequest = {
      prompt: "Find the cheapest flight from Berlin to Lisbon next Friday",
      url: "https://www.example-flights.com/",
      engine: "skyvern-2.0",
      max_steps: 25,
      webhook_url: "https://example.com/hooks/skyvern",
    };

    const started = await createAdapter().start(input);
    await settled();

    expect(calls.map(described)).toEqual([`POST ${API}/v1/run/tasks`]);
    expect(calls[0]?.headers.get(HEADER)).toBe(KEY);
    expect(JSON.parse(calls[0]?.body ?? "")).toEqual(input);
    expect(started).toEqual({ ref: RUN_ID, response: created });
  });

  it("start: a 400 (invalid agent engine) rejects with BadRequestError, sent once", async () => {
    server.use(
      http.post(`${API}/v1/run/tasks`, () =>
        HttpResponse.json({ detail: "Invalid agent engine: skyvern-9.0" }, { status: 400 }),
      ),
    );

    const error = await rejectionOf(createAdapter().start({ prompt: "p" }));

    expect(error).toBeInstanceOf(BadRequestError);
    expect(error).toMatchObject({ provider: "skyvern", status: 400, method: "POST", url: `${API}/v1/run/tasks` });
    expect(calls).toHaveLength(1);
  });

  it("start: a 429 stays a RateLimitError (the spec declares no concurrency refusal)", async () => {
    server.use(
      http.post(`${API}/v1/run/tasks`, () => HttpResponse.json({ detail: "Too many requests" }, { status: 429 })),
    );

    const error = await rejectionOf(createAdapter().start({ prompt: "p" }));

    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).not.toBeInstanceOf(ConcurrencyLimitError);
  });

  it("get (= fetchTask): GET /v1/runs/{run_id}, a task run and a workflow run alike", async () => {
    server.use(
      http.get(`${API}/v1/runs/:runId`, ({ params }) =>
        HttpResponse.json(params.runId === WORKFLOW_RUN_ID ? workflowRun : taskRun("running")),
      ),
    );
    const adapter = createAdapter();

    expect(await adapter.get(RUN_ID)).toEqual(taskRun("running"));
    expect(await adapter.fetchTask(WORKFLOW_RUN_ID)).toEqual(workflowRun);
    expect(adapter.fetchTask).toBe(adapter.get);
    expect(calls.map(described)).toEqual([`GET ${RUN_URL}`, `GET ${API}/v1/runs/${WORKFLOW_RUN_ID}`]);
    expect(calls.every((call) => call.headers.get(HEADER) === KEY)).toBe(true);
  });

  it("stop: POST /v1/runs/{run_id}/cancel with no body, accepting Skyvern's JSON null", async () => {
    server.use(http.post(`${RUN_URL}/cancel`, () => HttpResponse.json(null)));

    await expect(createAdapter().stop(RUN_ID)).resolves.toBeUndefined();
    await settled();

    expect(calls.map(described)).toEqual([`POST ${RUN_URL}/cancel`]);
    expect(calls[0]?.headers.get(HEADER)).toBe(KEY);
    expect(calls[0]?.body).toBeNull();
  });

  it("stop: accepts an empty 200 too", async () => {
    server.use(http.post(`${RUN_URL}/cancel`, () => new HttpResponse(null, { status: 200 })));

    await expect(createAdapter().stop(RUN_ID)).resolves.toBeUndefined();
  });

  it("list: GET /v1/runs through three pages, each fetched only when iterated, with the query's filters", async () => {
    serveRunList(rows(5));
    const pages = createAdapter()
      .list({ page_size: 2, status: ["completed", "failed"], run_type: ["task_v2"] })
      [Symbol.asyncIterator]();

    expect(calls).toHaveLength(0);
    const first = await pages.next();
    expect(calls).toHaveLength(1);
    const second = await pages.next();
    expect(calls).toHaveLength(2);
    const third = await pages.next();
    const end = await pages.next();

    expect(
      [first, second, third].map((result) => result.value?.items.map((item: SkyvernRunListItem) => item.title)),
    ).toEqual([["Run 5", "Run 4"], ["Run 3", "Run 2"], ["Run 1"]]);
    expect(third.value?.page).toEqual([listItem(1)]);
    expect(end.done).toBe(true);
    expect(calls.map((call) => call.url.search)).toEqual([
      "?page_size=2&status=completed&status=failed&run_type=task_v2&page=1",
      "?page_size=2&status=completed&status=failed&run_type=task_v2&page=2",
      "?page_size=2&status=completed&status=failed&run_type=task_v2&page=3",
    ]);
    expect(calls.every((call) => call.headers.get(HEADER) === KEY)).toBe(true);
  });

  it("list: asks for 100 runs a page by default; a full last page costs one more, empty request", async () => {
    serveRunList(rows(200));

    const sizes = [];
    for await (const page of createAdapter().list()) sizes.push(page.items.length);

    expect(sizes).toEqual([100, 100, 0]);
    expect(calls.map((call) => call.url.search)).toEqual([
      "?page_size=100&page=1",
      "?page_size=100&page=2",
      "?page_size=100&page=3",
    ]);
  });

  it("list: stops after page 100, the highest the spec allows", async () => {
    server.use(http.get(`${API}/v1/runs`, () => HttpResponse.json([listItem(1)])));

    let pages = 0;
    for await (const _ of createAdapter().list({ page_size: 1 })) pages += 1;

    expect(pages).toBe(100);
    expect(calls.at(-1)?.url.searchParams.get("page")).toBe("100");
  });

  it("withOutputSchema puts the JSON Schema into data_extraction_schema, as an object", () => {
    const schema = { type: "object", properties: { price_eur: { type: "number" } }, required: ["price_eur"] };
    const input = { prompt: "p", data_extraction_schema: null };

    expect(createAdapter().withOutputSchema(input, schema)).toEqual({ prompt: "p", data_extraction_schema: schema });
    expect(input.data_extraction_schema).toBeNull();
  });

  it("timeline: GET /v1/runs/{run_id}/timeline, resolving the entries as sent", async () => {
    server.use(http.get(`${RUN_URL}/timeline`, () => HttpResponse.json(timeline)));

    expect(await createAdapter().timeline(RUN_ID)).toEqual(timeline);
    expect(calls.map(described)).toEqual([`GET ${RUN_URL}/timeline`]);
    expect(calls[0]?.headers.get(HEADER)).toBe(KEY);
  });

  it("timeline: a run type without one (400) rejects with BadRequestError", async () => {
    server.use(
      http.get(`${API}/v1/runs/:runId/timeline`, () =>
        HttpResponse.json({ detail: "Timeline not available for this run type" }, { status: 400 }),
      ),
    );

    expect(await rejectionOf(createAdapter().timeline("tsk_1"))).toBeInstanceOf(BadRequestError);
  });

  it("artifacts: GET /v1/runs/{run_id}/artifacts, with the artifact types asked for", async () => {
    server.use(http.get(`${RUN_URL}/artifacts`, () => HttpResponse.json(artifacts)));
    const adapter = createAdapter();

    expect(await adapter.artifacts(RUN_ID)).toEqual(artifacts);
    expect(await adapter.artifacts(RUN_ID, { artifact_type: ["recording", "screenshot_final"] })).toEqual(artifacts);
    expect(calls.map(described)).toEqual([
      `GET ${RUN_URL}/artifacts`,
      `GET ${RUN_URL}/artifacts?artifact_type=recording&artifact_type=screenshot_final`,
    ]);
  });

  it("refuses a bad run id before sending anything", async () => {
    const adapter = createAdapter();

    expect(await rejectionOf(adapter.stop(" "))).toBeInstanceOf(InvalidTaskRefError);
    expect(await rejectionOf(adapter.timeline(""))).toBeInstanceOf(InvalidTaskRefError);
    expect(await rejectionOf(adapter.artifacts(" "))).toMatchObject({ provider: "skyvern", field: "runId" });
    expect(calls).toHaveLength(0);
  });

  describe("against a simulated Skyvern", () => {
    function simulate(options: { clock?: ManualClock; task?: Partial<TaskPlan>; maxActiveTasks?: number } = {}) {
      const sim = simulateSkyvern({ apiKey: KEY, clock: createManualClock(), ...options });
      server.use(...simulationHandlers(sim));
      return sim;
    }

    it("start, get until completed, with the output schema's structured output", async () => {
      const clock = createManualClock();
      const output = JSON.stringify({ title: "Show HN: agent-tasks" });
      const sim = simulate({ clock, task: { durationMs: 3_000, steps: 3, output } });
      const adapter = createAdapter();
      const schema = { type: "object", properties: { title: { type: "string" } } };

      const { ref, response } = await adapter.start(adapter.withOutputSchema({ prompt: "Top post on HN" }, schema));
      const running = await adapter.get(ref);
      clock.advance(3_000);
      const done = await adapter.get(ref);

      expect(ref).toMatch(/^tsk_/);
      expect(response.run_id).toBe(ref);
      expect(sim.tasks.get(ref).input.data_extraction_schema).toEqual(schema);
      expect(running.status).not.toBe("completed");
      expect(done).toEqual(sim.view(ref));
      expect(done).toMatchObject({ status: "completed", output: { title: "Show HN: agent-tasks" } });
    });

    it("stop cancels a running run; stopping it again is refused (400) as Skyvern refuses it", async () => {
      const sim = simulate();
      const adapter = createAdapter();
      const { ref } = await adapter.start({ prompt: "Open example.com" });
      sim.clearRequests();

      await adapter.stop(ref);
      const again = await rejectionOf(adapter.stop(ref));

      expect((await adapter.get(ref)).status).toBe("canceled");
      expect(again).toBeInstanceOf(BadRequestError);
      expect(sim.requests.map((request) => `${request.operation} ${request.status}`)).toEqual([
        "stop 200",
        "stop 400",
        "get 200",
      ]);
    });

    it("list: every run, newest first, page after page", async () => {
      const sim = simulate();
      const adapter = createAdapter();
      const ids: string[] = [];
      for (let run = 0; run < 5; run++) ids.push((await adapter.start({ prompt: `Task ${run + 1}` })).ref);
      sim.clearRequests();

      const pages: string[][] = [];
      for await (const page of adapter.list({ page_size: 2 })) pages.push(page.items.map((item) => item.run_id));

      expect(pages).toEqual([[ids[4], ids[3]], [ids[2], ids[1]], [ids[0]]]);
      expect(sim.requestsOf("list")).toHaveLength(3);
    });

    it("timeline of a skyvern-2.0 run, and its artifacts", async () => {
      const clock = createManualClock();
      const sim = simulate({ clock, task: { durationMs: 1_000 } });
      const adapter = createAdapter();
      const { ref } = await adapter.start({ prompt: "Open example.com", engine: "skyvern-2.0" });
      clock.advance(1_000);
      sim.clearRequests();

      const entries = await adapter.timeline(ref);
      const files = await adapter.artifacts(ref);

      expect(entries).toEqual(JSON.parse(sim.requests[0]?.responseBody ?? ""));
      expect(files).toEqual(JSON.parse(sim.requests[1]?.responseBody ?? ""));
      expect(sim.requests.map((request) => `${request.operation} ${request.status}`)).toEqual([
        "timeline 200",
        "artifacts 200",
      ]);
    });

    it("a 429 beyond the simulated concurrency stays a RateLimitError, and nothing was started", async () => {
      const sim = simulate({ maxActiveTasks: 1 });
      const adapter = createAdapter();
      await adapter.start({ prompt: "the one running" });
      sim.clearRequests();

      const error = await rejectionOf(adapter.start({ prompt: "one too many" }));

      expect(error).toBeInstanceOf(RateLimitError);
      expect(onlyRequest(sim)).toMatchObject({ operation: "start", status: 429 });
      expect(sim.tasks.list()).toHaveLength(1);
    });
  });
});
