/**
 * The provider registry: every task source, described once. Everything in the repo that enumerates providers
 * (demo, browser tests, size programs, packages:check, release dry run, built-package and bundle tests, bench)
 * reads `providers` or `providerById` instead of keeping its own list.
 *
 * Adding a provider: add one entry below (the compiler refuses a missing source or field), then run
 * `pnpm vitest run scripts/provider-registry.test.ts`, which checks what the compiler cannot (spec, package,
 * fixtures, contract tests, and that every consumer covers the new entry).
 *
 * Browser-safe on purpose: the browser harness bundles this file, so it imports nothing from Node.
 */
import * as browserUse from "@agent-tasks/browser-use";
import * as browserUseV1 from "@agent-tasks/browser-use/v1";
import * as browserUseV4 from "@agent-tasks/browser-use/v4";
import * as browseract from "@agent-tasks/browseract";
import type { ProviderClientOptions, TaskFetcher } from "@agent-tasks/core";
import type { SecurityScheme } from "@agent-tasks/core/internal";
import * as dari from "@agent-tasks/dari";
import * as hyperbrowser from "@agent-tasks/hyperbrowser";
import * as normalize from "@agent-tasks/normalize";
import { type AgentTask, type AgentTaskSource, agentTaskSources } from "@agent-tasks/normalize";
import * as skyvern from "@agent-tasks/skyvern";
// The fixture folders one by one, not their index: the index also imports normalize's mappers from source, and the
// browser page (which reads this registry) must bundle the packages from their built dist.
import * as browserUseFixtures from "../packages/normalize/src/providers/__fixtures__/browser-use/index.js";
import * as browserUseV1Fixtures from "../packages/normalize/src/providers/__fixtures__/browser-use-v1/index.js";
import * as browserUseV4Fixtures from "../packages/normalize/src/providers/__fixtures__/browser-use-v4/index.js";
import * as browseractFixtures from "../packages/normalize/src/providers/__fixtures__/browseract/index.js";
import * as dariFixtures from "../packages/normalize/src/providers/__fixtures__/dari/index.js";
import * as hyperbrowserFixtures from "../packages/normalize/src/providers/__fixtures__/hyperbrowser/index.js";
import * as skyvernFixtures from "../packages/normalize/src/providers/__fixtures__/skyvern/index.js";

/** A function exported by a module, with the name it is exported under. */
interface Named<Fn> {
  readonly name: string;
  readonly fn: Fn;
}

/** Picks `module[name]`, so the name is checked by the compiler and the function is the exported one. */
function named<Module, Name extends keyof Module & string>(module: Module, name: Name): Named<Module[Name]> {
  return { name, fn: module[name] };
}

/** The environment variables that name a real task: one for a string ref, one per field for an object ref. */
type RefEnvVars<Ref> = Ref extends string ? string : { readonly [Field in keyof Ref]: string };

/** Path and query parameters of one request, as openapi-fetch takes them (`params: { path, query }`). */
interface RequestParams {
  readonly path?: Readonly<Record<string, string>>;
  readonly query?: Readonly<Record<string, string>>;
}

/**
 * One task source. `Ref` and `Raw` are the source's task reference and raw task; `defineProvider` checks that
 * the factories, mapper, fixtures and refs agree on them, and the registry then forgets them.
 */
