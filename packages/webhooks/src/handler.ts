import { ApiError, InvalidPathParameterError, InvalidTaskRefError, type TaskFetcher } from "@agent-tasks/core";
import type { AgentTaskSource } from "@agent-tasks/normalize";
import { type BrowserUseWebhookOptions, verifyBrowserUseWebhook } from "./browser-use.js";
import { verifyBrowserActCallback } from "./browseract.js";
import { verifyDariWebhook } from "./dari.js";
import { type SkyvernWebhookOptions, verifySkyvernWebhook } from "./skyvern.js";
import type { TaskWebhookEvent, WebhookRejection, WebhookVerification } from "./verification.js";

/**
 * One webhook endpoint as a Fetch-API function, `(request: Request) => Promise<Response>`: usable as is in Hono,
 * Next.js route handlers, Cloudflare Workers, Deno and Bun, and in node:http or Express through `toNodeListener`.
 * It answers quickly: the verified event is handed to `onEvent`, which should only enqueue it (for example
 * `watcher.deliver(event)`) and leave slow work to a worker. BrowserAct wants an answer within 30 s.
 */

/** The largest body accepted by default: 1 MiB. */
export const WEBHOOK_MAX_BODY_BYTES: number = 1_048_576; // 1 MiB

/** What every provider's handler options have in common. */
interface HandlerOptionsBase<Source extends AgentTaskSource> {
  /**
   * Called with each verified task event, before the answer: the handler answers 204 once it settles, and 500 (so
   * the provider retries) if it throws or rejects. Enqueue here; do not do slow work.
   */
  onEvent: (event: TaskWebhookEvent<Source>, request: Request) => unknown;
  /** Called, for logging, with every delivery that did not reach `onEvent`. What it throws is ignored. */
  onRejected?: ((rejection: WebhookHandlerRejection, request: Request) => unknown) | undefined;
  /** Bodies larger than this are refused with 413, without being read further. Default 1 MiB. */
  maxBodyBytes?: number | undefined;
}

/** A Browser Use endpoint: deliveries signed with the dashboard's webhook secret (several while one rotates). */
export interface BrowserUseHandlerOptions extends HandlerOptionsBase<"browser-use"> {
  provider: "browser-use";
  secret: BrowserUseWebhookOptions["secret"];
  /** The replay window, in seconds. Default 300, as documented. */
  toleranceSeconds?: number | undefined;
}

/** A Dari endpoint: deliveries signed with the org's webhook signing key (several while one rotates). */
export interface DariHandlerOptions extends HandlerOptionsBase<"dari"> {
  provider: "dari";
  secret: string | readonly string[];
}

/** A Skyvern endpoint (a run's `webhook_url`): deliveries signed with your Skyvern API key (several while one rotates). */
export interface SkyvernHandlerOptions extends HandlerOptionsBase<"skyvern"> {
  provider: "skyvern";
  secret: SkyvernWebhookOptions["secret"];
  /** The window for `x-skyvern-timestamp`, in seconds. Default 300. */
  toleranceSeconds?: number | undefined;
}

/** A BrowserAct endpoint: the token put in the callback URL, and a fetcher to re-read the task it names. */
export interface BrowserActHandlerOptions extends HandlerOptionsBase<"browseract"> {
  provider: "browseract";
  token: string | readonly string[];
  /** `createBrowserActTaskFetcher(client)`. */
  fetcher: TaskFetcher<"browseract", string, unknown>;
}

/** Options of `createWebhookHandler`: pick the provider with `provider`. */
export type WebhookHandlerOptions =
  | BrowserUseHandlerOptions
  | DariHandlerOptions
  | SkyvernHandlerOptions
  | BrowserActHandlerOptions;

/** A delivery that did not reach `onEvent` (or whose `onEvent` failed), as passed to `onRejected`. */
export interface WebhookHandlerRejection {
  /** The HTTP status answered. */
  status: number;
  reason:
    | WebhookRejection
    | "method-not-allowed"
    | "body-too-large"
    | "body-unreadable"
    | "task-read-failed"
    | "on-event-failed";
  /** A sentence for logs. Never contains a secret. */
  message: string;
  /** What was thrown, for `task-read-failed` and `on-event-failed`. */
  error?: unknown;
}

const UNAUTHORIZED: readonly WebhookRejection[] = [
  "missing-signature",
  "missing-timestamp",
  "bad-timestamp",
  "timestamp-outside-window",
  "bad-signature",
];

