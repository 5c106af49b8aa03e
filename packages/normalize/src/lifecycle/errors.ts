import { AgentTasksError, UserAbortError } from "@agent-tasks/core";
import type { StandardSchemaV1 } from "@standard-schema/spec";
import type { AgentTask, AgentTaskSource } from "../model/agent-task.js";

/**
 * What was done about a task whose wait ended early (abort or timeout):
 * - `{ requested: false, reason: "not-asked" }`: the caller only waited (`waitForTask`, `watchTask`) and never stops;
 * - `{ requested: false, reason: "disabled" }`: `runTask` was called with `stopOnAbort: false`;
 * - `{ requested: false, reason: "unsupported" }`: the adapter has no `stop` operation;
 * - `{ requested: true, accepted: true }`: one stop request was sent and the provider accepted it;
 * - `{ requested: true, accepted: false, error }`: one stop request was sent and failed with `error`.
 */
export type TaskStopOutcome =
  | { readonly requested: false; readonly reason: "not-asked" | "disabled" | "unsupported" }
  | { readonly requested: true; readonly accepted: true }
  | { readonly requested: true; readonly accepted: false; readonly error: unknown };

const notAsked: TaskStopOutcome = /* @__PURE__ */ Object.freeze({ requested: false, reason: "not-asked" });

function describeStop(stop: TaskStopOutcome): string {
  if (!stop.requested) return stop.reason === "not-asked" ? "" : `; the task was left running (${stop.reason})`;
  if (stop.accepted) return "; a stop request was sent and accepted";
  const reason = stop.error instanceof Error ? stop.error.message : String(stop.error);
  return `; the stop request failed: ${reason}`;
}

/** Extra details of `WaitTimeoutError` and `TaskAbortedError`. */
export interface EndedWaitDetails<Ref> {
  /** The task waited for. */
  ref?: Ref;
  /** What was done about the task. Default `{ requested: false, reason: "not-asked" }`. */
  stop?: TaskStopOutcome;
  /** The function named in the message. Default `"waitForTask"`. */
  caller?: string;
}

/**
 * A wait (`waitForTask`, `watchTask`, `runTask`, `stopTask`) ran out of time. `lastTask` is the last task seen
 * (or `null`), `ref` the task waited for, `cause` the last error if the last poll failed, and `stop` what
 * `runTask` did about the task (one stop request unless `stopOnAbort: false`).
 */
export class WaitTimeoutError<Source extends AgentTaskSource = AgentTaskSource, Ref = unknown> extends AgentTasksError {
  static override readonly name: string = "WaitTimeoutError";

  readonly timeoutMs: number;
  readonly lastTask: AgentTask<Source> | null;
  /** The task waited for. */
  readonly ref: Ref;
  /** What was done about the task: `runTask` sends one stop request unless told not to; the others never stop. */
  readonly stop: TaskStopOutcome;
  /** `true` when a stop request was sent (whether or not it was accepted). */
  readonly stopRequested: boolean;

  constructor(
    source: Source,
    timeoutMs: number,
    lastTask: AgentTask<Source> | null,
    lastError: unknown,
    details: EndedWaitDetails<Ref> = {},
  ) {
    const stop = details.stop ?? notAsked;
    const seen = lastTask === null ? "no task was read" : `last status ${lastTask.status} (${lastTask.providerStatus})`;
    super(
      `${details.caller ?? "waitForTask"}: ${source} task did not finish within ${timeoutMs} ms; ${seen}${describeStop(stop)}`,
      { provider: source, cause: lastError },
    );
    this.timeoutMs = timeoutMs;
    this.lastTask = lastTask;
    this.ref = details.ref as Ref;
    this.stop = stop;
    this.stopRequested = stop.requested;
  }
}

/**
 * The caller's `AbortSignal` fired while a task was being waited for (`waitForTask`, `watchTask`, `runTask`,
 * `stopTask`). A `UserAbortError`; it also carries the task's `ref`, the last task seen, and what `runTask`
 * did about the task (`stop`). `cause` is the signal's reason.
 */
export class TaskAbortedError<Source extends AgentTaskSource = AgentTaskSource, Ref = unknown> extends UserAbortError {
  static override readonly name: string = "TaskAbortedError";

  /** The task waited for. */
  declare readonly ref: Ref;
  /** The last task seen, or `null` when none was read. */
  declare readonly lastTask: AgentTask<Source> | null;
  /** What was done about the task: `runTask` sends one stop request unless told not to; the others never stop. */
  declare readonly stop: TaskStopOutcome;
  /** `true` when a stop request was sent (whether or not it was accepted). */
  declare readonly stopRequested: boolean;

