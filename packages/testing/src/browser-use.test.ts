import { responseValidator } from "@agent-tasks/test-support";
import { describe, expect, it } from "vitest";
import { fakeCaller, useFake } from "./__fixtures__/fake-api.js";
import { type BrowserUseSimulation, browserUseTooManySessionsDetail, simulateBrowserUse } from "./browser-use.js";

const strict = { rejectUnknownFields: true };
// Today's v2 spec (docs/openapi/v2.json of browser-use/sdk): these paths must all be in specs/browser-use.
const validate = {
  create: responseValidator("browser-use", "/tasks", "post", "202", strict),
  tooMany: responseValidator("browser-use", "/tasks", "post", "429", strict),
  createInvalid: responseValidator("browser-use", "/tasks", "post", "422", strict),
  list: responseValidator("browser-use", "/tasks", "get", "200", strict),
  listInvalid: responseValidator("browser-use", "/tasks", "get", "422", strict),
  get: responseValidator("browser-use", "/tasks/{task_id}", "get", "200", strict),
  get404: responseValidator("browser-use", "/tasks/{task_id}", "get", "404", strict),
  status: responseValidator("browser-use", "/tasks/{task_id}/status", "get", "200", strict),
  update: responseValidator("browser-use", "/tasks/{task_id}", "patch", "200", strict),
  file: responseValidator("browser-use", "/files/tasks/{task_id}/output-files/{file_id}", "get", "200", strict),
  file404: responseValidator("browser-use", "/files/tasks/{task_id}/output-files/{file_id}", "get", "404", strict),
  file422: responseValidator("browser-use", "/files/tasks/{task_id}/output-files/{file_id}", "get", "422", strict),
};

const fake = useFake(simulateBrowserUse);
const call = fakeCaller({ name: "X-Browser-Use-API-Key" });

async function createTask(server: BrowserUseSimulation, body: Record<string, unknown> = { task: "Find flights" }) {
  const created = await call(server, "POST", "/tasks", { body });
  expect(created.status).toBe(202);
  return created.body as { id: string; sessionId: string };
}

