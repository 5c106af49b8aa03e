import {
  AuthenticationError,
  InvalidClientOptionError,
  MissingApiKeyError,
  NotFoundError,
  PermissionDeniedError,
} from "@agent-tasks/core";
import type { AgentTaskStatus } from "@agent-tasks/normalize";
import { UsageError } from "./errors.js";

/** The exit codes, by outcome (also in `--help`). */
export const EXIT = {
  completed: 0,
  failed: 1,
  stoppedOrTimedOut: 2,
  usage: 3,
  authOrNotFound: 4,
} as const;

export const exitCodesHelp = `Exit codes:
  0  the task completed (or the command did what it was asked)
  1  the task failed, or the provider could not be reached
  2  the task was stopped, or following it timed out or was interrupted
  3  usage error (unknown provider, command or option; bad --input)
  4  no API key, a key the provider refused, or no such task`;

/** The exit code of a followed task's final status. */
export function exitForStatus(status: AgentTaskStatus): number {
  if (status === "completed") return EXIT.completed;
  if (status === "stopped") return EXIT.stoppedOrTimedOut;
  return EXIT.failed;
}

/** The exit code of an error that ended a command. */
export function exitForError(error: unknown): number {
  if (error instanceof UsageError || error instanceof InvalidClientOptionError) return EXIT.usage;
  if (
    error instanceof MissingApiKeyError ||
    error instanceof AuthenticationError ||
    error instanceof PermissionDeniedError ||
    error instanceof NotFoundError
  ) {
    return EXIT.authOrNotFound;
  }
  return EXIT.failed;
}
