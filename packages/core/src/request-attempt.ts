import { MAX_TIMER_DELAY_MS } from "./abortable-sleep.js";
import { ApiConnectionError, ApiTimeoutError, ResponseTooLargeError, UserAbortError } from "./api-errors.js";
import type { FetchLike } from "./create-authenticated-fetch.js";
import { callError, readRequestId } from "./error-from-response.js";
import { AgentTasksError } from "./errors.js";
import { BODY_SOURCE, type BodySource, type RequestParts } from "./prepared-request.js";
import { REDACTED, redactErrorChain, redactHeaders } from "./redact.js";
import { emitRequestEvent } from "./request-events.js";
import type { RequestLayerState } from "./request-layer-state.js";
import { readBounded } from "./response-body.js";
import type { RequestContext } from "./response-context.js";
import { deadlineReason, isPastDeadline } from "./signal-deadline.js";

/** One call as the layer runs it: built once per call, after the request was read, and read by every attempt. */
export interface LayerCall {
  readonly context: RequestContext;
  /** The request, read once, so every attempt can send its own copy. */
  readonly parts: RequestParts;
  /** The caller's signal: aborts the call at once, backoff sleeps and the wait for a slot included. */
  readonly signal: AbortSignal | undefined;
  readonly timeoutMs: number;
  /** Longest body read, in bytes, after decompression. */
  readonly maxResponseBytes: number;
  /** How the caller asked openapi-fetch to read a success: `"json"` (the default), `"text"`, `"blob"`, `"arrayBuffer"` or `"stream"`. */
  readonly parseAs: string;
  /** Replaces the client's transport (but not its auth, retries or timeouts) for this call. */
  readonly fetchOverride: FetchLike | undefined;
}

/**
 * How one attempt ended. `text` is the body read as text (every error body, and a success the caller wants as
 * JSON), `bytes` the body read for a success the caller wants as text, a blob or an array buffer; both `null`
 * when the body was left unread (no body, or a stream, handed on still bounded by the attempt's limits).
 * `redirects` counts the hops that answered with a redirect: the request arrived somewhere.
 */
export type AttemptOutcome = (
  | { response: Response; text: string | null; bytes: Uint8Array | null }
  | { error: AgentTasksError }
) & { redirects: number };
const NULL_BODY_STATUSES = [101, 204, 205, 304];
const decoder = /* @__PURE__ */ new TextDecoder();

/** The `UserAbortError` for the call in `context`, cut short by the caller's signal (or its deadline passing). */
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

/**
 * How the layer takes the body: `"read"` in full, bounded, before the call returns (every error body, to redact
 * and describe it, and every success except a stream); `"stream"` handed on as a stream that the attempt's
 * timeout, the caller's abort and the size limit still cover; `"none"` when there is no body.
 */
function bodyHandling(method: string, response: Response, parseAs: string): "read" | "stream" | "none" {
  if (method === "HEAD" || NULL_BODY_STATUSES.includes(response.status)) return "none";
  if (response.ok && parseAs === "stream") return response.body === null ? "none" : "stream";
  return "read";
}

/** The typed error for an attempt that got no response: the caller's abort, the timeout, or the connection. */
function attemptError(
  layer: RequestLayerState,
  { context, signal, timeoutMs }: LayerCall,
  timedOut: boolean,
  cause: unknown,
): AgentTasksError {
  if (signal?.aborted) return userAbortError(context, signal.reason);
  if (timedOut) {
    return callError(ApiTimeoutError, context, `timed out after ${timeoutMs} ms`, { timeoutMs });
  }
  if (cause instanceof AgentTasksError) return cause;
  return callError(ApiConnectionError, context, `got no response: ${layer.redact(describeCause(cause))}`, {
    cause: redactErrorChain(cause, layer.apiKey),
  });
}

function tooLarge({ context, maxResponseBytes }: LayerCall, response: Response): ResponseTooLargeError {
  const limit = maxResponseBytes.toLocaleString("en-US");
  return callError(
    ResponseTooLargeError,
    context,
    `answered HTTP ${response.status} with a body longer than maxResponseBytes (${limit} bytes); reading stopped there`,
    { status: response.status, maxResponseBytes },
  );
}

/**
 * Sends `attempt` of `call` once: under its own timeout joined with the caller's signal, body included. Both hold
 * whatever the transport does: a custom fetch that ignores the signal, or a body that never ends, is cut off at
 * the deadline all the same. Never throws: a response (with its body read when the layer needs it) or the typed
 * error is the outcome.
 */
