import { rejectionOf } from "@agent-tasks/test-support";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { abortableSleep } from "./abortable-sleep.js";

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
