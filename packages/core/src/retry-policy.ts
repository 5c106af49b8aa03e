import { ApiConnectionError, ApiError, InvalidResponseError } from "./api-errors.js";

/** First retry waits about this long; each later one doubles it, up to `MAX_BACKOFF_MS`. */
export const INITIAL_BACKOFF_MS = 500;
export const MAX_BACKOFF_MS = 8_000;

/** 408, 409, 429 and every 5xx: the server either did not act, or may act differently next time. */
export function isRetryableStatus(status: number): boolean {
  return isRefusedBeforeProcessing(status) || status >= 500;
}

/**
 * POST and PATCH can start paid work, and none of these APIs takes an idempotency key,
 * so they are only retried when the server cannot have acted on them.
 */
export function isIdempotentMethod(method: string): boolean {
  const upper = method.toUpperCase();
  return upper !== "POST" && upper !== "PATCH";
}

/** Statuses that say the request was refused before any work was done, so even a POST may be sent again. */
export function isRefusedBeforeProcessing(status: number): boolean {
  return status === 408 || status === 409 || status === 429;
}

// Errors where no byte of the request can have reached the server.
const NOT_SENT_CODES = [
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ENETUNREACH",
  "EHOSTUNREACH",
  "UND_ERR_CONNECT_TIMEOUT",
];

/**
 * Wraps a fetch failure that happened after the request may already have reached a server (a redirect hop after
 * the first: the first hop's server answered, so it may have acted), so that `failedBeforeSending` says `false`
 * whatever the failure's own code is. The original error stays the `cause`; the mark (`sent`) is an own enumerable
 * field, so it survives `redactErrorChain`'s copy.
 */
export function markMayHaveBeenSent(error: unknown): Error {
  return Object.assign(new Error("the redirect target failed", { cause: error }), { sent: true });
}

// Responses from a redirect hop after the first: an earlier hop's server already got the request.
const answeredAfterRedirect = new WeakSet<Response>();

/**
 * Marks a response that a redirect hop after the first answered. Its status (even a 408/409/429 "refused before
 * processing") speaks only for that hop: the first hop's server got the request and may have acted on it, so
 * `mayHaveBeenProcessedBefore` says `true` and a POST is not sent again.
 */
export function markAnsweredAfterRedirect(response: Response): Response {
  answeredAfterRedirect.add(response);
  return response;
}

/** Whether `response` came from a redirect hop after the first (`markAnsweredAfterRedirect`). */
export function mayHaveBeenProcessedBefore(response: Response): boolean {
  return answeredAfterRedirect.has(response);
}

/**
 * `true` when a fetch failure happened before the request could be sent (refused, DNS, unreachable). An error
 * marked by `markMayHaveBeenSent` anywhere above the code in its cause chain is never "before sending".
 */
export function failedBeforeSending(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === "object" && current !== null; depth++) {
    if ((current as { sent?: unknown }).sent === true) return false;
    if (NOT_SENT_CODES.includes((current as { code?: unknown }).code as string)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/** Capped exponential backoff with jitter: about 0.5 s, 1 s, 2 s ... up to 8 s, each cut by up to a quarter. */
export function backoffDelayMs(retryNumber: number, random: () => number = Math.random): number {
  const base = Math.min(INITIAL_BACKOFF_MS * 2 ** Math.max(0, retryNumber - 1), MAX_BACKOFF_MS);
  return Math.round(base * (1 - 0.25 * random()));
}

// IMF-fixdate, RFC 850 and asctime all name the month and give the time as hh:mm:ss.
const HTTP_DATE_SHAPE = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\b.*\b\d\d:\d\d:\d\d\b/i;
// A plain decimal number, maybe padded: no sign, exponent or hex.
const DECIMAL = /^\s*\d+(\.\d+)?\s*$/;

/**
 * The wait a response asks for: `retry-after-ms` (milliseconds), else `Retry-After` in seconds or as an
 * HTTP date. `null` when absent or unreadable.
 */
export function parseRetryAfterMs(headers: Headers, now: number = Date.now()): number | null {
  const milliseconds = headers.get("retry-after-ms") ?? "";
  if (DECIMAL.test(milliseconds)) return Math.ceil(Number(milliseconds));
  const retryAfter = headers.get("retry-after") ?? "";
  if (DECIMAL.test(retryAfter)) return Math.ceil(Number(retryAfter) * 1000);
  // Date.parse is lenient ("-5" is 1 May 2001), so only text shaped like an HTTP date is read as one.
  if (!HTTP_DATE_SHAPE.test(retryAfter)) return null;
  const date = Date.parse(retryAfter);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/**
 * Whether an error is worth trying again later: no response, a timeout, a malformed response,
 * or a 408/409/429/5xx. Bad requests, auth failures, 404 and 422 are permanent.
 */
export function isTransientError(error: unknown): boolean {
  if (error instanceof ApiConnectionError || error instanceof InvalidResponseError) return true;
  return error instanceof ApiError && error.status !== null && isRetryableStatus(error.status);
}
