// Defect 5 (issue 13), the normalize part: a fetcher or adapter that ignores its signal and never settles must not
// hold back a wait's `timeoutMs` or the caller's abort. Every place normalize awaits a fetcher's, an adapter's or
// a user's promise is covered here with a promise that never settles: the call must end at its deadline or abort.
import { ApiConnectionError, NotFoundError, type TaskFetcher, UserAbortError } from "@agent-tasks/core";
import { rejectionOf } from "@agent-tasks/test-support";
import { describe, expect, it } from "vitest";
import { getTask, listTasks, runTask, startTask, stopTask, waitForTask, watchTask } from "../every-provider.js";
import { FakeProvider } from "./__fixtures__/fake-adapter.js";
import { StartOutcomeUnknownError, TaskAbortedError, WaitTimeoutError } from "./errors.js";
import { createTaskSlots } from "./task-slots.js";

const fast = { intervalMs: 1, maxIntervalMs: 1 };
const notFound = new NotFoundError("HTTP 404", { provider: "hyperbrowser", status: 404, method: "PUT", url: "/stop" });
const never = () => new Promise<never>(() => {});

/** A fetcher whose `fetchTask` ignores its signal and never settles. */
function hangingFetcher(): TaskFetcher<"hyperbrowser", string, unknown> & { calls: number } {
  const fetcher = {
    source: "hyperbrowser" as const,
    calls: 0,
    fetchTask: () => {
      fetcher.calls++;
      return never();
    },
  };
  return fetcher;
}

/** Aborts `controller` once `provider` has seen a call of `operation` (the call is then hanging). */
async function abortDuring(
  provider: FakeProvider,
  operation: keyof FakeProvider["calls"],
  controller: AbortController,
) {
  while (provider.calls[operation] === 0) await new Promise((resolve) => setTimeout(resolve, 1));
  controller.abort(new Error("never mind"));
}

async function drain(iterable: AsyncIterable<unknown>): Promise<void> {
  for await (const _ of iterable) {
    // nothing
  }
}

