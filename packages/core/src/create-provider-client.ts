import createClient, { type Middleware } from "openapi-fetch";
import {
  checkClientOptions,
  checkRequestOptions,
  type ProviderClientOptions,
  type ProviderDescriptor,
  type RequestOptions,
  resolveApiKey,
  resolveBaseUrl,
} from "./client-options.js";
import type { FetchLike } from "./create-authenticated-fetch.js";
import { createGuardedPathSerializer } from "./guard-path-params.js";
import { PreparedRequest } from "./prepared-request.js";
import type { ProviderClient } from "./provider-client-types.js";
import { REDACTED } from "./redact.js";
import { sendThroughLayer } from "./request-layer.js";
import { createRequestLayerState } from "./request-layer-state.js";

const HTTP_METHODS = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"] as const;

/** A call's options as the caller gave them: openapi-fetch's, with the request layer's own among them. */
type OpenApiFetchInit =
  | (RequestOptions & {
      params?: { path?: unknown };
      parseAs?: string;
      fetch?: FetchLike;
      middleware?: unknown;
      [key: string]: unknown;
    })
  | undefined;

/** Builds a typed client for `Paths` that authenticates the way the provider's spec says, behind the request layer. */
export function createProviderClient<Paths extends {}>(
  descriptor: ProviderDescriptor,
  options: ProviderClientOptions = {},
): ProviderClient<Paths> {
  const { provider, displayName } = descriptor;
  const apiKey = resolveApiKey(descriptor, options.apiKey);
  const baseUrl = resolveBaseUrl(provider, options.baseUrl ?? descriptor.serverUrl);
  checkClientOptions(provider, options);
  const layer = createRequestLayerState(descriptor, apiKey, baseUrl, options);
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
    // openapi-fetch skips the path serializer when `params.path` is absent (possible from plain JavaScript);
    // pinned by openapi-fetch-contract.test.ts.
    if (options.params?.path == null) guardPath(url, {});
    // Most calls set none of the options a call can override: nothing to check then.
    if (options.maxRetries !== undefined || options.timeoutMs !== undefined || options.maxResponseBytes !== undefined) {
      checkRequestOptions(provider, options);
    }
    // openapi-fetch ignores the layer's own options (`maxRetries`, `timeoutMs`); its `fetch` is the layer's.
    const parseAs = options.parseAs ?? "json";
    const fetchOverride = options.fetch;
    const send = inner[method] as (url: string, init: OpenApiFetchInit) => Promise<unknown>;
    // The caller's signal stays with the layer, which joins it to each attempt's own. Without middleware to
    // hand a real Request to, openapi-fetch builds a PreparedRequest: the parts, which fetch turns into one Request.
    const prepared = middleware.size === 0 && options.middleware === undefined;
    return send(url, {
      ...options,
      signal: undefined,
      fetch: (request: Request | PreparedRequest) => sendThroughLayer(layer, request, options, parseAs, fetchOverride),
      // With middleware, the caller's own `Request` option, else (`undefined`) openapi-fetch's default.
      Request: prepared ? PreparedRequest : options.Request,
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
