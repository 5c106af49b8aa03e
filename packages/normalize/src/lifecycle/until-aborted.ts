import { UserAbortError } from "@agent-tasks/core";
import { untilAborted } from "@agent-tasks/core/internal";

/** `untilAborted` for a call cut short by the caller's `signal`: it rejects with a `UserAbortError` saying `what`. */
export function untilCallerAborts<T>(
  pending: T | PromiseLike<T>,
  signal: AbortSignal | undefined,
  provider: string,
  what: string,
): Promise<T> {
  return untilAborted(
    pending,
    signal,
    (reason) =>
      new UserAbortError(`${what} was aborted by the caller`, {
        provider,
        cause: reason,
      }),
  );
}
