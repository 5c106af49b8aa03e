// runTask end to end, per provider: the real client and adapter over real sockets, against a simulation of the
// provider's API (@agent-tasks/testing, served over HTTP with listen()). The simulations run on a manual clock, so a
// "60-second" task finishes when the test says so, never on a timing budget.
import { createBrowserUseAdapter, createBrowserUseClient } from "@agent-tasks/browser-use";
import { createBrowserUseV4Adapter, createBrowserUseV4Client } from "@agent-tasks/browser-use/v4";
import { createBrowserActAdapter, createBrowserActClient } from "@agent-tasks/browseract";
import { createDariAdapter, createDariClient } from "@agent-tasks/dari";
import { createHyperbrowserAdapter, createHyperbrowserClient } from "@agent-tasks/hyperbrowser";
import { createSkyvernAdapter, createSkyvernClient } from "@agent-tasks/skyvern";
import {
  createManualClock,
  type ManualClock,
  type Simulation,
  simulateBrowserAct,
  simulateBrowserUse,
  simulateBrowserUseV4,
  simulateDari,
  simulateHyperbrowser,
  simulateSkyvern,
} from "@agent-tasks/testing";
import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { listTasks, runTask, startTask, stopTask } from "../every-provider.js";
import { StructuredOutputError, TaskAbortedError, WaitTimeoutError } from "./errors.js";
import { createTaskSlots } from "./task-slots.js";

const simulations: Simulation[] = [];
afterEach(async () => {
  await Promise.all(simulations.splice(0).map((sim) => sim.close()));
});

async function track<F extends Simulation>(sim: F): Promise<F> {
  const started = await sim.listen();
  simulations.push(started);
  return started;
}

/**
 * The first read of the task after its start: a whole read, or (runTask without onUpdate, with an adapter that has
 * one) a status read.
 */
const firstRead = (request: { operation: string }) => request.operation === "get" || request.operation === "status";

/** Once the first read after the start arrived, moves the simulation's clock past the task's end. */
async function finishAfterFirstRead(sim: Simulation, clock: ManualClock): Promise<void> {
  await sim.waitForRequest(firstRead);
  clock.advance(61_000);
}

const fast = { intervalMs: 1, maxIntervalMs: 5 };

