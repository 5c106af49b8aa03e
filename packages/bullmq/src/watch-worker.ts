import { AgentTasksError, ApiError, ConcurrencyLimitError, RateLimitError, type TaskFetcher } from "@agent-tasks/core";
import {
  type AgentTask,
  type AgentTaskSource,
  type AnyTaskAdapter,
  isTerminalStatus,
  mapTaskStatus,
  NormalizeError,
  normalizeTask,
  startTask,
} from "@agent-tasks/normalize";
import { DelayedError, type Job, type JobsOptions, Queue, UnrecoverableError, Worker } from "bullmq";
import { taskKeyOf, watchJobId } from "./job-id.js";
import {
  prefixOf,
  type QueueLocation,
  queueNameOf,
  START_JOB,
  type StartJobData,
  WATCH_JOB,
  type WatchJobData,
} from "./jobs.js";
import { nextPollDelay, type PollSchedule, pollSettings } from "./poll-schedule.js";
import { promoteSoon } from "./promote.js";
import { ownRedis, pokeKey } from "./redis-client.js";
import { RedisTaskSlots } from "./redis-task-slots.js";

/** What the handler is told besides the task. */
export interface TerminalContext {
  /** The watch's job id (`watchJobId(source, taskId)`): a stable key to make the handler's effects idempotent. */
  jobId: string;
  /** The `meta` given to `watch` or `start`. */
  meta: unknown;
  /** Which run of the handler this is for the task: 1, then 2 and more after a failure or a redelivery. */
  handlerRun: number;
  /**
   * `true` when an earlier run may have done some or all of its work: it threw, or its worker died or lost its lock
   * before the run was recorded as done.
   */
  redelivered: boolean;
  /** Polls the watch made. */
  polls: number;
  /** From the start of the watch to now. */
  watchedForMs: number;
}

/** Runs once a watched task has ended, with the task normalized. A throw retries it by the queue's `handlerAttempts`. */
export type TerminalTaskHandler = (task: AgentTask, context: TerminalContext) => unknown;

/** Options of `createTaskWatchWorker`. */
export interface TaskWatchWorkerOptions extends QueueLocation {
  /**
   * How to read (and start) each source's tasks: its adapter, e.g. `{ "browser-use": createBrowserUseAdapter(client) }`.
   * An adapter with a cheap `status` read is polled through it; the whole task is read once, when it has ended. A
   * task fetcher alone works for watching; starting needs an adapter. Give the client `maxRetries: 0`: a failed poll
   * is simply tried again at the next one, within the shared request budget.
   */
  adapters: Partial<Record<AgentTaskSource, AnyTaskAdapter | TaskFetcher<AgentTaskSource, string, unknown>>>;
  /** Runs once per ended task. See `TerminalContext` and the README's guarantees. */
  onTerminal: TerminalTaskHandler;
  /**
   * The provider's request budget, shared by every worker of the queue through Redis: at most `max` provider
   * requests start in each window of `durationMs` (each job step sends at most one). Give every worker the same.
   */
  requestBudget?: { max: number; durationMs: number };
  /**
   * Task slots per source (the plan's concurrent-task limit), shared by every worker through Redis: a `start` waits
   * for a free one, and the task keeps it until its watch sees it end.
   */
  taskSlots?: Partial<Record<AgentTaskSource, number>>;
  /** Job steps this process runs at once. Default 16. */
  concurrency?: number;
  /** How watches poll. */
  poll?: PollSchedule;
  /**
   * A start that finds no free task slot waits in line (in Redis) and is woken when one is freed, costing no request
   * budget meanwhile; it also looks again after this long, in case a wake-up was lost. Default 10,000 ms.
   */
  slotRetryMs?: number;
  /**
   * How long a job stays locked to a worker that stopped renewing it (crashed, killed, or blocked): after it, another
   * worker takes the job over. Default 30,000 ms; BullMQ renews it every half of it while the worker is alive.
   */
  lockDurationMs?: number;
  /** How often each worker looks for jobs whose lock expired. Default 30,000 ms. */
  stalledIntervalMs?: number;
}

