import { AgentTasksError } from "./errors.js";

/** What every request error knows about the call that failed. */
export interface ApiErrorDetails {
  provider: string;
  /** HTTP status, or `null` when no response arrived (connection failure, timeout). */
  status: number | null;
  method: string;
  /** The URL that was called. Keys never travel in URLs, so it is safe to show. */
  url: string;
  /** `x-request-id` (or a similar header), else the body's `traceId` (BrowserAct), else `null`. */
  requestId?: string | null;
  /** The provider's error code from the body (BrowserAct `code`), as a string. */
  code?: string | null;
  /** The parsed error body, or its text when it was not JSON. Any echo of the API key is redacted, escaped forms too. */
  body?: unknown;
  cause?: unknown;
}

/** Base class of every error a request can end in: an HTTP error status, a bad response, no response at all. */
export class ApiError extends AgentTasksError {
  static override readonly name: string = "ApiError";

  declare readonly provider: string;
  declare readonly status: number | null;
  declare readonly method: string;
  declare readonly url: string;
  declare readonly requestId: string | null;
  declare readonly code: string | null;
  declare readonly body: unknown;

  constructor(message: string, details: ApiErrorDetails) {
    super(message, details);
    for (const field of ["status", "method", "url", "requestId", "code", "body"] as const) {
      (this as Record<string, unknown>)[field] = details[field] ?? null;
    }
  }
}

/** HTTP 400. */
export class BadRequestError extends ApiError {
  static override readonly name: string = "BadRequestError";
}
/** HTTP 401: the key is missing, wrong or revoked. */
export class AuthenticationError extends ApiError {
  static override readonly name: string = "AuthenticationError";
}
/** HTTP 403: the key is valid but may not do this. */
export class PermissionDeniedError extends ApiError {
  static override readonly name: string = "PermissionDeniedError";
}
/** HTTP 404. */
export class NotFoundError extends ApiError {
  static override readonly name: string = "NotFoundError";
}
/** HTTP 409. */
export class ConflictError extends ApiError {
  static override readonly name: string = "ConflictError";
}
/** HTTP 422: the provider understood the request but rejected its content. */
export class UnprocessableEntityError extends ApiError {
  static override readonly name: string = "UnprocessableEntityError";
}

/** HTTP 429. `retryAfterMs` is the wait the client honours before trying again, when the provider asked for one. */
export class RateLimitError extends ApiError {
  static override readonly name: string = "RateLimitError";

  /**
   * The provider's `Retry-After`/`retry-after-ms`, cut to the client's `maxRetryAfterMs` (the wait the client
   * honours), or `null` when it sent none. The header itself stays on `result.response.headers`.
   */
  declare readonly retryAfterMs: number | null;

  constructor(message: string, details: ApiErrorDetails & { retryAfterMs?: number | null }) {
    super(message, details);
    this.retryAfterMs = details.retryAfterMs ?? null;
  }
}

/**
 * HTTP 429 on a start: the plan's task slots are all taken ("Too many concurrent active sessions"), so no new
 * task can start until one ends. Not a rate limit: waiting a second does not help, a task ending does. Use a
 * task-slot limiter (`createTaskSlots` in `@agent-tasks/normalize`) to stay under the plan's limit.
 */
export class ConcurrencyLimitError extends ApiError {
  static override readonly name: string = "ConcurrencyLimitError";

  /** Builds one from the `RateLimitError` the start request ended in, keeping its details and body. */
  static fromRateLimit(error: RateLimitError): ConcurrencyLimitError {
    return new ConcurrencyLimitError(
      `${error.provider} refused to start another task: every task slot of the plan is in use (${error.message})`,
      {
        provider: error.provider,
        status: error.status,
        method: error.method,
        url: error.url,
        requestId: error.requestId,
        code: error.code,
        body: error.body,
        cause: error,
      },
    );
  }
}

/** HTTP 5xx, including an HTML error page from a proxy in front of the API. */
export class ServerError extends ApiError {
  static override readonly name: string = "ServerError";
}

/** A 2xx response whose body cannot be what the API promised: empty, not JSON, or truncated JSON. */
export class InvalidResponseError extends ApiError {
  static override readonly name: string = "InvalidResponseError";
}

/**
 * A response body was longer than the client's `maxResponseBytes` (counted after decompression), so reading
 * stopped there and the rest was never held in memory. Not retried: the same request would get the same body.
 */
export class ResponseTooLargeError extends ApiError {
  static override readonly name: string = "ResponseTooLargeError";

  /** The limit that was reached, in bytes. */
  declare readonly maxResponseBytes: number;

  constructor(message: string, details: ApiErrorDetails & { maxResponseBytes: number }) {
    super(message, details);
    this.maxResponseBytes = details.maxResponseBytes;
  }
}

/** No response arrived: DNS, refused or reset connection, TLS. */
export class ApiConnectionError extends ApiError {
  static override readonly name: string = "ApiConnectionError";
}

/** One attempt took longer than `timeoutMs`. A kind of connection error, so it is retried like one. */
export class ApiTimeoutError extends ApiConnectionError {
  static override readonly name: string = "ApiTimeoutError";

  declare readonly timeoutMs: number;

  constructor(message: string, details: ApiErrorDetails & { timeoutMs: number }) {
    super(message, details);
    this.timeoutMs = details.timeoutMs;
  }
}

/** The caller's `AbortSignal` fired. `cause` is the signal's reason. */
export class UserAbortError extends AgentTasksError {
  static override readonly name: string = "UserAbortError";
}

const errorClassByStatus: Readonly<Record<number, typeof ApiError>> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

/** The error class for an HTTP status: one per meaning, `ServerError` for any 5xx, `ApiError` for the rest. */
export function errorClassForStatus(status: number): typeof ApiError {
  return errorClassByStatus[status] ?? (status >= 500 ? ServerError : ApiError);
}