describe("runTask end to end against a simulation of each provider", () => {
  it("Hyperbrowser: starts once, follows the status and resolves the completed task", async () => {
    const clock = createManualClock();
    const sim = await track(
      simulateHyperbrowser({ clock, apiKey: "hb-key", task: { durationMs: 60_000, steps: 3, output: "42 stars" } }),
    );
    const adapter = createHyperbrowserAdapter(createHyperbrowserClient({ apiKey: "hb-key", baseUrl: sim.baseUrl }));

    const run = runTask(adapter, { task: "Count the stars" }, fast);
    void finishAfterFirstRead(sim, clock);
    const task = await run;

    expect(task).toMatchObject({ source: "hyperbrowser", status: "completed", isTerminal: true, output: "42 stars" });
    expect(task.steps).toHaveLength(3);
    const starts = sim.requestsOf("start");
    expect(starts).toHaveLength(1);
    expect(starts[0]).toMatchObject({
      method: "POST",
      pathname: "/api/task/hyper-agent",
      json: { task: "Count the stars" },
    });
    expect(sim.requests.every((request) => request.headers["x-api-key"] === "hb-key")).toBe(true);
    expect(sim.requestsOf("get").at(-1)?.pathname).toBe(`/api/task/hyper-agent/${task.id}`);
  });

  it("Browser Use v2: starts once with only `task`, and resolves today's finished task with its cost", async () => {
    const clock = createManualClock();
    const sim = await track(
      simulateBrowserUse({ clock, apiKey: "bu-key", task: { durationMs: 60_000, steps: 2, output: "done" } }),
    );
    const adapter = createBrowserUseAdapter(createBrowserUseClient({ apiKey: "bu-key", baseUrl: sim.baseUrl }));

    const run = runTask(adapter, { task: "Find the price" }, fast);
    void finishAfterFirstRead(sim, clock);
    const task = await run;

    expect(task).toMatchObject({
      source: "browser-use",
      status: "completed",
      output: "done",
      providerStatus: "finished",
    });
    expect(task.cost?.usd).toBeGreaterThan(0);
    const [start] = sim.requestsOf("start");
    expect(sim.requestsOf("start")).toHaveLength(1);
    expect(start).toMatchObject({ method: "POST", pathname: "/api/v2/tasks", json: { task: "Find the price" } });
    expect(start?.headers["x-browser-use-api-key"]).toBe("bu-key");
  });

  it("BrowserAct: runs a workflow task and reads its 17-digit id as a string", async () => {
    const clock = createManualClock();
    const sim = await track(simulateBrowserAct({ clock, apiKey: "ba-key", task: { durationMs: 60_000, steps: 2 } }));
    const adapter = createBrowserActAdapter(createBrowserActClient({ apiKey: "ba-key", baseUrl: sim.baseUrl }));

    const run = runTask(adapter, { workflow_id: "81234567890123456" }, fast);
    void finishAfterFirstRead(sim, clock);
    const task = await run;

    expect(task).toMatchObject({ source: "browseract", status: "completed", isTerminal: true });
    expect(task.id).toMatch(/^\d{17}$/);
    const [start] = sim.requestsOf("start");
    expect(start).toMatchObject({ method: "POST", pathname: "/v2/workflow/run-task" });
    expect(start?.json).toMatchObject({ workflow_id: "81234567890123456" });
    expect(start?.headers.authorization).toBe("Bearer ba-key");
  });

  it("Dari: starts a job on the bound portal and resolves the completed job", async () => {
    const clock = createManualClock();
    const sim = await track(simulateDari({ clock, apiKey: "dari-key", task: { durationMs: 60_000, steps: 2 } }));
    const adapter = createDariAdapter(createDariClient({ apiKey: "dari-key", baseUrl: sim.baseUrl }), {
      orgId: "my-org",
      endpointName: "contact_form",
    });

    const run = runTask(adapter, { form_data: { email: "jane@example.com" } }, fast);
    void finishAfterFirstRead(sim, clock);
    const task = await run;

    expect(task).toMatchObject({ source: "dari", status: "completed", isTerminal: true });
    const [start] = sim.requestsOf("start");
    expect(start).toMatchObject({
      method: "POST",
      pathname: "/jobs/my-org/contact_form/start",
      json: { form_data: { email: "jane@example.com" } },
    });
    expect(start?.headers["x-api-key"]).toBe("dari-key");
  });

  it("a failed task resolves as failed (it does not wait for a timeout)", async () => {
    const clock = createManualClock();
    const sim = await track(
      simulateBrowserUse({ clock, task: { durationMs: 60_000, outcome: "failed", errorMessage: "blocked" } }),
    );
    const adapter = createBrowserUseAdapter(createBrowserUseClient({ apiKey: sim.apiKey, baseUrl: sim.baseUrl }));

    const run = runTask(adapter, { task: "Log in" }, fast);
    void finishAfterFirstRead(sim, clock);
    const task = await run;

    expect(task.status).toBe("failed");
    expect(task.success).toBe(false);
  });

  it("validates structured output with a zod schema sent to Browser Use as JSON Schema", async () => {
    const clock = createManualClock();
    const sim = await track(simulateBrowserUse({ clock, task: { durationMs: 60_000, output: '{"price": 12.5}' } }));
    const adapter = createBrowserUseAdapter(createBrowserUseClient({ apiKey: sim.apiKey, baseUrl: sim.baseUrl }));

    const run = runTask(adapter, { task: "Find the price", schema: z.object({ price: z.number() }) }, fast);
    void finishAfterFirstRead(sim, clock);
    const task = await run;

    if (task.status !== "completed") throw new Error(`expected completed, got ${task.status}`);
    expect(task.structuredOutput).toEqual({ price: 12.5 });
    const sent = sim.requestsOf("start")[0]?.json as { structuredOutput?: string; schema?: unknown };
    expect(sent.schema).toBeUndefined();
    expect(JSON.parse(sent.structuredOutput ?? "null")).toMatchObject({
      type: "object",
      properties: { price: { type: "number" } },
      required: ["price"],
    });
  });
});

describe("structured output from a provider that takes no schema: Dari's final_result", () => {
  const Quote = z.object({ quoteId: z.string(), premium: z.number() });

  async function runDari(output: string) {
    const clock = createManualClock();
    const sim = await track(simulateDari({ clock, task: { durationMs: 60_000, output } }));
    const adapter = createDariAdapter(createDariClient({ apiKey: sim.apiKey, baseUrl: sim.baseUrl }), {
      orgId: "my-org",
      endpointName: "insurance_quote",
    });
    const run = runTask(adapter, { form_data: { name: "Jane" }, schema: Quote }, fast);
    void finishAfterFirstRead(sim, clock);
    return { run, sim };
  }

  it("validates final_result with the schema, and sends no schema to Dari", async () => {
    const { run, sim } = await runDari('{"quoteId": "Q-123", "premium": 89.5}');
    const task = await run;

    if (task.status !== "completed") throw new Error(`expected completed, got ${task.status}`);
    expect(task.structuredOutput).toEqual({ quoteId: "Q-123", premium: 89.5 });
    expect(sim.requestsOf("start")[0]?.json).toEqual({ form_data: { name: "Jane" } });
  });

  it("a final_result that does not match rejects with StructuredOutputError carrying the raw output", async () => {
    const { run } = await runDari('{"quoteId": 123}');
    const error = await run.catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(StructuredOutputError);
    expect((error as StructuredOutputError).output).toEqual({ quoteId: 123 });
    expect((error as StructuredOutputError).issues.length).toBeGreaterThan(0);
  });
});

