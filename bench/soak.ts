/**
 * Soak test: thousands of `waitForTask`s at once on ONE Browser Use client, for minutes, against a server (a forked
 * child, `soak-server.ts`) that answers a share of requests with every fault of issue 13 at random. Tasks turn
 * terminal at random times; some waits have short timeouts (a group of them one shared deadline), some are aborted
 * by their caller. At the end it checks that every wait settled, that nothing leaked (timers, handles, abort
 * listeners, request slots, the key in any error or hook event) and that memory stayed bounded, prints what it saw,
 * and exits 1 when a check fails. Not part of the test run: `npx tsx soak.ts --help`.
 */
import { getEventListeners } from "node:events";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import { inspect, parseArgs } from "node:util";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import {
  type BrowserUseAdapter,
  type BrowserUseClientOptions,
  createBrowserUseAdapter,
  createBrowserUseClient,
  type RequestEvent,
} from "@agent-tasks/browser-use";
import { waitForTask } from "@agent-tasks/normalize";
import { describeMachine, formatNumber, formatTable, quantile } from "./report.js";
import { type FaultKind, faultKinds, forkSoakServer, type PlannedTask, type SoakServerStats } from "./soak-server.js";

/** A key with `/` and `+`, so its JSON escapes (`\/`, `\u002B`) differ from it. */
const API_KEY = "sk_live/soak+Key/0123456789abcdefXYZ";
const MIB = 1024 * 1024;
/** Waits in the final burst, on tasks already finished that the server never faults. */
const BURST_WAITS = 50;

// ---------------------------------------------------------------------------------------------------------------
// Options.

const usage = `Usage: npx tsx soak.ts [options]
  --duration-s N           how long the waits run (default 180)
  --waits N                concurrent waits on the one client (default 10000)
  --faults a,b             faults to inject (default all: ${faultKinds.join(", ")})
  --skip-faults a,b        faults to leave out (e.g. endless,gzip-bomb until maxResponseBytes exists)
  --fault-rate X           share of requests answered with a fault (default 0.2)
  --max-concurrent N       the client's maxConcurrentRequests (default 64)
  --attempt-timeout-ms N   the client's timeoutMs per attempt (default 3000)
  --max-response-bytes N   the client's maxResponseBytes (default 4194304)
  --bomb-mib N             decompressed size of the gzip bomb (default 1024)
  --max-rss-mib N          stop the run (and fail) when the client's RSS passes this (default 2048)
  --max-overrun-ms N       fail when a wait settles this long after its deadline or abort (default 3000)
  --json                   also print one JSON line with every number`;

/** The soak's settings, from the command line. */
interface SoakOptions {
  durationMs: number;
  waits: number;
  faults: FaultKind[];
  faultRate: number;
  maxConcurrent: number;
  attemptTimeoutMs: number;
  maxResponseBytes: number;
  bombMiB: number;
  maxRssMiB: number;
  maxOverrunMs: number;
  json: boolean;
}

/** A positive number from an option, or `fallback`. */
function positive(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!(value > 0) || !Number.isFinite(value)) throw new Error(`--${name} must be a positive number, got ${raw}`);
  return value;
}

/** A comma-separated list of fault kinds; unknown names are refused. */
function faultList(raw: string): FaultKind[] {
  const names = raw.split(",").filter((name) => name !== "");
  for (const name of names) {
    if (!(faultKinds as readonly string[]).includes(name)) throw new Error(`unknown fault ${name}`);
  }
  return names as FaultKind[];
}

