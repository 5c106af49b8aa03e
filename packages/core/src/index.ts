// The public surface of @agent-tasks/core: what every provider package re-exports, so users never import
// @agent-tasks/core themselves. Everything else the @agent-tasks packages share is in ./internal.ts.
export {
  ApiConnectionError,
  ApiError,
  type ApiErrorDetails,
  ApiTimeoutError,
  AuthenticationError,
  BadRequestError,
  ConcurrencyLimitError,
  ConflictError,
  InvalidResponseError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ResponseTooLargeError,
  ServerError,
  UnprocessableEntityError,
  UserAbortError,
} from "./api-errors.js";
export type { ProviderClientOptions, RequestOptions } from "./client-options.js";
export type { FetchLike } from "./create-authenticated-fetch.js";
export {
  AgentTasksError,
  InvalidClientOptionError,
  InvalidPathParameterError,
  InvalidTaskRefError,
  MissingApiKeyError,
  RedirectError,
} from "./errors.js";
export type { ProviderClient, UnexpectedErrorBody } from "./provider-client-types.js";
export type { RequestEvent, RequestEventBase } from "./request-events.js";
export { isTransientError } from "./retry-policy.js";
export {
  type OptionalTaskOperation,
  optionalTaskOperations,
  type StartedTask,
  type TaskAdapter,
  type TaskCallOptions,
  type TaskClientKeyOperation,
  type TaskListOperation,
  type TaskListPage,
  type TaskOutputSchemaOperation,
  type TaskPauseOperation,
  type TaskResumeOperation,
  type TaskStatusOperation,
  type TaskStopOperation,
} from "./task-adapter.js";
export type { RawTaskBySource, TaskFetcher, TaskFetchOptions } from "./task-fetcher.js";
export { type FetchResult, type SuccessData, unwrap } from "./unwrap.js";
