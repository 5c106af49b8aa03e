import { abortableSleep } from "./abortable-sleep.js";
import { ApiConnectionError, ApiTimeoutError, UserAbortError } from "./api-errors.js";
import { ConcurrencyLimiter } from "./concurrency-limiter.js";
import { createAuthenticatedTransport, type FetchLike } from "./create-authenticated-fetch.js";
import type { ProviderClientOptions, ProviderDescriptor } from "./create-provider-client.js";
import { callError, parseJsonBody } from "./error-from-response.js";
import { AgentTasksError } from "./errors.js";
import { type PreparedRequest, type RequestParts, requestParts } from "./prepared-request.js";
import { REDACTED, redactErrorChain, redactHeaders, redactSecret } from "./redact.js";
import { type RequestContext, rememberRequestContext } from "./response-context.js";
import {
  backoffDelayMs,
  failedBeforeSending,
  isIdempotentMethod,
  isRefusedBeforeProcessing,
  isRetryableStatus,
  parseRetryAfterMs,
} from "./retry-policy.js";
import { securityHeaderName } from "./security-scheme.js";

/** Fields every `RequestEvent` has. */
export interface RequestEventBase {
  provider: string;
  method: string;
  url: string;
  /** 1 for the first try, 2 for the first retry... */
  attempt: number;
}

/** What the `onRequestEvent` hook sees. Credentials in `headers` are `[redacted]`; keys never travel in URLs. */
export type RequestEvent =
  | (RequestEventBase & { type: "request"; headers: Record<string, string> })
  | (RequestEventBase & { type: "response"; status: number; durationMs: number; requestId: string | null })
  | (RequestEventBase & { type: "retry"; delayMs: number; reason: string })
  | (RequestEventBase & { type: "error"; durationMs: number; error: AgentTasksError });

/** Per-call settings; each falls back to the client's. */
export interface CallOptions {
  maxRetries?: number | undefined;
  timeoutMs?: number | undefined;
  /** `false` when the caller asked openapi-fetch for text, a blob or a stream. */
  expectJson?: boolean | undefined;
  /** Replaces the client's transport (but not its auth, retries or timeouts) for this call. */
  fetch?: FetchLike | undefined;
  /** The caller's signal: aborts the call at once, backoff sleeps and the wait for a slot included. */
  signal?: AbortSignal | null | undefined;
}

/** The defaults of the request-layer options. */
export const requestLayerDefaults = {
  maxRetries: 2,
  timeoutMs: 60_000,
  maxConcurrentRequests: 32,
  maxRetryAfterMs: 60_000,
} as const;

// `text` is `null` when the body was left unread: no body, or a success the caller wants as a blob or stream.
type AttemptOutcome = { response: Response; text: string | null } | { error: AgentTasksError };

// setTimeout cannot wait longer than this; longer timeouts mean "none".
const MAX_TIMER_MS = 2 ** 31 - 1;
const NULL_BODY_STATUSES = [101, 204, 205, 304];

function describeCause(cause: unknown): string {
  if (!(cause instanceof Error)) return String(cause);
  return cause.cause instanceof Error ? `${cause.message}: ${cause.cause.message}` : cause.message;
}

/**
 * Lets openapi-fetch (and the caller, through `result.response`) read a body the layer has already read,
 * without building a second `Response` or parsing the JSON twice. `clone()` still gives a fresh, unread copy.
 */
function serveReadBody(response: Response, text: string, parse: () => unknown): void {
  const method = (value: unknown) => ({ value, configurable: true });
  Object.defineProperties(response, {
    text: method(async () => text),
    json: method(async () => parse()),
    clone: method(() => new Response(text, response)),
  });
}

/**
 * The request layer every client shares: per-attempt timeouts joined with the caller's signal, retries with
 * capped jittered backoff that honour `Retry-After`, a shared limit on requests in flight, typed errors
 * for responses that are not the promised JSON, and the key redacted from error bodies.
 */
