import createClient, { type HeadersOptions, type Middleware } from "openapi-fetch";
import { ConcurrencyLimiter } from "./concurrency-limiter.js";
import { createAuthenticatedTransport, type FetchLike } from "./create-authenticated-fetch.js";
import { InvalidClientOptionError, MissingApiKeyError } from "./errors.js";
import { createGuardedPathSerializer } from "./guard-path-params.js";
import { PreparedRequest } from "./prepared-request.js";
import type { ProviderClient } from "./provider-client-types.js";
import { readEnv } from "./read-env.js";
import { REDACTED } from "./redact.js";
import { type CallOptions, createRequestLayer, type RequestEvent } from "./request-layer.js";
import { type SecurityScheme, securityHeaderName } from "./security-scheme.js";

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

/** The defaults of the request-layer options. */
export const requestLayerDefaults = {
  maxRetries: 2,
  timeoutMs: 60_000,
  maxConcurrentRequests: 32,
  maxRetryAfterMs: 60_000,
} as const;

/** What makes a key unsendable as a header value, or `null`. Checked up front so the runtime's own error never echoes the key. */
function headerValueProblem(value: string): string | null {
  for (const character of value) {
    const code = character.charCodeAt(0);
    if (code < 0x20 || code === 0x7f) return "it contains control characters (a stray newline?)";
    if (code > 0xff) return "it contains characters that cannot be sent in an HTTP header (a pasted zero-width space?)";
  }
  return null;
}

function resolveApiKey(descriptor: ProviderDescriptor, apiKey: string | undefined): string {
  // A blank option (often `process.env.X ?? ""` upstream) falls back to the environment like an absent one.
  const key = (apiKey !== undefined && apiKey.trim() !== "" ? apiKey : undefined) ?? readEnv(descriptor.apiKeyEnvVar);
  if (key === undefined || key.trim() === "") {
    throw new MissingApiKeyError(
      descriptor.provider,
      descriptor.displayName,
      descriptor.factoryName,
      descriptor.apiKeyEnvVar,
    );
  }
  const problem = headerValueProblem(key);
  if (problem !== null) throw new InvalidClientOptionError(descriptor.provider, "apiKey", problem);
  return key;
}

function resolveBaseUrl(descriptor: ProviderDescriptor, baseUrl: string | undefined): string {
  const candidate = baseUrl ?? descriptor.serverUrl;
  let parsed: URL;
  try {
    parsed = new URL(candidate);
  } catch {
    throw new InvalidClientOptionError(
      descriptor.provider,
      "baseUrl",
      `${JSON.stringify(candidate)} is not an absolute URL`,
    );
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") {
    throw new InvalidClientOptionError(descriptor.provider, "baseUrl", `${parsed.protocol} URLs are not supported`);
  }
  if (parsed.search !== "" || parsed.hash !== "") {
    throw new InvalidClientOptionError(
      descriptor.provider,
      "baseUrl",
      "a query string or fragment cannot be part of it",
    );
  }
  if (parsed.username !== "" || parsed.password !== "") {
    throw new InvalidClientOptionError(descriptor.provider, "baseUrl", "credentials in the URL are not allowed");
  }
  // Written the way URL writes it (lower-case host, no default port), so the key's same-origin check is exact.
  return `${parsed.origin}${parsed.pathname.replace(/\/+$/, "")}`;
}

function checkCount(
  provider: string,
  option: string,
  value: number | undefined,
  rule: { min: number; integer: boolean },
): void {
  if (value === undefined) return;
  const valid =
    typeof value === "number" &&
    value >= rule.min &&
    (value === Number.POSITIVE_INFINITY || (Number.isFinite(value) && (!rule.integer || Number.isInteger(value))));
  if (!valid) {
    const expected = rule.integer ? `an integer of at least ${rule.min}` : `a number of at least ${rule.min}`;
    throw new InvalidClientOptionError(provider, option, `expected ${expected}, got ${String(value)}`);
  }
}

function checkRequestLayerOptions(provider: string, options: { maxRetries?: number; timeoutMs?: number }): void {
  checkCount(provider, "maxRetries", options.maxRetries, { min: 0, integer: true });
  if (options.maxRetries === Number.POSITIVE_INFINITY) {
    throw new InvalidClientOptionError(provider, "maxRetries", "expected a finite number of retries");
  }
  checkCount(provider, "timeoutMs", options.timeoutMs, { min: 1, integer: false });
}

const HTTP_METHODS = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"] as const;
const inspectSymbol = Symbol.for("nodejs.util.inspect.custom");

type OpenApiFetchInit = { [key: string]: unknown } | undefined;