/** Reads the options from `process.argv`; prints the usage and exits on `--help`. */
function readOptions(): SoakOptions {
  const { values } = parseArgs({
    options: {
      "duration-s": { type: "string" },
      waits: { type: "string" },
      faults: { type: "string" },
      "skip-faults": { type: "string" },
      "fault-rate": { type: "string" },
      "max-concurrent": { type: "string" },
      "attempt-timeout-ms": { type: "string" },
      "max-response-bytes": { type: "string" },
      "bomb-mib": { type: "string" },
      "max-rss-mib": { type: "string" },
      "max-overrun-ms": { type: "string" },
      json: { type: "boolean" },
      help: { type: "boolean" },
    },
  });
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  const skipped = faultList(values["skip-faults"] ?? "");
  const faults = values.faults === undefined ? [...faultKinds] : faultList(values.faults);
  const faultRate = Number(values["fault-rate"] ?? 0.2);
  if (!(faultRate >= 0 && faultRate <= 1)) throw new Error("--fault-rate must be between 0 and 1");
  return {
    durationMs: positive("duration-s", values["duration-s"], 180) * 1000,
    waits: Math.round(positive("waits", values.waits, 10_000)),
    faults: faults.filter((kind) => !skipped.includes(kind)),
    faultRate,
    maxConcurrent: Math.round(positive("max-concurrent", values["max-concurrent"], 64)),
    attemptTimeoutMs: positive("attempt-timeout-ms", values["attempt-timeout-ms"], 3_000),
    maxResponseBytes: positive("max-response-bytes", values["max-response-bytes"], 4 * MIB),
    bombMiB: positive("bomb-mib", values["bomb-mib"], 1024),
    maxRssMiB: positive("max-rss-mib", values["max-rss-mib"], 2048),
    maxOverrunMs: positive("max-overrun-ms", values["max-overrun-ms"], 3_000),
    json: values.json ?? false,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The plan: which task each wait waits for, and how the wait is meant to end.

/** How a wait is set up to end: its task finishing, its own short timeout, one deadline shared by many, or an abort. */
type Ending = "normal" | "short-timeout" | "shared-deadline" | "abort";

/** One wait: its task, its options, and (for `abort`) when its caller aborts it. */
interface WaitPlan {
  task: PlannedTask;
  ending: Ending;
  timeoutMs: number;
  /** Whether the wait is given a caller's signal (every abort, and half of the others: it must be unhooked). */
  withSignal: boolean;
  abortAfterMs: number | null;
}

/** A uniform random number in [min, max). */
function uniform(min: number, max: number): number {
  return min + Math.random() * (max - min);
}

/** A terminal status: mostly finished, some failed, a few stopped. */
function randomOutcome(): PlannedTask["status"] {
  const draw = Math.random();
  return draw < 0.85 ? "finished" : draw < 0.95 ? "failed" : "stopped";
}

/**
 * Plans `count` waits over `durationMs`: 75% end when their task does (it finishes between 1 s and 80% of the
 * run), 10% have a short timeout of their own, 5% share one deadline at a quarter of the run (their tasks outlast
 * it, so they all time out together), and 10% are aborted by their caller at a random moment.
 */
function planWaits(count: number, durationMs: number): WaitPlan[] {
  return Array.from({ length: count }, (_, index): WaitPlan => {
    const draw = Math.random();
    const ending: Ending =
      draw < 0.75 ? "normal" : draw < 0.85 ? "short-timeout" : draw < 0.9 ? "shared-deadline" : "abort";
    const finishAfterMs = ending === "shared-deadline" ? durationMs * 2 : uniform(1_000, durationMs * 0.8);
    const task: PlannedTask = { id: taskId("soak", index), finishAfterMs, status: randomOutcome(), clean: false };
    const timeoutMs =
      ending === "short-timeout"
        ? uniform(500, durationMs / 2)
        : ending === "shared-deadline"
          ? durationMs / 4
          : durationMs;
    const abortAfterMs = ending === "abort" ? uniform(0, durationMs * 0.9) : null;
    return { task, ending, timeoutMs, withSignal: ending === "abort" || Math.random() < 0.5, abortAfterMs };
  });
}

/** A task id shaped like Browser Use's (a UUID), unique per `prefix` and `index`. */
function taskId(prefix: "soak" | "burst", index: number): string {
  const tag = prefix === "soak" ? "50a0" : "b0b0";
  return `00000000-0000-4000-${tag}-${index.toString(16).padStart(12, "0")}`;
}

/** The tasks of the final burst: finished from the start, never faulted. */
function burstTasks(): PlannedTask[] {
  return Array.from({ length: BURST_WAITS }, (_, index) => ({
    id: taskId("burst", index),
    finishAfterMs: 0,
    status: "finished",
    clean: true,
  }));
}

// ---------------------------------------------------------------------------------------------------------------
// Instruments: abort listeners, memory, handles, the key.

/**
 * Every `AbortSignal` that was ever given an `abort` listener, held weakly: after the run and a GC, the live ones
 * still holding listeners are leaks (a listener keeps its closure alive for as long as the signal lives).
 */
const listenedSignals = new Set<WeakRef<AbortSignal>>();

/** Records each signal that gets an `abort` listener, whoever adds it (our packages, undici, the soak itself). */
function trackAbortListeners(): void {
  const seen = new WeakSet<AbortSignal>();
  const addEventListener = EventTarget.prototype.addEventListener;
  AbortSignal.prototype.addEventListener = function (this: AbortSignal, ...args: Parameters<typeof addEventListener>) {
    if (args[0] === "abort" && !seen.has(this)) {
      seen.add(this);
      listenedSignals.add(new WeakRef(this));
    }
    return addEventListener.apply(this, args);
  };
}

/** Drops the signals that were garbage-collected, so the set stays the size of what is alive. */
function pruneSignals(): void {
  for (const ref of listenedSignals) if (ref.deref() === undefined) listenedSignals.delete(ref);
}

/** The `abort` listeners still on live signals: on the callers' signals, and on any other. */
function liveAbortListeners(callerSignals: ReadonlySet<AbortSignal>): { caller: number; other: number } {
  pruneSignals();
  let caller = 0;
  let other = 0;
  for (const ref of listenedSignals) {
    const signal = ref.deref();
    if (signal === undefined) continue;
    const count = getEventListeners(signal, "abort").length;
    if (callerSignals.has(signal)) caller += count;
    else other += count;
  }
  return { caller, other };
}

/** `gc()`, made available without `--expose-gc` on the command line. */
function exposeGc(): () => void {
  setFlagsFromString("--expose-gc");
  return runInNewContext("gc") as () => void;
}

/** Collects garbage twice with a turn of the event loop between, so finalizers (undici's) can run. */
async function collectGarbage(gc: () => void): Promise<void> {
  gc();
  await sleep(50);
  gc();
}

/** Active handles and requests by type (`Timeout`, `TCPSocketWrap`...), as `process.getActiveResourcesInfo()` lists them. */
function activeResources(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const type of process.getActiveResourcesInfo()) counts[type] = (counts[type] ?? 0) + 1;
  return counts;
}

/** Types with more active resources now than at the baseline, and by how many. */
function resourcesAbove(baseline: Record<string, number>, now: Record<string, number>): Record<string, number> {
  const extra: Record<string, number> = {};
  for (const [type, count] of Object.entries(now)) {
    const more = count - (baseline[type] ?? 0);
    if (more > 0) extra[type] = more;
  }
  return extra;
}

/** The forms a leaked key could take in text: as is, and with the JSON escapes the server echoes it with. */
const keyForms = [
  API_KEY,
  API_KEY.replaceAll("/", "\\/"),
  API_KEY.replaceAll("+", "\\u002B"),
  API_KEY.replaceAll("+", "\\u002b"),
];

/** Whether `text` holds the key in any of its forms. */
function holdsKey(text: string): boolean {
  return keyForms.some((form) => text.includes(form));
}

/** What an error shows a user, by name: its message, `util.inspect` (causes included) and `JSON.stringify`. */
function errorViews(error: unknown): { views: Record<string, string>; stringifyThrew: boolean } {
  const views: Record<string, string> = {
    message: error instanceof Error ? error.message : String(error),
    inspect: inspect(error, { depth: 6 }),
  };
  try {
    views.json = JSON.stringify(error) ?? "";
    return { views, stringifyThrew: false };
  } catch {
    return { views, stringifyThrew: true };
  }
}

/** Where the key showed up, by site (e.g. `AuthenticationError message`), with the first text seen at each. */
type KeyLeaks = Record<string, { count: number; sample: string }>;

/** What looking at errors found: the key, by site, and the errors `JSON.stringify` throws on, by site. */
interface ErrorScan {
  keyLeaks: KeyLeaks;
  stringifyThrew: Record<string, number>;
}

/** Looks at `error` as a user would (message, inspect, JSON) and records in `scan` what is wrong with it. */
function scanError(scan: ErrorScan, site: string, error: unknown): void {
  const { views, stringifyThrew } = errorViews(error);
  recordKeyLeaks(scan.keyLeaks, site, views);
  if (stringifyThrew) bump(scan.stringifyThrew, site);
}

/** Records in `leaks` every view (`site` plus the view's name) that holds the key; returns how many did. */
function recordKeyLeaks(leaks: KeyLeaks, site: string, views: Record<string, string>): number {
  let found = 0;
  for (const [view, text] of Object.entries(views)) {
    if (!holdsKey(text)) continue;
    found++;
    const entry = leaks[`${site} ${view}`] ?? { count: 0, sample: text.slice(0, 240) };
    entry.count++;
    leaks[`${site} ${view}`] = entry;
  }
  return found;
}

/** Peak and latest memory, sampled every second. */
interface MemorySamples {
  peakRss: number;
  peakHeapUsed: number;
  peakExternal: number;
  samples: number;
}

/**
 * Samples memory every second, prunes the tracked signals, prints progress every 10 s, and calls `onRunaway`
 * once when RSS passes `maxRssBytes`. `stop()` clears its timer (so it is not counted as a leak).
 */
function startSampler(maxRssBytes: number, progress: () => string, onRunaway: (rss: number) => void) {
  const memory: MemorySamples = { peakRss: 0, peakHeapUsed: 0, peakExternal: 0, samples: 0 };
  let runaway = false;
  const timer = setInterval(() => {
    const { rss, heapUsed, external } = process.memoryUsage();
    memory.peakRss = Math.max(memory.peakRss, rss);
    memory.peakHeapUsed = Math.max(memory.peakHeapUsed, heapUsed);
    memory.peakExternal = Math.max(memory.peakExternal, external);
    memory.samples++;
    pruneSignals();
    if (memory.samples % 10 === 0) process.stderr.write(`  ${progress()}, rss ${mib(rss)}\n`);
    if (rss > maxRssBytes && !runaway) {
      runaway = true;
      onRunaway(rss);
    }
  }, 1_000);
  return { memory, stop: () => clearInterval(timer) };
}

/** Bytes as MiB with one decimal. */
function mib(bytes: number): string {
  return `${formatNumber(bytes / MIB, 1)} MiB`;
}

// ---------------------------------------------------------------------------------------------------------------
// Hook counters: what the client says about each attempt.

/** What the `onRequestEvent` hook saw. */
interface HookCounts {
  attempts: number;
  responses: number;
  errors: number;
  retries: number;
  errorClasses: Record<string, number>;
  /** Attempts sent for a task whose wait had already settled: nobody was waiting for their answer. */
  afterSettle: number;
  /** Where the key showed up in events (by event type and field), and error events `JSON.stringify` throws on. */
  scan: ErrorScan;
}

/**
 * A hook that counts attempts, answers, errors and retries, counts attempts for tasks in `settledTasks` (waits
 * that already ended), and looks for the key in every event.
 */
function countingHook(settledTasks: ReadonlySet<string>): { counts: HookCounts; hook: (event: RequestEvent) => void } {
  const counts: HookCounts = {
    attempts: 0,
    responses: 0,
    errors: 0,
    retries: 0,
    errorClasses: {},
    afterSettle: 0,
    scan: { keyLeaks: {}, stringifyThrew: {} },
  };
  const hook = (event: RequestEvent) => {
    if (event.type === "request") {
      counts.attempts++;
      if (settledTasks.has(/\/tasks\/([^/?]+)/.exec(event.url)?.[1] ?? "")) counts.afterSettle++;
    } else if (event.type === "response") counts.responses++;
    else if (event.type === "retry") counts.retries++;
    else {
      counts.errors++;
      counts.errorClasses[event.error.name] = (counts.errorClasses[event.error.name] ?? 0) + 1;
    }
    if (event.type === "error") scanError(counts.scan, `error event, ${event.error.name}`, event.error);
    else {
      const { type, ...fields } = event;
      const views = Object.fromEntries(Object.entries(fields).map(([name, value]) => [name, JSON.stringify(value)]));
      recordKeyLeaks(counts.scan.keyLeaks, `${type} event`, views);
    }
  };
  return { counts, hook };
}

// ---------------------------------------------------------------------------------------------------------------
// Running the waits.

/** How one wait ended, and when. */
interface WaitRecord {
  plan: WaitPlan;
  /** `completed`/`failed`/`stopped` (the task's status), or the error's class name. */
  outcome: string | null;
  /** For `WaitTimeoutError`: the class of its cause (the last poll's error), or `none`. */
  timeoutCause: string | null;
  startedAt: number;
  settledAt: number | null;
  abortedAt: number | null;
}

/** Class name of an error (its `name`), or the type of a non-error. */
function className(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}

/** Records how the wait ended in `record`: the task's status, or the error's class (the error goes to `run.scan`). */
function settle(record: WaitRecord, result: PromiseSettledResult<{ status: string }>, run: WaitRun): void {
  run.settledTasks.add(record.plan.task.id);
  record.settledAt = performance.now();
  if (result.status === "fulfilled") {
    record.outcome = result.value.status;
    return;
  }
  const error = result.reason as unknown;
  record.outcome = className(error);
  if (record.outcome === "WaitTimeoutError") {
    const cause = (error as { cause?: unknown }).cause;
    record.timeoutCause = cause === undefined ? "none" : className(cause);
  }
  scanError(run.scan, record.outcome, error);
}

/** What the waits share: the callers' signals, the tasks whose wait ended, what was found in errors. */
interface WaitRun {
  callerSignals: Set<AbortSignal>;
  settledTasks: Set<string>;
  /** Errors the waits settled with. */
  scan: ErrorScan;
  /** Errors the adapter threw to the poll loop (most are tolerated), by class and as scanned. */
  pollErrors: Record<string, number>;
  pollScan: ErrorScan;
}

/** A poller's view of the adapter: its `fetchTask` and `status`. */
type Poller = Pick<BrowserUseAdapter, "source" | "fetchTask" | "status">;

/**
 * The adapter's `fetchTask` and `status`, unchanged, except that every error they throw is first counted and
 * scanned: a wait tolerates most of them, so they would otherwise never be seen.
 */
function watchingErrors(adapter: BrowserUseAdapter, run: WaitRun): Poller {
  const watch = <T>(call: Promise<T>) =>
    call.catch((error: unknown) => {
      bump(run.pollErrors, className(error));
      scanError(run.pollScan, `${className(error)} (poll)`, error);
      throw error;
    });
  return {
    source: adapter.source,
    fetchTask: (taskId, options) => watch(adapter.fetchTask(taskId, options)),
    status: (taskId, options) => watch(adapter.status(taskId, options)),
  };
}

/** Starts one wait as `plan` says, with its caller's signal (kept in `callerSignals`) and abort timer. */
function startWait(poller: Poller, plan: WaitPlan, run: WaitRun): Promise<WaitRecord> {
  const controller = plan.withSignal ? new AbortController() : undefined;
  if (controller) run.callerSignals.add(controller.signal);
  const record: WaitRecord = {
    plan,
    outcome: null,
    timeoutCause: null,
    startedAt: performance.now(),
    settledAt: null,
    abortedAt: null,
  };
  const abortTimer =
    plan.abortAfterMs === null
      ? undefined
      : setTimeout(() => {
          record.abortedAt = performance.now();
          controller?.abort(new Error("the soak's caller gave up"));
        }, plan.abortAfterMs);
  const wait = waitForTask(poller, plan.task.id, { timeoutMs: plan.timeoutMs, signal: controller?.signal });
  return wait
    .then(
      (task) => settle(record, { status: "fulfilled", value: task }, run),
      (reason: unknown) => settle(record, { status: "rejected", reason }, run),
    )
    .then(() => {
      clearTimeout(abortTimer);
      return record;
    });
}

/**
 * Starts every wait at once and resolves once all settled, or after `limitMs` with the ones still pending
 * (their records have `settledAt: null`): a wait that outlives every deadline by that much will not settle.
 */
async function runWaits(
  poller: Poller,
  plans: WaitPlan[],
  run: WaitRun,
  limitMs: number,
  records: WaitRecord[],
): Promise<void> {
  const all = Promise.all(plans.map(async (plan) => records.push(await startWait(poller, plan, run))));
  let watchdog: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<void>((resolve) => {
    watchdog = setTimeout(resolve, limitMs);
  });
  await Promise.race([all, timedOut]);
  clearTimeout(watchdog);
}

/** The final burst: `BURST_WAITS` waits on finished, never-faulted tasks, on the same client; resolves with their outcomes. */
async function runBurst(adapter: BrowserUseAdapter): Promise<Record<string, number>> {
  const outcomes: Record<string, number> = {};
  let timer: ReturnType<typeof setTimeout> | undefined;
  const waits = burstTasks().map((task) =>
    waitForTask(adapter, task.id, { timeoutMs: 30_000 }).then(
      (done) => done.status,
      (error: unknown) => className(error),
    ),
  );
  const hung = new Promise<string[]>((resolve) => {
    timer = setTimeout(() => resolve(["still pending after 60 s"]), 60_000);
  });
  for (const outcome of await Promise.race([Promise.all(waits), hung]))
    outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
  clearTimeout(timer);
  return outcomes;
}

// ---------------------------------------------------------------------------------------------------------------
// Report.

/** Everything the soak measured, as the `--json` line prints it. */
interface SoakResult {
  options: Omit<SoakOptions, "json">;
  machine: string;
  wallS: number;
  waits: {
    started: number;
    settled: number;
    byOutcome: Record<string, number>;
    byEndingAndOutcome: Record<string, Record<string, number>>;
    timeoutCauses: Record<string, number>;
    deadlineOverrunMs: { p50: number; p99: number; max: number; count: number };
    abortToSettleMs: { p50: number; p99: number; max: number; count: number };
    scan: ErrorScan;
  };
  /** Errors the adapter threw to the poll loop, by class, and what scanning them found. */
  pollErrors: { byClass: Record<string, number>; scan: ErrorScan };
  hook: HookCounts;
  server: SoakServerStats;
  clientCpuMs: number;
  memory: {
    baselineHeapUsed: number;
    baselineRss: number;
    peakRss: number;
    peakHeapUsed: number;
    peakExternal: number;
    finalHeapUsed: number;
    finalRss: number;
    heapBound: number;
    /** What bodies may hold off the heap: a full `maxResponseBytes` body per request slot, plus a margin. */
    externalBound: number;
  };
  eventLoopDelayMs: { p50: number; p99: number; max: number };
  leaks: {
    resourcesBaseline: Record<string, number>;
    resourcesAfterSettle: Record<string, number>;
    resourcesFinal: Record<string, number>;
    resourcesAboveBaseline: Record<string, number>;
    attemptsWithoutEnd: number;
    callerAbortListeners: number;
    otherAbortListeners: number;
    burst: Record<string, number>;
  };
  checks: { name: string; ok: boolean; detail: string }[];
}

/** `counts[key]++`. */
function bump(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

/** p50, p99, max and count of `values` (NaN for none). */
function spread(values: number[]): { p50: number; p99: number; max: number; count: number } {
  return {
    p50: quantile(values, 0.5),
    p99: quantile(values, 0.99),
    max: values.length === 0 ? Number.NaN : Math.max(...values),
    count: values.length,
  };
}

/** Summarises the wait records: outcomes, causes of timeouts, how late timeouts and aborts settled, key leaks. */
function summarizeWaits(records: WaitRecord[], started: number, scan: ErrorScan): SoakResult["waits"] {
  const byOutcome: Record<string, number> = {};
  const byEndingAndOutcome: Record<string, Record<string, number>> = {};
  const timeoutCauses: Record<string, number> = {};
  const overruns: number[] = [];
  const abortLags: number[] = [];
  for (const record of records) {
    const outcome = record.outcome ?? "unsettled";
    bump(byOutcome, outcome);
    byEndingAndOutcome[record.plan.ending] ??= {};
    bump(byEndingAndOutcome[record.plan.ending] as Record<string, number>, outcome);
    if (record.timeoutCause !== null) bump(timeoutCauses, record.timeoutCause);
    if (outcome === "WaitTimeoutError" && record.settledAt !== null)
      overruns.push(record.settledAt - record.startedAt - record.plan.timeoutMs);
    if (outcome === "TaskAbortedError" && record.settledAt !== null && record.abortedAt !== null)
      abortLags.push(record.settledAt - record.abortedAt);
  }
  return {
    started,
    settled: records.filter((record) => record.settledAt !== null).length,
    byOutcome,
    byEndingAndOutcome,
    timeoutCauses,
    deadlineOverrunMs: spread(overruns),
    abortToSettleMs: spread(abortLags),
    scan,
  };
}

/** The pass/fail checks, each with what it compared. */
function checksOf(result: Omit<SoakResult, "checks">, options: SoakOptions): SoakResult["checks"] {
  const { waits, memory, leaks, hook, pollErrors } = result;
  const keyLeaks = { ...waits.scan.keyLeaks, ...pollErrors.scan.keyLeaks, ...hook.scan.keyLeaks };
  const stringifyThrew = {
    ...waits.scan.stringifyThrew,
    ...pollErrors.scan.stringifyThrew,
    ...hook.scan.stringifyThrew,
  };
  const burstDone = leaks.burst.completed ?? 0;
  const extra = Object.entries(leaks.resourcesAboveBaseline);
  return [
    { name: "every wait settled", ok: waits.settled === waits.started, detail: `${waits.settled} of ${waits.started}` },
    {
      name: "final burst of 50 waits all completed (no request slot leaked)",
      ok: burstDone === BURST_WAITS,
      detail: JSON.stringify(leaks.burst),
    },
    {
      name: "no attempt sent for a task whose wait had ended",
      ok: hook.afterSettle === 0,
      detail: String(hook.afterSettle),
    },
    {
      name: "every attempt the hook saw start also ended",
      ok: leaks.attemptsWithoutEnd === 0,
      detail: `${hook.attempts} started, ${hook.responses} answered, ${hook.errors} failed`,
    },
    {
      name: "no active handles or timers above the baseline",
      ok: extra.length === 0,
      detail: extra.length === 0 ? "none" : extra.map(([type, count]) => `${type} +${count}`).join(", "),
    },
    {
      name: "no abort listener left on a caller's signal",
      ok: leaks.callerAbortListeners === 0,
      detail: String(leaks.callerAbortListeners),
    },
    {
      name: "no abort listener left on any live signal after GC",
      ok: leaks.otherAbortListeners === 0,
      detail: String(leaks.otherAbortListeners),
    },
    {
      name: `heap after GC within 2x baseline + 64 MiB (${mib(memory.heapBound)})`,
      ok: memory.finalHeapUsed <= memory.heapBound,
      detail: mib(memory.finalHeapUsed),
    },
    {
      name: `peak external memory (response bodies) within max-concurrent x max-response-bytes + 64 MiB (${mib(memory.externalBound)})`,
      ok: memory.peakExternal <= memory.externalBound,
      detail: mib(memory.peakExternal),
    },
    {
      name: `peak RSS under --max-rss-mib (${formatNumber(options.maxRssMiB)} MiB)`,
      ok: memory.peakRss <= options.maxRssMiB * MIB,
      detail: mib(memory.peakRss),
    },
    {
      name: "the key in no error (settled, polled, hook) and no hook event",
      ok: Object.keys(keyLeaks).length === 0,
      detail: describeLeaks(keyLeaks),
    },
    {
      name: "JSON.stringify works on every error",
      ok: Object.keys(stringifyThrew).length === 0,
      detail: listCounts(stringifyThrew),
    },
    {
      name: "no error class outside the expected ones",
      ok: Object.keys(waits.byOutcome).every((outcome) => expectedOutcomes.has(outcome)),
      detail:
        Object.keys(waits.byOutcome)
          .filter((outcome) => !expectedOutcomes.has(outcome))
          .join(", ") || "none",
    },
    {
      name: `timeouts settle within ${formatNumber(options.maxOverrunMs)} ms of their deadline`,
      ok: !(waits.deadlineOverrunMs.max > options.maxOverrunMs),
      detail: `max ${formatNumber(waits.deadlineOverrunMs.max)} ms`,
    },
    {
      name: `aborts settle within ${formatNumber(options.maxOverrunMs)} ms`,
      ok: !(waits.abortToSettleMs.max > options.maxOverrunMs),
      detail: `max ${formatNumber(waits.abortToSettleMs.max)} ms`,
    },
  ];
}

/**
 * How a wait may end under these faults: its task's status, its timeout, its caller's abort, or the typed error of
 * a fault the wait does not tolerate (a 401 echoing the key, a redirect loop or refused hop after retries...).
 */
const expectedOutcomes = new Set([
  "completed",
  "failed",
  "stopped",
  "WaitTimeoutError",
  "TaskAbortedError",
  "AuthenticationError",
  "ServerError",
  "RateLimitError",
  "ApiConnectionError",
  "ApiTimeoutError",
  "InvalidResponseError",
  "ResponseTooLargeError",
  "BadRequestError",
  "UnprocessableEntityError",
  "RedirectError",
  "ApiError",
]);

/** Key leaks as `site count`, largest first. */
function describeLeaks(leaks: KeyLeaks): string {
  return listCounts(Object.fromEntries(Object.entries(leaks).map(([site, { count }]) => [site, count])));
}

/** A `{ name: count }` map as `name count, name count`, largest first. */
function listCounts(counts: Record<string, number>): string {
  const entries = Object.entries(counts).sort((a, b) => b[1] - a[1]);
  return entries.map(([name, count]) => `${name} ${formatNumber(count)}`).join(", ") || "none";
}

/** Prints the result as tables and lines (and the JSON line with `--json`). */
function printResult(result: SoakResult, json: boolean): void {
  const { waits, memory, server, hook, leaks, eventLoopDelayMs: loop } = result;
  const ms = (value: number) => `${formatNumber(value)} ms`;
  console.log(`## Soak: ${formatNumber(waits.started)} waits on one Browser Use client\n`);
  console.log(`Machine: ${result.machine}. Wall time ${formatNumber(result.wallS, 1)} s.`);
  console.log(`Options: ${JSON.stringify(result.options)}\n`);
  const rows: [string, string][] = [
    ["waits started / settled", `${formatNumber(waits.started)} / ${formatNumber(waits.settled)}`],
    ["outcomes", listCounts(waits.byOutcome)],
    ...Object.entries(waits.byEndingAndOutcome).map(([ending, counts]): [string, string] => [
      `  planned ${ending}`,
      listCounts(counts),
    ]),
    ["WaitTimeoutError causes", listCounts(waits.timeoutCauses)],
    [
      "timeout: settle after deadline",
      `p50 ${ms(waits.deadlineOverrunMs.p50)}, p99 ${ms(waits.deadlineOverrunMs.p99)}, max ${ms(waits.deadlineOverrunMs.max)}`,
    ],
    [
      "abort: settle after abort",
      `p50 ${ms(waits.abortToSettleMs.p50)}, p99 ${ms(waits.abortToSettleMs.p99)}, max ${ms(waits.abortToSettleMs.max)}`,
    ],
    ["requests served (server)", `${formatNumber(server.requests)}, ${formatNumber(server.badKey)} with a wrong key`],
    ["faults injected", listCounts(server.faults as Record<string, number>)],
    [
      "attempts (hook)",
      `${formatNumber(hook.attempts)}: ${formatNumber(hook.responses)} answered, ${formatNumber(hook.errors)} failed, ${formatNumber(hook.retries)} retried`,
    ],
    ["attempt errors (hook)", listCounts(hook.errorClasses)],
    ["errors the poll loop saw (adapter)", listCounts(result.pollErrors.byClass)],
    ["attempts for a task whose wait had ended", formatNumber(hook.afterSettle)],
    ["peak open connections (server)", formatNumber(server.peakOpenConnections)],
    ["CPU client / server", `${ms(result.clientCpuMs)} / ${ms(server.cpuMs)}`],
    [
      "heap used: baseline / peak / final after GC",
      `${mib(memory.baselineHeapUsed)} / ${mib(memory.peakHeapUsed)} / ${mib(memory.finalHeapUsed)}`,
    ],
    ["RSS: baseline / peak / final", `${mib(memory.baselineRss)} / ${mib(memory.peakRss)} / ${mib(memory.finalRss)}`],
    ["peak external memory", mib(memory.peakExternal)],
    ["event-loop delay", `p50 ${ms(loop.p50)}, p99 ${ms(loop.p99)}, max ${ms(loop.max)}`],
    ["active resources: baseline", listCounts(leaks.resourcesBaseline)],
    ["  right after the waits settled", listCounts(leaks.resourcesAfterSettle)],
    ["  after closing connections + GC", listCounts(leaks.resourcesFinal)],
    ["final burst", listCounts(leaks.burst)],
  ];
  console.log(formatTable([{ header: "" }, { header: "value" }], rows));
  console.log("");
  console.log(
    formatTable(
      [{ header: "check" }, { header: "result" }, { header: "detail" }],
      result.checks.map((check) => [check.name, check.ok ? "ok" : "FAIL", check.detail]),
    ),
  );
  const keyLeaks = { ...waits.scan.keyLeaks, ...result.pollErrors.scan.keyLeaks, ...hook.scan.keyLeaks };
  for (const [site, { sample }] of Object.entries(keyLeaks)) {
    console.log(`\nKey seen in ${site}: ${sample}`);
  }
  if (json) console.log(JSON.stringify(result));
}

// ---------------------------------------------------------------------------------------------------------------
// Main.

/** Resolves once the client's sockets to the server closed (TCPSocketWrap back to the baseline) or after 10 s. */
async function socketsClosed(baseline: Record<string, number>): Promise<void> {
  for (let tries = 0; tries < 100; tries++) {
    if ((activeResources().TCPSocketWrap ?? 0) <= (baseline.TCPSocketWrap ?? 0)) return;
    await sleep(100);
  }
}

/** Runs the soak and returns its result (checks included). */
async function soak(options: SoakOptions): Promise<SoakResult> {
  trackAbortListeners();
  const gc = exposeGc();
  const server = await forkSoakServer();
  const plans = planWaits(options.waits, options.durationMs);
  process.stderr.write(
    `  soak: ${options.waits} waits for ${options.durationMs / 1000} s, faults ${options.faults.join(",") || "none"}\n`,
  );
  const { baseUrl } = await server.call("setup", {
    apiKey: API_KEY,
    tasks: [...plans.map((plan) => plan.task), ...burstTasks()],
    faults: options.faults,
    faultRate: options.faultRate,
    bombMiB: options.bombMiB,
  });

  await collectGarbage(gc);
  const baseline = { memory: process.memoryUsage(), resources: activeResources() };
  const run: WaitRun = {
    callerSignals: new Set(),
    settledTasks: new Set(),
    scan: { keyLeaks: {}, stringifyThrew: {} },
    pollErrors: {},
    pollScan: { keyLeaks: {}, stringifyThrew: {} },
  };
  const { counts: hook, hook: onRequestEvent } = countingHook(run.settledTasks);
  const records: WaitRecord[] = [];
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();
  const sampler = startSampler(
    options.maxRssMiB * MIB,
    () =>
      `${formatNumber(records.length)} of ${formatNumber(options.waits)} settled, ${formatNumber(hook.attempts)} attempts`,
    (rss) => {
      process.stderr.write(`  RSS ${mib(rss)} passed --max-rss-mib: stopping the run\n`);
      void server.stop().finally(() => process.exit(1));
    },
  );
  const cpuBefore = process.cpuUsage();
  const startedAt = performance.now();

  // Options the client may not know yet (maxResponseBytes) are passed through as they are.
  const clientOptions = {
    apiKey: API_KEY,
    baseUrl,
    timeoutMs: options.attemptTimeoutMs,
    maxRetryAfterMs: 2_000,
    maxConcurrentRequests: options.maxConcurrent,
    maxResponseBytes: options.maxResponseBytes,
    onRequestEvent,
  } as BrowserUseClientOptions;
  const adapter = createBrowserUseAdapter(createBrowserUseClient(clientOptions));
  await runWaits(watchingErrors(adapter, run), plans, run, options.durationMs + 60_000, records);
  const resourcesAfterSettle = activeResources();
  const burst = await runBurst(adapter);
  const wallS = (performance.now() - startedAt) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  loopDelay.disable();
  sampler.stop();

  const serverStats = await server.call("stats");
  await server.call("closeConnections");
  await socketsClosed(baseline.resources);
  await collectGarbage(gc);
  const resourcesFinal = activeResources();
  const finalMemory = process.memoryUsage();
  const listeners = liveAbortListeners(run.callerSignals);
  await server.stop();

  const waitRecords = [...records, ...unsettled(plans, records)];
  const partial: Omit<SoakResult, "checks"> = {
    options: settingsOf(options),
    machine: describeMachine(),
    wallS,
    waits: summarizeWaits(waitRecords, plans.length, run.scan),
    pollErrors: { byClass: run.pollErrors, scan: run.pollScan },
    hook,
    server: serverStats,
    clientCpuMs: (cpu.user + cpu.system) / 1000,
    memory: {
      baselineHeapUsed: baseline.memory.heapUsed,
      baselineRss: baseline.memory.rss,
      peakRss: sampler.memory.peakRss,
      peakHeapUsed: sampler.memory.peakHeapUsed,
      peakExternal: sampler.memory.peakExternal,
      finalHeapUsed: finalMemory.heapUsed,
      finalRss: finalMemory.rss,
      heapBound: 2 * baseline.memory.heapUsed + 64 * MIB,
      externalBound: options.maxConcurrent * options.maxResponseBytes + 64 * MIB,
    },
    eventLoopDelayMs: {
      p50: loopDelay.percentile(50) / 1e6,
      p99: loopDelay.percentile(99) / 1e6,
      max: loopDelay.max / 1e6,
    },
    leaks: {
      resourcesBaseline: baseline.resources,
      resourcesAfterSettle,
      resourcesFinal,
      resourcesAboveBaseline: resourcesAbove(baseline.resources, resourcesFinal),
      attemptsWithoutEnd: hook.attempts - hook.responses - hook.errors,
      callerAbortListeners: listeners.caller,
      otherAbortListeners: listeners.other,
      burst,
    },
  };
  return { ...partial, checks: checksOf(partial, options) };
}

/** The options as the report shows them (without `json`). */
function settingsOf({ json: _json, ...settings }: SoakOptions): Omit<SoakOptions, "json"> {
  return settings;
}

/** Records for the waits that never settled (the watchdog gave up on them). */
function unsettled(plans: WaitPlan[], records: WaitRecord[]): WaitRecord[] {
  const settled = new Set(records.map((record) => record.plan));
  return plans
    .filter((plan) => !settled.has(plan))
    .map((plan) => ({
      plan,
      outcome: null,
      timeoutCause: null,
      startedAt: 0,
      settledAt: null,
      abortedAt: null,
    }));
}

const options = readOptions();
const result = await soak(options);
printResult(result, options.json);
// Waits that never settled would keep the process alive: exit explicitly.
process.exit(result.checks.every((check) => check.ok) ? 0 : 1);
