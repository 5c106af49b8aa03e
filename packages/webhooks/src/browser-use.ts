import { type AgentTaskStatus, mapBrowserUseTaskStatus } from "@agent-tasks/normalize";
import { canonicalJsonForms } from "./canonical-json.js";
import { matchesAnySignature } from "./signature.js";
import {
  bodyText,
  headerOf,
  isRecord,
  refused,
  secretList,
  timestampWithin,
  type WebhookDelivery,
  type WebhookVerification,
} from "./verification.js";

/** Options of `verifyBrowserUseWebhook`. */
export interface BrowserUseWebhookOptions {
  /** The webhook secret from Browser Use's dashboard, or several while one rotates. */
  secret: string | readonly string[];
  /** Deliveries whose timestamp is further than this from now are refused (replay protection). Default 300 s. */
  toleranceSeconds?: number;
  /** The current time, in milliseconds since the epoch (for tests). Default `Date.now()`. */
  now?: number;
}

/**
 * The statuses Browser Use's webhook guide documents (`running`, `idle`, `stopped`) are session words, not the task
 * statuses of its API, so they are read here: `idle` (the agent stopped working; whether it finished or failed is
 * only in the task) is `unknown`, which makes a watch read the task at once. Any other word goes through the task
 * status mapping.
 */
function webhookStatus(status: string): AgentTaskStatus {
  if (status === "running") return "running";
  if (status === "stopped") return "stopped";
  if (status === "idle") return "unknown";
  return mapBrowserUseTaskStatus(status);
}

/** Browser Use's documented replay window. */
export const BROWSER_USE_TOLERANCE_SECONDS = 300;

/**
 * Verifies a Browser Use webhook delivery and reads it as a `TaskWebhookEvent`. Browser Use signs
 * `` `${timestamp}.${canonical JSON of the body}` `` with HMAC-SHA256 (lower-case hex in `X-Browser-Use-Signature`,
 * Unix seconds in `X-Browser-Use-Timestamp`). Never throws: a missing, short or wrong signature, a bad or stale
 * timestamp, or a body that is not JSON gives `{ ok: false, reason, message }`. A verified `test` delivery (sent
 * from the dashboard) is `not-a-task-event`.
 */
export async function verifyBrowserUseWebhook(
  delivery: WebhookDelivery,
  options: BrowserUseWebhookOptions,
): Promise<WebhookVerification<"browser-use">> {
  const signature = headerOf(delivery, "x-browser-use-signature");
  if (!signature?.trim()) return refused("missing-signature", "no X-Browser-Use-Signature header");
  const replayWindow = {
    toleranceSeconds: options.toleranceSeconds ?? BROWSER_USE_TOLERANCE_SECONDS,
    now: options.now,
  };
  const checked = timestampWithin(delivery, "x-browser-use-timestamp", "X-Browser-Use-Timestamp", replayWindow);
  if (!checked.ok) return checked;
  const timestamp = checked.text;
  let body: unknown;
  let forms: string[];
  try {
    body = JSON.parse(bodyText(delivery));
    forms = canonicalJsonForms(body);
  } catch {
    return refused("body-not-json", "the body is not JSON");
  }
  // The body as received is a candidate too: a sender that writes numbers the way Python does (`1.0`, `1e+16`, big
  // integers) sends the very text it signed, which no re-serialisation in JavaScript reproduces.
  const text = bodyText(delivery);
  const messages = [...new Set([...forms, text])].map((form) => `${timestamp}.${form}`);
  if (!(await matchesAnySignature(signature, secretList(options.secret), messages))) {
    return refused("bad-signature", "X-Browser-Use-Signature does not match the body and timestamp under any secret");
  }
  const payload = isRecord(body) && isRecord(body.payload) ? body.payload : null;
  // `task_id` as documented now; `taskId` as the older, camelCase payloads had it.
  const taskId = payload?.task_id ?? payload?.taskId;
  const status = payload?.status;
  if (
    !isRecord(body) ||
    body.type !== "agent.task.status_update" ||
    typeof taskId !== "string" ||
    typeof status !== "string"
  ) {
    return refused(
      "not-a-task-event",
      `a verified delivery of type ${JSON.stringify(isRecord(body) ? body.type : null)}`,
    );
  }
  const occurredAt =
    typeof body.timestamp === "string" && !Number.isNaN(Date.parse(body.timestamp))
      ? new Date(body.timestamp).toISOString()
      : new Date(Number(timestamp) * 1000).toISOString();
  return {
    ok: true,
    event: { source: "browser-use", taskId, status: webhookStatus(status), occurredAt, raw: body },
  };
}
