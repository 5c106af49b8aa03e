import { rejectionOf, startServer, useRealServers } from "@agent-tasks/test-support";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createFakeClient, getThing } from "./__fixtures__/fake-client.js";
import { abortableSleep } from "./abortable-sleep.js";
import { UserAbortError } from "./api-errors.js";
import type { RequestEvent } from "./request-events.js";
import { decideRetry } from "./retry-decision.js";

useRealServers();

// Defect 11 (sleep part): a delay above setTimeout's 2^31-1 ms limit used to fire after 1 ms, so a huge
// Retry-After under `maxRetryAfterMs: Infinity` turned into a retry loop hammering the server.

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** A 429 as `runAttempt` hands it to `decideRetry`. */
function rateLimited(retryAfter: string) {
  return {
    response: new Response(null, { status: 429, headers: { "Retry-After": retryAfter } }),
    text: null,
    bytes: null,
    redirects: 0,
  };
}

/** Sleeps the delay `decideRetry` chose under fake timers; `isDone()` says whether the sleep has ended. */
function sleepFor(delayMs: number, signal?: AbortSignal) {
  let done = false;
  const sleeping = abortableSleep(delayMs, signal).then(() => {
    done = true;
  });
  return { sleeping, isDone: () => done };
}

describe("decideRetry with maxRetryAfterMs: Infinity and a huge Retry-After (defect 11)", () => {
  const now = Date.parse("2030-01-01T00:00:00.000Z");

  it.each([
    ["1e10 seconds", "10000000000", 1e13],
    ["a date far in the future", "Fri, 31 Dec 9999 23:59:59 GMT", Date.parse("9999-12-31T23:59:59Z") - now],
  ])("gives the whole delay for Retry-After %s, and the sleep lasts it (not 1 ms)", async (_label, value, delayMs) => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    vi.spyOn(Date, "now").mockReturnValue(now);

    const retry = decideRetry(rateLimited(value), "GET", 1, Number.POSITIVE_INFINITY, false);

    expect(retry).toEqual({ delayMs, reason: "HTTP 429" });
    const controller = new AbortController();
    const sleep = sleepFor(delayMs, controller.signal);
    await vi.advanceTimersByTimeAsync(2 ** 31);
    expect(sleep.isDone()).toBe(false);
    expect(vi.getTimerCount()).toBe(1);
    controller.abort(new Error("done waiting"));
    expect(await rejectionOf(sleep.sleeping)).toEqual(new Error("done waiting"));
    expect(vi.getTimerCount()).toBe(0);
  });

  it.each([
    ["Infinity", "Infinity"],
    ["NaN", "NaN"],
    ["400 digits (Infinity as a number)", "9".repeat(400)],
  ])("backs off as usual for a Retry-After that is not a finite number: %s", (_label, value) => {
    vi.spyOn(Math, "random").mockReturnValue(0);

    expect(decideRetry(rateLimited(value), "GET", 1, Number.POSITIVE_INFINITY, false)).toEqual({
      delayMs: 500,
      reason: "HTTP 429",
    });
    expect(decideRetry(rateLimited(value), "GET", 2, 60_000, false)).toEqual({ delayMs: 1_000, reason: "HTTP 429" });
  });
});

describe("a client with maxRetryAfterMs: Infinity against a real server (defect 11)", () => {
  it("makes one request and then waits out Retry-After: 3000000 (3e9 ms) instead of retrying every 1 ms", async () => {
    const server = await startServer((_request, response) => {
      response.writeHead(429, { "Retry-After": "3000000", "content-type": "application/json" });
      response.end('{"error":"slow down"}');
    });
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on("warning", onWarning);
    const retries: RequestEvent[] = [];
    let retryScheduled: () => void = () => {};
    const firstRetry = new Promise<void>((resolve) => {
      retryScheduled = resolve;
    });
    const client = createFakeClient({
      baseUrl: server.baseUrl,
      maxRetryAfterMs: Number.POSITIVE_INFINITY,
      maxRetries: 1_000,
      onRequestEvent: (event) => {
        if (event.type !== "retry") return;
        retries.push(event);
        retryScheduled();
      },
    });
    const controller = new AbortController();

    try {
      const call = rejectionOf(getThing(client, { signal: controller.signal }));
      await firstRetry;
      // Real time (real sockets, so no fake timers): long enough for hundreds of 1 ms retries on the old code.
      await new Promise((resolve) => setTimeout(resolve, 500));

      expect(server.received).toHaveLength(1);
      expect(retries).toHaveLength(1);
      expect(retries[0]).toMatchObject({ type: "retry", attempt: 1, delayMs: 3e9, reason: "HTTP 429" });
      controller.abort(new Error("caller gave up"));
      expect(await call).toBeInstanceOf(UserAbortError);
      expect(server.received).toHaveLength(1);
      expect(warnings.map((warning) => warning.name)).not.toContain("TimeoutOverflowWarning");
    } finally {
      process.off("warning", onWarning);
    }
  });
});
