import createClient, { type Client, type HeadersOptions } from "openapi-fetch";
import { createAuthenticatedFetch, type FetchLike } from "./create-authenticated-fetch.js";
import { InvalidClientOptionError, MissingApiKeyError } from "./errors.js";
import { createGuardedPathSerializer } from "./guard-path-params.js";
import { readEnv } from "./read-env.js";
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
}

function hasControlCharacters(value: string): boolean {
  for (const character of value) {
    const code = character.charCodeAt(0);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
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
  if (hasControlCharacters(key)) {
    // The runtime's own header error would echo the key, so say what is wrong without it.
    throw new InvalidClientOptionError(
      descriptor.provider,
      "apiKey",
      "it contains control characters (a stray newline?)",
    );
  }
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
  return candidate.replace(/\/+$/, "");
}

/** Builds an openapi-fetch client typed by `Paths` that authenticates the way the provider's spec says. */
export function createProviderClient<Paths extends {}>(
  descriptor: ProviderDescriptor,
  options: ProviderClientOptions = {},
): Client<Paths> {
  const apiKey = resolveApiKey(descriptor, options.apiKey);
  const baseUrl = resolveBaseUrl(descriptor, options.baseUrl);
  const customFetch = options.fetch;
  const guardPath = createGuardedPathSerializer(descriptor.provider, baseUrl);
  const client = createClient<Paths>({
    baseUrl,
    headers: options.headers,
    pathSerializer: guardPath,
    fetch: createAuthenticatedFetch({
      provider: descriptor.provider,
      security: descriptor.security,
      apiKey,
      apiOrigin: new URL(baseUrl).origin,
      getFetch: () => customFetch ?? ((request) => globalThis.fetch(request)),
    }),
  });
  // openapi-fetch skips the path serializer when `params.path` is absent (possible from plain JavaScript).
  client.use({
    onRequest: ({ schemaPath, params }) => {
      if (!params.path) guardPath(schemaPath, {});
    },
  });
  return client;
}

/** Returns a provider's public client factory (`createHyperbrowserClient` and friends). */
export function defineClientFactory<Paths extends {}>(
  descriptor: ProviderDescriptor,
): (options?: ProviderClientOptions) => Client<Paths> {
  return (options = {}) => createProviderClient<Paths>(descriptor, options);
}
