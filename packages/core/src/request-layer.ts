/**
 * The request layer every client shares: per-attempt timeouts joined with the caller's signal, retries with
 * capped jittered backoff that honour `Retry-After`, a shared limit on requests in flight, typed errors
 * for responses that are not the promised JSON, and the key redacted from error bodies.
 *
 * One call, in order: `sendThroughLayer` reads the request once and loops over attempts; each waits for a slot
 * (`ConcurrencyLimiter`), runs once (`runAttempt`, request-attempt.ts), and ends either final (thrown, or
 * settled by `settleResponse`, settle-response.ts) or as a retry (`decideRetry`, retry-decision.ts).
 * The client-wide parts (transport, limiter, hook) are built once per client by `createRequestLayerState`.
 */
import { abortableSleep } from "./abortable-sleep.js";
import { UserAbortError } from "./api-errors.js";
import { type RequestOptions, requestLayerDefaults } from "./client-options.js";
import type { FetchLike } from "./create-authenticated-fetch.js";
import { attemptsNote } from "./error-from-response.js";
import type { AgentTasksError } from "./errors.js";
import { type PreparedRequest, requestParts } from "./prepared-request.js";
import { type AttemptOutcome, abortedWhile, type LayerCall, runAttempt, userAbortError } from "./request-attempt.js";
import { emitRequestEvent } from "./request-events.js";
import type { RequestLayerState } from "./request-layer-state.js";
import type { RequestContext } from "./response-context.js";
import { decideRetry } from "./retry-decision.js";
import { settleResponse } from "./settle-response.js";
import { deadlineReason, isPastDeadline } from "./signal-deadline.js";

/**
 * Sends `request` (as openapi-fetch built it) through timeouts, retries and the in-flight limit. `call` holds
 * the caller's per-call options; `parseAs` is how the caller asked openapi-fetch to read a success;
 * `fetchOverride` replaces the client's transport (not its auth, retries or timeouts) for this call.
 */
export async function sendThroughLayer(
  layer: RequestLayerState,
  request: Request | PreparedRequest,
  call: RequestOptions,
  parseAs: string,
  fetchOverride: FetchLike | undefined,
): Promise<Response> {
  const { options, limiter } = layer;
  const maxRetries = call.maxRetries ?? options.maxRetries ?? requestLayerDefaults.maxRetries;
  const timeoutMs = call.timeoutMs ?? options.timeoutMs ?? requestLayerDefaults.timeoutMs;
  const maxResponseBytes = call.maxResponseBytes ?? options.maxResponseBytes ?? requestLayerDefaults.maxResponseBytes;
  const { method, url } = request;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? requestLayerDefaults.maxRetryAfterMs;
  const context: RequestContext = {
    provider: layer.provider,
    displayName: layer.displayName,
    method,
    url,
    redact: layer.redact,
    maxRetryAfterMs,
  };
  const signal = call.signal ?? undefined;
  const startedAt = performance.now();
  // Read once, so every attempt can send its own copy; awaited only when there is a stream body to read.
  const read = requestParts(request);
  const parts = read instanceof Promise ? await read : read;
  const pending: LayerCall = { context, parts, signal, timeoutMs, maxResponseBytes, parseAs, fetchOverride };
  // Whether an attempt already arrived somewhere that may have acted on the request (a redirect hop answered):
  // a property of the whole call, so no later hop's error or refusal can make a POST look unsent.
  let reached = false;

  for (let attempt = 1; ; attempt++) {
    if (isPastDeadline(signal)) throw userAbortError(context, deadlineReason(signal));
    // Inline rather than a helper: one promise less per attempt on the hot path.
    const release = limiter.tryAcquire() ?? (await abortedWhile(context, limiter.acquire(signal)));
    let outcome: AttemptOutcome;
    try {
      outcome = await runAttempt(layer, pending, attempt);
    } finally {
      release();
    }
    reached ||= outcome.redirects > 0;
    const retry = attempt <= maxRetries ? decideRetry(outcome, method, attempt, maxRetryAfterMs, reached) : null;
    if (retry === null) {
      if (attempt > 1) context.attempts = { count: attempt, elapsedMs: performance.now() - startedAt };
      if ("error" in outcome) throw withAttemptsNoted(outcome.error, context);
      return settleResponse(context, outcome, layer.redact);
    }
    emitRequestEvent(layer, "retry", context, attempt, retry);
    await abortedWhile(context, abortableSleep(retry.delayMs, signal));
  }
}

/** `error` (built during its attempt) with its message saying how many attempts the call took, when more than one. */
function withAttemptsNoted(error: AgentTasksError, context: RequestContext): AgentTasksError {
  const note = attemptsNote(context);
  if (note === "" || error instanceof UserAbortError) return error;
  const { message, stack } = error;
  error.message = `${message}${note}`;
  // The stack starts with the message it was made with; loggers print the stack.
  if (stack?.includes(message)) error.stack = stack.replace(message, error.message);
  return error;
}
