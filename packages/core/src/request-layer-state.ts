import { type ProviderClientOptions, type ProviderDescriptor, requestLayerDefaults } from "./client-options.js";
import { ConcurrencyLimiter } from "./concurrency-limiter.js";
import { type AuthenticatedTransport, createAuthenticatedTransport } from "./create-authenticated-fetch.js";
import { redactSecret } from "./redact.js";
import type { RequestEventSink } from "./request-events.js";
import { securityHeaderName } from "./security-scheme.js";

/** What the request layer holds for one client: built once, when the client is created, and shared by its calls. */
export interface RequestLayerState extends RequestEventSink {
  readonly displayName: string;
  readonly apiKey: string;
  /** The header that carries the key, lower-case. */
  readonly keyHeader: string;
  /** The client's options; per-call settings fall back to them, then to `requestLayerDefaults`. */
  readonly options: ProviderClientOptions;
  readonly transport: AuthenticatedTransport;
  readonly limiter: ConcurrencyLimiter;
  /** `shown` with the key replaced by `[redacted]`. */
  readonly redact: (shown: string) => string;
}

export function createRequestLayerState(
  { provider, displayName, security }: ProviderDescriptor,
  apiKey: string,
  baseUrl: string,
  options: ProviderClientOptions,
): RequestLayerState {
  const { fetch: customFetch, onRequestEvent } = options;
  const transport = createAuthenticatedTransport({
    provider,
    security,
    apiKey,
    apiOrigin: baseUrl,
    // Without a custom fetch, `globalThis.fetch` is looked up per request (so msw works) and given URL and init.
    getFetch: customFetch && (() => customFetch),
  });
  return {
    provider,
    displayName,
    apiKey,
    keyHeader: securityHeaderName(security).toLowerCase(),
    options,
    onRequestEvent,
    transport,
    limiter: new ConcurrencyLimiter(options.maxConcurrentRequests ?? requestLayerDefaults.maxConcurrentRequests),
    redact: (shown) => redactSecret(shown, apiKey),
  };
}
