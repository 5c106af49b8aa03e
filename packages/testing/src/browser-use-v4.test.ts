import { responseValidator } from "@agent-tasks/test-support";
import { describe, expect, it } from "vitest";
import { fakeCaller, useFake } from "./__fixtures__/fake-api.js";
import {
  type BrowserUseV4Event,
  type BrowserUseV4Simulation,
  browserUseV4TooManySessionsDetail,
  simulateBrowserUseV4,
} from "./browser-use-v4.js";

const strict = { rejectUnknownFields: true };
const validate = {
  create: responseValidator("browser-use-v4", "/runs", "post", "200", strict),
  createInvalid: responseValidator("browser-use-v4", "/runs", "post", "422", strict),
  list: responseValidator("browser-use-v4", "/runs", "get", "200", strict),
  listInvalid: responseValidator("browser-use-v4", "/runs", "get", "422", strict),
  get: responseValidator("browser-use-v4", "/runs/{run_id}", "get", "200", strict),
  getInvalid: responseValidator("browser-use-v4", "/runs/{run_id}", "get", "422", strict),
  status: responseValidator("browser-use-v4", "/runs/{run_id}/status", "get", "200", strict),
  cancel: responseValidator("browser-use-v4", "/runs/{run_id}/cancel", "post", "200", strict),
  events: responseValidator("browser-use-v4", "/runs/{run_id}/events", "get", "200", strict),
  eventsInvalid: responseValidator("browser-use-v4", "/runs/{run_id}/events", "get", "422", strict),
  attachments: responseValidator("browser-use-v4", "/runs/{run_id}/attachments", "get", "200", strict),
  // The spec declares no 429 for POST /runs; its 429s (POST /browsers) are TooManyConcurrentActiveSessionsError.
  tooMany: responseValidator("browser-use-v4", "/browsers", "post", "429", strict),
};

const fake = useFake(simulateBrowserUseV4);
const call = fakeCaller({ name: "X-Browser-Use-API-Key" });
const unknownRun = "7b0f6d1c-0c52-4a55-9a52-3f0fd1d4a111";

async function createRun(server: BrowserUseV4Simulation, body: Record<string, unknown> = { task: "Find flights" }) {
  const created = await call(server, "POST", "/runs", { body });
  expect(created.status).toBe(200);
  return created.body as { id: string; sessionId: string; workspaceId: string };
}

async function eventsPage(server: BrowserUseV4Simulation, id: string, query = "") {
  const page = await call(server, "GET", `/runs/${id}/events${query}`);
  expect(page.status).toBe(200);
  expect(validate.events(page.body)).toBeNull();
  return page.body as { events: BrowserUseV4Event[]; nextAfter: number | null; hasMore: boolean };
}

