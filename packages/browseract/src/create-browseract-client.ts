import type { ProviderClient, ProviderClientOptions } from "@agent-tasks/core";
import { defineClientFactory } from "@agent-tasks/core/internal";
import type { paths } from "./generated/browseract.js";
import { browseractSpec } from "./generated/browseract-spec.js";

export type BrowserActClientOptions = ProviderClientOptions;
export type BrowserActClient = ProviderClient<paths>;

/** Creates a typed client for the BrowserAct API; the key is sent as `Authorization: Bearer`. */
export const createBrowserActClient: (options?: BrowserActClientOptions) => BrowserActClient =
  defineClientFactory<paths>({
    provider: "browseract",
    displayName: "BrowserAct",
    factoryName: "createBrowserActClient",
    apiKeyEnvVar: "BROWSERACT_API_KEY",
    serverUrl: browseractSpec.serverUrl,
    security: browseractSpec.security,
  });
