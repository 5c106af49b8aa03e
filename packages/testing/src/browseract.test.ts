import { responseValidator } from "@agent-tasks/test-support";
import { describe, expect, it } from "vitest";
import { fakeCaller, useFake } from "./__fixtures__/fake-api.js";
import {
  type BrowserActSimulation,
  browserActTaskId,
  browserActTooManyTasksMessage,
  simulateBrowserAct,
} from "./browseract.js";

const strict = { rejectUnknownFields: true };
const validate = {
  run: responseValidator("browseract", "/v2/workflow/run-task", "post", "200", strict),
  runInvalid: responseValidator("browseract", "/v2/workflow/run-task", "post", "400", strict),
  status: responseValidator("browseract", "/v2/workflow/get-task-status", "get", "200", strict),
  get: responseValidator("browseract", "/v2/workflow/get-task", "get", "200", strict),
  get400: responseValidator("browseract", "/v2/workflow/get-task", "get", "400", strict),
  list: responseValidator("browseract", "/v2/workflow/list-tasks", "get", "200", strict),
  resume400: responseValidator("browseract", "/v2/workflow/resume-task", "put", "400", strict),
  // The spec declares no 429; every BrowserAct error is the `ResponseData` envelope, which its 400 answers name.
  envelope: responseValidator("browseract", "/v2/workflow/run-task", "post", "400", strict),
};

const fake = useFake(simulateBrowserAct);
const call = fakeCaller({ name: "Authorization", value: (key) => `Bearer ${key}` });

const runBody = { workflow_id: "wf_123456789", input_parameters: [{ name: "keyword", value: "laptops" }] };

async function runTask(server: BrowserActSimulation, body: Record<string, unknown> = runBody): Promise<string> {
  const started = await call(server, "POST", "/v2/workflow/run-task", { body });
  expect(started.status).toBe(200);
  return (started.body as { id: string }).id;
}

