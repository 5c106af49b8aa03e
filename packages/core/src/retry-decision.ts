import { ApiConnectionError } from "./api-errors.js";
import type { AttemptOutcome } from "./request-attempt.js";
import {
  backoffDelayMs,
  failedBeforeSending,
  isIdempotentMethod,
  isRefusedBeforeProcessing,
  isRetryableStatus,
  mayHaveBeenProcessedBefore,
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
 * `null` means the outcome is final. `Retry-After` is honoured up to `maxRetryAfterMs`.
 */
export function decideRetry(
  outcome: AttemptOutcome,
  method: string,
  attempt: number,
  maxRetryAfterMs: number,
): RetryDecision | null {
  if ("error" in outcome) {
    const { error } = outcome;
    const retryable =
      error instanceof ApiConnectionError && (isIdempotentMethod(method) || failedBeforeSending(error.cause));
    return retryable ? { delayMs: backoffDelayMs(attempt), reason: error.name } : null;
  }
  const { response } = outcome;
  const { status } = response;
  // A refusal by a redirect target does not mean the first hop's server did nothing.
  const refused = isRefusedBeforeProcessing(status) && !mayHaveBeenProcessedBefore(response);
  const retryable = isRetryableStatus(status) && (isIdempotentMethod(method) || refused);
  if (!retryable) return null;
  const retryAfterMs = parseRetryAfterMs(response.headers);
  const delayMs = retryAfterMs === null ? backoffDelayMs(attempt) : Math.min(retryAfterMs, maxRetryAfterMs);
  return { delayMs, reason: `HTTP ${status}` };
}
