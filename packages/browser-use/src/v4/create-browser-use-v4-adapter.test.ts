import {
  ConcurrencyLimitError,
  ConflictError,
  InvalidTaskRefError,
  optionalTaskOperations,
  RateLimitError,
} from "@agent-tasks/core";
import { onlyRequest, rejectionOf, useMswServer } from "@agent-tasks/test-support";
import { createManualClock, type ManualClock, simulateBrowserUseV4, type TaskPlan } from "@agent-tasks/testing";
import { simulationHandlers } from "@agent-tasks/testing/msw";
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { RUN_ID, runCreated, runEvents, runSummary, SESSION_ID } from "./__fixtures__/runs.js";
import { createBrowserUseV4Adapter } from "./create-browser-use-v4-adapter.js";
import { createBrowserUseV4Client } from "./create-browser-use-v4-client.js";
import type { BrowserUseV4Run } from "./task-types.js";

const KEY = "bu-v4-adapter-key-51d0";
const API = "https://api.browser-use.com/api/v4";
const HEADER = "X-Browser-Use-API-Key";
const RUN_URL = `${API}/runs/${RUN_ID}`;
/** The spec's default `detail` of `TooManyConcurrentActiveSessionsError`. */
const CONCURRENCY_DETAIL =
  "Too many concurrent active sessions. Please wait for one to finish, kill one, or upgrade your plan.";

const { server, calls, settled } = useMswServer();

function createAdapter() {
  return createBrowserUseV4Adapter(createBrowserUseV4Client({ apiKey: KEY, maxRetries: 0 }));
}

/** `count` runs, newest first as `GET /runs` lists them, with ids run-<n>. */
function runsNamed(count: number): BrowserUseV4Run[] {
  return Array.from({ length: count }, (_, index) => runSummary("completed", `run-${count - index}`));
}

/** Serves `GET /runs` from `all` with a keyset cursor (the id of the last run served) and `limit` (default 50). */
function serveRunList(all: BrowserUseV4Run[]) {
  server.use(
    http.get(`${API}/runs`, ({ request }) => {
      const query = new URL(request.url).searchParams;
      const limit = Number(query.get("limit") ?? 50);
      const cursor = query.get("cursor");
      const start = cursor === null ? 0 : all.findIndex((run) => run.id === cursor) + 1;
      const runs = all.slice(start, start + limit);
      const hasMore = start + limit < all.length;
      return HttpResponse.json({ runs, nextCursor: hasMore ? (runs.at(-1)?.id ?? null) : null, hasMore });
    }),
  );
}

const described = (call: { method: string; url: URL }) => `${call.method} ${call.url.href}`;

