/**
 * Durable agent-task watching on BullMQ and Redis. Each watched task is one job (`watchJobId(source, taskId)`) that
 * polls through delayed jobs, so no process holds a wait in memory; a verified webhook event ends a watch at once;
 * every worker process shares the provider's request budget and task slots. `createTaskWatchQueue` adds watches and
 * starts; `createTaskWatchWorker` runs them and calls your handler once per ended task.
 *
 * @module
 */
export { watchJobId } from "./job-id.js";
export type { QueueLocation } from "./jobs.js";
export type { PollSchedule } from "./poll-schedule.js";
export {
  createTaskWatchQueue,
  type DeliverOutcome,
  type StartOptions,
  type TaskEventLike,
  type TaskWatchQueue,
  type TaskWatchQueueOptions,
  type WatchOptions,
} from "./watch-queue.js";
export {
  createTaskWatchWorker,
  type TaskWatchWorker,
  type TaskWatchWorkerOptions,
  type TerminalContext,
  type TerminalTaskHandler,
} from "./watch-worker.js";
