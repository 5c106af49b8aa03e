/**
 * The size programs, as a user's app would write them, generated per registry provider from `scripts/providers.ts`:
 * "create a client and get one task" (the client package alone), "getTask + waitForTask with one provider" and
 * "runTask with one provider" (with `@agent-tasks/normalize`); and the one-mapper program, which is a file
 * (`size/normalize-browseract.ts`). `.size-limit.ts` writes the provider programs to `size/generated/` (gitignored)
 * and measures them; `scripts/bundle-contents.test.ts` and `bench/bundle-size.ts` bundle the same code from memory.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { AgentTaskSource } from "@agent-tasks/normalize";
import { getTaskUrl, type ProviderEntry, providers } from "../scripts/providers.js";
import { runTaskSamples } from "./run-task-inputs.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** Where `.size-limit.ts` writes the provider programs, relative to the repo root. */
export const generatedProgramsDir = "size/generated";

/**
 * The gzipped budget of each kind of provider program (the largest provider's), and of the one-mapper program. A
 * budget above its goal (`programGoals`) is the size measured when it was set, rounded up a little.
 */
const providerBudget = "12 kB";
const getAndWaitBudget = "17.5 kB";
const runTaskBudget = "26.5 kB";
export const mapperBudget = "3 kB";

/** The budget of `kind` for `entry`: its override, else the common one. */
function budgetOf(entry: ProviderEntry<AgentTaskSource>, kind: ProviderProgramKind, common: string): string {
  return entry.sizeBudgets?.[kind] ?? common;
}

/** What a provider program does. */
export type ProviderProgramKind = "get one task" | "getTask + waitForTask" | "runTask";

/** The gzipped size each kind of provider program should stay within (issue 16's goals). */
export const programGoals: Readonly<Record<ProviderProgramKind, string>> = {
  "get one task": "8 kB",
  "getTask + waitForTask": "10 kB",
  runTask: "11 kB",
};

export interface ProviderSizeProgram {
  entry: ProviderEntry<AgentTaskSource>;
  kind: ProviderProgramKind;
  /** The check's name in `pnpm size`. */
  name: string;
  /** Where `.size-limit.ts` writes it, relative to the repo root. */
  file: string;
  code: string;
  /** Its gzipped size-limit budget. */
  budget: string;
}

/** A "create a client and get one task" program: it makes one request, to `url` (the built-in base URL). */
export interface GetOneTaskSizeProgram extends ProviderSizeProgram {
  kind: "get one task";
  url: string;
}

const header = (what: string, entry: ProviderEntry<AgentTaskSource>, normalizeEntry?: string) =>
  `// "${what}", as a user's app would write it with ${entry.entryPoint}${normalizeEntry ? ` and ${normalizeEntry}` : ""}.
// Generated from scripts/providers.ts by size/programs.ts; do not edit.
`;

function getOneTaskProgram(entry: ProviderEntry<AgentTaskSource>): GetOneTaskSizeProgram {
  const client = entry.clientFactory.name;
  const fetcher = entry.taskFetcherFactory.name;
  const code = `${header("Create a client and get one task", entry)}import { ${client}, ${fetcher} } from "${entry.entryPoint}";

const client = ${client}({ apiKey: "key" });
${fetcher}(client)
  .fetchTask(${JSON.stringify(entry.sampleRef)})
  .then((task) => console.log(task.${entry.rawStatusPath ?? "status"}));
`;
  return {
    entry,
    kind: "get one task",
    name: `${entry.entryPoint}: create a client and get one task`,
    file: `${generatedProgramsDir}/${entry.id}.ts`,
    code,
    budget: budgetOf(entry, "get one task", providerBudget),
    url: getTaskUrl(entry, entry.sampleRef),
  };
}

/**
 * The normalize entry point that serves one provider: its own subpath (`@agent-tasks/normalize/<source>`, bound to
 * that provider's mapper) once the package exports one, else the main entry (which holds every mapper).
 */