describe("runTask abort and timeout against the simulations", () => {
  it("an abort sends exactly one stop, and the simulated task ends stopped", async () => {
    const clock = createManualClock();
    const sim = await track(simulateHyperbrowser({ clock, task: { durationMs: 60_000 } }));
    const adapter = createHyperbrowserAdapter(createHyperbrowserClient({ apiKey: sim.apiKey, baseUrl: sim.baseUrl }));
    const controller = new AbortController();

    const run = runTask(adapter, { task: "Wait forever" }, { ...fast, signal: controller.signal });
    await sim.waitForRequest(firstRead);
    controller.abort(new Error("user left"));
    const error = await run.catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(TaskAbortedError);
    const aborted = error as TaskAbortedError;
    expect(sim.requestsOf("stop")).toHaveLength(1);
    expect(sim.requestsOf("stop")[0]?.pathname).toBe(`/api/task/hyper-agent/${aborted.ref}/stop`);
    expect(sim.tasks.get(String(aborted.ref))?.phase).toBe("stopped");
    expect(aborted.stopRequested).toBe(true);
  });

  it("a timeout sends exactly one stop; stopOnAbort: false sends none", async () => {
    const sim = await track(simulateBrowserUse({ clock: createManualClock(), task: { durationMs: 60_000 } }));
    const adapter = createBrowserUseAdapter(createBrowserUseClient({ apiKey: sim.apiKey, baseUrl: sim.baseUrl }));

    const timedOut = await runTask(adapter, { task: "Slow" }, { ...fast, timeoutMs: 50 }).catch(
      (error: unknown) => error,
    );
    expect(timedOut).toBeInstanceOf(WaitTimeoutError);
    expect(sim.requestsOf("stop")).toHaveLength(1);
    expect(sim.requestsOf("stop")[0]).toMatchObject({ method: "PATCH", json: { action: "stop" } });

    sim.clearRequests();
    const left = await runTask(adapter, { task: "Slow" }, { ...fast, timeoutMs: 50, stopOnAbort: false }).catch(
      (error: unknown) => error,
    );
    expect(left).toBeInstanceOf(WaitTimeoutError);
    expect(sim.requestsOf("stop")).toHaveLength(0);
    expect(sim.tasks.get(String((left as WaitTimeoutError).ref))?.phase).not.toBe("stopped");
  });

  it("stopTask twice, and on a finished task, resolves the task each time", async () => {
    const clock = createManualClock();
    const sim = await track(simulateBrowserAct({ clock, task: { durationMs: 60_000 } }));
    const adapter = createBrowserActAdapter(createBrowserActClient({ apiKey: sim.apiKey, baseUrl: sim.baseUrl }));
    const { ref } = await adapter.start({ workflow_id: "81234567890123456" });

    const first = await stopTask(adapter, ref, fast);
    const second = await stopTask(adapter, ref, fast);
    expect([first.status, second.status]).toEqual(["stopped", "stopped"]);

    const { ref: finishedRef } = await adapter.start({ workflow_id: "81234567890123456" });
    clock.advance(61_000);
    const finished = await stopTask(adapter, finishedRef, fast);
    expect(finished.status).toBe("completed");
  });
});

describe("task slots against a simulation that caps concurrent tasks", () => {
  it("100 runTasks with 20 slots: at most 20 run at once and no start is refused with 429", async () => {
    const sim = await track(
      simulateBrowserUse({
        maxActiveTasks: 20,
        task: (_input, index) => ({ durationMs: 20 + (index % 7) * 5, steps: 1 }),
      }),
    );
    const adapter = createBrowserUseAdapter(
      createBrowserUseClient({ apiKey: sim.apiKey, baseUrl: sim.baseUrl, maxConcurrentRequests: 64 }),
    );
    const slots = createTaskSlots({ maxConcurrentTasks: 20 });
    let peak = 0;
    const sample = setInterval(() => {
      peak = Math.max(peak, sim.tasks.activeCount());
    }, 1);

    const tasks = await Promise.all(
      Array.from({ length: 100 }, (_, index) => runTask(adapter, { task: `Task ${index}` }, { ...fast, slots })),
    ).finally(() => clearInterval(sample));

    expect(tasks.map((task) => task.status)).toEqual(Array(100).fill("completed"));
    expect(sim.requestsOf("start").map((request) => request.status)).toEqual(Array(100).fill(202));
    expect(peak).toBeLessThanOrEqual(20);
    expect(slots.active).toBe(0);
  });
});

