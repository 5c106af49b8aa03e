export {
  type AuthenticatedFetchOptions,
  createAuthenticatedFetch,
  type FetchLike,
} from "./create-authenticated-fetch.js";
export {
  createProviderClient,
  defineClientFactory,
  type ProviderClientOptions,
  type ProviderDescriptor,
} from "./create-provider-client.js";
export {
  AgentTasksError,
  InvalidClientOptionError,
  InvalidPathParameterError,
  MissingApiKeyError,
  RedirectError,
} from "./errors.js";
export { createGuardedPathSerializer } from "./guard-path-params.js";
export { readEnv } from "./read-env.js";
export { applySecurityScheme, type SecurityScheme, securityHeaderName } from "./security-scheme.js";
