import type { AgentTaskSource, AgentTaskStatus } from "@agent-tasks/normalize";
import { matchesAnySignature } from "./signature.js";

/** A verified delivery, in the common vocabulary: which task, its status now, when, and the payload as sent. */
export interface TaskWebhookEvent<Source extends AgentTaskSource = AgentTaskSource> {
  source: Source;
  taskId: string;
  status: AgentTaskStatus;
  /** When the provider says the change happened (UTC ISO 8601), or `null` when the delivery does not say. */
  occurredAt: string | null;
  /** The parsed body, untouched. */
  raw: unknown;
}

/** Why a delivery was refused. Each is a plain value: verification never throws on what a sender controls. */
export type WebhookRejection =
  | "missing-signature"
  | "missing-timestamp"
  | "bad-timestamp"
  | "timestamp-outside-window"
  | "bad-signature"
  | "body-not-json"
  | "not-a-task-event";

/** What verifying a delivery gives: the event, or why it was refused, with a sentence for logs. */
export type WebhookVerification<Source extends AgentTaskSource = AgentTaskSource> =
  | { ok: true; event: TaskWebhookEvent<Source> }
  | { ok: false; reason: WebhookRejection; message: string };

/** A delivery as it arrived: its headers, and its body exactly as received (text or bytes). */
export interface WebhookDelivery {
  headers: Headers | Readonly<Record<string, string | readonly string[] | undefined>>;
  body: string | Uint8Array;
}

/**
 * One header of `delivery`, whatever shape its headers have: a `Headers` (of any realm or polyfill: anything with
 * `get`), or Node's lower-case record. A value that is neither a string nor an array of strings counts as missing.
 */
export function headerOf(delivery: WebhookDelivery, name: string): string | null {
  const headers = delivery.headers as unknown;
  if (typeof headers !== "object" || headers === null) return null;
  if (typeof (headers as { get?: unknown }).get === "function") {
    const value = (headers as { get(name: string): unknown }).get(name);
    return typeof value === "string" ? value : null;
  }
  const lower = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() !== lower) continue;
    if (typeof value === "string") return value;
    if (Array.isArray(value) && value.every((item) => typeof item === "string")) return value.join(", ");
    return null;
  }
  return null;
}

/** The body of `delivery` as text (UTF-8). */
export function bodyText(delivery: WebhookDelivery): string {
  return typeof delivery.body === "string" ? delivery.body : new TextDecoder().decode(delivery.body);
}

/** The body of `delivery` as bytes: as received, or a text body encoded as UTF-8 (what a sender puts on the wire). */
export function bodyBytes(delivery: WebhookDelivery): Uint8Array {
  return typeof delivery.body === "string" ? new TextEncoder().encode(delivery.body) : delivery.body;
}

/**
 * Reads the Unix-seconds timestamp in header `name` (written `displayName` in messages) and checks that it is within
 * `toleranceSeconds` of `now` (milliseconds since the epoch), either way: the replay window. Gives the seconds, or
 * the refusal (`missing-timestamp`, `bad-timestamp`, `timestamp-outside-window`). `text` is the header's value as
 * sent (trimmed), for schemes that sign it.
 */
export function timestampWithin(
  delivery: WebhookDelivery,
  name: string,
  displayName: string,
  window: { toleranceSeconds: number; now?: number | undefined },
): { ok: true; text: string; seconds: number } | { ok: false; reason: WebhookRejection; message: string } {
  const timestamp = headerOf(delivery, name)?.trim();
  if (!timestamp) return refused("missing-timestamp", `no ${displayName} header`);
  if (!/^\d{1,12}$/.test(timestamp)) return refused("bad-timestamp", `${displayName} is not Unix seconds`);
  const { toleranceSeconds } = window;
  const skewSeconds = Math.abs((window.now ?? Date.now()) / 1000 - Number(timestamp));
  if (!(skewSeconds <= toleranceSeconds)) {
    return refused(
      "timestamp-outside-window",
      `${displayName} is ${Math.round(skewSeconds)} s from now (at most ${toleranceSeconds} s allowed)`,
    );
  }
  return { ok: true, text: timestamp, seconds: Number(timestamp) };
}

/** A refusal. */
export function refused(
  reason: WebhookRejection,
  message: string,
): { ok: false; reason: WebhookRejection; message: string } {
  return { ok: false, reason, message };
}

/** The secrets to try: one, or several while one rotates; blank ones are ignored. */
export function secretList(secret: string | readonly string[]): string[] {
  return (typeof secret === "string" ? [secret] : [...secret]).filter((candidate) => candidate.trim() !== "");
}

/** A plain JSON object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * For schemes that sign the body's bytes as sent: whether `signature` (from header `displayName`) is their HMAC under
 * one of `secret`, then the body parsed. Gives the parsed body, or the refusal (`bad-signature`, `body-not-json`).
 */
export async function verifiedJsonBody(
  delivery: WebhookDelivery,
  signature: string,
  signed: Uint8Array,
  refusal: { secret: string | readonly string[]; displayName: string; keyName: string },
): Promise<{ ok: true; body: unknown } | { ok: false; reason: WebhookRejection; message: string }> {
  if (!(await matchesAnySignature(signature, secretList(refusal.secret), [signed]))) {
    return refused("bad-signature", `${refusal.displayName} does not match the body under any ${refusal.keyName}`);
  }
  try {
    return { ok: true, body: JSON.parse(bodyText(delivery)) };
  } catch {
    return refused("body-not-json", "the body is not JSON");
  }
}
