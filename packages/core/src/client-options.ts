/**
 * The options of a client and of each call: their types, their checks and their defaults, in one place that
 * both the client factory and the request layer import.
 */
import type { HeadersOptions } from "openapi-fetch";
import type { FetchLike } from "./create-authenticated-fetch.js";
import { InvalidClientOptionError, MissingApiKeyError } from "./errors.js";
import { readEnv } from "./read-env.js";
import type { RequestEvent } from "./request-events.js";
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
  /** Time limit for each attempt, in milliseconds, body included. Default 60,000. `Infinity` (or anything beyond about 24.8 days, setTimeout's limit) means none. */
  timeoutMs?: number;
  /** Requests this client has in flight at once; more wait in line. Default 32. */
  maxConcurrentRequests?: number;
  /** Longest `Retry-After` honoured before a retry, in milliseconds; longer ones are cut to it. Default 60,000. */
  maxRetryAfterMs?: number;
  /**
   * Longest response body read, in bytes, counted as it streams and after decompression. A 2xx body beyond it
   * ends the call in `ResponseTooLargeError` (not retried); an error body is cut there. Default 16 MiB.
   */
  maxResponseBytes?: number;
  /** Called for each attempt, response, retry and error, with credentials redacted. Exceptions it throws are ignored. */
  onRequestEvent?: (event: RequestEvent) => void;
}

/** Per-call options of the request layer; each overrides the client's setting for one call. */
export interface RequestOptions {
  /** Retries for this call. `0` sends it exactly once. */
  maxRetries?: number;
  /** Time limit for each attempt of this call, in milliseconds. */
  timeoutMs?: number;
  /** Longest response body read for this call, in bytes. */
  maxResponseBytes?: number;
  /** Aborts the call at once, backoff sleeps included; it rejects with `UserAbortError`. */
  signal?: AbortSignal | null;
}

/** The defaults of the request-layer options. */
export const requestLayerDefaults = {
  maxRetries: 2,
  timeoutMs: 60_000,
  maxConcurrentRequests: 32,
  maxRetryAfterMs: 60_000,
  // A Browser Use task with hundreds of steps is well under 1 MiB; Hyperbrowser's with full step data a few MiB.
  maxResponseBytes: 16_777_216, // 16 MiB
} as const;

// The numeric options: the least value each takes, and whether it must be an integer. The first three are the
// ones a call can override.
const NUMBER_OPTIONS = [
  ["maxRetries", 0, true],
  ["timeoutMs", 1, false],
  ["maxResponseBytes", 1, true],
  ["maxConcurrentRequests", 1, true],
  ["maxRetryAfterMs", 0, false],
] as const;

/**
 * Throws when one of the first `count` numeric options is set to something other than a number of at least its
 * least value (an integer where it must be one); Infinity means "no limit", except for `maxRetries`.
 */
function checkNumbers(provider: string, options: ProviderClientOptions, count: number): void {
  for (let index = 0; index < count; index++) {
    const [option, min, integer] = NUMBER_OPTIONS[index] as (typeof NUMBER_OPTIONS)[number];
    const value: unknown = options[option];
    if (value === undefined) continue;
    const valid =
      typeof value === "number" && value >= min && (!integer || value === Infinity || Number.isInteger(value));
    const problem = !valid
      ? `expected ${integer ? "an integer" : "a number"} of at least ${min}, got ${String(value)}`
      : option === "maxRetries" && value === Infinity
        ? "expected a finite number of retries"
        : null;
    if (problem !== null) throw new InvalidClientOptionError(provider, option, problem);
  }
}

/** Checks the options a call can override (the client's own, or one call's). */
export function checkRequestOptions(provider: string, options: RequestOptions): void {
  checkNumbers(provider, options, 3);
}

/** Checks the client's options that the key and base URL checks do not cover. */
export function checkClientOptions(provider: string, options: ProviderClientOptions): void {
  checkNumbers(provider, options, NUMBER_OPTIONS.length);
  if (options.onRequestEvent !== undefined && typeof options.onRequestEvent !== "function") {
    throw new InvalidClientOptionError(provider, "onRequestEvent", "expected a function");
  }
}

/**
 * The API key: the option, else the provider's environment variable, without surrounding whitespace; refused
 * when no header could carry it. Trimmed because fetch trims header values: the key sent (and echoed back by a
 * provider) would otherwise not be the key the client redacts.
 */
export function resolveApiKey(descriptor: ProviderDescriptor, apiKey: string | undefined): string {
  // A blank option (often `process.env.X ?? ""` upstream) falls back to the environment like an absent one.
  const key = apiKey?.trim() || readEnv(descriptor.apiKeyEnvVar)?.trim() || undefined;
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
export function resolveBaseUrl(provider: string, candidate: string): string {
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
