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
 * `true` when a fetch failure happened before the request could be sent (refused, DNS, unreachable). Says nothing
 * of earlier redirect hops: the request layer counts those itself (a hop that answered means the request arrived).
 */
export function failedBeforeSending(error: unknown): boolean {
  return hasErrorCode(error, NOT_SENT_CODES);
}

/** Whether `error`, or one of the first causes below it (five levels at most), has one of `codes` as its `code`. */
export function hasErrorCode(error: unknown, codes: readonly string[]): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === "object" && current !== null; depth++) {
    if (codes.includes((current as { code?: unknown }).code as string)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/** Capped exponential backoff with jitter: about 0.5 s, 1 s, 2 s ... up to 8 s, each cut by up to a quarter. */
export function backoffDelayMs(retryNumber: number, random: () => number = Math.random): number {
  const base = Math.min(INITIAL_BACKOFF_MS * 2 ** Math.max(0, retryNumber - 1), MAX_BACKOFF_MS);
  return Math.round(base * (1 - 0.25 * random()));
}

// Longer values are unreadable. Real ones are far shorter (an HTTP date is 29 characters, RFC 850's at most 33),
// and checking the length first keeps every regex and Date.parse below on short input, whatever a server sends.
const MAX_RETRY_AFTER_LENGTH = 64;
// IMF-fixdate, RFC 850 and asctime all name the month and give the time as hh:mm:ss. Two separate checks, not
// one `month.*time` pattern: that one backtracked quadratically on long text full of month names.
const MONTH_NAME = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\b/i;
const CLOCK_TIME = /\b\d\d:\d\d:\d\d\b/;
// A plain decimal number, maybe padded: no sign, exponent or hex.
const DECIMAL = /^\s*\d+(\.\d+)?\s*$/;

/** `headers.get(name)`, or `""` when absent or longer than any real Retry-After value. */
function shortHeader(headers: Headers, name: string): string {
  const value = headers.get(name) ?? "";
  return value.length <= MAX_RETRY_AFTER_LENGTH ? value : "";
}

/**
 * The wait a response asks for: `retry-after-ms` (milliseconds), else `Retry-After` in seconds or as an
 * HTTP date. Always a finite number of milliseconds, or `null` when absent or unreadable (including values over
 * 64 characters, so a hostile header costs no more than a real one).
 */
export function parseRetryAfterMs(headers: Headers, now: number = Date.now()): number | null {
  const milliseconds = shortHeader(headers, "retry-after-ms");
  if (DECIMAL.test(milliseconds)) return Math.ceil(Number(milliseconds));
  const retryAfter = shortHeader(headers, "retry-after");
  if (DECIMAL.test(retryAfter)) return Math.ceil(Number(retryAfter) * 1000);
  // Date.parse is lenient ("-5" is 1 May 2001), so only text shaped like an HTTP date is read as one.
  if (!MONTH_NAME.test(retryAfter) || !CLOCK_TIME.test(retryAfter)) return null;
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
