import { mapDariTaskStatus } from "@agent-tasks/normalize";
import {
  bodyBytes,
  headerOf,
  isRecord,
  refused,
  verifiedJsonBody,
  type WebhookDelivery,
  type WebhookVerification,
} from "./verification.js";

/** Options of `verifyDariWebhook`. */
export interface DariWebhookOptions {
  /** The org's webhook signing key, or several while one rotates. */
  secret: string | readonly string[];
}

/**
 * What Dari signs, in one place. Its docs say the signature is "HMAC-SHA256 computed over the JSON body" without
 * saying whether that is the bytes as sent or a re-serialisation; the reading taken here is the bytes as sent,
 * exactly as received (the usual meaning, and the only one a sender and a receiver can agree on byte for byte).
 * Should Dari turn out to sign something else, this function is the one to change.
 */
export function dariSignedBytes(delivery: WebhookDelivery): Uint8Array {
  return bodyBytes(delivery);
}

/**
 * Verifies a Dari webhook delivery (`X-Webhook-Signature`: HMAC-SHA256, hex, of the body; see `dariSignedBytes`)
 * and reads it as a `TaskWebhookEvent`: the job's id, its status through the same mapping as `normalizeTask`, and
 * the delivery's `timestamp`. Dari documents no replay protection, so none is applied. Never throws.
 */
export async function verifyDariWebhook(
  delivery: WebhookDelivery,
  options: DariWebhookOptions,
): Promise<WebhookVerification<"dari">> {
  const signature = headerOf(delivery, "x-webhook-signature");
  if (!signature?.trim()) return refused("missing-signature", "no X-Webhook-Signature header");
  const verified = await verifiedJsonBody(delivery, signature, dariSignedBytes(delivery), {
    secret: options.secret,
    displayName: "X-Webhook-Signature",
    keyName: "secret",
  });
  if (!verified.ok) return verified;
  const { body } = verified;
  const jobId = isRecord(body) ? body.job_id : undefined;
  const status = isRecord(body) ? body.status : undefined;
  if (!isRecord(body) || typeof jobId !== "string" || typeof status !== "string") {
    return refused("not-a-task-event", "a verified delivery without a job_id and a status");
  }
  const occurredAt =
    typeof body.timestamp === "string" && !Number.isNaN(Date.parse(body.timestamp))
      ? new Date(body.timestamp).toISOString()
      : null;
  return {
    ok: true,
    event: { source: "dari", taskId: jobId, status: mapDariTaskStatus(status), occurredAt, raw: body },
  };
}
