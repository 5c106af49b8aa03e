/**
 * `pnpm demo:watch`: durable task watching across processes, on the simulated Browser Use API, with webhooks.
 *
 * - Redis: `REDIS_URL` when set, else a redis-server started here on a free port (Debian: `apt-get install
 *   redis-server`).
 * - The simulated Browser Use API (`@agent-tasks/testing`) on 127.0.0.1, with a plan of at most `--slots` tasks
 *   running at once: one more start would be refused with its 429.
 * - A webhook endpoint (`createWebhookHandler` + `toNodeListener` on node:http) whose `onEvent` hands each verified
 *   event to the watch queue. This script plays the provider's webhook sender: when a task ends it posts a signed
 *   Browser Use delivery, for every other task only, so half the watches end by webhook and half by polling.
 * - `--workers` worker processes (`scripts/demo-watch/worker.ts`), sharing one request budget and the task slots.
 * - `--tasks` tasks started through the queue (`start`), each then watched until its handler ran.
 *
 * Prints one line per handler run, then what happened: handler runs per task, requests the provider received, the
 * most tasks it ran at once, its 429s, webhooks sent. Exit code 0 when every task was handled exactly once.
 */
import { type ChildProcess, fork } from "node:child_process";
import { randomUUID } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { parseArgs } from "node:util";
import { createTaskWatchQueue } from "@agent-tasks/bullmq";
import { browserUseSignatureHeaders, startRedisServer } from "@agent-tasks/test-support";
import { simulateBrowserUse } from "@agent-tasks/testing";
import { createWebhookHandler, toNodeListener } from "@agent-tasks/webhooks";
import type { DemoHandlerRun, DemoWorkerSettings } from "./demo-watch/worker.js";

const { values } = parseArgs({
  options: {
    tasks: { type: "string", default: "40" },
    workers: { type: "string", default: "3" },
    slots: { type: "string", default: "10" },
    budget: { type: "string", default: "20" },
  },
});
const taskCount = Number(values.tasks);
const workerCount = Number(values.workers);
const slots = Number(values.slots);
const budget = { max: Number(values.budget), durationMs: 1_000 };
const print = (line = "") => process.stdout.write(`${line}\n`);
const cleanups: (() => Promise<unknown> | unknown)[] = [];