/** A running worker: it takes jobs until `close()`. */
export interface TaskWatchWorker {
  /** The BullMQ worker underneath, for its events (`failed`, `error`) and metrics. */
  readonly worker: Worker;
  /** Resolves once it is connected and taking jobs. */
  waitUntilReady(): Promise<void>;
  /** Stops taking jobs, waits for the steps in progress, and closes its connections. */
  close(): Promise<void>;
}

/** Errors that polling again cannot fix: the key, the id or the answer's shape is wrong. */
function isPermanent(error: unknown): boolean {
  if (error instanceof NormalizeError) return true;
  if (!(error instanceof ApiError) || error.status === null) return false;
  return error.status >= 400 && error.status < 500 && ![408, 409, 425, 429].includes(error.status);
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

function positive(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) {
    throw new AgentTasksError(`createTaskWatchWorker: \`${name}\` must be a positive number`);
  }
  return value;
}

/** Creates a worker that runs watch and start jobs. Run as many as you like, in as many processes. */
export function createTaskWatchWorker(options: TaskWatchWorkerOptions): TaskWatchWorker {
  if (typeof options?.onTerminal !== "function") {
    throw new AgentTasksError("createTaskWatchWorker: `onTerminal` must be a function");
  }
  const adapters = options.adapters ?? {};
  const settings = pollSettings(options.poll);
  const slotRetryMs = positive("slotRetryMs", options.slotRetryMs, 10_000);
  const lockDurationMs = positive("lockDurationMs", options.lockDurationMs, 30_000);
  const budget = options.requestBudget;
  if (budget !== undefined) {
    positive("requestBudget.max", budget.max, 1);
    positive("requestBudget.durationMs", budget.durationMs, 1);
  }
  const queueName = queueNameOf(options);
  const prefix = prefixOf(options);
  const queue = new Queue(queueName, { connection: options.connection, prefix });
  const slotLimits = options.taskSlots ?? {};
  const redis = ownRedis(options.connection);
  const slots = Object.keys(slotLimits).length > 0 ? new RedisTaskSlots(redis, `${prefix}:${queueName}`) : undefined;

  /** Frees a slot, and wakes the oldest start waiting for one (its delayed job runs now). */
  async function releaseSlot(source: AgentTaskSource, holder: string): Promise<void> {
    const next = await slots?.release(source, holder);
    // It may still be running, about to wait: promoteSoon waits for that. Not awaited: this step goes on meanwhile.
    if (typeof next === "string") void promoteSoon(queue, next).catch(() => {});
  }

  /** What the adapter reads the task with: the stored reference, or the id for watches added before it was stored. */
  const refOf = (data: WatchJobData): string =>
    ("ref" in data && data.ref !== undefined ? data.ref : data.taskId) as string;

  function adapterFor(source: AgentTaskSource): AnyTaskAdapter {
    const adapter = adapters[source];
    if (adapter === undefined) {
      throw new UnrecoverableError(`no adapter for source "${source}" in this worker's \`adapters\``);
    }
    return adapter as AnyTaskAdapter;
  }

  async function later(job: Job, token: string | undefined, delayMs: number, data: object): Promise<never> {
    await job.updateData(data);
    // A webhook said the task ended while this step ran: poll again at once rather than after the pause.
    const poked = job.name === WATCH_JOB && (await redis.del(pokeKey(prefix, queueName, String(job.id)))) > 0;
    await job.moveToDelayed(Date.now() + (poked ? 0 : delayMs), token);
    throw new DelayedError();
  }

  async function finishWatch(job: Job<WatchJobData>, data: WatchJobData): Promise<{ status: string }> {
    if (data.slot) await releaseSlot(data.source, data.taskId);
    const task = normalizeTask(data.source, data.terminal?.raw);
    const handlerRun = (data.handlerRuns ?? 0) + 1;
    await job.updateData({ ...data, handlerRuns: handlerRun });
    try {
      await options.onTerminal(task, {
        jobId: String(job.id),
        meta: data.meta,
        handlerRun,
        redelivered: handlerRun > 1,
        polls: data.polls,
        watchedForMs: Date.now() - data.since,
      });
    } catch (error) {
      // BullMQ's retries need an Error: a handler that throws a string, `undefined` or `null` is retried all the same.
      throw error instanceof Error ? error : new Error(`the handler threw ${describe(error)}`, { cause: error });
    }
    // Done: drop the stored task (it can be large), so a finished watch costs little until it expires.
    const { terminal: _dropped, ...rest } = data;
    await job.updateData({ ...rest, handlerRuns: handlerRun, handled: true });
    return { status: task.status };
  }

  /** A poll failed: try again at the next one, pause the queue on a 429, or end the watch when it cannot succeed. */
  async function pollFailed(
    job: Job<WatchJobData>,
    token: string | undefined,
    data: WatchJobData,
    error: unknown,
  ): Promise<never> {
    const errors = data.errors + 1;
    if (error instanceof RateLimitError && errors < settings.maxConsecutiveErrors) {
      // The provider says slow down: pause the whole queue (every worker) for as long as it asks.
      await job.updateData({ ...data, errors });
      await queue.rateLimit(error.retryAfterMs ?? settings.intervalMs);
      throw Worker.RateLimitError();
    }
    if (isPermanent(error) || errors >= settings.maxConsecutiveErrors) {
      if (data.slot) await releaseSlot(data.source, data.taskId);
      const why = isPermanent(error) ? "" : `${errors} polls in a row failed; the last: `;
      throw new UnrecoverableError(`watching ${data.source} task ${data.taskId} failed: ${why}${describe(error)}`);
    }
    return later(job, token, nextPollDelay(settings, data.unchanged + errors), { ...data, errors });
  }

  /** One provider request: the cheap status while the task runs, the whole task once it ended (or without `status`). */
  async function poll(
    adapter: AnyTaskAdapter,
    data: WatchJobData,
  ): Promise<{ ended: true; raw?: unknown; providerStatus: string } | { ended: false; providerStatus: string }> {
    const status = (adapter as Partial<{ status(ref: string): Promise<string> }>).status;
    if (typeof status === "function" && !data.ended) {
      const providerStatus = await status.call(adapter, refOf(data));
      return { ended: isTerminalStatus(mapTaskStatus(data.source, providerStatus)), providerStatus };
    }
    const raw = await adapter.fetchTask(refOf(data));
    const task = normalizeTask(data.source, raw);
    return isTerminalStatus(task.status)
      ? { ended: true, raw, providerStatus: task.providerStatus }
      : { ended: false, providerStatus: task.providerStatus };
  }

  async function processWatch(job: Job<WatchJobData>, token: string | undefined): Promise<unknown> {
    const data = job.data;
    if (data.handled) return { status: data.lastStatus };
    if (data.terminal !== undefined) return finishWatch(job, data);
    const adapter = adapterFor(data.source);
    let seen: Awaited<ReturnType<typeof poll>>;
    try {
      seen = await poll(adapter, data);
    } catch (error) {
      return pollFailed(job, token, { ...data, polls: data.polls + 1 }, error);
    }
    const polls = data.polls + 1;
    if (seen.ended && "raw" in seen) {
      const ended = {
        ...data,
        polls,
        errors: 0,
        lastStatus: seen.providerStatus,
        terminal: { raw: seen.raw, seenAt: Date.now() },
      };
      await job.updateData(ended);
      return finishWatch(job, ended);
    }
    if (seen.ended)
      return later(job, token, 0, { ...data, polls, errors: 0, ended: true, lastStatus: seen.providerStatus });
    const unchanged = seen.providerStatus === data.lastStatus ? data.unchanged + 1 : 0;
    const next = { ...data, polls, errors: 0, unchanged, ended: false, lastStatus: seen.providerStatus };
    return later(job, token, nextPollDelay(settings, unchanged), next);
  }

  async function processStart(job: Job<StartJobData>, token: string | undefined): Promise<unknown> {
    const data = job.data;
    const adapter = adapterFor(data.source);
    const limit = slotLimits[data.source];
    const holder = `start:${String(job.id)}`;
    const watchData = (taskId: string, ref: unknown): WatchJobData => ({
      source: data.source,
      taskId,
      ref,
      since: Date.now(),
      polls: 0,
      unchanged: 0,
      errors: 0,
      lastStatus: null,
      slot: limit !== undefined,
      meta: data.meta,
    });
    const watchOptions = (taskId: string): JobsOptions => ({
      ...(data.watchJobOptions as JobsOptions),
      jobId: watchJobId(data.source, taskId),
      delay: settings.intervalMs,
    });
    // Recording a started task: its id and reference first (a retry after a failure here goes on from them), then
    // its slot, then its watch. Each step is safe to repeat.
    const record = async (ref: unknown) => {
      const taskId = taskKeyOf(ref);
      await job.updateData({ ...data, sent: true, taskId, ref });
      if (limit !== undefined) await slots?.move(data.source, holder, taskId);
      await queue.add(WATCH_JOB, watchData(taskId, ref), watchOptions(taskId));
      return { taskId };
    };
    if (data.taskId !== undefined) return record(data.ref ?? data.taskId);
    if (data.sent) {
      // An earlier run sent the start and ended before it recorded the answer (its worker died): never send it again.
      const find = (adapter as Partial<{ findByClientKey(key: string): Promise<unknown> }>).findByClientKey;
      const found =
        data.clientKey !== null && typeof find === "function" ? await find.call(adapter, data.clientKey) : null;
      if (found !== null && found !== undefined) return record(found);
      if (limit !== undefined) await releaseSlot(data.source, holder);
      throw new UnrecoverableError(
        `StartOutcomeUnknownError: the start of this ${data.source} task was sent by a worker that stopped before it ` +
          `recorded the answer; ${data.clientKey === null ? "without a clientKey it cannot be looked up" : "no task has its clientKey"}, and a start is never sent twice`,
      );
    }
    if (limit !== undefined && !(await slots?.take(data.source, holder, limit, String(job.id)))) {
      // Woken when a slot is freed; `slotRetryMs` is only the fallback if that wake-up is lost.
      return later(job, token, slotRetryMs, data);
    }
    await job.updateData({ ...data, sent: true });
    // A worker whose event loop stalled past its lock may have lost this job to another one, which may be sending
    // the start now: this worker sends only while it still holds the lock.
    if (token !== undefined && (await job.extendLock(token, lockDurationMs)) !== 1) {
      throw new Error("this worker lost the start job's lock before sending; the worker that holds it goes on");
    }
    let ref: unknown;
    try {
      ref = await startTask(
        adapter,
        data.input as never,
        (data.clientKey === null ? {} : { clientKey: data.clientKey }) as never,
      );
    } catch (error) {
      if (error instanceof ConcurrencyLimitError || error instanceof RateLimitError) {
        // Refused before anything started: give the slot back and try again later.
        if (limit !== undefined) await releaseSlot(data.source, holder);
        const wait = error instanceof RateLimitError ? (error.retryAfterMs ?? slotRetryMs) : slotRetryMs;
        return later(job, token, wait, { ...data, sent: false });
      }
      if (limit !== undefined) await releaseSlot(data.source, holder);
      throw new UnrecoverableError(describe(error));
    }
    return record(ref);
  }

  const worker = new Worker(
    queueName,
    async (job, token) => (job.name === START_JOB ? processStart(job, token) : processWatch(job, token)),
    {
      connection: options.connection,
      prefix,
      concurrency: options.concurrency ?? 16,
      ...(budget === undefined ? {} : { limiter: { max: budget.max, duration: budget.durationMs } }),
      lockDuration: lockDurationMs,
      stalledInterval: positive("stalledIntervalMs", options.stalledIntervalMs, 30_000),
      // BullMQ counts stalls over a job's whole life (polls included), so a long watch gets room for many crashes.
      maxStalledCount: 50,
    },
  );

  // A job that failed for good gives its task slot back: a watch that gave up, or a start that could not go on.
  worker.on("failed", (job, error) => {
    if (job === undefined || slots === undefined) return;
    const final = error?.name === "UnrecoverableError" || job.attemptsMade >= (job.opts.attempts ?? 1);
    if (!final) return;
    const data = job.data as Partial<WatchJobData & StartJobData>;
    if (data.source === undefined) return;
    const holder = job.name === START_JOB ? `start:${String(job.id)}` : data.slot ? data.taskId : undefined;
    if (holder !== undefined) void releaseSlot(data.source, holder).catch(() => {});
  });

  return {
    worker,
    async waitUntilReady() {
      await Promise.all([worker.waitUntilReady(), queue.waitUntilReady(), redis.ping()]);
    },
    async close() {
      await worker.close();
      await queue.close();
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
