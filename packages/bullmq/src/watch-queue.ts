import { AgentTasksError } from "@agent-tasks/core";
import { type AgentTaskSource, type AgentTaskStatus, agentTaskSources, isTerminalStatus } from "@agent-tasks/normalize";
import { type JobsOptions, Queue } from "bullmq";
import { startJobId, taskKeyOf, watchJobId } from "./job-id.js";
import {
  prefixOf,
  type QueueLocation,
  queueNameOf,
  START_JOB,
  type StartJobData,
  WATCH_JOB,
  type WatchJobData,
} from "./jobs.js";
import { promoteSoon } from "./promote.js";
import { ownRedis, pokeKey } from "./redis-client.js";

/** Options of `createTaskWatchQueue`. */
export interface TaskWatchQueueOptions extends QueueLocation {
  /** Handler runs per terminal task before its job is left failed (BullMQ's `attempts`). Default 5. */
  handlerAttempts?: number;
  /** The pause before the first handler retry, doubled for each next one. Default 1,000 ms. */
  handlerBackoffMs?: number;
  /** How long a finished watch stays in Redis, so that watching the same task again does nothing. Default 1 day. */
  keepFinishedSeconds?: number;
  /**
   * `deliver` rejects after this long without Redis, so a webhook endpoint answers 500 (and the provider retries)
   * instead of hanging. Default 10,000 ms.
   */
  deliverTimeoutMs?: number;
}

/** Options of `watch`. */
export interface WatchOptions {
  /** When the first poll may run. Default 1,000 ms: a task just started has rarely ended yet. */
  firstPollAfterMs?: number;
  /** Your own data (JSON), kept with the watch and handed to the handler: a user id, what to do with the result. */
  meta?: unknown;
}

/** Options of `start`. */
export interface StartOptions {
  /**
   * Your id for this start, so that calling `start` again with it does nothing (one job per key). Default: the
   * `clientKey`, else a random one.
   */
  key?: string;
  /**
   * Tags the task with this key at the provider (adapters that support it), so that a start whose outcome is
   * unknown (the worker died after sending it, or no answer came) is found by it instead of being lost. Without it,
   * such a start ends the job failed with `StartOutcomeUnknownError`: it is never sent twice.
   */
  clientKey?: string;
  /** Your own data (JSON), handed to the handler. */
  meta?: unknown;
}

/** What `deliver` did with a webhook event. */
export type DeliverOutcome =
  /** The watch polls the task now, instead of at its next planned poll. */
  | "polling-now"
  /** A step of the watch is running right now: it polls again at once when it is done (or it runs the handler). */
  | "in-progress"
  /** The watch had already finished (a watch that gave up after failed polls is taken up again: "polling-now"). */
  | "finished"
  /** No watch for this task in this queue. */
  | "not-watched"
  /** The event says the task still runs (or waits), so the watch goes on as planned. */
  | "not-terminal";

/** A webhook event, as the `@agent-tasks/webhooks` verifiers give it (only these fields are read). */
export interface TaskEventLike {
  source: AgentTaskSource;
  taskId: string;
  status: AgentTaskStatus;
}

/** The producer side of task watching: add watches and starts, hand in webhook events. Any number per process. */
export interface TaskWatchQueue {
  /** The BullMQ queue underneath, for metrics, dashboards and cleanup. */
  readonly queue: Queue;
  /**
   * Watches one task until it ends; then a worker's handler runs with the normalized task. `ref` is what the
   * provider's adapter reads the task with: its id, or Dari's `{ orgId, endpointName, jobId }`. Idempotent: the job
   * id is `watchJobId(source, taskKeyOf(ref))`, so a second call for the same task adds nothing.
   */
  watch(source: AgentTaskSource, ref: string | object, options?: WatchOptions): Promise<{ jobId: string }>;
  /**
   * Starts one task on a worker, once a task slot of `source` is free (`taskSlots` of the workers), then watches it.
   * The start request is sent at most once, whatever happens to the worker.
   */
  start(source: AgentTaskSource, input: unknown, options?: StartOptions): Promise<{ jobId: string }>;
  /**
   * Hands in a verified webhook event: when it says the task ended (or its status is `unknown`), its watch polls it
   * now rather than at its next planned poll, and the handler runs with the task as the provider's API returns it (the delivery's payload is
   * never trusted on its own).
   */
  deliver(event: TaskEventLike): Promise<DeliverOutcome>;
  /** Closes the Redis connection. */
  close(): Promise<void>;
}

function positiveNumber(name: string, value: number | undefined, fallback: number, integer = false): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0 || (integer && !Number.isInteger(value))) {
    throw new AgentTasksError(
      `createTaskWatchQueue: \`${name}\` must be a non-negative ${integer ? "integer" : "number"}`,
    );
  }
  return value;
}

