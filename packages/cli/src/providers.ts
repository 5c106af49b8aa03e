// The providers the CLI knows: how to make each one's client and adapter from a key and an optional base URL, what
// its start input is made of on the command line, and how a task reference is written.
import { createBrowserUseAdapter, createBrowserUseClient } from "@agent-tasks/browser-use";
import { createBrowserUseV1Client, createBrowserUseV1TaskFetcher } from "@agent-tasks/browser-use/v1";
import { createBrowserUseV4Adapter, createBrowserUseV4Client } from "@agent-tasks/browser-use/v4";
import { createBrowserActAdapter, createBrowserActClient } from "@agent-tasks/browseract";
import type { TaskFetcher } from "@agent-tasks/core";
import { createDariAdapter, createDariClient } from "@agent-tasks/dari";
import { createHyperbrowserAdapter, createHyperbrowserClient, type HyperbrowserAgent } from "@agent-tasks/hyperbrowser";
import type { AgentTaskSource, AnyTaskAdapter } from "@agent-tasks/normalize";
import { createSkyvernAdapter, createSkyvernClient } from "@agent-tasks/skyvern";
import { UsageError } from "./errors.js";

/** What a command line gives a provider to build its adapter. */
export interface ProviderSettings {
  apiKey: string;
  baseUrl: string | undefined;
  /** Hyperbrowser's agent (`--agent`). */
  agent: string | undefined;
  /** Dari's portal (`--org`, `--endpoint`). */
  org: string | undefined;
  endpoint: string | undefined;
}

export interface CliProvider {
  /** As typed on the command line (`browser-use`). */
  readonly id: string;
  readonly source: AgentTaskSource;
  readonly label: string;
  /** Where its key is read from by default. */
  readonly apiKeyEnvVar: string;
  /** Where its base URL can be set (what `agent-tasks simulate` prints). */
  readonly baseUrlEnvVar: string;
  /** What `<task...>` of `run` means for it, for `--help`. */
  readonly taskWords: string;
  /** The adapter (or, for a provider that can only be read, the task fetcher). */
  adapter(settings: ProviderSettings): AnyTaskAdapter | TaskFetcher<AgentTaskSource, unknown, unknown>;
  /** The start input from the words of `run` and `--input`. */
  startInput(words: string[], input: Record<string, unknown>): unknown;
  /** The task reference for a task id typed on the command line (Dari adds its portal). */
  ref?(id: string, settings: ProviderSettings): unknown;
  /** The id to print for a reference (`agent-tasks watch dari <id>` takes it back). */
  idOf?(ref: unknown): string;
}

/** `name=value` words as an object; a word without `=` is a usage error naming it. */
function pairs(words: string[], what: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const word of words) {
    const at = word.indexOf("=");
    if (at <= 0) throw new UsageError(`expected ${what} as name=value, got "${word}"`);
    result[word.slice(0, at)] = word.slice(at + 1);
  }
  return result;
}

/** The words as the start body's instruction field (`task`, Skyvern's `prompt`), over `--input`'s. */
function instructionAs(field: string): (words: string[], input: Record<string, unknown>) => unknown {
  return (words, input) => {
    const text = words.join(" ").trim();
    if (text === "" && typeof input[field] !== "string")
      throw new UsageError("say what the agent should do: run <provider> <task...>");
    return text === "" ? input : { ...input, [field]: text };
  };
}

const instruction = instructionAs("task");

function required(value: string | undefined, flag: string, envVar: string): string {
  if (value === undefined || value.trim() === "") {
    throw new UsageError(`Dari needs its portal: ${flag} (or ${envVar})`);
  }
  return value;
}

function dariPortal({ org, endpoint }: ProviderSettings): { orgId: string; endpointName: string } {
  return {
    orgId: required(org ?? process.env.DARI_ORG_ID, "--org", "DARI_ORG_ID"),
    endpointName: required(endpoint ?? process.env.DARI_ENDPOINT_NAME, "--endpoint", "DARI_ENDPOINT_NAME"),
  };
}

