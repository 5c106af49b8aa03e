import type { ProviderClient, ProviderClientOptions } from "@agent-tasks/core";
import { defineClientFactory } from "@agent-tasks/core/internal";
import type { paths } from "./generated/skyvern.js";
import { skyvernSpec } from "./generated/skyvern-spec.js";

/** Options of `createSkyvernClient`; `baseUrl` points it at a self-hosted Skyvern (`http://localhost:8000`). */
export type SkyvernClientOptions = ProviderClientOptions;
/** A typed client for Skyvern's task-run operations (start, get, list, cancel, timeline, artifacts, webhook retry). */
export type SkyvernClient = ProviderClient<paths>;

/** Creates a typed client for the Skyvern API (`https://api.skyvern.com`); the key is sent as `x-api-key`. */
export const createSkyvernClient: (options?: SkyvernClientOptions) => SkyvernClient = defineClientFactory<paths>({
  provider: "skyvern",
  displayName: "Skyvern",
  factoryName: "createSkyvernClient",
  apiKeyEnvVar: "SKYVERN_API_KEY",
  serverUrl: skyvernSpec.serverUrl,
  security: skyvernSpec.security,
});