describe("a fetcher or adapter that ignores its signal and never settles (defect 5)", () => {
  it("waitForTask with a fetcher whose promise never settles rejects with WaitTimeoutError at timeoutMs 200", async () => {
    const fetcher = hangingFetcher();

    const error = await rejectionOf(waitForTask(fetcher, "job-1", { timeoutMs: 200 }));

    expect(error).toBeInstanceOf(WaitTimeoutError);
    expect(error).toMatchObject({ timeoutMs: 200, lastTask: null, ref: "job-1" });
    expect(fetcher.calls).toBe(1);
  });

  it("waitForTask with a fetcher whose promise never settles rejects with TaskAbortedError on abort", async () => {
    const fetcher = hangingFetcher();
    const controller = new AbortController();

    const pending = rejectionOf(waitForTask(fetcher, "job-1", { signal: controller.signal }));
    controller.abort(new Error("never mind"));

    expect(await pending).toBeInstanceOf(TaskAbortedError);
    expect(await pending).toMatchObject({ cause: controller.signal.reason });
  });

  it("waitForTask through an adapter whose `status` never settles rejects with WaitTimeoutError, then TaskAbortedError", async () => {
    const provider = new FakeProvider();
    const ref = provider.seed({ task: "x" });
    provider.before.status = never;

    const timedOut = await rejectionOf(waitForTask(provider.adapter("status"), ref, { ...fast, timeoutMs: 200 }));
    const controller = new AbortController();
    const aborted = rejectionOf(waitForTask(provider.adapter("status"), ref, { ...fast, signal: controller.signal }));
    await abortDuring(provider, "status", controller);

    expect(timedOut).toBeInstanceOf(WaitTimeoutError);
    expect(timedOut).toMatchObject({ lastTask: { status: "running" } });
    expect(await aborted).toBeInstanceOf(TaskAbortedError);
  });

  it("watchTask with a fetcher whose promise never settles rejects with WaitTimeoutError, then TaskAbortedError", async () => {
    const timedOut = await rejectionOf(drain(watchTask(hangingFetcher(), "job-1", { timeoutMs: 200 })));
    const controller = new AbortController();
    const aborted = rejectionOf(drain(watchTask(hangingFetcher(), "job-1", { signal: controller.signal })));
    controller.abort(new Error("never mind"));

    expect(timedOut).toBeInstanceOf(WaitTimeoutError);
    expect(await aborted).toBeInstanceOf(TaskAbortedError);
  });

  it("runTask whose polls never settle rejects with WaitTimeoutError, then TaskAbortedError, each after one stop", async () => {
    const [first, second] = [new FakeProvider(), new FakeProvider()];
    first.before.get = never;
    second.before.get = never;

    const timedOut = await rejectionOf(runTask(first.adapter("stop"), { task: "x" }, { ...fast, timeoutMs: 200 }));
    const controller = new AbortController();
    const aborted = rejectionOf(runTask(second.adapter("stop"), { task: "y" }, { ...fast, signal: controller.signal }));
    await abortDuring(second, "get", controller);

    expect(timedOut).toBeInstanceOf(WaitTimeoutError);
    expect(timedOut).toMatchObject({ stop: { requested: true, accepted: true } });
    expect(await aborted).toBeInstanceOf(TaskAbortedError);
    expect(await aborted).toMatchObject({ stop: { requested: true, accepted: true } });
    expect([first.calls.stop, second.calls.stop]).toEqual([1, 1]);
  });

  it("runTask and startTask whose start never settles reject with UserAbortError on abort, giving the slot back", async () => {
    const provider = new FakeProvider();
    provider.before.start = never;
    const slots = createTaskSlots({ maxConcurrentTasks: 1 });
    const controller = new AbortController();

    const started = rejectionOf(startTask(provider.adapter(), { task: "x" }, { slots, signal: controller.signal }));
    await abortDuring(provider, "start", controller);
    const run = rejectionOf(runTask(provider.adapter(), { task: "y" }, { signal: AbortSignal.abort() }));

    expect(await started).toBeInstanceOf(UserAbortError);
    expect(await started).toMatchObject({ provider: "hyperbrowser", cause: controller.signal.reason });
    expect(slots).toMatchObject({ active: 0, waiting: 0 });
    expect(await run).toBeInstanceOf(UserAbortError);
  });

  it("startTask whose look-up by clientKey never settles rejects with StartOutcomeUnknownError on abort", async () => {
    const provider = new FakeProvider();
    const lost = new ApiConnectionError("got no response", {
      provider: "hyperbrowser",
      status: null,
      method: "POST",
      url: "/task",
    });
    provider.before.start = () => Promise.reject(lost);
    provider.before.findByClientKey = never;
    const controller = new AbortController();

    const started = rejectionOf(
      startTask(provider.adapter("clientKey"), { task: "x" }, { clientKey: "k-1", signal: controller.signal }),
    );
    await abortDuring(provider, "findByClientKey", controller);

    expect(await started).toBeInstanceOf(StartOutcomeUnknownError);
    expect(await started).toMatchObject({ cause: lost, lookupError: expect.any(UserAbortError) });
  });

  it("stopTask whose stop, or whose read after a refused stop, never settles rejects with UserAbortError on abort", async () => {
    const provider = new FakeProvider();
    const ref = provider.seed({ task: "x" });
    provider.before.stop = never;
    const controller = new AbortController();

    const stopping = rejectionOf(stopTask(provider.adapter("stop"), ref, { ...fast, signal: controller.signal }));
    await abortDuring(provider, "stop", controller);
    // The stop is refused with a 404 (the task may have ended), and the read that checks never settles.
    const refused = new FakeProvider();
    const refusedRef = refused.seed({ task: "y" });
    refused.before.stop = () => Promise.reject(notFound);
    refused.before.get = never;
    const other = new AbortController();
    const checking = rejectionOf(stopTask(refused.adapter("stop"), refusedRef, { ...fast, signal: other.signal }));
    await abortDuring(refused, "get", other);

    expect(await stopping).toBeInstanceOf(UserAbortError);
    expect(await stopping).toMatchObject({ cause: controller.signal.reason });
    expect(await checking).toBe(notFound); // the stop's own error, as when the read fails
  });

  it("stopTask whose reads after the stop never settle rejects with WaitTimeoutError at timeoutMs 200", async () => {
    const provider = new FakeProvider();
    const ref = provider.seed({ task: "x" });
    provider.before.get = never;

    const error = await rejectionOf(stopTask(provider.adapter("stop"), ref, { ...fast, timeoutMs: 200 }));

    expect(error).toBeInstanceOf(WaitTimeoutError);
    expect(error).toMatchObject({ lastTask: null });
  });

  it("getTask with a fetcher whose promise never settles rejects with UserAbortError on abort", async () => {
    const controller = new AbortController();

    const pending = rejectionOf(getTask(hangingFetcher(), "job-1", { signal: controller.signal }));
    controller.abort(new Error("never mind"));

    expect(await pending).toBeInstanceOf(UserAbortError);
    expect(await pending).toMatchObject({ provider: "hyperbrowser", cause: controller.signal.reason });
  });

  it("listTasks whose page never comes rejects with UserAbortError on abort", async () => {
    const provider = new FakeProvider();
    provider.pages = [[provider.rawTask("a", { status: "running" })]];
    provider.before.list = never;
    const controller = new AbortController();

    const listing = rejectionOf(drain(listTasks(provider.adapter("list"), undefined, { signal: controller.signal })));
    await abortDuring(provider, "list", controller);

    expect(await listing).toBeInstanceOf(UserAbortError);
    expect(await listing).toMatchObject({ cause: controller.signal.reason });
  });
});
