import { responseValidator } from "@agent-tasks/test-support";
import { describe, expect, it } from "vitest";
import { fakeCaller, useFake } from "./__fixtures__/fake-api.js";
import { type SkyvernRunView, type SkyvernSimulation, simulateSkyvern, skyvernTooManyRunsDetail } from "./skyvern.js";

const strict = { rejectUnknownFields: true };
const validate = {
  start: responseValidator("skyvern", "/v1/run/tasks", "post", "200", strict),
  startInvalid: responseValidator("skyvern", "/v1/run/tasks", "post", "422", strict),
  list: responseValidator("skyvern", "/v1/runs", "get", "200", strict),
  listInvalid: responseValidator("skyvern", "/v1/runs", "get", "422", strict),
  get: responseValidator("skyvern", "/v1/runs/{run_id}", "get", "200", strict),
  cancel: responseValidator("skyvern", "/v1/runs/{run_id}/cancel", "post", "200", strict),
  timeline: responseValidator("skyvern", "/v1/runs/{run_id}/timeline", "get", "200", strict),
  artifacts: responseValidator("skyvern", "/v1/runs/{run_id}/artifacts", "get", "200", strict),
  artifactsInvalid: responseValidator("skyvern", "/v1/runs/{run_id}/artifacts", "get", "422", strict),
};

const fake = useFake(simulateSkyvern);
const call = fakeCaller({ name: "x-api-key" });

async function runTask(server: SkyvernSimulation, body: Record<string, unknown> = { prompt: "Find the price" }) {
  const started = await call(server, "POST", "/v1/run/tasks", { body });
  expect(started.status).toBe(200);
  return started.body as SkyvernRunView;
}

async function getRun(server: SkyvernSimulation, id: string): Promise<SkyvernRunView> {
  const run = await call(server, "GET", `/v1/runs/${id}`);
  expect(run.status).toBe(200);
  expect(validate.get(run.body)).toBeNull();
  return run.body as SkyvernRunView;
}