describe("fake Browser Use API v4", () => {
  it("serves under /api/v4 and creates a run: 200 RunCreateResponse, queued, with its events URL", async () => {
    const server = await fake.start();
    expect(server.baseUrl).toBe(`${server.origin}/api/v4`);
    const created = await call(server, "POST", "/runs", { body: { task: "Find flights" } });
    expect(created.status).toBe(200);
    expect(validate.create(created.body)).toBeNull();
    const { id } = created.body as { id: string };
    expect(created.body).toEqual({
      id,
      status: "queued",
      model: "minimax-m3",
      sessionId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      workspaceId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      eventsUrl: `${server.baseUrl}/runs/${id}/events`,
    });
    const request = server.requestsOf("start")[0];
    expect(request?.path).toBe("/api/v4/runs");
    expect(request?.headers["x-browser-use-api-key"]).toBe("fake-browser-use-v4-key");
    expect(request?.json).toEqual({ task: "Find flights" });
  });

  it("moves a run queued → running → completed with tokens, a USD cost string and its result", async () => {
    const server = await fake.start({
      task: { startDelayMs: 500, durationMs: 3_000, steps: 3, output: "The cheapest is $212", costPerStepUsd: 0.02 },
    });
    const { id, sessionId } = await createRun(server, { task: "Find flights", model: "gpt-5.5" });
    const queued = await call(server, "GET", `/runs/${id}`);
    expect(validate.get(queued.body)).toBeNull();
    expect(queued.body).toMatchObject({
      id,
      task: "Find flights",
      model: "gpt-5.5",
      status: "queued",
      result: null,
      error: null,
      sessionId,
      totalInputTokens: 0,
      totalCostUsd: "0.0000",
    });
    expect(await call(server, "GET", `/runs/${id}/status`)).toEqual({ status: 200, body: { status: "queued" } });

    fake.clock.advance(1_500);
    const running = await call(server, "GET", `/runs/${id}`);
    expect(validate.get(running.body)).toBeNull();
    expect(running.body).toMatchObject({ status: "running", totalInputTokens: 1_200, totalOutputTokens: 150 });
    const status = await call(server, "GET", `/runs/${id}/status`);
    expect(validate.status(status.body)).toBeNull();
    expect(status.body).toEqual({ status: "running" });

    fake.clock.advance(2_000);
    const completed = await call(server, "GET", `/runs/${id}`);
    expect(validate.get(completed.body)).toBeNull();
    expect(completed.body).toMatchObject({
      status: "completed",
      result: "The cheapest is $212",
      error: null,
      totalInputTokens: 3_600,
      totalOutputTokens: 450,
      totalCostUsd: "0.0600",
      updatedAt: new Date(server.tasks.get(id).createdAt + 3_500).toISOString(),
    });
  });

  it("feeds events with increasing ids as the run progresses; `after` returns only the new ones", async () => {
    const server = await fake.start({ task: { startDelayMs: 1_000, durationMs: 2_000, steps: 2, output: "done" } });
    const { id } = await createRun(server);
    const first = await eventsPage(server, id);
    expect(first).toEqual({
      events: [
        {
          runId: id,
          id: 1,
          ts: new Date(server.tasks.get(id).createdAt).toISOString(),
          type: "run.created",
          data: { model: "minimax-m3" },
        },
      ],
      nextAfter: 1,
      hasMore: false,
    });

    fake.clock.advance(2_000);
    const second = await eventsPage(server, id, `?after=${first.nextAfter}`);
    expect(second.events.map((event) => [event.id, event.type])).toEqual([
      [2, "browser.ready"],
      [3, "step"],
    ]);
    expect(second.events[0]?.data).toEqual({ live_view_url: `https://live.browser-use.com/runs/${id}` });
    expect(second.events[1]?.data).toMatchObject({ number: 1 });
    expect(second.nextAfter).toBe(3);

    // Nothing new: no events, and the cursor stays where it was.
    expect(await eventsPage(server, id, "?after=3")).toEqual({ events: [], nextAfter: 3, hasMore: false });

    fake.clock.advance(1_000);
    const last = await eventsPage(server, id, "?after=3");
    expect(last.events.map((event) => [event.id, event.type, event.data])).toEqual([
      [4, "step", expect.objectContaining({ number: 2 })],
      [5, "run.completed", { result: "done" }],
    ]);
    // The whole feed read again is the same events with the same ids.
    expect((await eventsPage(server, id)).events).toEqual([...first.events, ...second.events, ...last.events]);
    expect(server.events(id)).toEqual([...first.events, ...second.events, ...last.events]);
  });

  it("pages the event feed with limit: hasMore until the last page", async () => {
    const server = await fake.start({ task: { durationMs: 1_000, steps: 4 } });
    const { id } = await createRun(server);
    fake.clock.advance(1_000);
    const pages: number[][] = [];
    let after = 0;
    for (;;) {
      const page = await eventsPage(server, id, `?after=${after}&limit=3`);
      pages.push(page.events.map((event) => event.id));
      after = page.nextAfter ?? after;
      if (!page.hasMore) break;
    }
    // run.created, browser.ready, 4 steps, run.completed.
    expect(pages).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
    const invalid = await call(server, "GET", `/runs/${id}/events?limit=zero`);
    expect(invalid.status).toBe(422);
    expect(validate.eventsInvalid(invalid.body)).toBeNull();
  });

  it("cancels a run: the cancelled RunSummary, a run.cancelled event; cancelling again answers it as it is", async () => {
    const server = await fake.start({ task: { durationMs: 60_000, steps: 6 } });
    const { id } = await createRun(server);
    fake.clock.advance(10_000);
    const cancelled = await call(server, "POST", `/runs/${id}/cancel`);
    expect(cancelled.status).toBe(200);
    expect(validate.cancel(cancelled.body)).toBeNull();
    expect(cancelled.body).toMatchObject({ id, status: "cancelled", result: null, error: null });
    expect(server.events(id).at(-1)).toMatchObject({ type: "run.cancelled", id: 4 });
    fake.clock.advance(10_000);
    const again = await call(server, "POST", `/runs/${id}/cancel`);
    expect(again).toEqual(cancelled);
    expect(server.requestsOf("stop").map((request) => [request.taskId, request.status])).toEqual([
      [id, 200],
      [id, 200],
    ]);
  });

  it("answers cancel of a completed or failed run with the run unchanged (idempotent)", async () => {
    const server = await fake.start({
      task: (_input, index) => ({
        durationMs: 1_000,
        outcome: index === 0 ? "completed" : "failed",
        errorMessage: "blocked",
      }),
    });
    const completed = await createRun(server);
    const failed = await createRun(server);
    fake.clock.advance(1_000);
    for (const [id, status] of [
      [completed.id, "completed"],
      [failed.id, "failed"],
    ] as const) {
      const answer = await call(server, "POST", `/runs/${id}/cancel`);
      expect(answer.status).toBe(200);
      expect(validate.cancel(answer.body)).toBeNull();
      expect(answer.body).toMatchObject({ id, status });
    }
    expect(server.view(failed.id)).toMatchObject({ status: "failed", error: "blocked", result: null });
    expect(server.events(failed.id).at(-1)).toMatchObject({ type: "run.failed", data: { error: "blocked" } });
  });

  it("lists runs newest first with a keyset cursor, limit and hasMore, and by session", async () => {
    const server = await fake.start({ task: { durationMs: 60_000 } });
    const ids: string[] = [];
    for (let index = 0; index < 5; index += 1) {
      ids.push((await createRun(server, { task: `Run ${index}` })).id);
      fake.clock.advance(1_000);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    let requests = 0;
    do {
      const page = await call(server, "GET", `/runs?limit=2${cursor === null ? "" : `&cursor=${cursor}`}`);
      expect(validate.list(page.body)).toBeNull();
      const body = page.body as { runs: { id: string }[]; nextCursor: string | null; hasMore: boolean };
      seen.push(...body.runs.map((run) => run.id));
      expect(body.hasMore).toBe(body.nextCursor !== null);
      cursor = body.nextCursor;
      requests += 1;
    } while (cursor !== null);
    expect(seen).toEqual([...ids].reverse());
    expect(requests).toBe(3);

    const { sessionId } = server.tasks.get(ids[2] ?? "").extra;
    const bySession = (await call(server, "GET", `/runs?sessionId=${sessionId}`)).body as { runs: { id: string }[] };
    expect(bySession.runs.map((run) => run.id)).toEqual([ids[2]]);
    const badLimit = await call(server, "GET", "/runs?limit=0");
    expect(badLimit.status).toBe(422);
    expect(validate.listInvalid(badLimit.body)).toBeNull();
    expect(await call(server, "GET", "/runs?cursor=bm9wZQ")).toEqual({
      status: 400,
      body: { detail: "Invalid cursor" },
    });
  });

  it("refuses a second run in a session that has an active one with 409, and takes it once that one ended", async () => {
    const server = await fake.start({ task: { durationMs: 10_000 } });
    const first = await createRun(server);
    const refused = await call(server, "POST", "/runs", { body: { task: "Follow up", sessionId: first.sessionId } });
    expect(refused).toEqual({ status: 409, body: { detail: "The session already has an active run." } });
    fake.clock.advance(10_000);
    const followUp = await createRun(server, { task: "Follow up", sessionId: first.sessionId });
    expect(followUp.sessionId).toBe(first.sessionId);
    expect(server.view(followUp.id).sessionId).toBe(first.sessionId);
  });

  it("lists a run's attachments in the order of its attachedFileIds", async () => {
    const server = await fake.start();
    const files = ["2f1c6a43-1c65-4f0e-9e38-77a0c5b1f0aa", "0b8f6a43-1c65-4f0e-9e38-77a0c5b1f0bb"];
    const { id } = await createRun(server, { task: "Read the files", attachedFileIds: files });
    const attachments = await call(server, "GET", `/runs/${id}/attachments`);
    expect(attachments.status).toBe(200);
    expect(validate.attachments(attachments.body)).toBeNull();
    expect((attachments.body as { attachments: { id: string }[] }).attachments.map((file) => file.id)).toEqual(files);
    expect(server.view(id).attachedFileIds).toEqual(files);
    const none = await call(server, "GET", `/runs/${(await createRun(server)).id}/attachments`);
    expect(none.body).toEqual({ attachments: [] });
  });

  it("answers 429 TooManyConcurrentActiveSessionsError beyond maxActiveTasks, until a run ends", async () => {
    const server = await fake.start({ maxActiveTasks: 1, task: { durationMs: 10_000 } });
    const first = await createRun(server);
    const refused = await call(server, "POST", "/runs", { body: { task: "second" } });
    expect(refused).toEqual({ status: 429, body: { detail: browserUseV4TooManySessionsDetail } });
    expect(validate.tooMany(refused.body)).toBeNull();
    expect(server.tasks.list().map((task) => task.id)).toEqual([first.id]);
    await call(server, "POST", `/runs/${first.id}/cancel`);
    await createRun(server, { task: "second" });
  });

  it.each([
    ["no task", {}, ["body", "task"], "missing"],
    ["an empty task", { task: "" }, ["body", "task"], "string_too_short"],
    ["an unknown model", { task: "x", model: "gpt-2" }, ["body", "model"], "literal_error"],
    ["a field the API does not take", { task: "x", metadata: { a: "b" } }, ["body", "metadata"], "extra_forbidden"],
    ["a session id that is no UUID", { task: "x", sessionId: "s-1" }, ["body", "sessionId"], "uuid_parsing"],
    [
      "an attached file id that is no UUID",
      { task: "x", attachedFileIds: ["f"] },
      ["body", "attachedFileIds", 0],
      "uuid_parsing",
    ],
  ])("answers 422 HTTPValidationError to a create with %s", async (_what, body, loc, type) => {
    const server = await fake.start();
    const invalid = await call(server, "POST", "/runs", { body });
    expect(invalid.status).toBe(422);
    expect(validate.createInvalid(invalid.body)).toBeNull();
    expect(invalid.body).toEqual({ detail: [{ loc, msg: expect.any(String), type }] });
    expect(server.tasks.list()).toEqual([]);
  });

  it("answers 401 without the key, 404 {detail} for an unknown run, 422 for a run id that is no UUID", async () => {
    const server = await fake.start();
    expect(await call(server, "GET", "/runs", { key: null })).toEqual({
      status: 401,
      body: { detail: "Invalid API key" },
    });
    for (const path of [`/runs/${unknownRun}`, `/runs/${unknownRun}/status`, `/runs/${unknownRun}/events`])
      expect(await call(server, "GET", path)).toEqual({ status: 404, body: { detail: "Run not found" } });
    expect(await call(server, "POST", `/runs/${unknownRun}/cancel`)).toEqual({
      status: 404,
      body: { detail: "Run not found" },
    });
    const invalid = await call(server, "GET", "/runs/not-a-uuid");
    expect(invalid.status).toBe(422);
    expect(validate.getInvalid(invalid.body)).toBeNull();
  });

  it("records the operations of every route, with the run each names", async () => {
    const server = await fake.start();
    const { id } = await createRun(server);
    for (const path of ["", "/status", "/events", "/attachments"]) await call(server, "GET", `/runs/${id}${path}`);
    await call(server, "POST", `/runs/${id}/cancel`);
    await call(server, "GET", "/runs");
    expect(server.requests.map((request) => [request.operation, request.taskId])).toEqual([
      ["start", null],
      ["get", id],
      ["status", id],
      ["events", id],
      ["attachments", id],
      ["stop", id],
      ["list", null],
    ]);
  });
});
