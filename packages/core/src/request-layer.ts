import { abortableSleep } from "./abortable-sleep.js";
import { ApiConnectionError, ApiTimeoutError, UserAbortError } from "./api-errors.js";
import type { ConcurrencyLimiter } from "./concurrency-limiter.js";
import {
  type AuthenticatedTransport,
  type FetchLike,
  headersToRecord,
  type OutgoingRequest,
} from "./create-authenticated-fetch.js";
import { describeCall, parseJsonBody } from "./error-from-response.js";
import { AgentTasksError } from "./errors.js";
import type { PreparedRequest } from "./prepared-request.js";
import { redactErrorChain, redactHeaders, redactSecret } from "./redact.js";
import { type RequestContext, rememberRequestContext } from "./response-context.js";
import {
  backoffDelayMs,
  failedBeforeSending,
  isIdempotentMethod,
  isRefusedBeforeProcessing,
  isRetryableStatus,
  parseRetryAfterMs,
} from "./retry-policy.js";

interface EventBase {
  provider: string;
  method: string;
  url: string;
  /** 1 for the first try, 2 for the first retry... */
  attempt: number;
}

/** What the `onRequestEvent` hook sees. Credentials in `headers` are `[redacted]`; keys never travel in URLs. */
export type RequestEvent =
  | (EventBase & { type: "request"; headers: Record<string, string> })
  | (EventBase & { type: "response"; status: number; durationMs: number; requestId: string | null })
  | (EventBase & { type: "retry"; delayMs: number; reason: string })
  | (EventBase & { type: "error"; durationMs: number; error: AgentTasksError });

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

export interface RequestLayerConfig {
  provider: string;
  displayName: string;
  apiKey: string;
  keyHeaderName: string;
  /** Sends one attempt: adds the key and follows redirects safely. */
  transport: AuthenticatedTransport;
  maxRetries: number;
  timeoutMs: number;
  maxRetryAfterMs: number;
  limiter: ConcurrencyLimiter;
  onRequestEvent: ((event: RequestEvent) => void) | undefined;
}

// `text` is `null` when the body was left unread: no body, or a success the caller wants as a blob or stream.
type AttemptOutcome = { response: Response; text: string | null } | { error: AgentTasksError };

// setTimeout cannot wait longer than this; longer timeouts mean "none".
const MAX_TIMER_MS = 2 ** 31 - 1;
const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

function emit(config: RequestLayerConfig, event: RequestEvent): void {
  if (config.onRequestEvent === undefined) return;
  try {
    config.onRequestEvent(event);
  } catch {
    // A broken logger must not fail the request it is logging.
  }
}

function canRetryFailure(error: AgentTasksError, method: string): boolean {
  if (error instanceof ApiTimeoutError) return isIdempotentMethod(method);
  if (error instanceof ApiConnectionError) return isIdempotentMethod(method) || failedBeforeSending(error.cause);
  return false;
}

function canRetryStatus(status: number, method: string): boolean {
  return isRetryableStatus(status) && (isIdempotentMethod(method) || isRefusedBeforeProcessing(status));
}

function userAbort(context: RequestContext, reason: unknown): UserAbortError {
  return new UserAbortError(`${context.displayName}: ${describeCall(context)} was aborted by the caller`, {
    provider: context.provider,
    cause: reason,
  });
}

function describeCause(cause: unknown): string {
  if (cause instanceof Error) {
    const inner = cause.cause instanceof Error ? `: ${cause.cause.message}` : "";
    return `${cause.message}${inner}`;
  }
  return String(cause);
}

/** The request body in a form every attempt can send again: strings and buffers as they are, streams read once. */
async function reusableBody(request: Request | PreparedRequest): Promise<BodyInit | null> {
  if (request instanceof Request) return request.body === null ? null : await request.arrayBuffer();
  const body = request.body;
  if (body instanceof ReadableStream) return await new Response(body).arrayBuffer();
  return body;
}

