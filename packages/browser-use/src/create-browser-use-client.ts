import type { ProviderClient, ProviderClientOptions } from "@agent-tasks/core";
import { defineClientFactory } from "@agent-tasks/core/internal";
import type { paths } from "./generated/browser-use.js";
import { browserUseSpec } from "./generated/browser-use-spec.js";

export type BrowserUseClientOptions = ProviderClientOptions;
export type BrowserUseClient = ProviderClient<paths>;

/** Creates a typed client for the Browser Use Cloud API v2; the key is sent as `X-Browser-Use-API-Key`. */
export const createBrowserUseClient: (options?: BrowserUseClientOptions) => BrowserUseClient =
  defineClientFactory<paths>({
    provider: "browser-use",
    displayName: "Browser Use",
    factoryName: "createBrowserUseClient",
    apiKeyEnvVar: "BROWSER_USE_API_KEY",
    serverUrl: browserUseSpec.serverUrl,
    security: browserUseSpec.security,
  });
