import type { Redis } from "ioredis";

// Task slots shared by every worker process: one sorted set per source holds the tasks (and the starts in flight)
// that take a slot, so a crashed worker's tasks keep theirs until their watch sees them end. Taking a slot is one
// Lua script, so two processes can never both take the last one. Starts that found no free slot wait in a second
// sorted set, oldest first; freeing a slot names the oldest, whose job is then promoted, so a waiting start costs
// no request budget while it waits.

const TAKE_SLOT = `
if redis.call("ZSCORE", KEYS[1], ARGV[1]) then
  redis.call("ZREM", KEYS[2], ARGV[4])
  return 1
end
if redis.call("ZCARD", KEYS[1]) >= tonumber(ARGV[2]) then
  redis.call("ZADD", KEYS[2], "NX", ARGV[3], ARGV[4])
  return 0
end
redis.call("ZADD", KEYS[1], ARGV[3], ARGV[1])
redis.call("ZREM", KEYS[2], ARGV[4])
return 1
`;

const RELEASE_SLOT = `
if redis.call("ZREM", KEYS[1], ARGV[1]) == 0 then return false end
local oldest = redis.call("ZPOPMIN", KEYS[2])
return oldest[1] or false
`;

const MOVE_SLOT = `
if redis.call("ZREM", KEYS[1], ARGV[1]) == 0 then return 0 end
redis.call("ZADD", KEYS[1], ARGV[3], ARGV[2])
return 1
`;

export class RedisTaskSlots {
  readonly #redis: Redis;
  readonly #keyPrefix: string;

  constructor(redis: Redis, keyPrefix: string) {
    this.#redis = redis;
    this.#keyPrefix = keyPrefix;
  }

  key(source: string): string {
    return `${this.#keyPrefix}:task-slots:${source}`;
  }

  waitersKey(source: string): string {
    return `${this.#keyPrefix}:task-slot-waiters:${source}`;
  }

  /**
   * Takes a slot for `holder` (idempotent: a holder that has one keeps it). When all are taken, `waiter` (the start
   * job's id) joins the queue of waiting starts, keeping its place if it is already in it, and this resolves `false`.
   */
  async take(source: string, holder: string, limit: number, waiter: string): Promise<boolean> {
    const keys = [this.key(source), this.waitersKey(source)];
    return (await this.#redis.eval(TAKE_SLOT, 2, ...keys, holder, limit, Date.now(), waiter)) === 1;
  }

  /** Hands `from`'s slot to `to` (a start's slot to the task it started). */
  async move(source: string, from: string, to: string): Promise<boolean> {
    return (await this.#redis.eval(MOVE_SLOT, 1, this.key(source), from, to, Date.now())) === 1;
  }

  /**
   * Frees `holder`'s slot (harmless when it holds none). Resolves the id of the oldest waiting start, taken off the
   * waiting queue, for the caller to wake; `null` when none waits or nothing was freed.
   */
  async release(source: string, holder: string): Promise<string | null> {
    const keys = [this.key(source), this.waitersKey(source)];
    const next = await this.#redis.eval(RELEASE_SLOT, 2, ...keys, holder);
    return typeof next === "string" ? next : null;
  }

  /** Slots taken now for `source`. */
  async taken(source: string): Promise<number> {
    return this.#redis.zcard(this.key(source));
  }
}