export const cliProviders: readonly CliProvider[] = [
  {
    id: "hyperbrowser",
    source: "hyperbrowser",
    label: "Hyperbrowser",
    apiKeyEnvVar: "HYPERBROWSER_API_KEY",
    baseUrlEnvVar: "HYPERBROWSER_BASE_URL",
    taskWords: "the instruction (agent: --agent hyper-agent|browser-use|claude-computer-use|gemini-computer-use|cua)",
    adapter: ({ apiKey, baseUrl, agent }) =>
      createHyperbrowserAdapter(createHyperbrowserClient({ apiKey, baseUrl }), {
        agent: (agent ?? "hyper-agent") as HyperbrowserAgent,
      }),
    startInput: instruction,
  },
  {
    id: "browser-use",
    source: "browser-use",
    label: "Browser Use (v2)",
    apiKeyEnvVar: "BROWSER_USE_API_KEY",
    baseUrlEnvVar: "BROWSER_USE_BASE_URL",
    taskWords: "the instruction",
    adapter: ({ apiKey, baseUrl }) => createBrowserUseAdapter(createBrowserUseClient({ apiKey, baseUrl })),
    startInput: instruction,
  },
  {
    id: "browser-use-v1",
    source: "browser-use-v1",
    label: "Browser Use v1 (retired: get and watch only)",
    apiKeyEnvVar: "BROWSER_USE_API_KEY",
    baseUrlEnvVar: "BROWSER_USE_V1_BASE_URL",
    taskWords: "(v1 tasks cannot be started)",
    adapter: ({ apiKey, baseUrl }) =>
      createBrowserUseV1TaskFetcher(createBrowserUseV1Client({ apiKey, baseUrl })) as TaskFetcher<
        AgentTaskSource,
        unknown,
        unknown
      >,
    startInput: () => {
      throw new UsageError("Browser Use v1 is retired: its tasks can be read (get, watch), not started");
    },
  },
  {
    id: "dari",
    source: "dari",
    label: "Dari",
    apiKeyEnvVar: "DARI_API_KEY",
    baseUrlEnvVar: "DARI_BASE_URL",
    taskWords:
      "the portal's form fields as name=value (portal: --org and --endpoint, or DARI_ORG_ID and DARI_ENDPOINT_NAME)",
    adapter: (settings) => createDariAdapter(createDariClient(settings), dariPortal(settings)),
    // Dari's refs are { orgId, endpointName, jobId }: the command line takes the job id, the portal comes from flags.
    ref: (jobId, settings) => ({ ...dariPortal(settings), jobId }),
    idOf: (ref) => String((ref as { jobId: unknown }).jobId),
    startInput: (words, input) => {
      const formData = { ...(input.form_data as Record<string, unknown> | undefined), ...pairs(words, "form fields") };
      return { ...input, form_data: formData };
    },
  },
  {
    id: "browseract",
    source: "browseract",
    label: "BrowserAct",
    apiKeyEnvVar: "BROWSERACT_API_KEY",
    baseUrlEnvVar: "BROWSERACT_BASE_URL",
    taskWords: "the workflow id, then its input parameters as name=value",
    adapter: ({ apiKey, baseUrl }) => createBrowserActAdapter(createBrowserActClient({ apiKey, baseUrl })),
    startInput: (words, input) => {
      const [workflowId, ...parameters] = words;
      const workflow = workflowId ?? (input.workflow_id as string | undefined);
      if (workflow === undefined)
        throw new UsageError("say which workflow to run: run browseract <workflow_id> [name=value...]");
      const named = Object.entries(pairs(parameters, "input parameters")).map(([name, value]) => ({ name, value }));
      const given = (input.input_parameters as unknown[] | undefined) ?? [];
      return {
        ...input,
        workflow_id: workflow,
        ...(named.length + given.length > 0 ? { input_parameters: [...given, ...named] } : {}),
      };
    },
  },
  {
    id: "browser-use-v4",
    source: "browser-use-v4",
    label: "Browser Use v4 (runs)",
    apiKeyEnvVar: "BROWSER_USE_API_KEY",
    baseUrlEnvVar: "BROWSER_USE_V4_BASE_URL",
    taskWords: "the instruction (model and the other RunCreateRequest fields: --input)",
    adapter: ({ apiKey, baseUrl }) => createBrowserUseV4Adapter(createBrowserUseV4Client({ apiKey, baseUrl })),
    startInput: instruction,
  },
  {
    id: "skyvern",
    source: "skyvern",
    label: "Skyvern",
    apiKeyEnvVar: "SKYVERN_API_KEY",
    baseUrlEnvVar: "SKYVERN_BASE_URL",
    taskWords: "the prompt (url, engine and the other TaskRunRequest fields: --input)",
    adapter: ({ apiKey, baseUrl }) => createSkyvernAdapter(createSkyvernClient({ apiKey, baseUrl })),
    startInput: instructionAs("prompt"),
  },
];

/** The provider named `id`, or a usage error listing them all. */
export function providerNamed(id: string | undefined): CliProvider {
  const found = cliProviders.find((provider) => provider.id === id);
  if (found === undefined) {
    const list = cliProviders.map((provider) => provider.id).join(", ");
    throw new UsageError(
      id === undefined ? `name a provider: ${list}` : `unknown provider "${id}"; the providers are: ${list}`,
    );
  }
  return found;
}
