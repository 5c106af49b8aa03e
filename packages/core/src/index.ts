export { abortableSleep } from "./abortable-sleep.js";
export {
  ApiConnectionError,
  ApiError,
  type ApiErrorDetails,
  ApiTimeoutError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  errorClassForStatus,
  InvalidResponseError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ServerError,
  UnprocessableEntityError,
  UserAbortError,
} from "./api-errors.js";
export { ConcurrencyLimiter, type ReleaseSlot } from "./concurrency-limiter.js";
export {
  type AuthenticatedFetch,
  type AuthenticatedFetchOptions,
  createAuthenticatedFetch,
  type FetchLike,
} from "./create-authenticated-fetch.js";
export {
  createProviderClient,
  defineClientFactory,
  type ProviderClientOptions,
  type ProviderDescriptor,
  requestLayerDefaults,
} from "./create-provider-client.js";
export { errorFromResponse, providerErrorText } from "./error-from-response.js";
export {
  AgentTasksError,
  InvalidClientOptionError,
  InvalidPathParameterError,
  InvalidTaskRefError,
  MissingApiKeyError,
  RedirectError,
} from "./errors.js";
export { createGuardedPathSerializer } from "./guard-path-params.js";
export type { ProviderClient, RequestOptions } from "./provider-client-types.js";
export { readEnv } from "./read-env.js";
export { REDACTED, redactHeaders, redactSecret } from "./redact.js";
export type { CallOptions, RequestEvent } from "./request-layer.js";
export {
  backoffDelayMs,
  isIdempotentMethod,
  isRetryableStatus,
  isTransientError,
  parseRetryAfterMs,
} from "./retry-policy.js";
export { applySecurityScheme, type SecurityScheme, securityHeaderName } from "./security-scheme.js";
export { requireTaskId, type TaskFetcher, type TaskFetchOptions } from "./task-fetcher.js";
export { type FetchResult, type SuccessData, unwrap } from "./unwrap.js";
