import { abortableSleep } from "./abortable-sleep.js";
import { ApiConnectionError, ApiTimeoutError, UserAbortError } from "./api-errors.js";
import type { ConcurrencyLimiter } from "./concurrency-limiter.js";
import type { FetchLike } from "./create-authenticated-fetch.js";
import { describeCall, invalidJsonBodyError } from "./error-from-response.js";
import { AgentTasksError } from "./errors.js";
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
}

export interface RequestLayerConfig {
  provider: string;
  displayName: string;
  apiKey: string;
  keyHeaderName: string;
  /** Sends one attempt: adds the key and follows redirects safely. */
  transport: (request: Request, fetchOverride: FetchLike | undefined) => Promise<Response>;
  maxRetries: number;
  timeoutMs: number;
  maxRetryAfterMs: number;
  limiter: ConcurrencyLimiter;
  onRequestEvent: ((event: RequestEvent) => void) | undefined;
}

type AttemptOutcome = { response: Response; text: string } | { error: AgentTasksError };

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

/**
 * The body as text, given up as soon as `signal` aborts: a fetch that does not tie its body stream to the
 * request's signal (a custom `fetch`, a mock) would otherwise let a body that never ends outlast the timeout.
 */
function readText(response: Response, signal: AbortSignal): Promise<string> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    response
      .text()
      .then(resolve, reject)
      .finally(() => signal.removeEventListener("abort", onAbort));
  });
}

/**
 * The request layer every client shares: per-attempt timeouts joined with the caller's signal, retries with
 * capped jittered backoff that honour `Retry-After`, a shared limit on requests in flight, typed errors
 * for responses that are not the promised JSON, and the key redacted from error bodies.
 */
export function createRequestLayer(config: RequestLayerConfig) {
  async function runAttempt(
    context: RequestContext,
    parts: { headers: Headers; body: ArrayBuffer | null; signal: AbortSignal },
    attempt: number,
    timeoutMs: number,
    fetchOverride: FetchLike | undefined,
  ): Promise<AttemptOutcome> {
    const controller = new AbortController();
    let timedOut = false;
    const timer =
      timeoutMs < MAX_TIMER_MS
        ? setTimeout(() => {
            timedOut = true;
            controller.abort();
          }, timeoutMs)
        : undefined;
    const onCallerAbort = () => controller.abort(parts.signal.reason);
    parts.signal.addEventListener("abort", onCallerAbort, { once: true });
    const startedAt = performance.now();
    const eventBase = { provider: context.provider, method: context.method, url: context.url, attempt };
    if (config.onRequestEvent !== undefined) {
      const headers = redactHeaders(parts.headers, config.keyHeaderName);
      headers[config.keyHeaderName.toLowerCase()] = "[redacted]";
      emit(config, { type: "request", ...eventBase, headers });
    }
    try {
      const response = await config.transport(
        new Request(context.url, {
          method: context.method,
          headers: parts.headers,
          body: parts.body,
          signal: controller.signal,
        }),
        fetchOverride,
      );
      const text = await readText(response, controller.signal);
      emit(config, {
        type: "response",
        ...eventBase,
        status: response.status,
        durationMs: performance.now() - startedAt,
        requestId: response.headers.get("x-request-id"),
      });
      return { response, text };
    } catch (cause) {
      let error: AgentTasksError;
      if (parts.signal.aborted) {
        error = userAbort(context, parts.signal.reason);
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
      emit(config, { type: "error", ...eventBase, durationMs: performance.now() - startedAt, error });
      return { error };
    } finally {
      clearTimeout(timer);
      parts.signal.removeEventListener("abort", onCallerAbort);
    }
  }

  function finalResponse(context: RequestContext, response: Response, text: string): Response {
    const body = NULL_BODY_STATUSES.has(response.status)
      ? null
      : response.ok
        ? text
        : redactSecret(text, config.apiKey);
    const rebuilt = new Response(body, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
    Object.defineProperty(rebuilt, "url", { value: response.url, enumerable: false });
    rememberRequestContext(rebuilt, context);
    return rebuilt;
  }

  /** Sends `request` (as openapi-fetch built it) through timeouts, retries and the in-flight limit. */
  async function send(request: Request, call: CallOptions = {}): Promise<Response> {
    const maxRetries = call.maxRetries ?? config.maxRetries;
    const timeoutMs = call.timeoutMs ?? config.timeoutMs;
    const context: RequestContext = {
      provider: config.provider,
      displayName: config.displayName,
      method: request.method,
      url: request.url,
    };
    const signal = request.signal;
    // Read once, so every attempt can send its own copy.
    const parts = {
      headers: new Headers(request.headers),
      body: request.body === null ? null : await request.arrayBuffer(),
      signal,
    };

    for (let attempt = 1; ; attempt++) {
      if (signal.aborted) throw userAbort(context, signal.reason);
      let release: () => void;
      try {
        release = await config.limiter.acquire(signal);
      } catch (reason) {
        throw userAbort(context, reason);
      }
      let outcome: AttemptOutcome;
      try {
        outcome = await runAttempt(context, parts, attempt, timeoutMs, call.fetch);
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
        if (!retriesLeft || !canRetryStatus(response.status, context.method)) {
          if (response.ok && call.expectJson !== false && !NULL_BODY_STATUSES.has(response.status)) {
            const invalid =
              context.method === "HEAD"
                ? null
                : invalidJsonBodyError(context, response, redactSecret(text, config.apiKey));
            if (invalid !== null) throw invalid;
          }
          return finalResponse(context, response, text);
        }
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

export type RequestLayer = ReturnType<typeof createRequestLayer>;