describe("fake Skyvern API", () => {
  it("runs a task: 200 TaskRunResponse, status created, a tsk_ id made like Skyvern's, the request echoed", async () => {
    const server = await fake.start();
    expect(server.baseUrl).toBe(server.origin);
    const started = await call(server, "POST", "/v1/run/tasks", {
      body: { prompt: "Find the price", url: "https://example.com", webhook_url: "https://hooks.example.com/skyvern" },
    });
    expect(started.status).toBe(200);
    expect(validate.start(started.body)).toBeNull();
    const run = started.body as SkyvernRunView;
    expect(run.run_id).toMatch(/^tsk_\d{15,20}$/);
    expect(run).toMatchObject({
      status: "created",
      run_type: "task_v1",
      output: null,
      failure_reason: null,
      app_url: `https://app.skyvern.com/runs/${run.run_id}`,
      run_request: {
        prompt: "Find the price",
        url: "https://example.com",
        engine: "skyvern-1.0",
        webhook_url: "https://hooks.example.com/skyvern",
        proxy_location: "RESIDENTIAL",
      },
    });
    // The id's high 32 bits are the seconds since Skyvern's epoch (2022-06-20).
    const seconds = Number(BigInt(run.run_id.slice(4)) >> 32n) + 1_655_683_200;
    expect(seconds).toBe(Math.floor(server.clock.now() / 1000));
    const request = server.requestsOf("start")[0];
    expect(request?.headers["x-api-key"]).toBe("fake-skyvern-key");
    expect(request?.path).toBe("/v1/run/tasks");
  });

  it("moves a run queued → running → completed, with step_count, screenshots, output, recording and files", async () => {
    const server = await fake.start({
      task: { startDelayMs: 1_000, durationMs: 4_000, steps: 4, output: '{"price": 12.5}', files: ["invoice.pdf"] },
    });
    const { run_id: id } = await runTask(server);
    const queued = await getRun(server, id);
    expect(queued).toMatchObject({ status: "queued", step_count: 0, screenshot_urls: null, started_at: null });

    fake.clock.advance(3_000);
    const running = await getRun(server, id);
    expect(running).toMatchObject({
      status: "running",
      step_count: 2,
      started_at: new Date(server.tasks.get(id).createdAt + 1_000).toISOString(),
      recording_url: null,
      downloaded_files: null,
    });
    // The latest screenshot first.
    expect(running.screenshot_urls?.map((url) => url.split("/").at(-1))).toEqual(["step_2.png", "step_1.png"]);

    fake.clock.advance(2_000);
    const completed = await getRun(server, id);
    expect(completed).toMatchObject({
      status: "completed",
      output: { price: 12.5 },
      step_count: 4,
      failure_reason: null,
      finished_at: new Date(server.tasks.get(id).createdAt + 5_000).toISOString(),
      recording_url: `https://skyvern-artifacts.s3.amazonaws.com/v1/production/${server.organizationId}/${id}/recording.webm`,
      downloaded_files: [
        {
          filename: "invoice.pdf",
          url: expect.stringContaining(`/downloads/${id}/invoice.pdf?`),
          file_size: 1_024,
          checksum: null,
        },
      ],
    });
    expect(completed.screenshot_urls).toHaveLength(3);
  });

  it("keeps a plain-text output as text and reports a failed run's failure_reason", async () => {
    const server = await fake.start({
      task: (input) =>
        input.prompt === "fail"
          ? { durationMs: 1_000, outcome: "failed", errorMessage: "The site blocked the agent" }
          : { durationMs: 1_000, output: "The price is 12.50" },
    });
    const ok = await runTask(server, { prompt: "read" });
    const failed = await runTask(server, { prompt: "fail" });
    fake.clock.advance(1_000);
    expect(await getRun(server, ok.run_id)).toMatchObject({ status: "completed", output: "The price is 12.50" });
    expect(await getRun(server, failed.run_id)).toMatchObject({
      status: "failed",
      output: null,
      failure_reason: "The site blocked the agent",
      downloaded_files: null,
    });
  });

  it("cancels a running run (200, null body), and refuses to cancel a run that already ended with Skyvern's 400", async () => {
    const server = await fake.start({ task: { durationMs: 60_000 } });
    const { run_id: id } = await runTask(server);
    fake.clock.advance(1_000);
    const cancelled = await call(server, "POST", `/v1/runs/${id}/cancel`);
    expect(cancelled).toEqual({ status: 200, body: null });
    expect(validate.cancel(cancelled.body)).toBeNull();
    expect(await getRun(server, id)).toMatchObject({ status: "canceled", failure_reason: null });
    expect(await call(server, "POST", `/v1/runs/${id}/cancel`)).toEqual({
      status: 400,
      body: { detail: `Invalid task status transition to canceled for ${id} because task is already canceled` },
    });
    const other = (await runTask(server)).run_id;
    server.tasks.complete(other);
    expect(await call(server, "POST", `/v1/runs/${other}/cancel`)).toEqual({
      status: 400,
      body: { detail: `Invalid task status transition from completed to canceled for ${other}` },
    });
    expect(await call(server, "POST", "/v1/runs/tsk_1/cancel")).toEqual({
      status: 404,
      body: { detail: "Run not found tsk_1" },
    });
    expect(server.requestsOf("stop").map((request) => [request.taskId, request.status])).toEqual([
      [id, 200],
      [id, 400],
      [other, 400],
      ["tsk_1", 404],
    ]);
  });

  it("runs skyvern-2.0 as task_v2 (tsk_v2_ ids) with a timeline; other run types have none (400)", async () => {
    const server = await fake.start({ task: { durationMs: 2_000, steps: 2 } });
    const v2 = await runTask(server, { prompt: "Plan and act", engine: "skyvern-2.0" });
    expect(v2.run_id).toMatch(/^tsk_v2_\d+$/);
    expect(v2.run_type).toBe("task_v2");
    expect(v2.app_url).toMatch(/^https:\/\/app\.skyvern\.com\/runs\/wr_\d+$/);
    fake.clock.advance(2_000);
    const timeline = await call(server, "GET", `/v1/runs/${v2.run_id}/timeline`);
    expect(timeline.status).toBe(200);
    expect(validate.timeline(timeline.body)).toBeNull();
    const entries = timeline.body as { type: string; block: { label: string; status: string; duration: number } }[];
    expect(entries.map((entry) => [entry.type, entry.block.label, entry.block.status, entry.block.duration])).toEqual([
      ["block", "step_1", "completed", 1],
      ["block", "step_2", "completed", 1],
    ]);

    const v1 = await runTask(server);
    expect(await call(server, "GET", `/v1/runs/${v1.run_id}/timeline`)).toEqual({
      status: 400,
      body: { detail: "Timeline not available for run type task_v1" },
    });
    const cua = await runTask(server, { prompt: "x", engine: "openai-cua" });
    expect(cua).toMatchObject({ run_type: "openai_cua", run_id: expect.stringMatching(/^tsk_\d+$/) });
    expect(await call(server, "GET", "/v1/runs/tsk_404/timeline")).toEqual({
      status: 404,
      body: { detail: "Run not found tsk_404" },
    });
  });

  it("lists a run's artifacts (screenshots per step, then the recording and downloads), filtered by type", async () => {
    const server = await fake.start({ task: { durationMs: 2_000, steps: 2, files: ["a.csv"] } });
    const { run_id: id } = await runTask(server);
    fake.clock.advance(2_000);
    const all = await call(server, "GET", `/v1/runs/${id}/artifacts`);
    expect(all.status).toBe(200);
    expect(validate.artifacts(all.body)).toBeNull();
    const artifacts = all.body as { artifact_type: string; run_id: string; organization_id: string; uri: string }[];
    expect(artifacts.map((artifact) => artifact.artifact_type)).toEqual([
      "screenshot_action",
      "screenshot_action",
      "recording",
      "download",
    ]);
    expect(
      artifacts.every((artifact) => artifact.run_id === id && artifact.organization_id === server.organizationId),
    ).toBe(true);
    const screenshots = await call(
      server,
      "GET",
      `/v1/runs/${id}/artifacts?artifact_type=recording&artifact_type=download`,
    );
    expect((screenshots.body as { artifact_type: string }[]).map((artifact) => artifact.artifact_type)).toEqual([
      "recording",
      "download",
    ]);
    expect(await call(server, "GET", "/v1/runs/tsk_404/artifacts")).toEqual({ status: 200, body: [] });
    const invalid = await call(server, "GET", `/v1/runs/${id}/artifacts?artifact_type=selfie`);
    expect(invalid.status).toBe(422);
    expect(validate.artifactsInvalid(invalid.body)).toBeNull();
  });

  it("lists runs newest first as TaskRunListItem rows, paged, filtered by status, run type and search key", async () => {
    const server = await fake.start({ task: { durationMs: 60_000 } });
    const ids: string[] = [];
    for (const [index, engine] of ["skyvern-1.0", "skyvern-2.0", "skyvern-1.0"].entries()) {
      ids.push((await runTask(server, { prompt: `Task ${index}`, title: `Title ${index}`, engine })).run_id);
      fake.clock.advance(1_000);
    }
    server.tasks.stop(ids[0] ?? "");
    const page = await call(server, "GET", "/v1/runs?page=1&page_size=2");
    expect(validate.list(page.body)).toBeNull();
    const rows = page.body as { run_id: string; task_run_id: string; task_run_type: string; status: string }[];
    expect(rows.map((row) => row.run_id)).toEqual([ids[2], ids[1]]);
    expect(rows[0]).toMatchObject({
      task_run_id: expect.stringMatching(/^tr_\d+$/),
      task_run_type: "task_v1",
      status: "running",
    });
    const second = (await call(server, "GET", "/v1/runs?page=2&page_size=2")).body as { run_id: string }[];
    expect(second.map((row) => row.run_id)).toEqual([ids[0]]);
    const canceled = (await call(server, "GET", "/v1/runs?status=canceled")).body as { run_id: string }[];
    expect(canceled.map((row) => row.run_id)).toEqual([ids[0]]);
    const v2 = (await call(server, "GET", "/v1/runs?run_type=task_v2")).body as { run_id: string }[];
    expect(v2.map((row) => row.run_id)).toEqual([ids[1]]);
    const searched = (await call(server, "GET", "/v1/runs?search_key=title 2")).body as { run_id: string }[];
    expect(searched.map((row) => row.run_id)).toEqual([ids[2]]);
    for (const query of ["page_size=101", "page=0", "status=done", "search_key=ab"]) {
      const invalid = await call(server, "GET", `/v1/runs?${query}`);
      expect(invalid.status).toBe(422);
      expect(validate.listInvalid(invalid.body)).toBeNull();
    }
  });

  it("answers 429 {detail} beyond maxActiveTasks, until a run ends", async () => {
    const server = await fake.start({ maxActiveTasks: 1, task: { durationMs: 10_000 } });
    const first = await runTask(server);
    expect(await call(server, "POST", "/v1/run/tasks", { body: { prompt: "second" } })).toEqual({
      status: 429,
      body: { detail: skyvernTooManyRunsDetail },
    });
    expect(server.tasks.list().map((task) => task.id)).toEqual([first.run_id]);
    fake.clock.advance(10_000);
    await runTask(server, { prompt: "second" });
  });

  it.each([
    ["no prompt", { url: "https://example.com" }, ["body", "prompt"], "missing"],
    ["an unknown engine", { prompt: "x", engine: "skyvern-9" }, ["body", "engine"], "enum"],
    ["a max_steps that is no integer", { prompt: "x", max_steps: "ten" }, ["body", "max_steps"], "int_type"],
  ])("answers 422 HTTPValidationError to a run with %s", async (_what, body, loc, type) => {
    const server = await fake.start();
    const invalid = await call(server, "POST", "/v1/run/tasks", { body });
    expect(invalid.status).toBe(422);
    expect(validate.startInvalid(invalid.body)).toBeNull();
    expect(invalid.body).toEqual({ detail: [{ loc, msg: expect.any(String), type }] });
    expect(server.tasks.list()).toEqual([]);
  });

  it("answers 403 Invalid credentials for a missing or wrong key, and 404 {detail} for an unknown run", async () => {
    const server = await fake.start();
    for (const key of [null, "sk-wrong"])
      expect(await call(server, "GET", "/v1/runs", { key })).toEqual({
        status: 403,
        body: { detail: "Invalid credentials" },
      });
    expect(await call(server, "GET", "/v1/runs/tsk_123")).toEqual({
      status: 404,
      body: { detail: "Task run not found tsk_123" },
    });
  });

  it("records every route's operation and the run it names", async () => {
    const server = await fake.start();
    const { run_id: id } = await runTask(server, { prompt: "x", engine: "skyvern-2.0" });
    await call(server, "GET", `/v1/runs/${id}`);
    await call(server, "GET", `/v1/runs/${id}/timeline`);
    await call(server, "GET", `/v1/runs/${id}/artifacts`);
    await call(server, "POST", `/v1/runs/${id}/cancel`);
    await call(server, "GET", "/v1/runs");
    expect(server.requests.map((request) => [request.operation, request.taskId])).toEqual([
      ["start", null],
      ["get", id],
      ["timeline", id],
      ["artifacts", id],
      ["stop", id],
      ["list", null],
    ]);
  });
});
