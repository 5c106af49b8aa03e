import type { ProviderClient, ProviderClientOptions } from "@agent-tasks/core";
import { defineClientFactory } from "@agent-tasks/core/internal";
import type { paths } from "../generated/browser-use-v1.js";
import { browserUseV1Spec } from "../generated/browser-use-v1-spec.js";

/**
 * @deprecated Browser Use retired the v1 API: its routes answer 404 since August 2026
 * (browser-use/browser-use pull request 5578). Kept to read tasks stored from v1.
 */
export type BrowserUseV1ClientOptions = ProviderClientOptions;
/**
 * @deprecated Browser Use retired the v1 API: its routes answer 404 since August 2026
 * (browser-use/browser-use pull request 5578). Kept to read tasks stored from v1.
 */
export type BrowserUseV1Client = ProviderClient<paths>;

/**
 * Creates a typed client for the legacy Browser Use API v1; the key is sent as `Authorization: Bearer`.
 *
 * @deprecated Browser Use retired the v1 API: its routes answer 404 since August 2026
 * (browser-use/browser-use pull request 5578). Kept to read tasks stored from v1.
 */
export const createBrowserUseV1Client: (options?: BrowserUseV1ClientOptions) => BrowserUseV1Client =
  defineClientFactory<paths>({
    provider: "browser-use-v1",
    displayName: "Browser Use (v1)",
    factoryName: "createBrowserUseV1Client",
    apiKeyEnvVar: "BROWSER_USE_API_KEY",
    serverUrl: browserUseV1Spec.serverUrl,
    security: browserUseV1Spec.security,
  });
