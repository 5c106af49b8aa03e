/**
 * What the demo needs to start a task on each provider that can start one: the simulation it runs on without a
 * key (each with its own plan, so the columns move differently), the start input there and on the real service,
 * and the adapter. Everything else about a provider (package, client factory, key and ref variables) comes from
 * the registry in `scripts/providers.ts`.
 */
import { type BrowserUseClient, createBrowserUseAdapter } from "@agent-tasks/browser-use";
import { type BrowserUseV4Client, createBrowserUseV4Adapter } from "@agent-tasks/browser-use/v4";
import { type BrowserActClient, createBrowserActAdapter } from "@agent-tasks/browseract";
import { createDariAdapter, type DariClient } from "@agent-tasks/dari";
import { createHyperbrowserAdapter, type HyperbrowserClient } from "@agent-tasks/hyperbrowser";
import type { AgentTaskSource, AnyTaskAdapter, TaskAdapterStartInput } from "@agent-tasks/normalize";
import { createSkyvernAdapter, type SkyvernClient } from "@agent-tasks/skyvern";
import {
  type Simulation,
  simulateBrowserAct,
  simulateBrowserUse,
  simulateBrowserUseV4,
  simulateDari,
  simulateHyperbrowser,
  simulateSkyvern,
} from "@agent-tasks/testing";
import { providerById } from "../providers.js";

/** The cheap, harmless instruction of a real task started by the demo (where the provider takes an instruction). */
export const REAL_INSTRUCTION = "Open https://example.com and return the page title";
/** The step cap sent with a real task, where the provider takes one. */
export const REAL_MAX_STEPS = 5;
/** The cost cap (USD) sent with a real Browser Use v4 run, which takes no step cap. */
const REAL_MAX_COST_USD = 0.1;

type Env = Readonly<Record<string, string | undefined>>;

/** A provider the demo can start a task on; its types are checked by `startable` and then forgotten. */
export interface StartableProvider {
  /** A simulation of the provider's task API, with the demo's plan; not listening yet. */
  simulate(): Simulation & { readonly apiKey: string };
  /**
   * Values a real start needs besides the key, by field, and the environment variable each is read from (Dari's
   * portal, BrowserAct's workflow). On the simulation, `simulated` is used instead.
   */
  readonly startVars: Readonly<Record<string, { readonly envVar: string; readonly simulated: string }>>;
  /** The task adapter over a client made by the registry's client factory. */
  adapter(client: unknown, vars: Readonly<Record<string, string>>): AnyTaskAdapter;
  /** The start input on the simulation. */
  readonly simulatedInput: unknown;
  /** What the real task is asked to do, in a few words, for the demo's header. */
  describeRealTask(vars: Readonly<Record<string, string>>): string;
  /** The start input of a real task: short and cheap. Throws when an optional variable is malformed. */
  realInput(vars: Readonly<Record<string, string>>, env: Env): unknown;
}

/** Checks one provider's parts against each other (client, adapter, inputs), then forgets their types. */
function startable<Client, Adapter extends AnyTaskAdapter, Field extends string = never>(entry: {
  simulate: () => Simulation & { readonly apiKey: string };
  startVars?: { readonly [Name in Field]: { readonly envVar: string; readonly simulated: string } };
  adapter: (client: Client, vars: Readonly<Record<Field, string>>) => Adapter;
  simulatedInput: TaskAdapterStartInput<Adapter>;
  describeRealTask: (vars: Readonly<Record<Field, string>>) => string;
  realInput: (vars: Readonly<Record<Field, string>>, env: Env) => TaskAdapterStartInput<Adapter>;
}): StartableProvider {
  return {
    simulate: entry.simulate,
    startVars: entry.startVars ?? {},
    adapter: (client, vars) => entry.adapter(client as Client, vars as Record<Field, string>),
    simulatedInput: entry.simulatedInput,
    describeRealTask: (vars) => entry.describeRealTask(vars as Record<Field, string>),
    realInput: (vars, env) => entry.realInput(vars as Record<Field, string>, env),
  };
}

/** Dari's optional form data for a real job, from `DARI_FORM_DATA` (a JSON object); `{}` without it. */
export const DARI_FORM_DATA_ENV_VAR = "DARI_FORM_DATA";

function dariFormData(env: Env): Record<string, unknown> {
  const text = env[DARI_FORM_DATA_ENV_VAR];
  if (text === undefined || text.trim() === "") return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new Error(`${DARI_FORM_DATA_ENV_VAR} is not JSON`, { cause: error });
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw new Error(`${DARI_FORM_DATA_ENV_VAR} must be a JSON object (the portal's form fields)`);
  }
  return parsed as Record<string, unknown>;
}

/** The variable the registry reads one field of a provider's object ref from (Dari's `orgId`...). */
function refEnvVar(source: AgentTaskSource, field: string): string {
  const names: string | Readonly<Record<string, string>> = providerById[source].refEnvVars;
  const name = typeof names === "string" ? undefined : names[field];
  if (name === undefined) throw new Error(`${source}: the registry names no variable for the ref's ${field}`);
  return name;
}

