import type { AgentTaskSource } from "@agent-tasks/normalize";
import type { ConnectionOptions, JobsOptions } from "bullmq";

/** Where the queue lives, for `createTaskWatchQueue` and `createTaskWatchWorker` alike. */
export interface QueueLocation {
  /**
   * The Redis server: `{ url: "redis://..." }`, or ioredis options (`{ host, port, password, tls }`). Give every
   * process the same server and `queueName`.
   */
  connection: ConnectionOptions;
  /** The BullMQ queue's name. Default `agent-tasks`. One queue can watch tasks of every provider. */
  queueName?: string;
  /** BullMQ's key prefix. Default `bull`. */
  prefix?: string;
}

const DEFAULT_QUEUE_NAME = "agent-tasks";
const DEFAULT_PREFIX = "bull";

/** Job names. */
export const WATCH_JOB = "watch";
export const START_JOB = "start";

/** What a watch job stores in Redis between polls. Everything here survives a worker's death. */
export interface WatchJobData {
  source: AgentTaskSource;
  /** The task's id (`taskKeyOf(ref)`): what the job id and webhook events use. */
  taskId: string;
  /** The reference the adapter reads the task with (a string id, or Dari's `{ orgId, endpointName, jobId }`). */
  ref?: unknown;
  /** When the watch began (ms since the epoch). */
  since: number;
  /** Polls so far. */
  polls: number;
  /** Polls in a row that saw no change. */
  unchanged: number;
  /** Polls in a row that failed. */
  errors: number;
  /** The provider's status at the last poll. */
  lastStatus: string | null;
  /** The task holds one of the source's task slots (it was started through the queue). */
  slot: boolean;
  /** Your own data, given to `watch()`, handed to the handler. */
  meta: unknown;
  /** The terminal task as the provider sent it, kept until the handler succeeded so a retry reads it from here. */
  terminal?: { raw: unknown; seenAt: number };
  /** The cheap status read said the task ended: the next step reads the whole task. */
  ended?: boolean;
  /** Handler runs begun: more than one means a retry or a redelivery. */
  handlerRuns?: number;
  /** The handler returned: the watch is done (the stored task is dropped then). */
  handled?: boolean;
}

/** What a start job stores. */
export interface StartJobData {
  source: AgentTaskSource;
  input: unknown;
  clientKey: string | null;
  meta: unknown;
  /** Set just before the start request is sent: a retry after it never sends it again. */
  sent?: boolean;
  /** The started task's id and reference, once known. */
  taskId?: string;
  ref?: unknown;
  /** The job options of the watch that follows the start (the queue's handler attempts and retention). */
  watchJobOptions: JobsOptions;
}

export function queueNameOf(location: QueueLocation): string {
  return location.queueName ?? DEFAULT_QUEUE_NAME;
}

export function prefixOf(location: QueueLocation): string {
  return location.prefix ?? DEFAULT_PREFIX;
}
