import type { Queue } from "bullmq";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What `promoteSoon` found. */
export type PromoteOutcome = "promoted" | "waiting" | "active" | "finished" | "unknown";

/**
 * Makes job `jobId` run now: promoted if it is delayed, left as is if it is already waiting. A job that is running
 * (a poll, or a start that is about to wait) usually turns "delayed" within moments, so it is looked at again every
 * 25 ms, for up to `patienceMs`, then promoted; `"active"` means it was still running after that.
 */
export async function promoteSoon(queue: Queue, jobId: string, patienceMs = 5_000): Promise<PromoteOutcome> {
  const started = Date.now();
  for (;;) {
    const state = await queue.getJobState(jobId);
    if (state === "unknown") return "unknown";
    if (state === "completed" || state === "failed") return "finished";
    if (state === "waiting" || state === "prioritized" || state === "waiting-children") return "waiting";
    if (state === "delayed") {
      try {
        await (await queue.getJob(jobId))?.promote();
        return "promoted";
      } catch {
        // It left "delayed" meanwhile: look again.
        continue;
      }
    }
    if (Date.now() - started >= patienceMs) return "active";
    await sleep(25);
  }
}