// biome-ignore lint/suspicious/noExplicitAny: defaults erase the per-provider types once `defineProvider` checked them.
export interface ProviderEntry<Source extends AgentTaskSource, Ref = any, Raw = any, Client = any> {
  /** The `AgentTaskSource`; also `specs/<id>/` and `packages/normalize/src/providers/__fixtures__/<id>/`. */
  readonly id: Source;
  /** For people: tables, the demo header. */
  readonly displayName: string;
  readonly packageName: `@agent-tasks/${string}`;
  /** The package's folder, relative to the repo root. */
  readonly packageDir: `packages/${string}`;
  /** What a user imports: the package, or one of its subpaths. */
  readonly entryPoint: `@agent-tasks/${string}`;
  /** Read by the client factory when no `apiKey` is given. */
  readonly apiKeyEnvVar: `${string}_API_KEY`;
  /** The generated `<id>Spec` of the entry point: server URL and auth scheme of `specs/<id>/openapi.yaml`. */
  readonly spec: { readonly specId: string; readonly serverUrl: string; readonly security: SecurityScheme };
  readonly clientFactory: Named<(options?: ProviderClientOptions) => Client>;
  readonly taskFetcherFactory: Named<(client: Client) => TaskFetcher<Source, Ref, Raw>>;
  /** The normalize mapper of this source (`normalizeDariTask`). */
  readonly mapper: Named<(raw: Raw) => AgentTask<Source>>;
  /** The name the entry point exports the raw task type under (`DariTask`). */
  readonly rawTaskType: string;
  /** Where a raw task as the fetcher reads it holds the provider's status, when not in `status` (`run.status`). */
  readonly rawStatusPath?: string;
  /** Normalize's fixtures of this source, by export name. */
  readonly fixtures: Readonly<Record<string, Raw>>;
  /**
   * The spec operation the task fetcher calls; `params` says where each field of the ref goes. `readsAfter`: the
   * requests a first read sends after it, given the get-task request's path and query (Browser Use v4 reads the
   * run, then its events feed from the start).
   */
  readonly getTask: {
    readonly method: "get";
    readonly path: `/${string}`;
    readonly params: (ref: Ref) => RequestParams;
    readonly readsAfter?: (getTaskPath: string) => readonly string[];
    /** With `readsAfter`: the bodies of the first read's requests, in order, that make `raw` again. */
    readonly answersOf?: (raw: Raw) => readonly unknown[];
  };
  /** A ref to show in examples and size programs. */
  readonly sampleRef: Ref;
  /** The ref that fetches `raw` again. */
  readonly refOf: (raw: Raw) => Ref;
  /** Where the demo reads a real task's ref from (with `apiKeyEnvVar`). */
  readonly refEnvVars: RefEnvVars<Ref>;
  /**
   * Gzipped size budgets above the common ones of `size/programs.ts`, by program kind, for a provider whose client
   * does more than one request per read; each needs its reason next to it and in the changeset.
   */
  readonly sizeBudgets?: Readonly<Partial<Record<"get one task" | "getTask + waitForTask" | "runTask", string>>>;
}

/** Checks one entry's parts against each other, then hands it back. */
function defineProvider<Source extends AgentTaskSource, Ref, Raw, Client>(
  entry: ProviderEntry<Source, Ref, Raw, Client>,
): ProviderEntry<Source, Ref, Raw, Client> {
  return entry;
}