describe("listTasks against the simulation", () => {
  it("reads three pages of Browser Use tasks, newest first", async () => {
    const sim = await track(simulateBrowserUse({ clock: createManualClock() }));
    const adapter = createBrowserUseAdapter(createBrowserUseClient({ apiKey: sim.apiKey, baseUrl: sim.baseUrl }));
    for (let index = 0; index < 5; index++) await adapter.start({ task: `Task ${index}` });

    const seen: string[] = [];
    for await (const task of listTasks(adapter, { pageSize: 2 })) seen.push(task.instructions ?? "");

    expect(seen).toHaveLength(5);
    expect(new Set(seen)).toEqual(new Set(["Task 0", "Task 1", "Task 2", "Task 3", "Task 4"]));
    expect(sim.requestsOf("list").map((request) => request.query.get("pageNumber"))).toEqual(["1", "2", "3"]);
  });
});

describe("startTask with a client key against the Browser Use simulation", () => {
  it("a start whose answer was lost (the task was created, then a 500) is found by its key, not sent again", async () => {
    // The real clock: the lookup asks for tasks created in the last 15 minutes of real time.
    const sim = await track(simulateBrowserUse());
    const adapter = createBrowserUseAdapter(
      createBrowserUseClient({ apiKey: sim.apiKey, baseUrl: sim.baseUrl, maxRetries: 3 }),
    );
    sim.injectFault({ operation: "start", fault: { kind: "status", status: 500 }, afterHandling: true });

    const ref = await startTask(adapter, { task: "Book a table" }, { clientKey: "order-4711" });

    expect(sim.requestsOf("start")).toHaveLength(1);
    const created = sim.tasks.get(ref);
    expect(created.input).toMatchObject({ task: "Book a table", metadata: { agentTasksClientKey: "order-4711" } });
    const [lookup] = sim.requestsOf("list");
    expect(sim.requestsOf("list")).toHaveLength(1);
    expect(lookup?.query.get("after")).toMatch(/^\d{4}-\d\d-\d\dT/);
  });
});