  constructor(
    source: Source,
    reason: unknown,
    lastTask: AgentTask<Source> | null,
    details: EndedWaitDetails<Ref> = {},
  ) {
    const stop = details.stop ?? notAsked;
    super(
      `${details.caller ?? "waitForTask"}: waiting for the ${source} task was aborted by the caller${describeStop(stop)}`,
      { provider: source, cause: reason },
    );
    this.ref = details.ref as Ref;
    this.lastTask = lastTask;
    this.stop = stop;
    this.stopRequested = stop.requested;
  }
}

/**
 * `startTask` (or `runTask`) sent the start request, it failed in a way that may have reached the provider (no
 * response, a timeout, a 5xx, a malformed response), and looking the task up by `clientKey` did not find it (or
 * failed: `lookupError`). The task may or may not be running; it was not started again. `cause` is the start's error.
 */
export class StartOutcomeUnknownError extends AgentTasksError {
  static override readonly name: string = "StartOutcomeUnknownError";

  /** The client key the task was tagged with. */
  declare readonly clientKey: string;
  /** Why the look-up by client key failed, or `null` when it answered "not found". */
  declare readonly lookupError: unknown;

  constructor(provider: string, clientKey: string, startError: unknown, lookupError: unknown = null) {
    const lookup =
      lookupError === null
        ? "no task was found with that client key"
        : `looking it up failed (${lookupError instanceof Error ? lookupError.message : String(lookupError)})`;
    const started = startError instanceof Error ? startError.message : String(startError);
    super(
      `startTask: the ${provider} start request may or may not have started a task (${started}); ` +
        `${lookup}. It was not sent again. Client key: ${clientKey}`,
      { provider, cause: startError },
    );
    this.clientKey = clientKey;
    this.lookupError = lookupError;
  }
}

/**
 * A completed task's output does not match the `schema` given to `runTask`. `output` is the value validated
 * (`structuredOutput`, else `output` parsed as JSON, else the text), `issues` what the schema reported, `task` the task.
 */
export class StructuredOutputError<Source extends AgentTaskSource = AgentTaskSource> extends AgentTasksError {
  static override readonly name: string = "StructuredOutputError";

  /** The value that was validated. */
  declare readonly output: unknown;
  /** The schema's issues, in Standard Schema's shape (`message`, `path`). */
  declare readonly issues: readonly StandardSchemaV1.Issue[];
  /** The completed task. */
  declare readonly task: AgentTask<Source>;

  constructor(task: AgentTask<Source>, output: unknown, issues: readonly StandardSchemaV1.Issue[]) {
    const first = issues[0];
    const where = first?.path?.length
      ? ` at ${first.path.map((segment) => String(typeof segment === "object" ? segment.key : segment)).join(".")}`
      : "";
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : "";
    super(
      `runTask: the output of ${task.source} task ${task.id} does not match the schema: ` +
        `${first?.message ?? "invalid"}${where}${more}`,
      { provider: task.source },
    );
    this.output = output;
    this.issues = issues;
    this.task = task;
  }
}

/**
 * `runTask`'s `schema` cannot be used: the adapter needs a JSON Schema for the start request and the Standard
 * Schema does not offer one (it does not implement Standard JSON Schema, `~standard.jsonSchema`, or its conversion
 * threw: `cause`), or `schema` is not a schema at all. Nothing was started.
 */
export class UnsupportedOutputSchemaError extends AgentTasksError {
  static override readonly name: string = "UnsupportedOutputSchemaError";

  /** The schema library (`~standard.vendor`), or `null` for a non-Standard schema. */
  declare readonly vendor: string | null;

  constructor(provider: string, vendor: string | null, problem: string, cause?: unknown) {
    super(`runTask: unusable output schema for ${provider}: ${problem}. Nothing was started.`, { provider, cause });
    this.vendor = vendor;
  }
}

/**
 * A provider's entry point (`@agent-tasks/normalize/hyperbrowser`...), which carries that provider's mapper only,
 * was given the task fetcher or adapter of another provider. Nothing was sent. Import the function from that
 * provider's entry point, or from `@agent-tasks/normalize`, which maps every provider.
 */
export class TaskSourceMismatchError extends AgentTasksError {
  static override readonly name: string = "TaskSourceMismatchError";

  /** The sources the entry point maps (its own provider's). */
  declare readonly expectedSources: readonly AgentTaskSource[];
  /** The source of the fetcher or adapter that was given. */
  declare readonly source: AgentTaskSource;

  constructor(caller: string, expectedSources: readonly AgentTaskSource[], source: AgentTaskSource) {
    const entry = expectedSources.length === 1 ? `@agent-tasks/normalize/${expectedSources[0]}` : "this entry point";
    super(
      `${caller} from ${entry} maps ${expectedSources.join(", ")} tasks only, but was given a ${source} task ` +
        `fetcher or adapter; import ${caller} from @agent-tasks/normalize/${source}, or from @agent-tasks/normalize ` +
        "(every provider)",
      { provider: source },
    );
    this.expectedSources = expectedSources;
    this.source = source;
  }
}
