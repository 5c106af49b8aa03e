import createClient, { type HeadersOptions, type Middleware } from "openapi-fetch";
import type { FetchLike } from "./create-authenticated-fetch.js";
import { InvalidClientOptionError, MissingApiKeyError } from "./errors.js";
import { createGuardedPathSerializer } from "./guard-path-params.js";
import { PreparedRequest } from "./prepared-request.js";
import type { ProviderClient } from "./provider-client-types.js";
import { readEnv } from "./read-env.js";
import { REDACTED } from "./redact.js";
import { type CallOptions, createRequestLayer, type RequestEvent } from "./request-layer.js";
import type { SecurityScheme } from "./security-scheme.js";

/** What a provider package tells the shared runtime about its API. */
export interface ProviderDescriptor {
  /** Provider id, spelled as in `specs/<id>/`. */
  readonly provider: string;
  /** Human name used in messages, e.g. "Hyperbrowser". */
  readonly displayName: string;
  /** The public factory's name, used in messages. */
  readonly factoryName: string;
  /** Environment variable read when no `apiKey` option is given. */
  readonly apiKeyEnvVar: string;
  /** Default base URL: the spec's first server. */
  readonly serverUrl: string;
  /** How the spec's security scheme sends the key. */
  readonly security: SecurityScheme;
}

/** Options every client factory accepts. */
export interface ProviderClientOptions {
  /** API key. Falls back to the provider's environment variable where `process.env` exists. */
  apiKey?: string;
  /** Base URL. Defaults to the spec's server URL. */
  baseUrl?: string;
  /** Custom fetch. Defaults to `globalThis.fetch`, looked up on every request. */
  fetch?: FetchLike;
  /** Extra headers sent with every request. The auth header is always the client's own. */
  headers?: HeadersOptions;
  /** Retries after a connection failure, timeout, 408, 409, 429 or 5xx. Default 2. POST and PATCH are only retried when the server cannot have acted. */
  maxRetries?: number;
  /** Time limit for each attempt, in milliseconds, body included. Default 60,000. */
  timeoutMs?: number;
  /** Requests this client has in flight at once; more wait in line. Default 32. */
  maxConcurrentRequests?: number;
  /** Longest `Retry-After` honoured before a retry, in milliseconds; longer ones are cut to it. Default 60,000. */
  maxRetryAfterMs?: number;
  /** Called for each attempt, response, retry and error, with credentials redacted. Exceptions it throws are ignored. */
  onRequestEvent?: (event: RequestEvent) => void;
}

export { requestLayerDefaults } from "./request-layer.js";

/** Throws when an option is not a number of at least `min` (an integer if `integer`); Infinity means "no limit". */
function checkNumber(provider: string, option: string, value: unknown, min: number, integer: boolean): void {
  if (value === undefined) return;
  const valid =
    typeof value === "number" && value >= min && (!integer || value === Infinity || Number.isInteger(value));
  const problem = !valid
    ? `expected ${integer ? "an integer" : "a number"} of at least ${min}, got ${String(value)}`
    : option === "maxRetries" && value === Infinity
      ? "expected a finite number of retries"
      : null;
  if (problem !== null) throw new InvalidClientOptionError(provider, option, problem);
}

/** The options a call can override too. */
function checkCallOptions(provider: string, { maxRetries, timeoutMs }: CallOptions): void {
  checkNumber(provider, "maxRetries", maxRetries, 0, true);
  checkNumber(provider, "timeoutMs", timeoutMs, 1, false);
}

function resolveApiKey(descriptor: ProviderDescriptor, apiKey: string | undefined): string {
  // A blank option (often `process.env.X ?? ""` upstream) falls back to the environment like an absent one.
  const key = (apiKey?.trim() ? apiKey : undefined) ?? readEnv(descriptor.apiKeyEnvVar);
  const { provider, displayName, factoryName, apiKeyEnvVar } = descriptor;
  if (key === undefined) throw new MissingApiKeyError(provider, displayName, factoryName, apiKeyEnvVar);
  // Checked up front so the runtime's own error for a bad header value never echoes the key.
  const unsendable = /[^\x20-\x7e\x80-\xff]/.exec(key)?.[0];
  if (unsendable !== undefined) {
    const problem =
      unsendable > "\xff"
        ? "characters that cannot be sent in an HTTP header (a pasted zero-width space?)"
        : "control characters (a stray newline?)";
    throw new InvalidClientOptionError(provider, "apiKey", `it contains ${problem}`);
  }
  return key;
}

