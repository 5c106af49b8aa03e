import type { ProviderClient, ProviderClientOptions } from "@agent-tasks/core";
import { defineClientFactory } from "@agent-tasks/core/internal";
import type { paths } from "./generated/hyperbrowser.js";
import { hyperbrowserSpec } from "./generated/hyperbrowser-spec.js";

export type HyperbrowserClientOptions = ProviderClientOptions;
export type HyperbrowserClient = ProviderClient<paths>;

/** Creates a typed client for the Hyperbrowser API; the key is sent as `x-api-key`. */
export const createHyperbrowserClient: (options?: HyperbrowserClientOptions) => HyperbrowserClient =
  defineClientFactory<paths>({
    provider: "hyperbrowser",
    displayName: "Hyperbrowser",
    factoryName: "createHyperbrowserClient",
    apiKeyEnvVar: "HYPERBROWSER_API_KEY",
    serverUrl: hyperbrowserSpec.serverUrl,
    security: hyperbrowserSpec.security,
  });