async function main(): Promise<number> {
  const started = Date.now();
  const redis = process.env.REDIS_URL === undefined ? await startRedisServer() : null;
  if (redis !== null) cleanups.push(() => redis.stop());
  const redisUrl = process.env.REDIS_URL ?? (redis?.url as string);

  const sim = simulateBrowserUse({
    maxActiveTasks: slots,
    task: (_input, index) => ({ durationMs: 2_000 + ((index * 977) % 6_000), steps: 2, output: `result ${index}` }),
  });
  await sim.listen();
  cleanups.push(() => sim.close());

  const queueName = `demo-watch-${randomUUID().slice(0, 8)}`;
  const watches = createTaskWatchQueue({ connection: { url: redisUrl }, queueName });
  cleanups.push(() => watches.close());

  // The webhook endpoint, exactly as an app would mount it.
  const secret = `whsec_${randomUUID()}`;
  const outcomes: Record<string, number> = {};
  const handler = createWebhookHandler({
    provider: "browser-use",
    secret,
    onEvent: async (event) => {
      const outcome = await watches.deliver(event);
      outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
    },
  });
  const server = createServer(toNodeListener(handler));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  cleanups.push(() => new Promise((resolve) => server.close(resolve)));
  const webhookUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/browser-use`;

  // The workers, each a process of its own.
  const runs: DemoHandlerRun[] = [];
  const workers: ChildProcess[] = [];
  for (let index = 1; index <= workerCount; index += 1) {
    const settings: DemoWorkerSettings = {
      name: `worker ${index}`,
      redisUrl,
      queueName,
      baseUrl: sim.baseUrl,
      apiKey: sim.apiKey,
      requestBudget: budget,
      taskSlots: slots,
    };
    const child = fork(new URL("./demo-watch/worker.ts", import.meta.url), {
      env: { ...process.env, DEMO_WATCH: JSON.stringify(settings) },
      execArgv: ["--import", "tsx"],
    });
    cleanups.push(() => {
      if (child.exitCode === null) child.kill("SIGKILL");
    });
    await new Promise<void>((resolve, reject) => {
      child.once("message", (message) => (message === "ready" ? resolve() : reject(new Error(String(message)))));
      child.once("exit", (code) => reject(new Error(`${settings.name} exited early (${code})`)));
    });
    child.on("message", (message) => {
      if (typeof message !== "object" || message === null) return;
      const run = message as DemoHandlerRun;
      runs.push(run);
      const lag =
        run.finishedAt === null
          ? ""
          : `, ${((run.handledAt - Date.parse(run.finishedAt)) / 1000).toFixed(1)} s after it ended`;
      print(`${run.worker}: ${run.jobId} ${run.status} "${run.output}" (${run.polls} polls${lag})`);
    });
    workers.push(child);
  }
  print(
    `${workerCount} workers, ${taskCount} tasks, ${slots} task slots, budget ${budget.max} requests/s, Redis ${redisUrl}`,
  );

  // Start every task through the queue: the workers start them as slots free up, and watch each one.
  for (let index = 0; index < taskCount; index += 1) {
    await watches.start("browser-use", { task: `Demo task ${index}` }, { clientKey: `demo-${queueName}-${index}` });
  }

  // Play the provider's webhook sender: a signed delivery when every other task ends.
  const sent = new Set<string>();
  let webhooksSent = 0;
  let peakActive = 0;
  while (new Set(runs.map((run) => run.taskId)).size < taskCount) {
    peakActive = Math.max(peakActive, sim.tasks.activeCount());
    const ended = sim.tasks.list().filter((task) => task.phase === "completed" && !sent.has(task.id));
    for (const task of ended) {
      sent.add(task.id);
      if (task.index % 2 === 1) continue;
      const body = {
        type: "agent.task.status_update",
        timestamp: new Date().toISOString(),
        payload: { task_id: task.id, session_id: randomUUID(), status: "idle", metadata: { demo: true } },
      };
      webhooksSent += 1;
      const answer = await fetch(webhookUrl, {
        method: "POST",
        headers: { "content-type": "application/json", ...browserUseSignatureHeaders(body, { secret }) },
        body: JSON.stringify(body),
      });
      if (answer.status !== 204) throw new Error(`the webhook endpoint answered ${answer.status}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }

  const perTask = new Map<string, number>();
  for (const run of runs) perTask.set(run.taskId, (perTask.get(run.taskId) ?? 0) + 1);
  const exactlyOnce = [...perTask.values()].every((count) => count === 1) && perTask.size === taskCount;
  const requests = (operation: string) => sim.requests.filter((request) => request.operation === operation).length;
  const refused = sim.requests.filter((request) => request.status === 429).length;
  print();
  print(
    `Handled: ${perTask.size} of ${taskCount} tasks, ${runs.length} handler runs (${exactlyOnce ? "each exactly once" : "NOT each exactly once"}), in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  print(
    `Provider requests: ${requests("start")} starts, ${requests("status")} status reads, ${requests("get")} whole reads; ${refused} refused with 429`,
  );
  print(`Most tasks running at once: ${peakActive} (slots: ${slots})`);
  print(`Webhooks sent: ${webhooksSent}; deliver() answered ${JSON.stringify(outcomes)}`);
  for (const child of workers) child.send("close");
  await Promise.all(
    workers.map(
      (child) => new Promise((resolve) => (child.exitCode === null ? child.once("exit", resolve) : resolve(null))),
    ),
  );
  return exactlyOnce && refused === 0 ? 0 : 1;
}

const finish = async (code: number) => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  process.exit(code);
};
process.once("SIGINT", () => void finish(130));
main().then(finish, async (error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  await finish(1);
});
