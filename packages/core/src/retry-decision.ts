import { ApiConnectionError } from "./api-errors.js";
import type { AttemptOutcome } from "./request-attempt.js";
import {
  backoffDelayMs,
  failedBeforeSending,
  isIdempotentMethod,
  isRefusedBeforeProcessing,
  isRetryableStatus,
  parseRetryAfterMs,
} from "./retry-policy.js";

/** A retry to make: after `delayMs`, for `reason` (the fields of the `retry` event). */
export interface RetryDecision {
  delayMs: number;
  reason: string;
}

/**
 * Whether to retry after `attempt` ended in `outcome`, given retries are left: connection failures when the
 * request is idempotent or never left, retryable statuses when idempotent or refused before processing.
 * `reached` says whether the call (any attempt, any redirect hop) already arrived at a server that may have acted
 * on it: then a POST or PATCH is never sent again, whatever the last hop's error or status says.
 * `null` means the outcome is final. `Retry-After` is honoured up to `maxRetryAfterMs`; one that is not a finite
 * number is unreadable and backs off as usual. Under `maxRetryAfterMs: Infinity` the delay can exceed setTimeout's
 * 2^31-1 ms limit: `abortableSleep` waits it in full (or until the caller aborts), not 1 ms.
 */
export function decideRetry(
  outcome: AttemptOutcome,
  method: string,
  attempt: number,
  maxRetryAfterMs: number,
  reached: boolean,
): RetryDecision | null {
  const idempotent = isIdempotentMethod(method);
  if ("error" in outcome) {
    const { error } = outcome;
    const retryable =
      error instanceof ApiConnectionError && (idempotent || (!reached && failedBeforeSending(error.cause)));
    return retryable ? { delayMs: backoffDelayMs(attempt), reason: error.name } : null;
  }
  const { response } = outcome;
  const { status } = response;
  // A refusal by a redirect target does not mean the first hop's server did nothing.
  const refused = isRefusedBeforeProcessing(status) && !reached;
  const retryable = isRetryableStatus(status) && (idempotent || refused);
  if (!retryable) return null;
  const retryAfterMs = parseRetryAfterMs(response.headers);
  const delayMs = retryAfterMs === null ? backoffDelayMs(attempt) : Math.min(retryAfterMs, maxRetryAfterMs);
  return { delayMs, reason: `HTTP ${status}` };
}