describe("fake BrowserAct API", () => {
  it("runs a task and answers {id}, a 17-digit numeric string beyond Number.MAX_SAFE_INTEGER", async () => {
    const server = await fake.start();
    const started = await call(server, "POST", "/v2/workflow/run-task", { body: runBody });
    expect(validate.run(started.body)).toBeNull();
    const { id } = started.body as { id: string };
    expect(id).toBe(browserActTaskId(0));
    expect(id).toMatch(/^\d{17}$/);
    expect(String(Number(id))).not.toBe(id);
    const request = server.requestsOf("start")[0];
    expect(request?.headers.authorization).toBe("Bearer fake-browseract-key");
    expect(request?.json).toEqual(runBody);
  });

  it("returns a profile_id when save_browser_data is true", async () => {
    const server = await fake.start();
    const started = await call(server, "POST", "/v2/workflow/run-task", {
      body: { ...runBody, save_browser_data: true },
    });
    expect(validate.run(started.body)).toBeNull();
    const { id, profile_id } = started.body as { id: string; profile_id: string };
    expect(profile_id).toBe(`profile_${id}`);
    expect(server.view(id).profile_id).toBe(profile_id);
  });

  it("moves a task created → running → finished, with steps, live_url_info only while running, and output at the end", async () => {
    const server = await fake.start({
      task: { startDelayMs: 1_000, durationMs: 4_000, steps: 2, output: '{"items":[1]}' },
    });
    const id = await runTask(server);
    const created = await call(server, "GET", `/v2/workflow/get-task?task_id=${id}`);
    expect(validate.get(created.body)).toBeNull();
    expect(created.body).toMatchObject({ id, status: "created", steps: [], workflow_id: "wf_123456789" });
    expect(created.body).not.toHaveProperty("output");

    fake.clock.advance(3_000);
    const running = await call(server, "GET", `/v2/workflow/get-task?task_id=${id}`);
    expect(validate.get(running.body)).toBeNull();
    expect(running.body).toMatchObject({ status: "running", live_url_info: { width: 1280, height: 720 } });
    expect((running.body as { steps: unknown[] }).steps).toHaveLength(1);
    const status = await call(server, "GET", `/v2/workflow/get-task-status?task_id=${id}`);
    expect(status).toEqual({ status: 200, body: { status: "running" } });
    expect(validate.status(status.body)).toBeNull();

    fake.clock.advance(2_000);
    const finished = await call(server, "GET", `/v2/workflow/get-task?task_id=${id}`);
    expect(validate.get(finished.body)).toBeNull();
    expect(finished.body).toMatchObject({
      status: "finished",
      output: { string: '{"items":[1]}', files: [] },
      input_parameters: "keyword=laptops",
      finished_at: new Date(server.tasks.get(id).createdAt + 5_000).toISOString(),
    });
    expect(finished.body).not.toHaveProperty("live_url_info");
  });

  it("cancels a task with PUT stop-task (200, no body): status canceled", async () => {
    const server = await fake.start({ task: { durationMs: 60_000 } });
    const id = await runTask(server);
    const stopped = await call(server, "PUT", `/v2/workflow/stop-task?task_id=${id}&biz_code=1001`);
    expect(stopped).toEqual({ status: 200, body: undefined });
    expect(server.requestsOf("stop")[0]?.query.get("biz_code")).toBe("1001");
    const task = await call(server, "GET", `/v2/workflow/get-task?task_id=${id}`);
    expect(validate.get(task.body)).toBeNull();
    expect(task.body).toMatchObject({ status: "canceled" });
  });

  it("resumes a paused task with PUT resume-task, and refuses to resume a canceled one", async () => {
    const server = await fake.start({ task: { durationMs: 10_000, steps: 2 } });
    const id = await runTask(server);
    fake.clock.advance(2_000);
    server.tasks.pause(id);
    fake.clock.advance(30_000);
    expect(await call(server, "GET", `/v2/workflow/get-task-status?task_id=${id}`)).toEqual({
      status: 200,
      body: { status: "paused" },
    });
    expect(validate.get(server.view(id))).toBeNull();
    expect(await call(server, "PUT", `/v2/workflow/resume-task?task_id=${id}`)).toEqual({
      status: 200,
      body: undefined,
    });
    fake.clock.advance(7_999);
    expect(server.view(id).status).toBe("running");
    fake.clock.advance(1);
    expect(server.view(id).status).toBe("finished");

    const other = await runTask(server);
    await call(server, "PUT", `/v2/workflow/stop-task?task_id=${other}`);
    const refused = await call(server, "PUT", `/v2/workflow/resume-task?task_id=${other}`);
    expect(refused.status).toBe(400);
    expect(validate.resume400(refused.body)).toBeNull();
  });

  it("reports credits and the plan's files in download_files once finished, and no files before", async () => {
    const server = await fake.start({
      task: { durationMs: 2_000, steps: 2, costPerStepUsd: 0.05, files: ["prices.csv", "shot 1.png"] },
    });
    const id = await runTask(server);
    fake.clock.advance(1_000);
    const running = await call(server, "GET", `/v2/workflow/get-task?task_id=${id}`);
    expect(validate.get(running.body)).toBeNull();
    expect(running.body).toMatchObject({ status: "running", credit: 5, download_files: [] });
    expect(running.body).not.toHaveProperty("files_expires_at");

    fake.clock.advance(1_000);
    const finished = await call(server, "GET", `/v2/workflow/get-task?task_id=${id}`);
    expect(validate.get(finished.body)).toBeNull();
    const finishedAt = server.tasks.get(id).createdAt + 2_000;
    const expiresAt = finishedAt + 24 * 60 * 60 * 1000;
    expect(finished.body).toMatchObject({
      status: "finished",
      credit: 10,
      files_expires_at: expiresAt,
      download_files: [
        {
          guid: `${id}001`,
          fileName: "prices.csv",
          fileSize: 1_024,
          status: "completed",
          progress: 100,
          downloadUrl: `https://files.browseract.com/tasks/${id}/prices.csv?expires=${expiresAt}`,
          downloadStartTime: finishedAt,
          downloadCompletedTime: finishedAt,
          expiresAt,
          createTime: finishedAt,
        },
        { guid: `${id}002`, fileName: "shot 1.png", downloadUrl: expect.stringContaining("/shot%201.png?") },
      ],
    });
    // The list's simple view has the credits but no files.
    const list = await call(server, "GET", "/v2/workflow/list-tasks");
    expect(validate.list(list.body)).toBeNull();
    const [item] = (list.body as { items: Record<string, unknown>[] }).items;
    expect(item).toMatchObject({ id, credit: 10 });
    expect(item).not.toHaveProperty("download_files");
  });

  it("has no files for a canceled or failed task", async () => {
    const server = await fake.start({
      task: (_input, index) => ({ durationMs: 1_000, files: ["a.csv"], outcome: index === 0 ? "failed" : "completed" }),
    });
    const failed = await runTask(server);
    const canceled = await runTask(server);
    await call(server, "PUT", `/v2/workflow/stop-task?task_id=${canceled}`);
    fake.clock.advance(1_000);
    for (const id of [failed, canceled]) {
      const task = await call(server, "GET", `/v2/workflow/get-task?task_id=${id}`);
      expect(validate.get(task.body)).toBeNull();
      expect(task.body).toMatchObject({ download_files: [] });
      expect(task.body).not.toHaveProperty("files_expires_at");
    }
    expect(server.view(failed).status).toBe("failed");
    expect(server.view(canceled).status).toBe("canceled");
  });

  const ends: [string, (server: BrowserActSimulation, id: string) => Promise<unknown> | unknown][] = [
    ["canceled with PUT stop-task", (server, id) => call(server, "PUT", `/v2/workflow/stop-task?task_id=${id}`)],
    ["stopped through the controls", (server, id) => server.tasks.stop(id)],
    ["completed through the controls", (server, id) => server.tasks.complete(id)],
    ["failed through the controls", (server, id) => server.tasks.fail(id)],
    ["finished by the clock", () => fake.clock.advance(9_000)],
  ];

  it.each(ends)(
    "answers 429 in the ResponseData envelope beyond maxActiveTasks, until the active task is %s",
    async (_how, end) => {
      const server = await fake.start({ maxActiveTasks: 1, task: { durationMs: 10_000 } });
      const first = await runTask(server);
      fake.clock.advance(1_000);
      const refused = await call(server, "POST", "/v2/workflow/run-task", { body: runBody });
      expect(refused.status).toBe(429);
      expect(validate.envelope(refused.body)).toBeNull();
      expect(refused.body).toEqual({
        code: 429,
        msg: browserActTooManyTasksMessage,
        data: {},
        ts: server.clock.now(),
        time: new Date(server.clock.now()).toISOString(),
        traceId: expect.stringMatching(/^[0-9a-f]{32}$/),
      });
      expect(server.tasks.list().map((task) => task.id)).toEqual([first]);

      await end(server, first);
      const second = await runTask(server);
      // The refused start used no id: the next task has the second id.
      expect(second).toBe(browserActTaskId(1));
      expect((await call(server, "POST", "/v2/workflow/run-task", { body: runBody })).status).toBe(429);
    },
  );

  it("counts a paused task as active until it is resumed over HTTP and finishes", async () => {
    const server = await fake.start({ maxActiveTasks: 1, task: { durationMs: 10_000 } });
    const id = await runTask(server);
    fake.clock.advance(1_000);
    server.tasks.pause(id);
    fake.clock.advance(60_000);
    expect((await call(server, "POST", "/v2/workflow/run-task", { body: runBody })).status).toBe(429);
    expect(await call(server, "PUT", `/v2/workflow/resume-task?task_id=${id}`)).toEqual({
      status: 200,
      body: undefined,
    });
    expect(server.requestsOf("resume")[0]).toMatchObject({ taskId: id, status: 200 });
    fake.clock.advance(9_000);
    expect(server.view(id).status).toBe("finished");
    await runTask(server);
  });

  it("answers resume-task to a running task with 200, leaving it running, and to an unknown one with 400", async () => {
    const server = await fake.start({ task: { durationMs: 10_000 } });
    const id = await runTask(server);
    fake.clock.advance(1_000);
    expect(await call(server, "PUT", `/v2/workflow/resume-task?task_id=${id}`)).toEqual({
      status: 200,
      body: undefined,
    });
    expect(server.view(id).status).toBe("running");
    const unknown = await call(server, "PUT", "/v2/workflow/resume-task?task_id=1");
    expect(unknown.status).toBe(400);
    expect(validate.resume400(unknown.body)).toBeNull();
  });

  it("reports a failed task with task_failure_info", async () => {
    const server = await fake.start({
      task: { durationMs: 1_000, outcome: "failed", errorMessage: "Navigation timeout" },
    });
    const id = await runTask(server);
    fake.clock.advance(1_000);
    const failed = await call(server, "GET", `/v2/workflow/get-task?task_id=${id}`);
    expect(validate.get(failed.body)).toBeNull();
    expect(failed.body).toMatchObject({
      status: "failed",
      task_failure_info: { code: 10001, message: "Navigation timeout" },
    });
  });

  it("lists tasks newest first with page, limit, total_pages and total_count, filtered by status and workflow", async () => {
    const server = await fake.start({ task: { durationMs: 60_000 } });
    const first = await runTask(server);
    const second = await runTask(server, { workflow_id: "wf_other" });
    const third = await runTask(server);
    server.tasks.stop(first);
    const page = await call(server, "GET", "/v2/workflow/list-tasks?page=1&limit=2");
    expect(validate.list(page.body)).toBeNull();
    expect(page.body).toMatchObject({ page: 1, limit: 2, total_pages: 2, total_count: 3 });
    expect((page.body as { items: { id: string }[] }).items.map((item) => item.id)).toEqual([third, second]);
    const canceled = (await call(server, "GET", "/v2/workflow/list-tasks?status=canceled")).body as {
      items: { id: string }[];
    };
    expect(canceled.items.map((item) => item.id)).toEqual([first]);
    const other = (await call(server, "GET", "/v2/workflow/list-tasks?workflow_id=wf_other")).body as {
      items: { id: string }[];
    };
    expect(other.items.map((item) => item.id)).toEqual([second]);
    expect((await call(server, "GET", "/v2/workflow/list-tasks?limit=501")).status).toBe(400);
  });

  it("answers the ResponseData envelope to a bad request, an unknown task and a wrong key", async () => {
    const server = await fake.start();
    const invalid = await call(server, "POST", "/v2/workflow/run-task", { body: { input_parameters: [] } });
    expect(invalid.status).toBe(400);
    expect(validate.runInvalid(invalid.body)).toBeNull();
    const unknown = await call(server, "GET", "/v2/workflow/get-task?task_id=1");
    expect(unknown.status).toBe(400);
    expect(validate.get400(unknown.body)).toBeNull();
    expect(unknown.body).toMatchObject({ code: 400, msg: "Invalid task_id" });
    expect((await call(server, "GET", "/v2/workflow/list-tasks", { key: "wrong" })).status).toBe(401);
  });

  it("hangs a run-task until the client aborts, with afterHandling creating the task anyway", async () => {
    const server = await fake.start();
    server.injectFault({ operation: "start", fault: { kind: "hang" }, afterHandling: true });
    const controller = new AbortController();
    const pending = fetch(`${server.baseUrl}/v2/workflow/run-task`, {
      method: "POST",
      headers: { Authorization: `Bearer ${server.apiKey}`, "content-type": "application/json" },
      body: JSON.stringify(runBody),
      signal: controller.signal,
    });
    await server.waitForRequest((request) => request.operation === "start");
    controller.abort();
    await expect(pending).rejects.toThrow();
    expect(server.tasks.list().map((task) => task.providerStatus)).toEqual(["running"]);
  });
});
