import type { ProviderClient, ProviderClientOptions } from "@agent-tasks/core";
import { defineClientFactory } from "@agent-tasks/core/internal";
import type { paths } from "../generated/browser-use-v4.js";
import { browserUseV4Spec } from "../generated/browser-use-v4-spec.js";

/** Options of `createBrowserUseV4Client`: the same as every provider client's. */
export type BrowserUseV4ClientOptions = ProviderClientOptions;
/** A typed client for Browser Use's API v4 (every operation of its spec: runs, sessions, workspaces, browsers, profiles). */
export type BrowserUseV4Client = ProviderClient<paths>;

/**
 * Creates a typed client for Browser Use's API v4 (`https://api.browser-use.com/api/v4`); the key (the same as
 * v2's, `BROWSER_USE_API_KEY`) is sent as `X-Browser-Use-API-Key`.
 */
export const createBrowserUseV4Client: (options?: BrowserUseV4ClientOptions) => BrowserUseV4Client =
  defineClientFactory<paths>({
    provider: "browser-use-v4",
    displayName: "Browser Use v4",
    factoryName: "createBrowserUseV4Client",
    apiKeyEnvVar: "BROWSER_USE_API_KEY",
    serverUrl: browserUseV4Spec.serverUrl,
    security: browserUseV4Spec.security,
  });
