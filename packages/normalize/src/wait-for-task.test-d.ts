import {
  createHyperbrowserClient,
  createHyperbrowserTaskFetcher,
  type HyperAgentTask,
} from "@agent-tasks/hyperbrowser";
import { describe, expectTypeOf, it } from "vitest";
import { type AgentTask, type WaitForTaskOptions, type WaitTimeoutError, waitForTask } from "./index.js";

const fetcher = createHyperbrowserTaskFetcher(createHyperbrowserClient({ apiKey: "test-key" }));

describe("waitForTask types", () => {
  it("resolves the AgentTask of the fetcher's source, and types onUpdate's task the same way", () => {
    const waiting = waitForTask(fetcher, "job-1", {
      onUpdate: (task) => {
        expectTypeOf(task).toEqualTypeOf<AgentTask<"hyperbrowser">>();
        expectTypeOf(task.raw).toEqualTypeOf<HyperAgentTask>();
      },
    });

    expectTypeOf(waiting).resolves.toEqualTypeOf<AgentTask<"hyperbrowser">>();
  });

  it("takes WaitForTaskOptions of the fetcher's source", () => {
    expectTypeOf(waitForTask<"hyperbrowser", string>)
      .parameter(2)
      .toEqualTypeOf<WaitForTaskOptions<"hyperbrowser"> | undefined>();
    // @ts-expect-error timeoutMs is a number of milliseconds
    void waitForTask(fetcher, "job-1", { timeoutMs: "15m" });
    // @ts-expect-error a Hyperbrowser fetcher takes a string job id
    void waitForTask(fetcher, { jobId: "job-1" });
  });

  it("WaitTimeoutError carries the last task of its source", () => {
    expectTypeOf<WaitTimeoutError<"hyperbrowser">["lastTask"]>().toEqualTypeOf<AgentTask<"hyperbrowser"> | null>();
    expectTypeOf<WaitTimeoutError<"hyperbrowser">["timeoutMs"]>().toEqualTypeOf<number>();
  });
});
