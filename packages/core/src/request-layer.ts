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
import { type RequestOptions, requestLayerDefaults } from "./client-options.js";
import type { FetchLike } from "./create-authenticated-fetch.js";
import { type PreparedRequest, requestParts } from "./prepared-request.js";
import { type AttemptOutcome, abortedWhile, type LayerCall, runAttempt, userAbortError } from "./request-attempt.js";
import { emitRequestEvent } from "./request-events.js";
import type { RequestLayerState } from "./request-layer-state.js";
import type { RequestContext } from "./response-context.js";
import { decideRetry } from "./retry-decision.js";
import { settleResponse } from "./settle-response.js";

/**
 * Sends `request` (as openapi-fetch built it) through timeouts, retries and the in-flight limit. `call` holds
 * the caller's per-call options; `expectJson` is `false` when the caller asked for text, a blob or a stream;
 * `fetchOverride` replaces the client's transport (not its auth, retries or timeouts) for this call.
 */
export async function sendThroughLayer(
  layer: RequestLayerState,
  request: Request | PreparedRequest,
  call: RequestOptions,
  expectJson: boolean,
  fetchOverride: FetchLike | undefined,
): Promise<Response> {
  const { options, limiter } = layer;
  const maxRetries = call.maxRetries ?? options.maxRetries ?? requestLayerDefaults.maxRetries;
  const timeoutMs = call.timeoutMs ?? options.timeoutMs ?? requestLayerDefaults.timeoutMs;
  const { method, url } = request;
  const context: RequestContext = { provider: layer.provider, displayName: layer.displayName, method, url };
  const signal = call.signal ?? undefined;
  // Read once, so every attempt can send its own copy.
  const parts = await requestParts(request);
  const pending: LayerCall = { context, parts, signal, timeoutMs, expectJson, fetchOverride };

  for (let attempt = 1; ; attempt++) {
    if (signal?.aborted) throw userAbortError(context, signal.reason);
    // Inline rather than a helper: one promise less per attempt on the hot path.
    const release = limiter.tryAcquire() ?? (await abortedWhile(context, limiter.acquire(signal)));
    let outcome: AttemptOutcome;
    try {
      outcome = await runAttempt(layer, pending, attempt);
    } finally {
      release();
    }
    const retry =
      attempt <= maxRetries
        ? decideRetry(outcome, method, attempt, options.maxRetryAfterMs ?? requestLayerDefaults.maxRetryAfterMs)
        : null;
    if (retry === null) {
      if ("error" in outcome) throw outcome.error;
      return settleResponse(context, outcome.response, outcome.text, layer.redact);
    }
    emitRequestEvent(layer, "retry", context, attempt, retry);
    await abortedWhile(context, abortableSleep(retry.delayMs, signal));
  }
}