function normalizeEntryFor(entry: ProviderEntry<AgentTaskSource>): string {
  const manifest = JSON.parse(readFileSync(path.join(repoRoot, "packages/normalize/package.json"), "utf8")) as {
    exports: Record<string, unknown>;
  };
  return `./${entry.id}` in manifest.exports ? `@agent-tasks/normalize/${entry.id}` : "@agent-tasks/normalize";
}

function getAndWaitProgram(entry: ProviderEntry<AgentTaskSource>): ProviderSizeProgram {
  const client = entry.clientFactory.name;
  const fetcher = entry.taskFetcherFactory.name;
  const normalizeEntry = normalizeEntryFor(entry);
  const ref = JSON.stringify(entry.sampleRef);
  const code = `${header("getTask + waitForTask with one provider", entry, normalizeEntry)}import { ${client}, ${fetcher} } from "${entry.entryPoint}";
import { getTask, waitForTask } from "${normalizeEntry}";

const tasks = ${fetcher}(${client}({ apiKey: "key" }));
getTask(tasks, ${ref}).then((task) => console.log(task.status));
waitForTask(tasks, ${ref}).then((task) => console.log(task.status));
`;
  return {
    entry,
    kind: "getTask + waitForTask",
    name: `${entry.entryPoint} + ${normalizeEntry}: getTask + waitForTask`,
    file: `${generatedProgramsDir}/${entry.id}-get-and-wait.ts`,
    code,
    budget: budgetOf(entry, "getTask + waitForTask", getAndWaitBudget),
  };
}

function runTaskProgram(entry: ProviderEntry<AgentTaskSource>): ProviderSizeProgram | undefined {
  const sample = runTaskSamples[entry.id];
  if (sample === undefined) return undefined;
  const client = entry.clientFactory.name;
  const normalizeEntry = normalizeEntryFor(entry);
  const adapterArgs = sample.adapterArgs.map((arg) => `, ${JSON.stringify(arg)}`).join("");
  const code = `${header("runTask with one provider", entry, normalizeEntry)}import { ${sample.adapterFactory}, ${client} } from "${entry.entryPoint}";
import { runTask } from "${normalizeEntry}";

const adapter = ${sample.adapterFactory}(${client}({ apiKey: "key" })${adapterArgs});
runTask(adapter, ${JSON.stringify(sample.input)}).then((task) => console.log(task.status));
`;
  return {
    entry,
    kind: "runTask",
    name: `${entry.entryPoint} + ${normalizeEntry}: runTask`,
    file: `${generatedProgramsDir}/${entry.id}-run-task.ts`,
    code,
    budget: budgetOf(entry, "runTask", runTaskBudget),
  };
}

/** "Create a client and get one task", one per registry provider, in registry order. */
export const providerSizePrograms: readonly GetOneTaskSizeProgram[] = providers.map(getOneTaskProgram);

/**
 * "getTask + waitForTask" and "runTask" with one provider, per registry provider, in registry order (runTask only
 * for providers with a task adapter: `size/run-task-inputs.ts`).
 */
export const providerFlowSizePrograms: readonly ProviderSizeProgram[] = providers.flatMap((entry) => {
  const runTask = runTaskProgram(entry);
  return runTask === undefined ? [getAndWaitProgram(entry)] : [getAndWaitProgram(entry), runTask];
});

/** The one-mapper program: what an app that only handles BrowserAct tasks ships of `@agent-tasks/normalize`. */
export const mapperSizeProgram = {
  name: "@agent-tasks/normalize: one mapper (normalizeBrowserActTask)",
  file: "size/normalize-browseract.ts",
} as const;

/** Writes every provider program to `size/generated/`, removing programs of providers no longer registered. */
export function writeProviderSizePrograms(): void {
  const dir = path.join(repoRoot, generatedProgramsDir);
  const programs = [...providerSizePrograms, ...providerFlowSizePrograms];
  mkdirSync(dir, { recursive: true });
  const wanted = new Set(programs.map((program) => path.basename(program.file)));
  for (const stale of readdirSync(dir).filter((file) => !wanted.has(file))) rmSync(path.join(dir, stale));
  for (const program of programs) writeFileSync(path.join(repoRoot, program.file), program.code);
}