const byId = {
  hyperbrowser: defineProvider({
    id: "hyperbrowser",
    displayName: "Hyperbrowser",
    packageName: "@agent-tasks/hyperbrowser",
    packageDir: "packages/hyperbrowser",
    entryPoint: "@agent-tasks/hyperbrowser",
    apiKeyEnvVar: "HYPERBROWSER_API_KEY",
    spec: hyperbrowser.hyperbrowserSpec,
    clientFactory: named(hyperbrowser, "createHyperbrowserClient"),
    taskFetcherFactory: named(hyperbrowser, "createHyperbrowserTaskFetcher"),
    mapper: named(normalize, "normalizeHyperbrowserTask"),
    rawTaskType: "HyperAgentTask",
    fixtures: hyperbrowserFixtures,
    getTask: { method: "get", path: "/api/task/hyper-agent/{id}", params: (id) => ({ path: { id } }) },
    sampleRef: "0c8e4a1f-6d2b-4f93-b5e7-2a9d8c3f1e60",
    refOf: (task) => task.jobId,
    refEnvVars: "HYPERBROWSER_TASK_ID",
  }),
  // Raw is either era of a task, or a list item (`listTasks`): what `AgentTask<"browser-use">#raw` may hold.
  "browser-use": defineProvider<"browser-use", string, normalize.RawTaskOf<"browser-use">, browserUse.BrowserUseClient>(
    {
      id: "browser-use",
      displayName: "Browser Use v2",
      packageName: "@agent-tasks/browser-use",
      packageDir: "packages/browser-use",
      entryPoint: "@agent-tasks/browser-use",
      apiKeyEnvVar: "BROWSER_USE_API_KEY",
      spec: browserUse.browserUseSpec,
      clientFactory: named(browserUse, "createBrowserUseClient"),
      taskFetcherFactory: named(browserUse, "createBrowserUseTaskFetcher"),
      mapper: named(normalize, "normalizeBrowserUseTask"),
      rawTaskType: "BrowserUseRawTask",
      fixtures: browserUseFixtures,
      getTask: { method: "get", path: "/tasks/{task_id}", params: (task_id) => ({ path: { task_id } }) },
      sampleRef: "4e7d2b1a-9c3f-4a85-b6e0-7f1c3d9a2b58",
      refOf: (task) => task.id,
      refEnvVars: "BROWSER_USE_TASK_ID",
    },
  ),
  "browser-use-v1": defineProvider({
    id: "browser-use-v1",
    displayName: "Browser Use v1",
    packageName: "@agent-tasks/browser-use",
    packageDir: "packages/browser-use",
    entryPoint: "@agent-tasks/browser-use/v1",
    apiKeyEnvVar: "BROWSER_USE_API_KEY",
    spec: browserUseV1.browserUseV1Spec,
    clientFactory: named(browserUseV1, "createBrowserUseV1Client"),
    taskFetcherFactory: named(browserUseV1, "createBrowserUseV1TaskFetcher"),
    mapper: named(normalize, "normalizeBrowserUseV1Task"),
    rawTaskType: "BrowserUseV1Task",
    fixtures: browserUseV1Fixtures,
    getTask: { method: "get", path: "/api/v1/task/{task_id}", params: (task_id) => ({ path: { task_id } }) },
    sampleRef: "d8b4f2a6-3c7e-4e19-a5d0-6b2f8e1c4a97",
    refOf: (task) => task.id,
    refEnvVars: "BROWSER_USE_V1_TASK_ID",
  }),
  dari: defineProvider({
    id: "dari",
    displayName: "Dari",
    packageName: "@agent-tasks/dari",
    packageDir: "packages/dari",
    entryPoint: "@agent-tasks/dari",
    apiKeyEnvVar: "DARI_API_KEY",
    spec: dari.dariSpec,
    clientFactory: named(dari, "createDariClient"),
    taskFetcherFactory: named(dari, "createDariTaskFetcher"),
    mapper: named(normalize, "normalizeDariTask"),
    rawTaskType: "DariTask",
    fixtures: dariFixtures,
    getTask: {
      method: "get",
      path: "/task/{org_id}/{endpoint_name}/status",
      params: (ref) => ({ path: { org_id: ref.orgId, endpoint_name: ref.endpointName }, query: { job_id: ref.jobId } }),
    },
    sampleRef: { orgId: "org_1", endpointName: "checkout", jobId: "9c858901-8a57-4791-81fe-3d2c6b7a5e10" },
    // A job names its portal as "<org>/<endpoint>".
    refOf: (task) => {
      const [orgId = "", endpointName = ""] = String(task.portal_id ?? "").split("/");
      return { orgId, endpointName, jobId: task.job_id ?? "" };
    },
    refEnvVars: { orgId: "DARI_ORG_ID", endpointName: "DARI_ENDPOINT_NAME", jobId: "DARI_JOB_ID" },
  }),
  browseract: defineProvider({
    id: "browseract",
    displayName: "BrowserAct",
    packageName: "@agent-tasks/browseract",
    packageDir: "packages/browseract",
    entryPoint: "@agent-tasks/browseract",
    apiKeyEnvVar: "BROWSERACT_API_KEY",
    spec: browseract.browseractSpec,
    clientFactory: named(browseract, "createBrowserActClient"),
    taskFetcherFactory: named(browseract, "createBrowserActTaskFetcher"),
    mapper: named(normalize, "normalizeBrowserActTask"),
    rawTaskType: "BrowserActTask",
    fixtures: browseractFixtures,
    getTask: { method: "get", path: "/v2/workflow/get-task", params: (task_id) => ({ query: { task_id } }) },
    sampleRef: "78412563098214567",
    refOf: (task) => task.id,
    refEnvVars: "BROWSERACT_TASK_ID",
  }),
  // Raw is a run with its events (what the fetcher reads) or a bare run (what `GET /runs` lists).
  "browser-use-v4": defineProvider<
    "browser-use-v4",
    string,
    normalize.RawTaskOf<"browser-use-v4">,
    browserUseV4.BrowserUseV4Client
  >({
    id: "browser-use-v4",
    displayName: "Browser Use v4",
    packageName: "@agent-tasks/browser-use",
    packageDir: "packages/browser-use",
    entryPoint: "@agent-tasks/browser-use/v4",
    apiKeyEnvVar: "BROWSER_USE_API_KEY",
    spec: browserUseV4.browserUseV4Spec,
    clientFactory: named(browserUseV4, "createBrowserUseV4Client"),
    taskFetcherFactory: named(browserUseV4, "createBrowserUseV4TaskFetcher"),
    mapper: named(normalize, "normalizeBrowserUseV4Task"),
    rawTaskType: "BrowserUseV4RawTask",
    rawStatusPath: "run.status",
    fixtures: browserUseV4Fixtures,
    getTask: {
      method: "get",
      path: "/runs/{run_id}",
      params: (run_id) => ({ path: { run_id } }),
      readsAfter: (runPath) => [`${runPath}/events?after=0`],
      answersOf: (raw) =>
        "run" in raw
          ? [raw.run, { events: raw.events, nextAfter: raw.events.at(-1)?.id ?? null, hasMore: false }]
          : [raw, { events: [], nextAfter: null, hasMore: false }],
    },
    sampleRef: "5b1e9c3a-7d42-4f8e-a6b0-2c9d4e8f1a73",
    refOf: (task) => ("run" in task ? task.run.id : task.id),
    refEnvVars: "BROWSER_USE_V4_RUN_ID",
    // The fetcher reads a run and its event feed (two endpoints, a cursor and the events read per run), the price of
    // cheap and exact watching: about 0.2 kB to get one task and 0.35 kB with waitForTask over the common budgets.
    sizeBudgets: { "get one task": "12.25 kB", "getTask + waitForTask": "18 kB", runTask: "27 kB" },
  }),
  // Raw is a task or workflow run (what `GET /v1/runs/{run_id}` answers) or a `GET /v1/runs` item.
  skyvern: defineProvider<"skyvern", string, normalize.RawTaskOf<"skyvern">, skyvern.SkyvernClient>({
    id: "skyvern",
    displayName: "Skyvern",
    packageName: "@agent-tasks/skyvern",
    packageDir: "packages/skyvern",
    entryPoint: "@agent-tasks/skyvern",
    apiKeyEnvVar: "SKYVERN_API_KEY",
    spec: skyvern.skyvernSpec,
    clientFactory: named(skyvern, "createSkyvernClient"),
    taskFetcherFactory: named(skyvern, "createSkyvernTaskFetcher"),
    mapper: named(normalize, "normalizeSkyvernTask"),
    rawTaskType: "SkyvernRawTask",
    fixtures: skyvernFixtures,
    getTask: { method: "get", path: "/v1/runs/{run_id}", params: (run_id) => ({ path: { run_id } }) },
    sampleRef: "tsk_v2_486123057219384",
    refOf: (task) => task.run_id,
    refEnvVars: "SKYVERN_RUN_ID",
  }),
} as const satisfies { readonly [Source in AgentTaskSource]: ProviderEntry<Source> };