function answer(status: number, error?: string, headers: Record<string, string> = {}): Response {
  if (error === undefined) return new Response(null, { status, headers });
  return new Response(JSON.stringify({ error }), {
    status,
    headers: { "content-type": "application/json", ...headers },
  });
}

/** The body's bytes, or `null` once more than `limit` bytes arrived (the rest is not read). */
async function readCapped(request: Request, limit: number): Promise<Uint8Array | null> {
  const declared = Number(request.headers.get("content-length"));
  if (declared > limit) {
    await request.body?.cancel().catch(() => {});
    return null;
  }
  if (request.body === null) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** Whether a failed re-read says the delivery named no task of ours (400), not that reading failed (502). */
function isRefusedTask(error: unknown): boolean {
  if (error instanceof InvalidTaskRefError || error instanceof InvalidPathParameterError) return true;
  if (!(error instanceof ApiError) || error.status === null) return false;
  // 401/403 (our key), 408 and 429 are ours or passing, not the sender's: 502 lets BrowserAct retry.
  return error.status >= 400 && error.status < 500 && ![401, 403, 408, 429].includes(error.status);
}

async function verify(options: WebhookHandlerOptions, request: Request, body: Uint8Array) {
  const delivery = { headers: request.headers, body };
  switch (options.provider) {
    case "browser-use":
      return verifyBrowserUseWebhook(delivery, { secret: options.secret, toleranceSeconds: options.toleranceSeconds });
    case "dari":
      return verifyDariWebhook(delivery, { secret: options.secret });
    case "skyvern":
      return verifySkyvernWebhook(delivery, { secret: options.secret, toleranceSeconds: options.toleranceSeconds });
    case "browseract":
      return verifyBrowserActCallback(
        { ...delivery, url: request.url },
        { token: options.token, fetcher: options.fetcher },
      );
  }
}

/**
 * A Fetch-API webhook endpoint for one provider. Answers: 405 (with `Allow: POST`) to anything but POST; 413 to a
 * body over `maxBodyBytes`; 401 to a missing or wrong signature or token, or a timestamp outside the window; 400 to
 * a body that is not JSON, or a BrowserAct callback whose task id BrowserAct's API refused; 502 when BrowserAct could not be
 * read; 204 to a verified delivery that is no task event (Browser Use's dashboard `test`), without calling
 * `onEvent`; 204 once `onEvent` settled; 500 if it threw, so the provider retries. Error bodies are
 * `{"error": "<reason>"}` (`"internal-error"` for 500) and never carry a secret or a stack. The returned function never throws.
 */
export function createWebhookHandler(options: WebhookHandlerOptions): (request: Request) => Promise<Response> {
  const limit = options.maxBodyBytes ?? WEBHOOK_MAX_BODY_BYTES;
  const onEvent = options.onEvent as (event: TaskWebhookEvent, request: Request) => unknown;

  async function rejected(request: Request, rejection: WebhookHandlerRejection, headers?: Record<string, string>) {
    try {
      await options.onRejected?.(rejection, request);
    } catch {}
    const { status, reason } = rejection;
    return answer(status, status === 204 ? undefined : status === 500 ? "internal-error" : reason, headers);
  }

  return async (request) => {
    if (request.method !== "POST") {
      const message = `${request.method} is not allowed, only POST`;
      return rejected(request, { status: 405, reason: "method-not-allowed", message }, { allow: "POST" });
    }
    let body: Uint8Array | null;
    try {
      body = await readCapped(request, limit);
    } catch (error) {
      return rejected(request, {
        status: 400,
        reason: "body-unreadable",
        message: "the body could not be read",
        error,
      });
    }
    if (body === null) {
      return rejected(request, { status: 413, reason: "body-too-large", message: `the body is over ${limit} bytes` });
    }
    let verification: WebhookVerification;
    try {
      verification = await verify(options, request, body);
    } catch (error) {
      const status = isRefusedTask(error) ? 400 : 502;
      const message = `the task could not be re-read from ${options.provider}: ${error instanceof Error ? error.name : "error"}`;
      return rejected(request, { status, reason: "task-read-failed", message, error });
    }
    if (!verification.ok) {
      const { reason, message } = verification;
      const status = UNAUTHORIZED.includes(reason) ? 401 : reason === "not-a-task-event" ? 204 : 400;
      return rejected(request, { status, reason, message });
    }
    try {
      await onEvent(verification.event, request);
    } catch (error) {
      return rejected(request, { status: 500, reason: "on-event-failed", message: "onEvent threw", error });
    }
    return answer(204);
  };
}
