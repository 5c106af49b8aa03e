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
  /**
   * Set when the `error` served for the call's response is an `UnexpectedErrorBody` wrapping the error body it came
   * with: that body (the text when it was not JSON, else the parsed JSON, both redacted), for `unwrap`.
   */
  receivedErrorBody?: { body: unknown } | undefined;
}

const contexts = new WeakMap<Response, RequestContext>();

export function rememberRequestContext(response: Response, context: RequestContext): void {
  contexts.set(response, context);
}

/** The context of a response this package's clients returned, else one read off the response itself. */
export function requestContextOf(response: Response): RequestContext {
  return contexts.get(response) ?? { provider: "unknown", displayName: "API", method: "request", url: response.url };
}
