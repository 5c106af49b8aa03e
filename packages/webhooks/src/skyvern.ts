import { NormalizeError, normalizeSkyvernTask } from "@agent-tasks/normalize";
import {
  bodyBytes,
  headerOf,
  isRecord,
  refused,
  timestampWithin,
  verifiedJsonBody,
  type WebhookDelivery,
  type WebhookVerification,
} from "./verification.js";

/** Options of `verifySkyvernWebhook`. */
export interface SkyvernWebhookOptions {
  /**
   * Your Skyvern API key: Skyvern signs each delivery with the API key of the organization that ran it. Several
   * while one rotates (a delivery of a run started before the rotation is signed with the old key).
   */
  secret: string | readonly string[];
  /**
   * Deliveries whose `x-skyvern-timestamp` is further than this from now are refused. Default 300 s. Skyvern does not
   * sign the timestamp, so this refuses stale replays of a delivery as captured, not a replay with a new timestamp:
   * use the run id to process each run once. A self-hosted Skyvern whose server is not on UTC stamps its deliveries
   * off by its zone's offset (it reads `datetime.utcnow()` as local time): widen this to that offset, or pass
   * `Infinity` to check the signature alone, as Skyvern's own verifier does.
   */
  toleranceSeconds?: number;
  /** The current time, in milliseconds since the epoch (for tests). Default `Date.now()`. */
  now?: number;
}

/** The replay window applied to Skyvern deliveries: 300 s, as for Browser Use (Skyvern documents none). */
export const SKYVERN_TOLERANCE_SECONDS = 300;

/**
 * Verifies a Skyvern run webhook (the `webhook_url` of a task or workflow run, called once the run ended) and reads it
 * as a `TaskWebhookEvent`. Skyvern signs the body exactly as sent (compact JSON, non-ASCII as UTF-8) with
 * HMAC-SHA256 under your API key, lower-case hex in `x-skyvern-signature`; `x-skyvern-timestamp` (Unix seconds) is
 * not signed, and is checked against `toleranceSeconds`. The body is the run as `GET /v1/runs/{run_id}` returns it
 * (plus older fields), so the event comes from `normalizeSkyvernTask`: `taskId` is the run id (`tsk_…`, `wr_…`),
 * `occurredAt` its `finished_at`. Never throws: a missing or wrong signature, a bad or stale timestamp, a body that
 * is not JSON, or a verified body that is no run gives `{ ok: false, reason, message }`.
 */
export async function verifySkyvernWebhook(
  delivery: WebhookDelivery,
  options: SkyvernWebhookOptions,
): Promise<WebhookVerification<"skyvern">> {
  const signature = headerOf(delivery, "x-skyvern-signature");
  if (!signature?.trim()) return refused("missing-signature", "no x-skyvern-signature header");
  const replayWindow = { toleranceSeconds: options.toleranceSeconds ?? SKYVERN_TOLERANCE_SECONDS, now: options.now };
  const checked = timestampWithin(delivery, "x-skyvern-timestamp", "x-skyvern-timestamp", replayWindow);
  if (!checked.ok) return checked;
  const verified = await verifiedJsonBody(delivery, signature, bodyBytes(delivery), {
    secret: options.secret,
    displayName: "x-skyvern-signature",
    keyName: "API key",
  });
  if (!verified.ok) return verified;
  const { body } = verified;
  if (!isRecord(body) || typeof body.run_id !== "string" || typeof body.status !== "string") {
    return refused("not-a-task-event", "a verified delivery without a run_id and a status");
  }
  let task: ReturnType<typeof normalizeSkyvernTask>;
  try {
    task = normalizeSkyvernTask(body);
  } catch (error) {
    const problem = error instanceof NormalizeError ? error.message : "it could not be normalized";
    return refused("not-a-task-event", `a verified delivery that is no run: ${problem}`);
  }
  const occurredAt = task.finishedAt ?? task.updatedAt ?? new Date(checked.seconds * 1000).toISOString();
  return {
    ok: true,
    event: { source: "skyvern", taskId: task.id, status: task.status, occurredAt, raw: body },
  };
}
