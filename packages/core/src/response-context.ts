/** What the request layer knows about a call, kept beside its response so `unwrap` can build a precise error. */
export interface RequestContext {
  provider: string;
  displayName: string;
  method: string;
  url: string;
  /** Replaces the client's key with `[redacted]` in anything shown (absent for a response of another client). */
  redact?: ((shown: string) => string) | undefined;
  /** The client's `maxRetryAfterMs`: the longest `Retry-After` it honours. */
  maxRetryAfterMs?: number | undefined;
  /** Set when the call ends after more than one attempt: how many, and over how long (ms), for its error's message. */
  attempts?: { count: number; elapsedMs: number } | undefined;
}

const contexts = new WeakMap<Response, RequestContext>();

export function rememberRequestContext(response: Response, context: RequestContext): void {
  contexts.set(response, context);
}

/** The context of a response this package's clients returned, else one read off the response itself. */
export function requestContextOf(response: Response): RequestContext {
  return contexts.get(response) ?? { provider: "unknown", displayName: "API", method: "request", url: response.url };
}

// The error body each response whose `error` was wrapped in an `UnexpectedErrorBody` came with (redacted).
const receivedErrorBodies = new WeakMap<Response, unknown>();

/** Remembers the body `response` came with, when the `error` served for it is an `UnexpectedErrorBody` wrapping it. */
export function rememberReceivedErrorBody(response: Response, body: unknown): void {
  receivedErrorBodies.set(response, body);
}

/**
 * The error body `response` came with, when its `error` is an `UnexpectedErrorBody`: the text when it was not
 * JSON, else the parsed JSON (both redacted), for `unwrap`. `undefined` when `error` is the body itself.
 */
export function receivedErrorBody(response: Response): { body: unknown } | undefined {
  return receivedErrorBodies.has(response) ? { body: receivedErrorBodies.get(response) } : undefined;
}
