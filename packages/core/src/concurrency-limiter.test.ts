import { rejectionOf } from "@agent-tasks/test-support";
import { describe, expect, it } from "vitest";
import { ConcurrencyLimiter, type ReleaseSlot } from "./concurrency-limiter.js";

/** Lets every pending promise callback run. */
async function flushPromises(): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
}

/** Starts `acquire` and records, in `granted`, the moment the slot is handed over. */
function acquireInto(
  limiter: ConcurrencyLimiter,
  granted: string[],
  name: string,
  signal?: AbortSignal,
): Promise<ReleaseSlot> {
  return limiter.acquire(signal).then((release) => {
    granted.push(name);
    return release;
  });
}

describe("ConcurrencyLimiter", () => {
  it("grants up to `limit` slots at once and queues the rest", async () => {
    const limiter = new ConcurrencyLimiter(2);
    const granted: string[] = [];

    void acquireInto(limiter, granted, "a");
    void acquireInto(limiter, granted, "b");
    void acquireInto(limiter, granted, "c");
    await flushPromises();

    expect(granted).toEqual(["a", "b"]);
    expect(limiter.active).toBe(2);
    expect(limiter.waiting).toBe(1);
  });

  it("hands freed slots to waiters first in, first out", async () => {
    const limiter = new ConcurrencyLimiter(1);
    const granted: string[] = [];
    const first = await acquireInto(limiter, granted, "first");
    const waiting = ["w1", "w2", "w3", "w4"].map((name) => acquireInto(limiter, granted, name));
    await flushPromises();
    expect(granted).toEqual(["first"]);

    first();
    for (const slot of waiting) (await slot)();
    await flushPromises();

    expect(granted).toEqual(["first", "w1", "w2", "w3", "w4"]);
    expect(limiter.active).toBe(0);
    expect(limiter.waiting).toBe(0);
  });

  it("passes a freed slot straight to the next waiter, so a newcomer cannot jump the line", async () => {
    const limiter = new ConcurrencyLimiter(1);
    const granted: string[] = [];
    const first = await acquireInto(limiter, granted, "first");
    const queued = acquireInto(limiter, granted, "queued");

    first();
    expect(limiter.active).toBe(1);
    const newcomer = acquireInto(limiter, granted, "newcomer");
    await flushPromises();

    expect(granted).toEqual(["first", "queued"]);
    (await queued)();
    await newcomer;
    expect(granted).toEqual(["first", "queued", "newcomer"]);
  });

  it("rejects a queued acquire with the signal's reason as soon as it aborts, and gives up its place", async () => {
    const limiter = new ConcurrencyLimiter(1);
    const granted: string[] = [];
    const holder = await acquireInto(limiter, granted, "holder");
    const controller = new AbortController();
    const abandoned = rejectionOf(acquireInto(limiter, granted, "abandoned", controller.signal));
    const next = acquireInto(limiter, granted, "next");
    await flushPromises();
    expect(limiter.waiting).toBe(2);

    const reason = new Error("caller gave up");
    controller.abort(reason);

    expect(await abandoned).toBe(reason);
    expect(limiter.waiting).toBe(1);
    holder();
    await next;
    expect(granted).toEqual(["holder", "next"]);
    expect(limiter.active).toBe(1);
  });

  it("rejects at once, without taking a slot, when the signal has already aborted", async () => {
    const limiter = new ConcurrencyLimiter(1);
    const reason = new Error("already aborted");

    const error = await rejectionOf(limiter.acquire(AbortSignal.abort(reason)));

    expect(error).toBe(reason);
    expect(limiter.active).toBe(0);
    expect(limiter.waiting).toBe(0);
  });

  it("ignores an abort after the slot was granted", async () => {
    const limiter = new ConcurrencyLimiter(1);
    const controller = new AbortController();
    const release = await limiter.acquire(controller.signal);

    controller.abort();

    expect(limiter.active).toBe(1);
    release();
    expect(limiter.active).toBe(0);
  });

  it("ignores an abort after a queued slot was granted", async () => {
    const limiter = new ConcurrencyLimiter(1);
    const holder = await limiter.acquire();
    const controller = new AbortController();
    const queued = limiter.acquire(controller.signal);
    holder();
    const release = await queued;

    controller.abort();
    const other = limiter.acquire();
    await flushPromises();

    expect(limiter.active).toBe(1);
    release();
    await other;
    expect(limiter.active).toBe(1);
  });

  it("treats a second release of the same slot as a no-op", async () => {
    const limiter = new ConcurrencyLimiter(2);
    const granted: string[] = [];
    const a = await acquireInto(limiter, granted, "a");
    await acquireInto(limiter, granted, "b");
    void acquireInto(limiter, granted, "c");
    void acquireInto(limiter, granted, "d");

    a();
    a();
    a();
    await flushPromises();

    expect(granted).toEqual(["a", "b", "c"]);
    expect(limiter.active).toBe(2);
    expect(limiter.waiting).toBe(1);
  });

  it("never lets `active` go below zero when every slot is released twice", async () => {
    const limiter = new ConcurrencyLimiter(3);
    const releases: ReleaseSlot[] = await Promise.all([limiter.acquire(), limiter.acquire()]);

    for (const release of [...releases, ...releases]) release();

    expect(limiter.active).toBe(0);
    const more = await Promise.all([limiter.acquire(), limiter.acquire(), limiter.acquire()]);
    expect(limiter.active).toBe(3);
    expect(limiter.waiting).toBe(0);
    for (const release of more) release();
  });

  it("allows any number of holders with an infinite limit", async () => {
    const limiter = new ConcurrencyLimiter(Number.POSITIVE_INFINITY);

    const releases = await Promise.all(Array.from({ length: 100 }, () => limiter.acquire()));

    expect(limiter.active).toBe(100);
    for (const release of releases) release();
    expect(limiter.active).toBe(0);
  });
});
