import { rejectionOf } from "@agent-tasks/test-support";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { abortableSleep, MAX_TIMER_DELAY_MS } from "./abortable-sleep.js";

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
});

afterEach(() => {
  vi.useRealTimers();
});

describe("abortableSleep", () => {
  it("resolves after exactly `ms` of (fake) time", async () => {
    let done = false;
    void abortableSleep(1_000).then(() => {
      done = true;
    });

    await vi.advanceTimersByTimeAsync(999);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
  });

  it("rejects with the signal's reason as soon as it aborts, and clears its timer", async () => {
    const controller = new AbortController();
    const sleeping = rejectionOf(abortableSleep(10_000, controller.signal));
    await vi.advanceTimersByTimeAsync(100);
    const reason = new Error("stop");

    controller.abort(reason);

    expect(await sleeping).toBe(reason);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("rejects at once when the signal has already aborted", async () => {
    const reason = new Error("already");

    expect(await rejectionOf(abortableSleep(10_000, AbortSignal.abort(reason)))).toBe(reason);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("stops listening to the signal once it has slept", async () => {
    const controller = new AbortController();
    const removeListener = vi.spyOn(controller.signal, "removeEventListener");
    const sleeping = abortableSleep(10, controller.signal);

    await vi.advanceTimersByTimeAsync(10);
    await sleeping;

    expect(removeListener).toHaveBeenCalledWith("abort", expect.any(Function));
    controller.abort();
  });
});

describe("abortableSleep beyond setTimeout's 2^31-1 ms limit (defect 11)", () => {
  it("waits the whole 3e9 ms: still sleeping after 2^31 ms, resolved at 3e9 ms, no timer left", async () => {
    let done = false;
    void abortableSleep(3e9).then(() => {
      done = true;
    });

    expect(vi.getTimerCount()).toBe(1);
    await vi.advanceTimersByTimeAsync(2 ** 31);
    expect(done).toBe(false);
    expect(vi.getTimerCount()).toBe(1);
    await vi.advanceTimersByTimeAsync(3e9 - 2 ** 31 - 1);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("waits exactly 2^31-1 ms in one timer", async () => {
    expect(MAX_TIMER_DELAY_MS).toBe(2 ** 31 - 1);
    let done = false;
    void abortableSleep(MAX_TIMER_DELAY_MS).then(() => {
      done = true;
    });

    await vi.advanceTimersByTimeAsync(MAX_TIMER_DELAY_MS - 1);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("rejects with the signal's reason when aborted in the second stretch of a 3e9 ms sleep, leaving no timer", async () => {
    const controller = new AbortController();
    const sleeping = rejectionOf(abortableSleep(3e9, controller.signal));
    await vi.advanceTimersByTimeAsync(2 ** 31 + 1_000);
    const reason = new Error("stop");

    controller.abort(reason);

    expect(await sleeping).toBe(reason);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("sleeps until aborted when asked for Infinity ms, one timer at a time", async () => {
    const controller = new AbortController();
    const sleeping = rejectionOf(abortableSleep(Number.POSITIVE_INFINITY, controller.signal));

    for (let stretch = 0; stretch < 3; stretch++) {
      await vi.advanceTimersByTimeAsync(MAX_TIMER_DELAY_MS);
      expect(vi.getTimerCount()).toBe(1);
    }
    const reason = new Error("enough");
    controller.abort(reason);

    expect(await sleeping).toBe(reason);
    expect(vi.getTimerCount()).toBe(0);
  });
});
