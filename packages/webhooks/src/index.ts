/**
 * Verified webhooks from cloud browser-agent services, read as one normalized task event
 * (`{ source, taskId, status, occurredAt, raw }`): Browser Use (`verifyBrowserUseWebhook`), Dari
 * (`verifyDariWebhook`), Skyvern runs (`verifySkyvernWebhook`) and BrowserAct callbacks (`browserActCallbackUrl` +
 * `verifyBrowserActCallback`). WebCrypto only, so it runs in Node, browsers, Workers and edge runtimes; comparisons in
 * constant time; never throws on what a sender controls. `createWebhookHandler` is a Fetch-API endpoint;
 * `toNodeListener` fits it to node:http and Express. Hyperbrowser and Browser Use v4 runs document no webhooks: poll
 * them.
 *
 * @module
 */

export {
  BROWSER_USE_TOLERANCE_SECONDS,
  type BrowserUseWebhookOptions,
  verifyBrowserUseWebhook,
} from "./browser-use.js";
export {
  BROWSERACT_TOKEN_PARAMETER,
  type BrowserActCallbackOptions,
  browserActCallbackUrl,
  verifyBrowserActCallback,
} from "./browseract.js";
export { type DariWebhookOptions, dariSignedBytes, verifyDariWebhook } from "./dari.js";
export {
  type BrowserActHandlerOptions,
  type BrowserUseHandlerOptions,
  createWebhookHandler,
  type DariHandlerOptions,
  type SkyvernHandlerOptions,
  WEBHOOK_MAX_BODY_BYTES,
  type WebhookHandlerOptions,
  type WebhookHandlerRejection,
} from "./handler.js";
export { type NodeListenerOptions, type NodeRequestLike, type NodeResponseLike, toNodeListener } from "./node.js";
export { SKYVERN_TOLERANCE_SECONDS, type SkyvernWebhookOptions, verifySkyvernWebhook } from "./skyvern.js";
export type {
  TaskWebhookEvent,
  WebhookDelivery,
  WebhookRejection,
  WebhookVerification,
} from "./verification.js";