/** Whether the layer reads the body: always for errors (to redact and describe them), for successes only as JSON. */
function shouldReadBody(response: Response, method: string, expectJson: boolean): boolean {
  if (method === "HEAD" || NULL_BODY_STATUSES.has(response.status)) return false;
  return !response.ok || expectJson;
}

/**
 * Lets openapi-fetch (and the caller, through `result.response`) read a body the layer has already read,
 * without building a second `Response` or parsing the JSON twice. `clone()` still gives a fresh, unread copy.
 */
function serveReadBody(response: Response, text: string, parse: () => unknown): void {
  const { status, statusText, headers } = response;
  Object.defineProperties(response, {
    text: { value: () => Promise.resolve(text), configurable: true },
    json: { value: async () => parse(), configurable: true },
    clone: { value: () => new Response(text, { status, statusText, headers }), configurable: true },
  });
}

/**
 * The request layer every client shares: per-attempt timeouts joined with the caller's signal, retries with
 * capped jittered backoff that honour `Retry-After`, a shared limit on requests in flight, typed errors
 * for responses that are not the promised JSON, and the key redacted from error bodies.
 */
export function createRequestLayer(config: RequestLayerConfig) {
  const hooked = config.onRequestEvent !== undefined;

  async function runAttempt(
    context: RequestContext,
    outgoing: Request | Omit<OutgoingRequest, "signal">,
    controller: AbortController | undefined,
    signal: AbortSignal | undefined,
    attempt: number,
    timeoutMs: number,
    call: CallOptions,
  ): Promise<AttemptOutcome> {
    let timedOut = false;
    // Rejects a body read in progress: a fetch that does not tie its body stream to the signal (a custom
    // `fetch`, a mock) would otherwise let a body that never ends outlast the timeout or the caller's abort.
    let stopBodyRead: ((reason: unknown) => void) | undefined;
    const abortAttempt = (reason?: unknown) => {
      controller?.abort(reason);
      stopBodyRead?.(reason ?? new Error("aborted"));
    };
    const timer =
      timeoutMs < MAX_TIMER_MS
        ? setTimeout(() => {
            timedOut = true;
            abortAttempt();
          }, timeoutMs)
        : undefined;
    const onCallerAbort = signal === undefined ? undefined : () => abortAttempt(signal.reason);
    if (onCallerAbort !== undefined) signal?.addEventListener("abort", onCallerAbort, { once: true });
    const startedAt = hooked ? performance.now() : 0;
    const eventBase = hooked ? { provider: context.provider, method: context.method, url: context.url, attempt } : null;
    if (eventBase !== null) {
      const sentHeaders = outgoing instanceof Request ? outgoing.headers : new Headers(outgoing.headers);
      const headers = redactHeaders(sentHeaders, config.keyHeaderName);
      headers[config.keyHeaderName.toLowerCase()] = "[redacted]";
      emit(config, { type: "request", ...eventBase, headers });
    }
    try {
      const response =
        outgoing instanceof Request
          ? await config.transport(outgoing, call.fetch, controller?.signal)
          : await config.transport({ ...outgoing, signal: controller?.signal }, call.fetch);
      const text = shouldReadBody(response, context.method, call.expectJson !== false)
        ? await new Promise<string>((resolve, reject) => {
            stopBodyRead = reject;
            response.text().then(resolve, reject);
          })
        : null;
      if (eventBase !== null) {
        emit(config, {
          type: "response",
          ...eventBase,
          status: response.status,
          durationMs: performance.now() - startedAt,
          requestId: response.headers.get("x-request-id"),
        });
      }
      return { response, text };
    } catch (cause) {
      let error: AgentTasksError;
      if (signal?.aborted) {
        error = userAbort(context, signal.reason);
      } else if (timedOut) {
        error = new ApiTimeoutError(
          `${config.displayName}: ${describeCall(context)} timed out after ${timeoutMs} ms (attempt ${attempt})`,
          { provider: context.provider, status: null, method: context.method, url: context.url, timeoutMs },
        );
      } else if (cause instanceof AgentTasksError) {
        error = cause;
      } else {
        error = new ApiConnectionError(
          `${config.displayName}: ${describeCall(context)} got no response: ${redactSecret(describeCause(cause), config.apiKey)}`,
          {
            provider: context.provider,
            status: null,
            method: context.method,
            url: context.url,
            cause: redactErrorChain(cause, config.apiKey),
          },
        );
      }
      if (eventBase !== null) {
        emit(config, { type: "error", ...eventBase, durationMs: performance.now() - startedAt, error });
      }
      return { error };
    } finally {
      clearTimeout(timer);
      if (onCallerAbort !== undefined) signal?.removeEventListener("abort", onCallerAbort);
    }
  }

  /** The response handed back to openapi-fetch: JSON parsed once, error bodies redacted, context remembered. */
  function settle(context: RequestContext, response: Response, text: string | null): Response {
    if (text !== null) {
      if (response.ok) {
        const body = parseJsonBody(context, response, text, (shown) => redactSecret(shown, config.apiKey));
        if (!body.ok) throw body.error;
        serveReadBody(response, text, () => body.value);
      } else {
        const redacted = redactSecret(text, config.apiKey);
        serveReadBody(response, redacted, () => JSON.parse(redacted));
      }
    }
    rememberRequestContext(response, context);
    return response;
  }

  /** Sends `request` (as openapi-fetch built it) through timeouts, retries and the in-flight limit. */
  async function send(request: Request | PreparedRequest, call: CallOptions = {}): Promise<Response> {
    const maxRetries = call.maxRetries ?? config.maxRetries;
    const timeoutMs = call.timeoutMs ?? config.timeoutMs;
    const context: RequestContext = {
      provider: config.provider,
      displayName: config.displayName,
      method: request.method,
      url: request.url,
    };
    const signal = call.signal ?? undefined;
    // Without a timeout or a caller's signal nothing can abort an attempt, and a signal costs undici real time.
    const abortable = timeoutMs < MAX_TIMER_MS || signal !== undefined;
    // A body-less `Request` built with manual redirects (as the client builds them) is sent as it is the first time.
    const asBuilt =
      request instanceof Request && request.body === null && request.redirect === "manual" ? request : null;
    // Read once, so every later attempt can send its own copy.
    const body = await reusableBody(request);
    let parts: Omit<OutgoingRequest, "signal"> | undefined;
    const partsOf = () => {
      parts ??= { url: request.url, method: request.method, headers: headersToRecord(request.headers), body };
      return parts;
    };

    for (let attempt = 1; ; attempt++) {
      if (signal?.aborted) throw userAbort(context, signal.reason);
      let release = config.limiter.tryAcquire();
      if (release === null) {
        try {
          release = await config.limiter.acquire(signal);
        } catch (reason) {
          throw userAbort(context, reason);
        }
      }
      let outcome: AttemptOutcome;
      try {
        const controller = abortable ? new AbortController() : undefined;
        outcome = await runAttempt(
          context,
          attempt === 1 && asBuilt !== null ? asBuilt : partsOf(),
          controller,
          signal,
          attempt,
          timeoutMs,
          call,
        );
      } finally {
        release();
      }
      const retriesLeft = attempt <= maxRetries;

      let delayMs: number;
      let reason: string;
      if ("error" in outcome) {
        if (!retriesLeft || !canRetryFailure(outcome.error, context.method)) throw outcome.error;
        delayMs = backoffDelayMs(attempt);
        reason = outcome.error.name;
      } else {
        const { response, text } = outcome;
        if (!retriesLeft || !canRetryStatus(response.status, context.method)) return settle(context, response, text);
        const retryAfterMs = parseRetryAfterMs(response.headers);
        delayMs = retryAfterMs === null ? backoffDelayMs(attempt) : Math.min(retryAfterMs, config.maxRetryAfterMs);
        reason = `HTTP ${response.status}`;
      }

      emit(config, {
        type: "retry",
        provider: context.provider,
        method: context.method,
        url: context.url,
        attempt,
        delayMs,
        reason,
      });
      try {
        await abortableSleep(delayMs, signal);
      } catch (abortReason) {
        throw userAbort(context, abortReason);
      }
    }
  }

  return { send };
}