export function createRequestLayer(
  { provider, displayName, security }: ProviderDescriptor,
  apiKey: string,
  baseUrl: string,
  options: ProviderClientOptions,
) {
  const { fetch: customFetch, onRequestEvent } = options;
  const transport = createAuthenticatedTransport({
    provider,
    security,
    apiKey,
    apiOrigin: baseUrl,
    // Without a custom fetch, `globalThis.fetch` is looked up per request (so msw works) and given URL and init.
    getFetch: customFetch && (() => customFetch),
  });
  const limiter = new ConcurrencyLimiter(options.maxConcurrentRequests ?? requestLayerDefaults.maxConcurrentRequests);
  const keyHeader = securityHeaderName(security).toLowerCase();
  const redact = (shown: string) => redactSecret(shown, apiKey);
  /** Tells the `onRequestEvent` hook about `attempt` of the call in `context`. */
  const emit = <Type extends RequestEvent["type"]>(
    type: Type,
    { method, url }: RequestContext,
    attempt: number,
    fields: Omit<Extract<RequestEvent, { type: Type }>, keyof RequestEventBase | "type">,
  ) => {
    try {
      onRequestEvent?.({ type, provider, method, url, attempt, ...fields } as unknown as RequestEvent);
    } catch {
      // A broken logger must not fail the request it is logging.
    }
  };
  const userAbort = (context: RequestContext, reason: unknown) =>
    callError(UserAbortError, context, "was aborted by the caller", { cause: reason });
  /** `promise`, or a `UserAbortError` for the call in `context` when the caller's signal cuts it short. */
  const abortedWhile = <T>(context: RequestContext, promise: Promise<T>) =>
    promise.catch((reason: unknown) => {
      throw userAbort(context, reason);
    });

  async function runAttempt(
    context: RequestContext,
    parts: RequestParts,
    signal: AbortSignal | undefined,
    attempt: number,
    timeoutMs: number,
    call: CallOptions,
  ): Promise<AttemptOutcome> {
    const { method } = context;
    // Without a timeout or a caller's signal nothing can abort an attempt, and a signal costs undici real time.
    const controller = timeoutMs < MAX_TIMER_MS || signal ? new AbortController() : undefined;
    let timedOut = false;
    // Rejects a body read in progress: a fetch that does not tie its body stream to the signal (a custom
    // `fetch`, a mock) would otherwise let a body that never ends outlast the timeout or the caller's abort.
    let stopBodyRead: ((reason: unknown) => void) | undefined;
    const abortAttempt = (reason?: unknown) => {
      controller?.abort(reason);
      stopBodyRead?.(reason);
    };
    const timer =
      timeoutMs < MAX_TIMER_MS
        ? setTimeout(() => {
            timedOut = true;
            abortAttempt();
          }, timeoutMs)
        : undefined;
    const onCallerAbort = () => abortAttempt(signal?.reason);
    signal?.addEventListener("abort", onCallerAbort, { once: true });
    // Without a hook, no clock is read and no headers are copied.
    const startedAt = onRequestEvent ? performance.now() : 0;
    if (onRequestEvent) {
      const headers = redactHeaders(new Headers(parts.headers), keyHeader);
      emit("request", context, attempt, { headers: { ...headers, [keyHeader]: REDACTED } });
    }
    try {
      const response = await transport({ ...parts, signal: controller?.signal }, call.fetch);
      const { ok, status } = response;
      // The layer reads every error body (to redact and describe it), and successes only as JSON.
      const text =
        method !== "HEAD" && !NULL_BODY_STATUSES.includes(status) && (!ok || call.expectJson !== false)
          ? await new Promise<string>((resolve, reject) => {
              stopBodyRead = reject;
              response.text().then(resolve, reject);
            })
          : null;
      if (onRequestEvent) {
        const requestId = response.headers.get("x-request-id");
        emit("response", context, attempt, { status, durationMs: performance.now() - startedAt, requestId });
      }
      return { response, text };
    } catch (cause) {
      const error = signal?.aborted
        ? userAbort(context, signal.reason)
        : timedOut
          ? callError(ApiTimeoutError, context, `timed out after ${timeoutMs} ms (attempt ${attempt})`, { timeoutMs })
          : cause instanceof AgentTasksError
            ? cause
            : callError(ApiConnectionError, context, `got no response: ${redact(describeCause(cause))}`, {
                cause: redactErrorChain(cause, apiKey),
              });
      if (onRequestEvent) emit("error", context, attempt, { durationMs: performance.now() - startedAt, error });
      return { error };
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener("abort", onCallerAbort);
    }
  }

  /** The response handed back to openapi-fetch: JSON parsed once, error bodies redacted, context remembered. */
  function settle(context: RequestContext, response: Response, text: string | null): Response {
    if (text !== null && response.ok) {
      const body = parseJsonBody(context, response, text, redact);
      if (!body.ok) throw body.error;
      serveReadBody(response, text, () => body.value);
    } else if (text !== null) {
      const redacted = redact(text);
      serveReadBody(response, redacted, () => JSON.parse(redacted));
    }
    rememberRequestContext(response, context);
    return response;
  }

  /** Sends `request` (as openapi-fetch built it) through timeouts, retries and the in-flight limit. */
  async function send(request: Request | PreparedRequest, call: CallOptions = {}): Promise<Response> {
    const maxRetries = call.maxRetries ?? options.maxRetries ?? requestLayerDefaults.maxRetries;
    const timeoutMs = call.timeoutMs ?? options.timeoutMs ?? requestLayerDefaults.timeoutMs;
    const { method, url } = request;
    const context: RequestContext = { provider, displayName, method, url };
    const signal = call.signal ?? undefined;
    // Read once, so every attempt can send its own copy.
    const parts = await requestParts(request);

    for (let attempt = 1; ; attempt++) {
      if (signal?.aborted) throw userAbort(context, signal.reason);
      const release = limiter.tryAcquire() ?? (await abortedWhile(context, limiter.acquire(signal)));
      let outcome: AttemptOutcome;
      try {
        outcome = await runAttempt(context, parts, signal, attempt, timeoutMs, call);
      } finally {
        release();
      }
      const retriesLeft = attempt <= maxRetries;

      let delayMs: number;
      let reason: string;
      if ("error" in outcome) {
        const { error } = outcome;
        const retryable =
          error instanceof ApiConnectionError && (isIdempotentMethod(method) || failedBeforeSending(error.cause));
        if (!retriesLeft || !retryable) throw error;
        delayMs = backoffDelayMs(attempt);
        reason = error.name;
      } else {
        const { response, text } = outcome;
        const { status } = response;
        const retryable =
          isRetryableStatus(status) && (isIdempotentMethod(method) || isRefusedBeforeProcessing(status));
        if (!retriesLeft || !retryable) return settle(context, response, text);
        const retryAfterMs = parseRetryAfterMs(response.headers);
        delayMs =
          retryAfterMs === null
            ? backoffDelayMs(attempt)
            : Math.min(retryAfterMs, options.maxRetryAfterMs ?? requestLayerDefaults.maxRetryAfterMs);
        reason = `HTTP ${status}`;
      }

      emit("retry", context, attempt, { delayMs, reason });
      await abortedWhile(context, abortableSleep(delayMs, signal));
    }
  }

  return { send };
}
