import { Redis, type RedisOptions } from "ioredis";
import type { QueueLocation } from "./jobs.js";

/**
 * A Redis connection of our own (task slots, webhook pokes) to the server the queue uses: a duplicate of an ioredis
 * instance given as `connection`, or a new client from its URL or options.
 */
export function ownRedis(connection: QueueLocation["connection"]): Redis {
  const given = connection as { duplicate?: () => unknown; url?: string } & Record<string, unknown>;
  if (typeof given.duplicate === "function") return given.duplicate() as Redis;
  const { url, ...rest } = given;
  const options = rest as RedisOptions;
  const redis = url === undefined ? new Redis(options) : new Redis(url, options);
  // Connection errors reach the caller through the commands that fail (and BullMQ's own `error` events); without a
  // listener, ioredis would also print each reconnect attempt.
  redis.on("error", () => {});
  return redis;
}

/** The key a verified webhook sets so that the watch's next step polls at once, even when it is running now. */
export function pokeKey(prefix: string, queueName: string, jobId: string): string {
  return `${prefix}:${queueName}:agent-tasks-poke:${jobId}`;
}
