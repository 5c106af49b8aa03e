import type { ProviderClient, ProviderClientOptions } from "@agent-tasks/core";
import { defineClientFactory } from "@agent-tasks/core/internal";
import type { paths } from "./generated/dari.js";
import { dariSpec } from "./generated/dari-spec.js";

export type DariClientOptions = ProviderClientOptions;
export type DariClient = ProviderClient<paths>;

/** Creates a typed client for the Dari agent portal API; the key is sent as `X-API-Key`. */
export const createDariClient: (options?: DariClientOptions) => DariClient = defineClientFactory<paths>({
  provider: "dari",
  displayName: "Dari",
  factoryName: "createDariClient",
  apiKeyEnvVar: "DARI_API_KEY",
  serverUrl: dariSpec.serverUrl,
  security: dariSpec.security,
});
