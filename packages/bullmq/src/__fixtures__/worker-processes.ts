// Starts and stops task-watch workers as child processes (worker-process.ts), for the tests and the benchmark.
import { type ChildProcess, fork } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type { WorkerProcessSettings } from "./worker-process.js";

const workerFile = fileURLToPath(new URL("./worker-process.ts", import.meta.url));
// tsx, resolved from this package, lets the child run the TypeScript sources.
const tsx = createRequire(import.meta.url).resolve("tsx");

export interface WorkerProcess {
  readonly child: ChildProcess;
  readonly pid: number;
  /** Asks it to close (finishing the steps in progress) and resolves once it exited. */
  close(): Promise<void>;
  /** Kills it at once with SIGKILL: no cleanup, locks left to expire. */
  kill(): Promise<void>;
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}

/** Forks one worker process and resolves once it takes jobs. */
export async function forkWorker(settings: WorkerProcessSettings): Promise<WorkerProcess> {
  const child = fork(workerFile, {
    env: { ...process.env, WATCH_WORKER: JSON.stringify(settings) },
    execArgv: ["--import", tsx],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  await new Promise<void>((resolve, reject) => {
    child.once("message", (message) => (message === "ready" ? resolve() : reject(new Error(String(message)))));
    child.once("exit", (code, signal) => reject(new Error(`the worker process exited early (${code ?? signal})`)));
  });
  return {
    child,
    pid: child.pid ?? -1,
    async close() {
      if (child.connected) child.send("close");
      const kill = setTimeout(() => child.kill("SIGKILL"), 15_000);
      await exited(child);
      clearTimeout(kill);
    },
    async kill() {
      child.kill("SIGKILL");
      await exited(child);
    },
  };
}
