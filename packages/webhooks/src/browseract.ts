import type { TaskFetcher } from "@agent-tasks/core";
import { getTask } from "@agent-tasks/normalize";
import { constantTimeEqual } from "./signature.js";
import {
  bodyText,
  isRecord,
  refused,
  secretList,
  type WebhookDelivery,
  type WebhookVerification,
} from "./verification.js";

/**
 * BrowserAct's `callback_url` and `status_change_callback_url` deliveries carry no signature and no documented
 * payload schema. The safe pattern, used here: a secret token of yours in the callback URL (checked in constant
 * time), and the task re-read from BrowserAct's API by id, so what the delivery says is never trusted on its own:
 * it only names which task to read.
 */

/** The query parameter that carries the token. */
export const BROWSERACT_TOKEN_PARAMETER = "agent_tasks_token";

/** `url` with `token` added as `?agent_tasks_token=...`: what to pass as `callback_url` when starting a task. */
export function browserActCallbackUrl(url: string | URL, token: string): string {
  const callback = new URL(url);
  callback.searchParams.set(BROWSERACT_TOKEN_PARAMETER, token);
  return callback.href;
}

/** Options of `verifyBrowserActCallback`. */
export interface BrowserActCallbackOptions {
  /** The token put in the callback URL, or several while one rotates. */
  token: string | readonly string[];
  /** Reads the task named by the delivery: `createBrowserActTaskFetcher(client)`. */
  fetcher: TaskFetcher<"browseract", string, unknown>;
  /** Aborts the re-read. */
  signal?: AbortSignal | undefined;
}

/** The task id a delivery names (`task_id`, or `id`, at the top or under `data`), or `null`. */
function namedTaskId(body: unknown): string | null {
  for (const record of [body, isRecord(body) ? body.data : undefined]) {
    if (!isRecord(record)) continue;
    for (const field of ["task_id", "id"]) {
      const value = record[field];
      if (typeof value === "string" && /^\d+$/.test(value)) return value;
    }
  }
  return null;
}

/**
 * Checks a BrowserAct callback's token (from the URL it was posted to), then re-reads the task it names through
 * `fetcher` and reads that as a `TaskWebhookEvent`: status and time come from the task as BrowserAct's API returns
 * it, and `raw` is that task. Never throws on what the sender controls; the re-read can still fail (it rejects with
 * the fetcher's typed error, e.g. `BadRequestError`, BrowserAct's answer to an id that is no task of yours).
 */
export async function verifyBrowserActCallback(
  delivery: WebhookDelivery & { url: string | URL },
  options: BrowserActCallbackOptions,
): Promise<WebhookVerification<"browseract">> {
  let given: string | null = null;
  try {
    given = new URL(delivery.url, "http://callback.invalid").searchParams.get(BROWSERACT_TOKEN_PARAMETER);
  } catch {}
  if (!given) return refused("missing-signature", `no ${BROWSERACT_TOKEN_PARAMETER} in the callback URL`);
  let matched = false;
  for (const token of secretList(options.token)) matched = constantTimeEqual(given, token) || matched;
  if (!matched) return refused("bad-signature", `the callback URL's ${BROWSERACT_TOKEN_PARAMETER} is not yours`);
  let body: unknown;
  try {
    body = JSON.parse(bodyText(delivery));
  } catch {
    return refused("body-not-json", "the body is not JSON");
  }
  const taskId = namedTaskId(body);
  if (taskId === null) return refused("not-a-task-event", "the delivery names no task id");
  const task = await getTask(options.fetcher, taskId, { signal: options.signal });
  return {
    ok: true,
    event: {
      source: "browseract",
      taskId: task.id,
      status: task.status,
      occurredAt: task.finishedAt ?? null,
      raw: task.raw,
    },
  };
}
