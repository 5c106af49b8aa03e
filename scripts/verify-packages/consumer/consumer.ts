// TypeScript consumer, compiled by scripts/verify-packages.ts under several `moduleResolution` settings with
// `skipLibCheck: false`, so our declaration files are checked too. Each `@ts-expect-error` proves the types are
// real: if an import resolved to `any`, the expected error would be missing and compilation would fail.
import { type BrowserUseTask, createBrowserUseClient } from "@agent-tasks/browser-use";
import { type BrowserUseV1Task, createBrowserUseV1Client } from "@agent-tasks/browser-use/v1";
import {
  type BrowserUseV4Run,
  createBrowserUseV4Client,
  createBrowserUseV4TaskFetcher,
} from "@agent-tasks/browser-use/v4";
import {
  type BrowserActTask,
  type BrowserActTaskStatus,
  createBrowserActClient,
  createBrowserActTaskFetcher,
  NotFoundError,
  unwrap,
} from "@agent-tasks/browseract";
import { ApiError as CoreApiError } from "@agent-tasks/core";
import { createDariClient, createDariTaskFetcher } from "@agent-tasks/dari";
import { createHyperbrowserClient, type HyperAgentTask } from "@agent-tasks/hyperbrowser";
import { type AgentTask, type AgentTaskStatus, getTask, normalizeTask, waitForTask } from "@agent-tasks/normalize";
import { createSkyvernClient, createSkyvernTaskFetcher, type SkyvernRun } from "@agent-tasks/skyvern";

export async function readBrowserActTask(taskId: string): Promise<AgentTask> {
  const client = createBrowserActClient({ apiKey: "key", maxRetries: 1 });
  const raw: BrowserActTask = await unwrap(
    client.GET("/v2/workflow/get-task", { params: { query: { task_id: taskId } }, timeoutMs: 5_000 }),
  );
  const status: BrowserActTaskStatus | undefined = raw.status;
  void status;
  return normalizeTask("browseract", raw);
}

export async function readOthers(): Promise<AgentTask[]> {
  const hyper = await unwrap(
    createHyperbrowserClient().GET("/api/task/hyper-agent/{id}", { params: { path: { id: "t" } } }),
  );
  const hyperTask: HyperAgentTask = hyper;
  const v2 = await unwrap(createBrowserUseClient().GET("/tasks/{task_id}", { params: { path: { task_id: "t" } } }));
  const v2Task: BrowserUseTask = v2;
  const v1 = await unwrap(
    createBrowserUseV1Client().GET("/api/v1/task/{task_id}", { params: { path: { task_id: "t" } } }),
  );
  const v1Task: BrowserUseV1Task = v1;
  const dari = createDariTaskFetcher(createDariClient());
  const v4: BrowserUseV4Run = await unwrap(
    createBrowserUseV4Client().GET("/runs/{run_id}", { params: { path: { run_id: "r" } } }),
  );
  const skyvernRun: SkyvernRun = await unwrap(
    createSkyvernClient().GET("/v1/runs/{run_id}", { params: { path: { run_id: "tsk_1" } } }),
  );
  return [
    normalizeTask("browser-use-v4", v4),
    normalizeTask("skyvern", skyvernRun),
    await getTask(createBrowserUseV4TaskFetcher(createBrowserUseV4Client()), "r"),
    await getTask(createSkyvernTaskFetcher(createSkyvernClient()), "tsk_1"),
    normalizeTask("hyperbrowser", hyperTask),
    normalizeTask("browser-use", v2Task),
    normalizeTask("browser-use-v1", v1Task),
    await getTask(dari, { orgId: "o", endpointName: "e", jobId: "j" }),
    await waitForTask(createBrowserActTaskFetcher(createBrowserActClient()), "1", { timeoutMs: 60_000 }),
  ];
}

export function describeError(error: unknown): string {
  // The provider package re-exports core's classes: one class, whichever package it is imported from.
  if (error instanceof NotFoundError) return `not found: ${error.requestId ?? "no request id"}`;
  if (error instanceof CoreApiError) return `HTTP ${error.status}`;
  return "other";
}

export function badCalls(): void {
  const client = createBrowserActClient();
  // @ts-expect-error: a path the spec does not have.
  void client.GET("/v2/no-such-path");
  // @ts-expect-error: task_id is a required query parameter.
  void client.GET("/v2/workflow/get-task", { params: { query: {} } });
  // @ts-expect-error: "bogus" is not an AgentTask status.
  const status: AgentTaskStatus = "bogus";
  void status;
  void createSkyvernClient().GET("/v1/runs/{run_id}", {
    // @ts-expect-error: Skyvern's key goes through the client's auth, not a per-call header parameter.
    params: { path: { run_id: "t" }, header: { "x-api-key": "k" } },
  });
  // @ts-expect-error: a Dari ref is an object, not a string.
  void createDariTaskFetcher(createDariClient()).fetchTask("job-1");
}