describe("fake Browser Use v2 API", () => {
  it("serves under /api/v2 and creates a task with 202 {id, sessionId}", async () => {
    const server = await fake.start();
    expect(server.baseUrl).toBe(`${server.origin}/api/v2`);
    const created = await call(server, "POST", "/tasks", { body: { task: "Find flights" } });
    expect(created.status).toBe(202);
    expect(validate.create(created.body)).toBeNull();
    const request = server.requestsOf("start")[0];
    expect(request?.path).toBe("/api/v2/tasks");
    expect(request?.headers["x-browser-use-api-key"]).toBe("fake-browser-use-key");
    expect(request?.json).toEqual({ task: "Find flights" });
    expect(request?.responseBody).toBe(JSON.stringify(created.body));
  });

  it("keeps the sessionId and metadata given at create, and returns them in the TaskView", async () => {
    const server = await fake.start();
    const sessionId = "2f1c6a43-1c65-4f0e-9e38-77a0c5b1f0aa";
    const { id } = await createTask(server, { task: "Tagged", sessionId, metadata: { clientKey: "k-1" } });
    const task = await call(server, "GET", `/tasks/${id}`);
    expect(validate.get(task.body)).toBeNull();
    expect(task.body).toMatchObject({ id, sessionId, metadata: { clientKey: "k-1" }, task: "Tagged" });
  });

  it("moves a task created → started → finished with steps, output, isSuccess and a USD cost string", async () => {
    const server = await fake.start({
      task: { startDelayMs: 500, durationMs: 3_000, steps: 3, output: '{"price":42}' },
    });
    const { id } = await createTask(server);
    const created = await call(server, "GET", `/tasks/${id}`);
    expect(validate.get(created.body)).toBeNull();
    expect(created.body).toMatchObject({
      status: "created",
      startedAt: null,
      steps: [],
      output: null,
      isSuccess: null,
    });

    fake.clock.advance(1_500);
    const started = (await call(server, "GET", `/tasks/${id}`)).body as { status: string; steps: { number: number }[] };
    expect(validate.get(started)).toBeNull();
    expect(started.status).toBe("started");
    expect(started.steps.map((step) => step.number)).toEqual([1]);
    const status = await call(server, "GET", `/tasks/${id}/status`);
    expect(validate.status(status.body)).toBeNull();
    expect(status.body).toEqual({
      id,
      status: "started",
      output: null,
      finishedAt: null,
      isSuccess: null,
      cost: "0.0100",
    });

    fake.clock.advance(2_000);
    const finished = await call(server, "GET", `/tasks/${id}`);
    expect(validate.get(finished.body)).toBeNull();
    expect(finished.body).toMatchObject({
      status: "finished",
      output: '{"price":42}',
      isSuccess: true,
      cost: "0.0300",
      finishedAt: new Date(server.tasks.get(id).createdAt + 3_500).toISOString(),
    });
    expect((finished.body as { steps: unknown[] }).steps).toHaveLength(3);
  });

  it("stops a task with PATCH {action: 'stop'} and answers the TaskView", async () => {
    const server = await fake.start({ task: { durationMs: 60_000 } });
    const { id } = await createTask(server);
    fake.clock.advance(10);
    const stopped = await call(server, "PATCH", `/tasks/${id}`, { body: { action: "stop" } });
    expect(stopped.status).toBe(200);
    expect(validate.update(stopped.body)).toBeNull();
    expect(stopped.body).toMatchObject({ id, status: "stopped", isSuccess: null });
    expect(server.requestsOf("stop")[0]?.json).toEqual({ action: "stop" });
  });

  it("accepts stop_task_and_session and rejects other actions (pause/resume are gone) with 422", async () => {
    const server = await fake.start({ task: { durationMs: 60_000 } });
    const { id } = await createTask(server);
    const pause = await call(server, "PATCH", `/tasks/${id}`, { body: { action: "pause" } });
    expect(pause.status).toBe(422);
    expect(server.view(id).status).toBe("started");
    expect(
      (await call(server, "PATCH", `/tasks/${id}`, { body: { action: "stop_task_and_session" } })).body,
    ).toMatchObject({
      status: "stopped",
    });
  });

  it("reports a failed task as status failed, isSuccess false", async () => {
    const server = await fake.start({ task: { durationMs: 1_000, outcome: "failed", errorMessage: "Site down" } });
    const { id } = await createTask(server);
    fake.clock.advance(1_000);
    const failed = await call(server, "GET", `/tasks/${id}`);
    expect(validate.get(failed.body)).toBeNull();
    expect(failed.body).toMatchObject({ status: "failed", isSuccess: false, output: "Site down" });
  });

  it("lists tasks newest first as a TaskListResponse, paged with pageSize and pageNumber", async () => {
    const server = await fake.start({ task: { durationMs: 60_000 } });
    const ids: string[] = [];
    for (let index = 0; index < 3; index += 1) {
      ids.push((await createTask(server, { task: `Task ${index}` })).id);
      fake.clock.advance(1_000);
    }
    server.tasks.stop(ids[0] ?? "");
    const page = await call(server, "GET", "/tasks?pageSize=2&pageNumber=1");
    expect(validate.list(page.body)).toBeNull();
    expect(page.body).toMatchObject({ totalItems: 3, pageNumber: 1, pageSize: 2 });
    expect((page.body as { items: { id: string }[] }).items.map((item) => item.id)).toEqual([ids[2], ids[1]]);
    const second = (await call(server, "GET", "/tasks?pageSize=2&pageNumber=2")).body as { items: { id: string }[] };
    expect(second.items.map((item) => item.id)).toEqual([ids[0]]);
    const stopped = (await call(server, "GET", "/tasks?filterBy=stopped")).body as { items: { id: string }[] };
    expect(stopped.items.map((item) => item.id)).toEqual([ids[0]]);
    const invalid = await call(server, "GET", "/tasks?pageSize=101");
    expect(invalid.status).toBe(422);
    expect(validate.listInvalid(invalid.body)).toBeNull();
  });

  it("lists the plan's files in outputFiles once finished, each downloadable through its presigned URL", async () => {
    const server = await fake.start({
      task: { durationMs: 2_000, steps: 2, costPerStepUsd: 0.125, files: ["report.pdf", "data 1.csv"] },
    });
    const { id } = await createTask(server);
    fake.clock.advance(1_000);
    const running = await call(server, "GET", `/tasks/${id}`);
    expect(validate.get(running.body)).toBeNull();
    expect(running.body).toMatchObject({ status: "started", outputFiles: [], cost: "0.1250" });

    fake.clock.advance(1_000);
    const finished = await call(server, "GET", `/tasks/${id}`);
    expect(validate.get(finished.body)).toBeNull();
    const { outputFiles, cost } = finished.body as { outputFiles: { id: string; fileName: string }[]; cost: string };
    expect(cost).toBe("0.2500");
    expect(outputFiles.map((file) => file.fileName)).toEqual(["report.pdf", "data 1.csv"]);
    // The ids stay the same from one read to the next.
    expect(server.view(id).outputFiles).toEqual(outputFiles);
    const status = await call(server, "GET", `/tasks/${id}/status`);
    expect(validate.status(status.body)).toBeNull();
    expect(status.body).toMatchObject({ status: "finished", cost: "0.2500" });

    const [report, data] = outputFiles;
    const download = await call(server, "GET", `/files/tasks/${id}/output-files/${data?.id}`);
    expect(download.status).toBe(200);
    expect(validate.file(download.body)).toBeNull();
    expect(download.body).toEqual({
      id: data?.id,
      fileName: "data 1.csv",
      downloadUrl: `https://browser-use-files.s3.amazonaws.com/tasks/${id}/data%201.csv?X-Amz-Expires=3600`,
    });
    expect(server.requestsOf("file")[0]).toMatchObject({ taskId: id, status: 200 });
    expect(report?.id).not.toBe(data?.id);

    const unknownFile = await call(
      server,
      "GET",
      `/files/tasks/${id}/output-files/7b0f6d1c-0c52-4a55-9a52-3f0fd1d4a111`,
    );
    expect(unknownFile).toEqual({ status: 404, body: { detail: "Output file not found" } });
    expect(validate.file404(unknownFile.body)).toBeNull();
    const badFileId = await call(server, "GET", `/files/tasks/${id}/output-files/nope`);
    expect(badFileId.status).toBe(422);
    expect(validate.file422(badFileId.body)).toBeNull();
  });

  it("lists no files for a task that failed or was stopped, nor without files in the plan", async () => {
    const server = await fake.start({
      task: (_input, index) => ({
        durationMs: 1_000,
        files: index === 2 ? undefined : ["report.pdf"],
        outcome: index === 0 ? "failed" : "completed",
      }),
    });
    const failed = await createTask(server);
    const stopped = await createTask(server);
    const plain = await createTask(server);
    server.tasks.stop(stopped.id);
    fake.clock.advance(1_000);
    for (const { id } of [failed, stopped, plain]) {
      const task = await call(server, "GET", `/tasks/${id}`);
      expect(validate.get(task.body)).toBeNull();
      expect(task.body).toMatchObject({ outputFiles: [] });
    }
    expect(server.view(failed.id).status).toBe("failed");
    expect(server.view(plain.id).status).toBe("finished");
  });

  const ends: [string, (server: BrowserUseSimulation, id: string) => Promise<unknown> | unknown][] = [
    [
      "stopped with PATCH {action: 'stop'}",
      (server, id) => call(server, "PATCH", `/tasks/${id}`, { body: { action: "stop" } }),
    ],
    ["stopped through the controls", (server, id) => server.tasks.stop(id)],
    ["completed through the controls", (server, id) => server.tasks.complete(id)],
    ["failed through the controls", (server, id) => server.tasks.fail(id)],
    ["finished by the clock", () => fake.clock.advance(9_000)],
  ];

  it.each(ends)(
    "answers 429 TooManyConcurrentActiveSessionsError beyond maxActiveTasks, until one is %s",
    async (_how, end) => {
      // The first task runs 10 s, the others a minute.
      const server = await fake.start({
        maxActiveTasks: 2,
        task: (_input, index) => ({ durationMs: index === 0 ? 10_000 : 60_000 }),
      });
      const first = await createTask(server);
      const second = await createTask(server);
      fake.clock.advance(1_000);
      const refused = await call(server, "POST", "/tasks", { body: { task: "third" } });
      expect(refused).toEqual({ status: 429, body: { detail: browserUseTooManySessionsDetail } });
      expect(validate.tooMany(refused.body)).toBeNull();
      expect(server.tasks.list().map((task) => task.id)).toEqual([second.id, first.id]);
      expect(server.requestsOf("start").map((request) => request.status)).toEqual([202, 202, 429]);

      await end(server, first.id);
      const third = await createTask(server, { task: "third" });
      expect(server.tasks.get(third.id).index).toBe(2);
      expect(server.tasks.activeCount()).toBe(2);
      // Full again.
      expect(await call(server, "POST", "/tasks", { body: { task: "fourth" } })).toEqual({
        status: 429,
        body: { detail: browserUseTooManySessionsDetail },
      });
    },
  );

  it("answers 422 ValidationError to a create without a task", async () => {
    const server = await fake.start();
    const invalid = await call(server, "POST", "/tasks", { body: { llm: "gpt-4.1" } });
    expect(invalid.status).toBe(422);
    expect(validate.createInvalid(invalid.body)).toBeNull();
  });

  it("answers 401 without the X-Browser-Use-API-Key header and 404 {detail} for an unknown task", async () => {
    const server = await fake.start();
    expect(await call(server, "GET", "/tasks", { key: null })).toEqual({
      status: 401,
      body: { detail: "Invalid API key" },
    });
    const missing = await call(server, "GET", "/tasks/7b0f6d1c-0c52-4a55-9a52-3f0fd1d4a111");
    expect(missing).toEqual({ status: 404, body: { detail: "Task not found" } });
    expect(validate.get404(missing.body)).toBeNull();
  });

  it("can fail the create with 500 and drop the status read", async () => {
    const server = await fake.start({ task: { durationMs: 60_000 } });
    server.injectFault({ operation: "start", fault: { kind: "status", status: 500, body: { detail: "Internal" } } });
    expect((await call(server, "POST", "/tasks", { body: { task: "x" } })).status).toBe(500);
    const { id } = await createTask(server);
    server.injectFault({ operation: "status", fault: { kind: "drop" } });
    await expect(call(server, "GET", `/tasks/${id}/status`)).rejects.toThrow();
    expect(server.requestsOf("status").map((request) => request.outcome)).toEqual(["dropped"]);
  });
});