/**
 * Every source, by id: how the demo starts a task on it, or `null` when it cannot (Browser Use v1 has no
 * simulation; the demo only follows a v1 task named in the environment). A new source must be added here too:
 * the compiler refuses a missing one.
 */
export const startableProviders: { readonly [Source in AgentTaskSource]: StartableProvider | null } = {
  hyperbrowser: startable({
    simulate: () =>
      simulateHyperbrowser({
        task: { durationMs: 4_000, steps: 4, output: 'Top story: "Show HN: a spec-true simulator for agent APIs"' },
      }),
    adapter: (client: HyperbrowserClient) => createHyperbrowserAdapter(client),
    simulatedInput: { task: "Find the top story on Hacker News and return its title", maxSteps: 8 },
    describeRealTask: () => `"${REAL_INSTRUCTION}" (maxSteps ${REAL_MAX_STEPS})`,
    realInput: () => ({ task: REAL_INSTRUCTION, maxSteps: REAL_MAX_STEPS }),
  }),
  "browser-use": startable({
    // Starts after a moment, so the panel shows it pending first.
    simulate: () =>
      simulateBrowserUse({
        task: {
          startDelayMs: 1_200,
          durationMs: 4_500,
          steps: 5,
          output: "The cheapest 65 W USB-C charger is the Anker 312 at $19.99",
        },
      }),
    adapter: (client: BrowserUseClient) => createBrowserUseAdapter(client),
    simulatedInput: { task: "Compare three 65 W USB-C chargers and return the cheapest", maxSteps: 10 },
    describeRealTask: () => `"${REAL_INSTRUCTION}" (maxSteps ${REAL_MAX_STEPS})`,
    realInput: () => ({ task: REAL_INSTRUCTION, maxSteps: REAL_MAX_STEPS }),
  }),
  "browser-use-v1": null,
  dari: startable({
    simulate: () =>
      simulateDari({
        task: {
          startDelayMs: 600,
          durationMs: 5_000,
          steps: 4,
          output: JSON.stringify({ submitted: true, confirmation: "REQ-20417" }),
        },
      }),
    startVars: {
      orgId: { envVar: refEnvVar("dari", "orgId"), simulated: "demo-org" },
      endpointName: { envVar: refEnvVar("dari", "endpointName"), simulated: "contact-form" },
    },
    adapter: (client: DariClient, { orgId, endpointName }) => createDariAdapter(client, { orgId, endpointName }),
    simulatedInput: { form_data: { name: "Jane Doe", email: "jane@example.com", message: "Please call me back" } },
    describeRealTask: ({ orgId, endpointName }) =>
      `a job on portal ${orgId}/${endpointName} with ${DARI_FORM_DATA_ENV_VAR} (max_turns 10)`,
    realInput: (_vars, env) => ({ form_data: dariFormData(env), max_turns: 10 }),
  }),
  browseract: startable({
    simulate: () =>
      simulateBrowserAct({
        task: { durationMs: 3_000, steps: 3, output: JSON.stringify({ keyword: "laptops", results: 20 }) },
      }),
    startVars: { workflowId: { envVar: "BROWSERACT_WORKFLOW_ID", simulated: "81234567890123456" } },
    adapter: (client: BrowserActClient) => createBrowserActAdapter(client),
    simulatedInput: { workflow_id: "81234567890123456", input_parameters: [{ name: "keyword", value: "laptops" }] },
    describeRealTask: ({ workflowId }) => `workflow ${workflowId} with its default input`,
    realInput: ({ workflowId }) => ({ workflow_id: workflowId }),
  }),
  "browser-use-v4": startable({
    simulate: () =>
      simulateBrowserUseV4({
        task: { startDelayMs: 900, durationMs: 4_200, steps: 4, output: "Example Domain" },
      }),
    adapter: (client: BrowserUseV4Client) => createBrowserUseV4Adapter(client),
    simulatedInput: { task: "Open https://example.com and return the page title" },
    // v4 runs take no step cap; a cost cap keeps a real run cheap.
    describeRealTask: () => `"${REAL_INSTRUCTION}" (maxCostUsd ${REAL_MAX_COST_USD})`,
    realInput: () => ({ task: REAL_INSTRUCTION, maxCostUsd: REAL_MAX_COST_USD }),
  }),
  skyvern: startable({
    simulate: () =>
      simulateSkyvern({
        task: {
          startDelayMs: 700,
          durationMs: 3_800,
          steps: 3,
          output: JSON.stringify({ title: "Example Domain" }),
        },
      }),
    adapter: (client: SkyvernClient) => createSkyvernAdapter(client),
    simulatedInput: { prompt: "Return the page title", url: "https://example.com" },
    describeRealTask: () => `"${REAL_INSTRUCTION}" (max_steps ${REAL_MAX_STEPS})`,
    realInput: () => ({ prompt: REAL_INSTRUCTION, max_steps: REAL_MAX_STEPS }),
  }),
};
