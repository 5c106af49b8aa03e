import { ApiConnectionError, ApiTimeoutError, UserAbortError } from "./api-errors.js";
import type { FetchLike } from "./create-authenticated-fetch.js";
import { callError } from "./error-from-response.js";
import { AgentTasksError } from "./errors.js";
import type { RequestParts } from "./prepared-request.js";
import { REDACTED, redactErrorChain, redactHeaders } from "./redact.js";
import { emitRequestEvent } from "./request-events.js";
import type { RequestLayerState } from "./request-layer-state.js";
import type { RequestContext } from "./response-context.js";

/** One call as the layer runs it: built once per call, after the request was read, and read by every attempt. */
export interface LayerCall {
  readonly context: RequestContext;
  /** The request, read once, so every attempt can send its own copy. */
  readonly parts: RequestParts;
  /** The caller's signal: aborts the call at once, backoff sleeps and the wait for a slot included. */
  readonly signal: AbortSignal | undefined;
  readonly timeoutMs: number;
  /** `false` when the caller asked openapi-fetch for text, a blob or a stream. */
  readonly expectJson: boolean;
  /** Replaces the client's transport (but not its auth, retries or timeouts) for this call. */
  readonly fetchOverride: FetchLike | undefined;
}

/** How one attempt ended. `text` is `null` when the body was left unread: no body, or a success the caller wants as a blob or stream. */
export type AttemptOutcome = { response: Response; text: string | null } | { error: AgentTasksError };

// setTimeout cannot wait longer than this; longer timeouts mean "none".
const MAX_TIMER_MS = 2 ** 31 - 1;
const NULL_BODY_STATUSES = [101, 204, 205, 304];

/** The `UserAbortError` for the call in `context`, cut short by the caller's signal. */
export function userAbortError(context: RequestContext, reason: unknown): UserAbortError {
  return callError(UserAbortError, context, "was aborted by the caller", { cause: reason });
}

/** `promise`, or a `UserAbortError` for the call in `context` when the caller's signal cuts it short. */
export function abortedWhile<T>(context: RequestContext, promise: Promise<T>): Promise<T> {
  return promise.catch((reason: unknown) => {
    throw userAbortError(context, reason);
  });
}

function describeCause(cause: unknown): string {
  if (!(cause instanceof Error)) return String(cause);
  return cause.cause instanceof Error ? `${cause.message}: ${cause.cause.message}` : cause.message;
}

/** Whether the layer reads the body: every error body (to redact and describe it), and successes only as JSON. */
function readsBody(method: string, response: Response, expectJson: boolean): boolean {
  return method !== "HEAD" && !NULL_BODY_STATUSES.includes(response.status) && (!response.ok || expectJson);
}

/** The typed error for an attempt that got no response: the caller's abort, the timeout, or the connection. */
function attemptError(
  layer: RequestLayerState,
  { context, signal, timeoutMs }: LayerCall,
  attempt: number,
  timedOut: boolean,
  cause: unknown,
): AgentTasksError {
  if (signal?.aborted) return userAbortError(context, signal.reason);
  if (timedOut) {
    return callError(ApiTimeoutError, context, `timed out after ${timeoutMs} ms (attempt ${attempt})`, { timeoutMs });
  }
  if (cause instanceof AgentTasksError) return cause;
  return callError(ApiConnectionError, context, `got no response: ${layer.redact(describeCause(cause))}`, {
    cause: redactErrorChain(cause, layer.apiKey),
  });
}

/**
 * Sends `attempt` of `call` once: under its own timeout joined with the caller's signal, body included.
 * Never throws: a response (with its body read when the layer needs it) or the typed error is the outcome.
 */
export async function runAttempt(layer: RequestLayerState, call: LayerCall, attempt: number): Promise<AttemptOutcome> {
  const { onRequestEvent } = layer;
  const { context, parts, signal, timeoutMs } = call;
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
    const { keyHeader } = layer;
    const headers = redactHeaders(new Headers(parts.headers), keyHeader);
    emitRequestEvent(layer, "request", context, attempt, { headers: { ...headers, [keyHeader]: REDACTED } });
  }
  try {
    const response = await layer.transport({ ...parts, signal: controller?.signal }, call.fetchOverride);
    const text = readsBody(context.method, response, call.expectJson)
      ? await new Promise<string>((resolve, reject) => {
          stopBodyRead = reject;
          response.text().then(resolve, reject);
        })
      : null;
    if (onRequestEvent) {
      const requestId = response.headers.get("x-request-id");
      const durationMs = performance.now() - startedAt;
      emitRequestEvent(layer, "response", context, attempt, { status: response.status, durationMs, requestId });
    }
    return { response, text };
  } catch (cause) {
    const error = attemptError(layer, call, attempt, timedOut, cause);
    if (onRequestEvent)
      emitRequestEvent(layer, "error", context, attempt, { durationMs: performance.now() - startedAt, error });
    return { error };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", onCallerAbort);
  }
}
