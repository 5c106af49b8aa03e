import { AgentTasksError } from "@agent-tasks/core";

/** The raw task cannot be normalized: not an object, no id, a getter on it that throws, or an unknown source. */
export class NormalizeError extends AgentTasksError {
  static override readonly name: string = "NormalizeError";

  /** The source that was asked for, as given. */
  readonly source: string;
  /** Where in the raw task the problem is (`"jobId"`, `"data.steps[1].action"`, `"(root)"`), or `null` for a bad source. */
  readonly path: string | null;
  /**
   * The raw task that could not be normalized, as given, so it can still be looked at. Not enumerable: logging or
   * serializing the error never reads it (its getters may be what failed).
   */
  declare readonly raw: unknown;

  /** `details.cause`: what made the raw task unreadable (a getter that threw); `details.raw`: the raw task. */
  constructor(source: string, path: string | null, problem: string, details: { cause?: unknown; raw?: unknown } = {}) {
    super(`normalizeTask(${JSON.stringify(source)}): ${path === null ? "" : `${path}: `}${problem}`, {
      provider: source,
      cause: details.cause,
    });
    this.source = source;
    this.path = path;
    Object.defineProperty(this, "raw", { value: details.raw, enumerable: false });
  }
}