export async function runAttempt(layer: RequestLayerState, call: LayerCall, attempt: number): Promise<AttemptOutcome> {
  const { onRequestEvent } = layer;
  const { context, parts, signal, timeoutMs } = call;
  const reached = { redirects: 0 };
  // The caller's signal may have aborted (or its deadline passed) after the call got its slot: send nothing then.
  if (isPastDeadline(signal)) return { error: userAbortError(context, deadlineReason(signal)), redirects: 0 };
  // Without a timeout or a caller's signal nothing can abort an attempt, and a signal costs undici real time. A
  // timeout beyond setTimeout's limit (about 24.8 days) means none.
  const timed = timeoutMs < MAX_TIMER_DELAY_MS;
  const controller = timed || signal ? new AbortController() : undefined;
  let timedOut = false;
  // Ends the wait for the response: a custom fetch that ignores the signal would otherwise hold the attempt past
  // its timeout or the caller's abort. Called directly, not through a listener on the signal: cheaper per call.
  let interrupt: ((reason: unknown) => void) | undefined;
  // Stops a body read in progress: a fetch that does not tie its body stream to the signal (a custom `fetch`, a
  // mock) would otherwise let a body that never ends outlast the timeout or the caller's abort.
  let stopBodyRead: ((reason: unknown) => void) | undefined;
  const abortAttempt = (reason?: unknown) => {
    controller?.abort(reason);
    interrupt?.(reason);
    stopBodyRead?.(reason);
  };
  const timer = timed
    ? setTimeout(() => {
        timedOut = true;
        abortAttempt();
      }, timeoutMs)
    : undefined;
  const onCallerAbort = () => abortAttempt(signal?.reason);
  signal?.addEventListener("abort", onCallerAbort, { once: true });
  let handedOn = false;
  let sent: Promise<Response> | undefined;
  const finish = () => {
    clearTimeout(timer);
    signal?.removeEventListener("abort", onCallerAbort);
  };
  // Without a hook, no clock is read and no headers are copied.
  const startedAt = onRequestEvent ? performance.now() : 0;
  if (onRequestEvent) {
    const { keyHeader } = layer;
    const headers = redactHeaders(new Headers(parts.headers), keyHeader);
    emitRequestEvent(layer, "request", context, attempt, { headers: { ...headers, [keyHeader]: REDACTED } });
  }
  try {
    const pending = layer.transport({ ...parts, signal: controller?.signal, reached }, call.fetchOverride);
    sent = pending;
    // With no controller nothing can abort the attempt, so there is nothing to race.
    const response = await (controller === undefined
      ? pending
      : new Promise<Response>((resolve, reject) => {
          interrupt = reject;
          pending.then(resolve, reject);
        }));
    const handling = bodyHandling(context.method, response, call.parseAs);
    let text: string | null = null;
    let bytes: Uint8Array | null = null;
    if (handling === "read") {
      const onStop = (stop: (reason: unknown) => void) => {
        stopBodyRead = stop;
      };
      // A transport that can hand the body over without a web stream says so (the Node transport).
      const source = (response as { [BODY_SOURCE]?: BodySource })[BODY_SOURCE];
      const read = await (source
        ? source.read(call.maxResponseBytes, onStop)
        : readBounded(response.body, call.maxResponseBytes, onStop));
      if (read.truncated && response.ok) throw tooLarge(call, response);
      if (response.ok && call.parseAs !== "json") bytes = read.bytes;
      else text = decoder.decode(read.bytes);
    } else if (handling === "stream") {
      handedOn = true;
      const typedError = (reason: unknown) => attemptError(layer, call, timedOut, reason);
      serveBoundedStream(response, call, finish, (stop) => {
        stopBodyRead = (reason) => stop(typedError(reason));
      });
    }
    if (onRequestEvent) {
      const requestId = readRequestId(response.headers, null, layer.redact);
      const durationMs = performance.now() - startedAt;
      emitRequestEvent(layer, "response", context, attempt, { status: response.status, durationMs, requestId });
    }
    return { response, text, bytes, redirects: reached.redirects };
  } catch (cause) {
    handedOn = false;
    // A response that arrives after the attempt ended (a custom fetch that ignored the signal) is never read: its
    // body is cancelled so its connection is freed now, not when it is garbage-collected.
    sent?.then(
      (late) => late.body?.cancel().catch(() => {}),
      () => {},
    );
    const error = attemptError(layer, call, timedOut, cause);
    if (onRequestEvent)
      emitRequestEvent(layer, "error", context, attempt, { durationMs: performance.now() - startedAt, error });
    return { error, redirects: reached.redirects };
  } finally {
    if (!handedOn) finish();
  }
}

/**
 * Replaces a success's body stream (the caller asked for `parseAs: "stream"`) with one that stops at
 * `maxResponseBytes` (erroring with `ResponseTooLargeError`) and that the attempt's timeout and the caller's abort
 * still end; `finish` (clearing the timer and the abort listener) runs when the stream ends, fails or is cancelled.
 */
function serveBoundedStream(
  response: Response,
  call: LayerCall,
  finish: () => void,
  onStop: (stop: (error: unknown) => void) => void,
): void {
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  let length = 0;
  let settled = false;
  const end = () => {
    if (settled) return;
    settled = true;
    finish();
  };
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      onStop((error) => {
        if (settled) return;
        end();
        controller.error(error);
        reader.cancel(error).catch(() => {});
      });
    },
    async pull(controller) {
      try {
        const { done, value } = await reader.read();
        if (settled) return;
        if (done) {
          end();
          controller.close();
          return;
        }
        length += value.byteLength;
        if (length > call.maxResponseBytes) throw tooLarge(call, response);
        controller.enqueue(value);
      } catch (error) {
        if (settled) return;
        end();
        controller.error(error);
        reader.cancel(error).catch(() => {});
      }
    },
    cancel(reason) {
      end();
      return reader.cancel(reason);
    },
  });
  Object.defineProperty(response, "body", { value: stream, configurable: true });
}
