import { getEventListeners } from "node:events";
import type { TaskFetcher, TaskFetchOptions } from "@agent-tasks/core";
import type { HyperAgentTask } from "@agent-tasks/hyperbrowser";
import { rejectionOf } from "@agent-tasks/test-support";
import { describe, expect, it } from "vitest";
import { waitForTask, watchTask } from "../every-provider.js";
import type { AgentTask } from "../model/agent-task.js";
import { NormalizeError } from "../normalize-error.js";
import { taskRunning as browserActRunning } from "../providers/__fixtures__/browseract/index.js";
import { taskRunning } from "../providers/__fixtures__/hyperbrowser/index.js";
import { WaitTimeoutError } from "./errors.js";

// A poll loop normalizes an answer only when its change key (id, raw status, steps) differs from the last one's.
// These pin what that must not change: every change is still seen, the terminal task is complete, and the task an
// error carries is the last one read.

const fast = { intervalMs: 1, maxIntervalMs: 1 };

/** A Hyperbrowser task read fresh each time (as a response body is), with `steps` steps and a live URL. */
function answer(status: HyperAgentTask["status"], steps: number, liveUrl = "https://live.example/1"): HyperAgentTask {
  const base = JSON.parse(JSON.stringify(taskRunning)) as typeof taskRunning;
  const step = base.data.steps[0];
  return {
    ...base,
    status,
    liveUrl,
    data: { ...base.data, steps: Array.from({ length: steps }, () => step) },
  } as HyperAgentTask;
}

/**
 * A fetcher playing `answers` (the last repeats), counting how often each answer was normalized: its field
 * `counted` is a getter, which the mapper reads once per normalization and the change key never reads (Hyperbrowser's
 * `liveUrl`, BrowserAct's `credit`).
 */
function countingFetcher<Raw extends object>(source: "hyperbrowser" | "browseract", answers: Raw[]) {
  const counted = source === "hyperbrowser" ? "liveUrl" : "credit";
  let next = 0;
  const normalized: number[] = answers.map(() => 0);
  const fetcher: TaskFetcher<typeof source, string, unknown> = {
    source,
    fetchTask: async () => {
      const index = Math.min(next++, answers.length - 1);
      const raw = JSON.parse(JSON.stringify(answers[index])) as Record<string, unknown>;
      const value = raw[counted];
      Object.defineProperty(raw, counted, {
        enumerable: true,
        get() {
          normalized[index] = (normalized[index] ?? 0) + 1;
          return value;
        },
      });
      return raw;
    },
  };
  return { fetcher, normalized, reads: () => next };
}

describe("answers whose status and steps did not change", () => {
  it("are not normalized again, while each change of steps or status is seen, the terminal task included", async () => {
    const answers = [
      answer("running", 1),
      answer("running", 1, "https://live.example/2"),
      answer("running", 1),
      answer("running", 2),
      answer("running", 2),
      answer("completed", 2),
    ];
    const { fetcher, normalized } = countingFetcher("hyperbrowser", answers);
    const seen: string[] = [];

    const task = await waitForTask(fetcher, "job-1", {
      ...fast,
      onUpdate: (update) => seen.push(`${update.status}/${update.steps.length}`),
    });

    expect(seen).toEqual(["running/1", "running/2", "completed/2"]);
    // Normalized: the first answer, the first with 2 steps, and the terminal one.
    expect(normalized).toEqual([1, 0, 0, 1, 0, 1]);
    expect(task).toMatchObject({ status: "completed", isTerminal: true, liveUrl: "https://live.example/1" });
    expect(task.steps).toHaveLength(2);
  });

  it("turn terminal on the status alone: a task that ends with the steps it had is resolved, complete", async () => {
    const { fetcher } = countingFetcher("hyperbrowser", [
      answer("running", 2),
      answer("running", 2),
      answer("failed", 2),
    ]);

    const task = await waitForTask(fetcher, "job-1", fast);

    expect(task).toMatchObject({ status: "failed", isTerminal: true, success: false, providerStatus: "failed" });
    expect(task.steps).toHaveLength(2);
  });

  it("BrowserAct: a step whose own status changed, the step count the same, is a change", async () => {
    const withSteps = (statuses: string[], status = "running") => ({
      ...browserActRunning,
      status,
      steps: statuses.map((stepStatus, index) => ({ step: index + 1, status: stepStatus })),
    });
    const { fetcher, normalized } = countingFetcher("browseract", [
      withSteps(["succeed", "running"]),
      withSteps(["succeed", "running"]),
      withSteps(["succeed", "succeed"]),
      withSteps(["succeed", "succeed"], "finished"),
    ]);

    const seen: (string | null)[][] = [];
    for await (const update of watchTask(fetcher, "t-1", fast)) seen.push(update.steps.map((step) => step.status));

    expect(seen).toEqual([
      ["succeeded", "running"],
      ["succeeded", "succeeded"],
      ["succeeded", "succeeded"],
    ]);
    expect(normalized).toEqual([1, 0, 1, 1]);
  });

  it("a timeout carries the last answer read, normalized, not the last one that changed", async () => {
    const answers = [answer("running", 1), answer("running", 1, "https://live.example/2")];
    const { fetcher, reads } = countingFetcher("hyperbrowser", answers);

    const error = await rejectionOf(waitForTask(fetcher, "job-1", { ...fast, timeoutMs: 50 }));

    expect(error).toBeInstanceOf(WaitTimeoutError);
    expect(reads()).toBeGreaterThan(2);
    const lastTask = (error as WaitTimeoutError<"hyperbrowser">).lastTask as AgentTask<"hyperbrowser">;
    expect(lastTask).toMatchObject({ status: "running", liveUrl: "https://live.example/2" });
    expect(lastTask.steps).toHaveLength(1);
  });

  it("an answer the key cannot read (no id) is normalized, and fails as it always did", async () => {
    const { jobId: _, ...withoutId } = answer("running", 1);
    const { fetcher } = countingFetcher("hyperbrowser", [answer("running", 1), withoutId as HyperAgentTask]);

    const error = await rejectionOf(waitForTask(fetcher, "job-1", fast));

    expect(error).toBeInstanceOf(NormalizeError);
    expect(error).toMatchObject({ source: "hyperbrowser", path: "jobId" });
  });
});

describe("the poll loop's abort listener", () => {
  it("is one for the whole wait: the signal each read gets never gathers more, however many polls and pauses", async () => {
    const listeners: number[] = [];
    let reads = 0;
    const fetcher: TaskFetcher<"hyperbrowser", string, unknown> = {
      source: "hyperbrowser",
      fetchTask: async (_ref: string, options?: TaskFetchOptions) => {
        if (options?.signal) listeners.push(getEventListeners(options.signal, "abort").length);
        return answer(++reads < 20 ? "running" : "completed", reads);
      },
    };

    await waitForTask(fetcher, "job-1", fast);

    expect(listeners).toHaveLength(20);
    expect(new Set(listeners)).toEqual(new Set([1]));
  });
});
