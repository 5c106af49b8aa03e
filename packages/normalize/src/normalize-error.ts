import { AgentTasksError } from "@agent-tasks/core";

/** The raw task cannot be normalized: not an object, no id, or an unknown source. */
export class NormalizeError extends AgentTasksError {
  static override readonly name: string = "NormalizeError";

  /** The source that was asked for, as given. */
  readonly source: string;
  /** Where in the raw task the problem is (`"jobId"`, `"(root)"`), or `null` for a bad source. */
  readonly path: string | null;

  constructor(source: string, path: string | null, problem: string) {
    super(`normalizeTask(${JSON.stringify(source)}): ${path === null ? "" : `${path}: `}${problem}`, {
      provider: source,
    });
    this.source = source;
    this.path = path;
  }
}