function checkTask(caller: string, source: unknown, taskId: unknown): void {
  if (!(agentTaskSources as readonly unknown[]).includes(source)) {
    throw new AgentTasksError(
      `${caller}: \`source\` must be one of ${agentTaskSources.join(", ")}, got ${String(source)}`,
    );
  }
  if (typeof taskId !== "string" || taskId.trim() === "") {
    throw new AgentTasksError(`${caller}: \`taskId\` must be a non-empty string`);
  }
}

/** Creates the producer side of task watching on BullMQ. */
export function createTaskWatchQueue(options: TaskWatchQueueOptions): TaskWatchQueue {
  const attempts = positiveNumber("handlerAttempts", options.handlerAttempts, 5, true);
  const backoffMs = positiveNumber("handlerBackoffMs", options.handlerBackoffMs, 1_000);
  const keepSeconds = positiveNumber("keepFinishedSeconds", options.keepFinishedSeconds, 86_400);
  const name = queueNameOf(options);
  const prefix = prefixOf(options);
  const queue = new Queue(name, { connection: options.connection, prefix });
  const redis = ownRedis(options.connection);
  const deliverTimeoutMs = positiveNumber("deliverTimeoutMs", options.deliverTimeoutMs, 10_000);
  const jobOptions: JobsOptions = {
    attempts: Math.max(1, attempts),
    backoff: { type: "exponential", delay: backoffMs },
    removeOnComplete: { age: keepSeconds },
    removeOnFail: { age: keepSeconds * 7 },
  };

  return {
    queue,
    async watch(source, ref, watchOptions = {}) {
      checkTask("watch", source, "-");
      const taskId = taskKeyOf(ref);
      const jobId = watchJobId(source, taskId);
      const data: WatchJobData = {
        source,
        taskId,
        ref,
        since: Date.now(),
        polls: 0,
        unchanged: 0,
        errors: 0,
        lastStatus: null,
        slot: false,
        meta: watchOptions.meta ?? null,
      };
      const delay = positiveNumber("firstPollAfterMs", watchOptions.firstPollAfterMs, 1_000);
      await queue.add(WATCH_JOB, data, { ...jobOptions, jobId, delay });
      return { jobId };
    },
    async start(source, input, startOptions = {}) {
      checkTask("start", source, "-");
      const key = startOptions.key ?? startOptions.clientKey ?? crypto.randomUUID();
      const jobId = startJobId(source, key);
      const data: StartJobData = {
        source,
        input,
        clientKey: startOptions.clientKey ?? null,
        meta: startOptions.meta ?? null,
        watchJobOptions: jobOptions,
      };
      // A retried start job never sends its start again (the worker marks it sent first): retries only finish
      // recording a start whose answer came back, or look it up by its clientKey after a crash.
      await queue.add(START_JOB, data, { ...jobOptions, jobId });
      return { jobId };
    },
    async deliver(event) {
      checkTask("deliver", event?.source, event?.taskId);
      // An ended task, or a status we cannot read (Browser Use's `idle`): read the task now, it says what happened.
      if (!isTerminalStatus(event.status) && event.status !== "unknown") return "not-terminal";
      const jobId = watchJobId(event.source, event.taskId);
      const poke = pokeKey(prefix, name, jobId);
      const work = async (): Promise<DeliverOutcome> => {
        // Set first: a step running now reads it before it waits, and polls again at once instead.
        await redis.set(poke, "1", "EX", 86_400);
        if ((await queue.getJobState(jobId)) === "failed") {
          // A watch that gave up (polls failed in a row) is taken up again, since the provider says the task ended;
          // one whose handler failed stays as it is.
          const job = await queue.getJob(jobId);
          const data = job?.data as WatchJobData | undefined;
          if (job !== undefined && data !== undefined && data.terminal === undefined && data.handled !== true) {
            await job.updateData({ ...data, errors: 0 });
            await job.retry("failed");
            await redis.del(poke);
            return "polling-now";
          }
        }
        const outcome = await promoteSoon(queue, jobId, 1_000);
        if (outcome === "active") return "in-progress";
        await redis.del(poke);
        const outcomes = {
          promoted: "polling-now",
          waiting: "polling-now",
          finished: "finished",
          unknown: "not-watched",
        } as const;
        return outcomes[outcome];
      };
      let timer: ReturnType<typeof setTimeout> | undefined;
      const deadline = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new AgentTasksError(`deliver: Redis did not answer within ${deliverTimeoutMs} ms`)),
          deliverTimeoutMs,
        );
      });
      try {
        return await Promise.race([work(), deadline]);
      } finally {
        clearTimeout(timer);
      }
    },
    async close() {
      await queue.close();
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
