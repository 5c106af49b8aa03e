// Shared by this package's tests: a real redis-server per test file, the simulated Browser Use API over real HTTP,
// and small waits on conditions (never on a time budget).
import { createBrowserUseAdapter, createBrowserUseClient } from "@agent-tasks/browser-use";
import { type RedisServer, startRedisServer } from "@agent-tasks/test-support";
import { type BrowserUseSimulation, simulateBrowserUse, type TaskPlanOption } from "@agent-tasks/testing";
import { afterAll, beforeAll } from "vitest";

/** Starts one redis-server for the file; `redis()` reads it inside tests. */
export function useRedis(): () => RedisServer {
  let server: RedisServer | undefined;
  beforeAll(async () => {
    server = await startRedisServer();
  }, 30_000);
  afterAll(async () => {
    await server?.stop();
  });
  return () => {
    if (server === undefined) throw new Error("redis-server is not started yet");
    return server;
  };
}

let queueCounter = 0;
/** A queue name no other test of this run uses. */
export function freshQueueName(): string {
  queueCounter += 1;
  return `watch-test-${process.pid}-${queueCounter}`;
}

/** The Browser Use simulation, listening on a real port. */
export async function browserUseOverHttp(
  task: TaskPlanOption<unknown>,
  extra: { maxActiveTasks?: number } = {},
): Promise<BrowserUseSimulation> {
  const sim = simulateBrowserUse({ task: task as never, ...extra });
  await sim.listen();
  return sim;
}

/** A Browser Use adapter for `sim`, without client retries (the watch polls again instead). */
export function browserUseAdapter(sim: BrowserUseSimulation) {
  return createBrowserUseAdapter(createBrowserUseClient({ baseUrl: sim.baseUrl, apiKey: sim.apiKey, maxRetries: 0 }));
}

/** Resolves once `check()` is true, looking every 20 ms; rejects after `limitMs` with `what` (a hang guard only). */
export async function until(what: string, check: () => boolean | Promise<boolean>, limitMs = 60_000): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > limitMs) throw new Error(`still waiting, after ${limitMs} ms, for: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