describe("runTask end to end on the two newest sources: Browser Use v4 runs and Skyvern", () => {
  it("Browser Use v4: starts once, polls the cheap status, and resolves the run with every event as a step", async () => {
    const clock = createManualClock();
    const sim = await track(
      simulateBrowserUseV4({ clock, apiKey: "bu4-key", task: { durationMs: 60_000, steps: 3, output: "done" } }),
    );
    const adapter = createBrowserUseV4Adapter(createBrowserUseV4Client({ apiKey: "bu4-key", baseUrl: sim.baseUrl }));

    const run = runTask(adapter, { task: "Find the price" }, fast);
    void finishAfterFirstRead(sim, clock);
    const task = await run;

    expect(task).toMatchObject({ source: "browser-use-v4", status: "completed", isTerminal: true, output: "done" });
    expect(task.cost?.usd).toBeGreaterThan(0);
    // Every event of the feed, once and in order: the run was terminal when read last.
    expect(task.steps.map((step) => step.index)).toEqual(sim.events(task.id).map((event) => event.id));
    expect(task.raw).toMatchObject({ run: { id: task.id, status: "completed" } });
    const starts = sim.requestsOf("start");
    expect(starts).toHaveLength(1);
    expect(starts[0]).toMatchObject({ method: "POST", pathname: "/api/v4/runs", json: { task: "Find the price" } });
    expect(sim.requests.every((request) => request.headers["x-browser-use-api-key"] === "bu4-key")).toBe(true);
    // While nothing changed, only the cheap status was read; the run and its feed once it ended.
    expect(sim.requestsOf("status").length).toBeGreaterThan(0);
    expect(sim.requestsOf("get")).toHaveLength(1);
    expect(sim.requestsOf("events").map((request) => request.query.get("after"))).toEqual(["0"]);
  });

  it("Browser Use v4 followed step by step: each read of the feed asks only for the events after the last one seen", async () => {
    const clock = createManualClock();
    const sim = await track(simulateBrowserUseV4({ clock, task: { durationMs: 60_000, steps: 4 } }));
    const adapter = createBrowserUseV4Adapter(createBrowserUseV4Client({ apiKey: sim.apiKey, baseUrl: sim.baseUrl }));
    let ticks = 0;

    const task = await runTask(
      adapter,
      { task: "Follow me" },
      // Each update moves the simulated clock on by a quarter of the run, so the feed grows between reads.
      { ...fast, onUpdate: () => void (ticks++ < 8 && clock.advance(16_000)) },
    );

    expect(task.status).toBe("completed");
    const all = sim.events(task.id).map((event) => event.id);
    expect(task.steps.map((step) => step.index)).toEqual(all);
    const afters = sim.requestsOf("events").map((request) => Number(request.query.get("after")));
    expect(afters.length).toBeGreaterThan(1);
    // Never back to an earlier cursor, and each cursor is an event id that was already read (or 0 at first).
    expect(afters).toEqual([...afters].sort((left, right) => left - right));
    expect(afters.every((after) => after === 0 || all.includes(after))).toBe(true);
    // Only the first read starts the feed from the beginning.
    expect(afters.filter((after) => after === 0)).toHaveLength(1);
  });

  it("Browser Use v4: an abort sends exactly one cancel, and the run ends cancelled", async () => {
    const clock = createManualClock();
    const sim = await track(simulateBrowserUseV4({ clock, task: { durationMs: 60_000 } }));
    const adapter = createBrowserUseV4Adapter(createBrowserUseV4Client({ apiKey: sim.apiKey, baseUrl: sim.baseUrl }));
    const controller = new AbortController();

    const run = runTask(adapter, { task: "Wait forever" }, { ...fast, signal: controller.signal });
    await sim.waitForRequest(firstRead);
    controller.abort(new Error("user left"));
    const error = await run.catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(TaskAbortedError);
    const aborted = error as TaskAbortedError;
    expect(sim.requestsOf("stop")).toHaveLength(1);
    expect(sim.requestsOf("stop")[0]).toMatchObject({ method: "POST", pathname: `/api/v4/runs/${aborted.ref}/cancel` });
    expect(sim.tasks.get(String(aborted.ref))?.phase).toBe("stopped");
  });

  it("Skyvern: starts once, and a zod schema goes out as data_extraction_schema and validates the output", async () => {
    const clock = createManualClock();
    const sim = await track(
      simulateSkyvern({ clock, apiKey: "sky-key", task: { durationMs: 60_000, output: '{"price": 12.5}' } }),
    );
    const adapter = createSkyvernAdapter(createSkyvernClient({ apiKey: "sky-key", baseUrl: sim.baseUrl }));

    const run = runTask(
      adapter,
      { prompt: "Find the price", url: "https://example.com", schema: z.object({ price: z.number() }) },
      fast,
    );
    void finishAfterFirstRead(sim, clock);
    const task = await run;

    if (task.status !== "completed") throw new Error(`expected completed, got ${task.status}`);
    expect(task).toMatchObject({ source: "skyvern", providerStatus: "completed", instructions: "Find the price" });
    expect(task.id).toMatch(/^tsk_/);
    expect(task.structuredOutput).toEqual({ price: 12.5 });
    const starts = sim.requestsOf("start");
    expect(starts).toHaveLength(1);
    const sent = starts[0]?.json as { prompt?: string; schema?: unknown; data_extraction_schema?: unknown };
    expect(starts[0]).toMatchObject({ method: "POST", pathname: "/v1/run/tasks" });
    expect(sent.prompt).toBe("Find the price");
    expect(sent.schema).toBeUndefined();
    expect(sent.data_extraction_schema).toMatchObject({
      type: "object",
      properties: { price: { type: "number" } },
      required: ["price"],
    });
    expect(sim.requests.every((request) => request.headers["x-api-key"] === "sky-key")).toBe(true);
    expect(sim.requestsOf("get").at(-1)?.pathname).toBe(`/v1/runs/${task.id}`);
  });

  it("Skyvern: a run that fails resolves as failed with Skyvern's reason, without waiting for a timeout", async () => {
    const clock = createManualClock();
    const sim = await track(
      simulateSkyvern({ clock, task: { durationMs: 60_000, outcome: "failed", errorMessage: "Login failed" } }),
    );
    const adapter = createSkyvernAdapter(createSkyvernClient({ apiKey: sim.apiKey, baseUrl: sim.baseUrl }));

    const run = runTask(adapter, { prompt: "Log in" }, { ...fast, timeoutMs: 600_000 });
    void finishAfterFirstRead(sim, clock);
    const task = await run;

    expect(task).toMatchObject({ source: "skyvern", status: "failed", success: false, providerStatus: "failed" });
    expect(task.error?.message).toContain("Login failed");
  });
});
