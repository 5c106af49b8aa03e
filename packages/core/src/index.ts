// Everything users see through the provider packages...

// ...and the runtime the provider packages (and advanced users) build on.
export { abortableSleep } from "./abortable-sleep.js";
export { type ApiErrorDetails, errorClassForStatus } from "./api-errors.js";
export { ConcurrencyLimiter, type ReleaseSlot } from "./concurrency-limiter.js";
export {
  type AuthenticatedFetch,
  type AuthenticatedFetchOptions,
  createAuthenticatedFetch,
} from "./create-authenticated-fetch.js";
export {
  createProviderClient,
  defineClientFactory,
  type ProviderDescriptor,
  requestLayerDefaults,
} from "./create-provider-client.js";
export { errorFromResponse, providerErrorText } from "./error-from-response.js";
export { createGuardedPathSerializer } from "./guard-path-params.js";
export * from "./public.js";
export { readEnv } from "./read-env.js";
export { REDACTED, redactHeaders, redactSecret } from "./redact.js";
export type { CallOptions } from "./request-layer.js";
export { backoffDelayMs, isIdempotentMethod, isRetryableStatus, parseRetryAfterMs } from "./retry-policy.js";
export { applySecurityScheme, type SecurityScheme, securityHeaderName } from "./security-scheme.js";
export { requireTaskId } from "./task-fetcher.js";