/** Builds a typed client for `Paths` that authenticates the way the provider's spec says, behind the request layer. */
export function createProviderClient<Paths extends {}>(
  descriptor: ProviderDescriptor,
  options: ProviderClientOptions = {},
): ProviderClient<Paths> {
  const apiKey = resolveApiKey(descriptor, options.apiKey);
  const baseUrl = resolveBaseUrl(descriptor, options.baseUrl);
  checkRequestLayerOptions(descriptor.provider, options);
  checkCount(descriptor.provider, "maxConcurrentRequests", options.maxConcurrentRequests, { min: 1, integer: true });
  checkCount(descriptor.provider, "maxRetryAfterMs", options.maxRetryAfterMs, { min: 0, integer: false });
  if (options.onRequestEvent !== undefined && typeof options.onRequestEvent !== "function") {
    throw new InvalidClientOptionError(descriptor.provider, "onRequestEvent", "expected a function");
  }
  const customFetch = options.fetch;
  const layer = createRequestLayer({
    provider: descriptor.provider,
    displayName: descriptor.displayName,
    apiKey,
    keyHeaderName: securityHeaderName(descriptor.security),
    transport: createAuthenticatedTransport({
      provider: descriptor.provider,
      security: descriptor.security,
      apiKey,
      apiOrigin: new URL(baseUrl).origin,
      // Without a custom fetch, `globalThis.fetch` is looked up per request (so msw works) and given URL and init.
      getFetch: customFetch === undefined ? undefined : () => customFetch,
    }),
    maxRetries: options.maxRetries ?? requestLayerDefaults.maxRetries,
    timeoutMs: options.timeoutMs ?? requestLayerDefaults.timeoutMs,
    maxRetryAfterMs: options.maxRetryAfterMs ?? requestLayerDefaults.maxRetryAfterMs,
    limiter: new ConcurrencyLimiter(options.maxConcurrentRequests ?? requestLayerDefaults.maxConcurrentRequests),
    onRequestEvent: options.onRequestEvent,
  });
  const guardPath = createGuardedPathSerializer(descriptor.provider, baseUrl);
  const inner = createClient<Paths>({
    baseUrl,
    headers: options.headers,
    pathSerializer: guardPath,
    // Redirects are followed by hand, so the key never follows one to another origin.
    redirect: "manual",
    fetch: (request) => layer.send(request, { signal: request.signal }),
  });

  const middleware = new Set<Middleware>();

  // Each call hands openapi-fetch a fetch bound to that call's own retry and timeout settings.
  const callThroughLayer = async (method: (typeof HTTP_METHODS)[number], url: string, init: OpenApiFetchInit) => {
    const { maxRetries, timeoutMs, fetch: fetchOverride, ...rest } = init ?? {};
    // openapi-fetch skips the path serializer when `params.path` is absent (possible from plain JavaScript).
    if ((rest.params as { path?: unknown } | undefined)?.path == null) guardPath(url, {});
    const call: CallOptions = {
      maxRetries: maxRetries as number | undefined,
      timeoutMs: timeoutMs as number | undefined,
      expectJson: rest.parseAs === undefined || rest.parseAs === "json",
      fetch: fetchOverride as FetchLike | undefined,
      signal: rest.signal as AbortSignal | null | undefined,
    };
    checkRequestLayerOptions(descriptor.provider, call);
    const send = inner[method] as (url: string, init: OpenApiFetchInit) => Promise<unknown>;
    // The caller's signal stays with the layer, which joins it to each attempt's own. Without middleware to
    // hand a real Request to, openapi-fetch builds a PreparedRequest: the parts, which fetch turns into one Request.
    const prepared = middleware.size === 0 && rest.middleware === undefined;
    return send(url, {
      ...rest,
      signal: undefined,
      fetch: (request: Request | PreparedRequest) => layer.send(request, call),
      ...(prepared ? { Request: PreparedRequest } : {}),
    });
  };

  const client = {
    provider: descriptor.provider,
    baseUrl,
    use: (...added: Middleware[]) => {
      for (const item of added) middleware.add(item);
      inner.use(...added);
    },
    eject: (...removed: Middleware[]) => {
      for (const item of removed) middleware.delete(item);
      inner.eject(...removed);
    },
  } as Record<string, unknown>;
  for (const method of HTTP_METHODS) {
    client[method] = (url: string, init?: OpenApiFetchInit) => callThroughLayer(method, url, init);
  }
  // The key lives only in closures; these keep logs and JSON honest about what the object holds.
  const summary = { provider: descriptor.provider, baseUrl, apiKey: REDACTED };
  Object.defineProperty(client, "toJSON", { value: () => summary, enumerable: false });
  Object.defineProperty(client, inspectSymbol, {
    value: () => `${descriptor.displayName}Client ${JSON.stringify(summary)}`,
    enumerable: false,
  });
  return client as unknown as ProviderClient<Paths>;
}

/** Returns a provider's public client factory (`createHyperbrowserClient` and friends). */
export function defineClientFactory<Paths extends {}>(
  descriptor: ProviderDescriptor,
): (options?: ProviderClientOptions) => ProviderClient<Paths> {
  return (options = {}) => createProviderClient<Paths>(descriptor, options);
}