/** The base URL written the way URL writes it (lower-case host, no default port), so the key's same-origin check is exact. */
function resolveBaseUrl(provider: string, candidate: string): string {
  let url: URL | undefined;
  try {
    url = new URL(candidate);
  } catch {}
  const problem =
    url === undefined
      ? `${JSON.stringify(candidate)} is not an absolute URL`
      : !/^https?:$/.test(url.protocol)
        ? `${url.protocol} URLs are not supported`
        : url.search || url.hash
          ? "a query string or fragment cannot be part of it"
          : url.username || url.password
            ? "credentials in the URL are not allowed"
            : null;
  if (url === undefined || problem !== null) throw new InvalidClientOptionError(provider, "baseUrl", `${problem}`);
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
}

const HTTP_METHODS = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"] as const;

type OpenApiFetchInit = { [key: string]: unknown } | undefined;

/** Builds a typed client for `Paths` that authenticates the way the provider's spec says, behind the request layer. */
export function createProviderClient<Paths extends {}>(
  descriptor: ProviderDescriptor,
  options: ProviderClientOptions = {},
): ProviderClient<Paths> {
  const { provider, displayName } = descriptor;
  const apiKey = resolveApiKey(descriptor, options.apiKey);
  const baseUrl = resolveBaseUrl(provider, options.baseUrl ?? descriptor.serverUrl);
  checkCallOptions(provider, options);
  checkNumber(provider, "maxConcurrentRequests", options.maxConcurrentRequests, 1, true);
  checkNumber(provider, "maxRetryAfterMs", options.maxRetryAfterMs, 0, false);
  if (options.onRequestEvent !== undefined && typeof options.onRequestEvent !== "function") {
    throw new InvalidClientOptionError(provider, "onRequestEvent", "expected a function");
  }
  const layer = createRequestLayer(descriptor, apiKey, baseUrl, options);
  const guardPath = createGuardedPathSerializer(provider, baseUrl);
  const inner = createClient<Paths>({
    baseUrl,
    headers: options.headers,
    pathSerializer: guardPath,
    // Redirects are followed by hand, so the key never follows one to another origin.
    redirect: "manual",
  });

  const middleware = new Set<Middleware>();

  // Each call hands openapi-fetch a fetch bound to that call's own retry and timeout settings.
  const callThroughLayer = async (method: (typeof HTTP_METHODS)[number], url: string, init: OpenApiFetchInit) => {
    const options = init ?? {};
    // openapi-fetch skips the path serializer when `params.path` is absent (possible from plain JavaScript).
    if ((options.params as { path?: unknown } | undefined)?.path == null) guardPath(url, {});
    // openapi-fetch ignores the layer's own options (`maxRetries`, `timeoutMs`); its `fetch` is the layer's.
    const call: CallOptions = { ...options, expectJson: (options.parseAs ?? "json") === "json" };
    checkCallOptions(provider, call);
    const send = inner[method] as (url: string, init: OpenApiFetchInit) => Promise<unknown>;
    // The caller's signal stays with the layer, which joins it to each attempt's own. Without middleware to
    // hand a real Request to, openapi-fetch builds a PreparedRequest: the parts, which fetch turns into one Request.
    const prepared = middleware.size === 0 && options.middleware === undefined;
    return send(url, {
      ...options,
      signal: undefined,
      fetch: (request: Request | PreparedRequest) => layer.send(request, call),
      ...(prepared && { Request: PreparedRequest }),
    });
  };

  const client: Record<string, unknown> = {
    provider,
    baseUrl,
    use: (...added: Middleware[]) => {
      for (const item of added) middleware.add(item);
      inner.use(...added);
    },
    eject: (...removed: Middleware[]) => {
      for (const item of removed) middleware.delete(item);
      inner.eject(...removed);
    },
  };
  for (const method of HTTP_METHODS) {
    client[method] = (url: string, init?: OpenApiFetchInit) => callThroughLayer(method, url, init);
  }
  // The key lives only in closures; these keep logs and JSON honest about what the object holds.
  const summary = { provider, baseUrl, apiKey: REDACTED };
  Object.defineProperties(client, {
    toJSON: { value: () => summary },
    [Symbol.for("nodejs.util.inspect.custom")]: { value: () => `${displayName}Client ${JSON.stringify(summary)}` },
  });
  return client as unknown as ProviderClient<Paths>;
}

/** Returns a provider's public client factory (`createHyperbrowserClient` and friends). */
export function defineClientFactory<Paths extends {}>(
  descriptor: ProviderDescriptor,
): (options?: ProviderClientOptions) => ProviderClient<Paths> {
  return (options = {}) => createProviderClient<Paths>(descriptor, options);
}