describe("createBrowserUseV4Adapter", () => {
  it("has source 'browser-use-v4' and exactly status, stop and list of the optional operations, plus events", () => {
    const adapter = createAdapter();

    expect(adapter.source).toBe("browser-use-v4");
    expect(optionalTaskOperations.filter((name) => name in adapter)).toEqual(["status", "stop", "list"]);
    expect(typeof adapter.events).toBe("function");
    expect(typeof adapter.attachments).toBe("function");
    // No structured-output field and no metadata in RunCreateRequest.
    expect("withOutputSchema" in adapter || "withClientKey" in adapter || "findByClientKey" in adapter).toBe(false);
  });

  it("start: POST /runs with the RunCreateRequest as given and the key header; resolves the id and the response", async () => {
    server.use(http.post(`${API}/runs`, () => HttpResponse.json(runCreated)));
    const input = {
      task: "Find the cheapest flight from Berlin to Lisbon next Friday",
      model: "claude-sonnet-5",
      sessionId: SESSION_ID,
      maxCostUsd: 0.5,
    } as const;

    const started = await createAdapter().start(input);
    await settled();

    expect(calls.map(described)).toEqual([`POST ${API}/runs`]);
    expect(calls[0]?.headers.get(HEADER)).toBe(KEY);
    expect(calls[0]?.headers.get("content-type")).toBe("application/json");
    expect(JSON.parse(calls[0]?.body ?? "")).toEqual(input);
    expect(started).toEqual({ ref: RUN_ID, response: runCreated });
  });

  it("start: a 409 (the session already has an active run) stays a ConflictError, not a ConcurrencyLimitError", async () => {
    server.use(
      http.post(`${API}/runs`, () =>
        HttpResponse.json({ detail: "Session already has an active run" }, { status: 409 }),
      ),
    );

    const error = await rejectionOf(createAdapter().start({ task: "t", sessionId: SESSION_ID }));

    expect(error).toBeInstanceOf(ConflictError);
    expect(error).not.toBeInstanceOf(ConcurrencyLimitError);
    expect(error).toMatchObject({ provider: "browser-use-v4", status: 409, method: "POST", url: `${API}/runs` });
    expect(calls).toHaveLength(1);
  });

  it("start: a 429 'Too many concurrent active sessions' rejects with ConcurrencyLimitError, not RateLimitError", async () => {
    const body = { detail: CONCURRENCY_DETAIL };
    server.use(http.post(`${API}/runs`, () => HttpResponse.json(body, { status: 429 })));

    const error = await rejectionOf(createAdapter().start({ task: "t" }));

    expect(error).toBeInstanceOf(ConcurrencyLimitError);
    expect(error).not.toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ provider: "browser-use-v4", status: 429, method: "POST", url: `${API}/runs`, body });
    expect((error as ConcurrencyLimitError).cause).toBeInstanceOf(RateLimitError);
    expect(calls).toHaveLength(1);
  });

  it.each([
    { detail: "Rate limit exceeded" },
    { detail: "Too many concurrent requests, slow down" },
    { message: "Too many concurrent active sessions" }, // not the spec's `detail`
  ])("start: a 429 with %j stays a RateLimitError", async (body) => {
    server.use(http.post(`${API}/runs`, () => HttpResponse.json(body, { status: 429 })));

    const error = await rejectionOf(createAdapter().start({ task: "t" }));

    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).not.toBeInstanceOf(ConcurrencyLimitError);
  });

  it("get (= fetchTask): GET /runs/{run_id}, then the events after the last id this adapter read", async () => {
    const feed = { status: "running" as BrowserUseV4Run["status"], events: runEvents(1, 2) };
    server.use(
      http.get(RUN_URL, () => HttpResponse.json(runSummary(feed.status))),
      http.get(`${RUN_URL}/events`, ({ request }) => {
        const after = Number(new URL(request.url).searchParams.get("after"));
        const events = feed.events.filter((event) => event.id > after);
        return HttpResponse.json({ events, nextAfter: events.at(-1)?.id ?? null, hasMore: false });
      }),
    );
    const adapter = createAdapter();

    const first = await adapter.get(RUN_ID);
    feed.status = "completed";
    feed.events = runEvents(1, 3);
    const second = await adapter.fetchTask(RUN_ID);

    expect(adapter.fetchTask).toBe(adapter.get);
    expect(first).toEqual({ run: runSummary("running"), events: runEvents(1, 2) });
    expect(second).toEqual({ run: runSummary("completed"), events: runEvents(1, 3) });
    expect(calls.map(described)).toEqual([
      `GET ${RUN_URL}`,
      `GET ${RUN_URL}/events?after=0`,
      `GET ${RUN_URL}`,
      `GET ${RUN_URL}/events?after=2`,
    ]);
    expect(calls.every((call) => call.headers.get(HEADER) === KEY)).toBe(true);
  });

  it("status: GET /runs/{run_id}/status, resolving the raw status string", async () => {
    server.use(http.get(`${RUN_URL}/status`, () => HttpResponse.json({ status: "dispatching" })));

    expect(await createAdapter().status(RUN_ID)).toBe("dispatching");
    expect(calls.map(described)).toEqual([`GET ${RUN_URL}/status`]);
    expect(calls[0]?.headers.get(HEADER)).toBe(KEY);
  });

  it("stop: POST /runs/{run_id}/cancel with no body, accepting the RunSummary it answers", async () => {
    server.use(http.post(`${RUN_URL}/cancel`, () => HttpResponse.json(runSummary("cancelled"))));

    await expect(createAdapter().stop(RUN_ID)).resolves.toBeUndefined();
    await settled();

    expect(calls.map(described)).toEqual([`POST ${RUN_URL}/cancel`]);
    expect(calls[0]?.headers.get(HEADER)).toBe(KEY);
    expect(calls[0]?.body).toBeNull();
  });

  it("stop of a run that already ended resolves too (the API answers it as it is)", async () => {
    server.use(http.post(`${RUN_URL}/cancel`, () => HttpResponse.json(runSummary("completed"))));

    await expect(createAdapter().stop(RUN_ID)).resolves.toBeUndefined();
  });

  it("list: GET /runs through three pages with the keyset cursor, each fetched only when iterated", async () => {
    serveRunList(runsNamed(5));
    const pages = createAdapter().list({ limit: 2, sessionId: SESSION_ID })[Symbol.asyncIterator]();

    expect(calls).toHaveLength(0);
    const first = await pages.next();
    expect(calls).toHaveLength(1);
    const second = await pages.next();
    expect(calls).toHaveLength(2);
    const third = await pages.next();
    const end = await pages.next();

    expect([first, second, third].map((result) => result.value?.items.map((run: BrowserUseV4Run) => run.id))).toEqual([
      ["run-5", "run-4"],
      ["run-3", "run-2"],
      ["run-1"],
    ]);
    expect(third.value?.page).toEqual({ runs: [runSummary("completed", "run-1")], nextCursor: null, hasMore: false });
    expect(end.done).toBe(true);
    expect(calls.map((call) => call.url.search)).toEqual([
      `?limit=2&sessionId=${SESSION_ID}`,
      `?limit=2&sessionId=${SESSION_ID}&cursor=run-4`,
      `?limit=2&sessionId=${SESSION_ID}&cursor=run-2`,
    ]);
    expect(calls.every((call) => call.headers.get(HEADER) === KEY)).toBe(true);
  });

  it("list: an empty list is one request and one empty page; no limit is sent unless asked", async () => {
    serveRunList([]);

    const pages = [];
    for await (const page of createAdapter().list()) pages.push(page.items);

    expect(pages).toEqual([[]]);
    expect(calls.map(described)).toEqual([`GET ${API}/runs`]);
  });

  it("list: stops at a page that says hasMore without a new cursor", async () => {
    server.use(
      http.get(`${API}/runs`, () => HttpResponse.json({ runs: runsNamed(2), nextCursor: null, hasMore: true })),
    );

    const pages = [];
    for await (const page of createAdapter().list()) pages.push(page.items.length);

    expect(pages).toEqual([2]);
    expect(calls).toHaveLength(1);
  });

  it("list: stops when a page gives back the cursor it was read with", async () => {
    server.use(
      http.get(`${API}/runs`, () => HttpResponse.json({ runs: runsNamed(2), nextCursor: "same", hasMore: true })),
    );

    const pages = [];
    for await (const page of createAdapter().list()) pages.push(page.items.length);

    expect(pages).toEqual([2, 2]);
    expect(calls.map((call) => call.url.search)).toEqual(["", "?cursor=same"]);
  });

  it("events: GET /runs/{run_id}/events with the query given, resolving the page as sent", async () => {
    const page = { events: runEvents(8, 9), nextAfter: 9, hasMore: true };
    server.use(http.get(`${RUN_URL}/events`, () => HttpResponse.json(page)));

    expect(await createAdapter().events(RUN_ID, { after: 7, limit: 2 })).toEqual(page);
    expect(calls.map(described)).toEqual([`GET ${RUN_URL}/events?after=7&limit=2`]);
    expect(calls[0]?.headers.get(HEADER)).toBe(KEY);
  });

  it("attachments: GET /runs/{run_id}/attachments, resolving the list as sent", async () => {
    const body = {
      attachments: [
        { id: SESSION_ID, name: "data.csv", contentType: "text/csv", sizeBytes: 120, status: "uploaded" as const },
      ],
    };
    server.use(http.get(`${RUN_URL}/attachments`, () => HttpResponse.json(body)));

    expect(await createAdapter().attachments(RUN_ID)).toEqual(body);
    expect(calls.map(described)).toEqual([`GET ${RUN_URL}/attachments`]);
    expect(calls[0]?.headers.get(HEADER)).toBe(KEY);
  });

  it("refuses a bad run id before sending anything", async () => {
    const adapter = createAdapter();

    expect(await rejectionOf(adapter.status(" "))).toBeInstanceOf(InvalidTaskRefError);
    expect(await rejectionOf(adapter.stop(""))).toBeInstanceOf(InvalidTaskRefError);
    expect(await rejectionOf(adapter.events(" "))).toBeInstanceOf(InvalidTaskRefError);
    expect(await rejectionOf(adapter.get(""))).toMatchObject({ field: "runId", provider: "browser-use-v4" });
    expect(calls).toHaveLength(0);
  });

  describe("against a simulated Browser Use v4", () => {
    function simulate(options: { clock?: ManualClock; task?: Partial<TaskPlan>; maxActiveTasks?: number } = {}) {
      const sim = simulateBrowserUseV4({ apiKey: KEY, clock: createManualClock(), ...options });
      server.use(...simulationHandlers(sim));
      return sim;
    }

    it("start, then get while the run moves on: each get downloads only the events after the last one", async () => {
      const clock = createManualClock();
      const sim = simulate({ clock, task: { durationMs: 3_000, steps: 3 } });
      const adapter = createAdapter();

      const { ref } = await adapter.start({ task: "Open example.com" });
      clock.advance(1_000);
      const early = await adapter.get(ref);
      const earlyView = sim.view(ref);
      clock.advance(2_000);
      const done = await adapter.get(ref);

      expect(early.run).toEqual(earlyView);
      expect(early.run.status).toBe("running");
      expect(early.events).toEqual(sim.events(ref).slice(0, early.events.length));
      expect(done.run).toMatchObject({ id: ref, status: "completed" });
      expect(done.events).toEqual(sim.events(ref));
      expect(done.events.length).toBeGreaterThan(early.events.length);
      const lastEarly = early.events.at(-1)?.id ?? 0;
      expect(sim.requestsOf("events").map((request) => request.query.get("after"))).toEqual(["0", String(lastEarly)]);
    });

    it("status and stop: the cheap status, then cancel (idempotent on the ended run)", async () => {
      const sim = simulate();
      const adapter = createAdapter();
      const { ref } = await adapter.start({ task: "Open example.com" });
      sim.clearRequests();

      await adapter.stop(ref);
      await adapter.stop(ref);

      expect(await adapter.status(ref)).toBe("cancelled");
      expect(sim.requests.map((request) => `${request.operation} ${request.status}`)).toEqual([
        "stop 200",
        "stop 200",
        "status 200",
      ]);
    });

    it("list: every run, newest first, through the simulation's keyset cursor", async () => {
      const sim = simulate();
      const adapter = createAdapter();
      const ids: string[] = [];
      for (let run = 0; run < 5; run++) ids.push((await adapter.start({ task: `Task ${run + 1}` })).ref);
      sim.clearRequests();

      const pages: string[][] = [];
      for await (const page of adapter.list({ limit: 2 })) pages.push(page.items.map((run) => run.id));

      expect(pages.flat()).toEqual([...ids].reverse());
      expect(pages.map((page) => page.length)).toEqual([2, 2, 1]);
      expect(sim.requestsOf("list")).toHaveLength(3);
    });

    it("start beyond the plan's sessions: ConcurrencyLimitError, and nothing was started", async () => {
      const sim = simulate({ maxActiveTasks: 1 });
      const adapter = createAdapter();
      await adapter.start({ task: "the one running" });
      sim.clearRequests();

      const error = await rejectionOf(adapter.start({ task: "one too many" }));

      expect(error).toBeInstanceOf(ConcurrencyLimitError);
      expect(onlyRequest(sim)).toMatchObject({ operation: "start", status: 429 });
      expect(sim.tasks.list()).toHaveLength(1);
    });

    it("start in a session that has an active run: ConflictError", async () => {
      simulate();
      const adapter = createAdapter();
      await adapter.start({ task: "first", sessionId: SESSION_ID });

      const error = await rejectionOf(adapter.start({ task: "second", sessionId: SESSION_ID }));

      expect(error).toBeInstanceOf(ConflictError);
    });
  });
});