/** Every provider by source. */
export const providerById: { readonly [Source in AgentTaskSource]: ProviderEntry<Source> } = byId;

/** Every provider, in `agentTaskSources` order. */
export const providers: readonly ProviderEntry<AgentTaskSource>[] = agentTaskSources.map((id) => providerById[id]);

/** Every package that holds at least one provider, once, in registry order. */
export const providerPackageNames: readonly string[] = [...new Set(providers.map((entry) => entry.packageName))];

/**
 * Path and query of the get-task request for `ref`, as the client sends it: below the spec's server URL's path
 * (`/api/v2` for Browser Use v2) and percent-encoded.
 */
export function getTaskRequestPath<Source extends AgentTaskSource>(entry: ProviderEntry<Source>, ref: unknown): string {
  const params = entry.getTask.params(ref);
  const serverPath = new URL(entry.spec.serverUrl).pathname.replace(/\/$/, "");
  const path = entry.getTask.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = params.path?.[name];
    if (value === undefined) throw new Error(`${entry.id}: no value for path parameter ${name}`);
    return encodeURIComponent(value);
  });
  const query = Object.entries(params.query ?? {})
    .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`)
    .join("&");
  return `${serverPath}${path}${query === "" ? "" : `?${query}`}`;
}

/** The full URL the get-task request for `ref` goes to with the built-in base URL. */
export function getTaskUrl<Source extends AgentTaskSource>(entry: ProviderEntry<Source>, ref: unknown): string {
  return `${new URL(entry.spec.serverUrl).origin}${getTaskRequestPath(entry, ref)}`;
}

/** Reads a real task's ref from `env` (`undefined` when a variable is missing). */
export function refFromEnv<Source extends AgentTaskSource>(
  entry: ProviderEntry<Source>,
  env: Readonly<Record<string, string | undefined>>,
): unknown {
  const names: string | Readonly<Record<string, string>> = entry.refEnvVars;
  if (typeof names === "string") return env[names] || undefined;
  const entries = Object.entries(names).map(([field, name]) => [field, env[name]] as const);
  return entries.every(([, value]) => value) ? Object.fromEntries(entries) : undefined;
}

/** The names `refEnvVars` lists, flat. */
export function refEnvVarNames<Source extends AgentTaskSource>(entry: ProviderEntry<Source>): string[] {
  const names: string | Readonly<Record<string, string>> = entry.refEnvVars;
  return typeof names === "string" ? [names] : Object.values(names);
}
