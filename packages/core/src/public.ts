// What every provider package re-exports, so users never import @agent-tasks/core themselves.
export {
  ApiConnectionError,
  ApiError,
  ApiTimeoutError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InvalidResponseError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ServerError,
  UnprocessableEntityError,
  UserAbortError,
} from "./api-errors.js";
export type { FetchLike } from "./create-authenticated-fetch.js";
export type { ProviderClientOptions } from "./create-provider-client.js";
export {
  AgentTasksError,
  InvalidClientOptionError,
  InvalidPathParameterError,
  InvalidTaskRefError,
  MissingApiKeyError,
  RedirectError,
} from "./errors.js";
export type { ProviderClient, RequestOptions } from "./provider-client-types.js";
export type { RequestEvent, RequestEventBase } from "./request-layer.js";
export { isTransientError } from "./retry-policy.js";
export type { TaskFetcher, TaskFetchOptions } from "./task-fetcher.js";
export { type FetchResult, type SuccessData, unwrap } from "./unwrap.js";
