/**
 * The size programs: per registry provider, "create a client and get one task" as a user's app would write it,
 * generated from `scripts/providers.ts`; and the one-mapper program, which is a file (`size/normalize-browseract.ts`).
 * `.size-limit.ts` writes the provider programs to `size/generated/` (gitignored) and measures them;
 * `scripts/bundle-contents.test.ts` and `bench/bundle-size.ts` bundle the same code from memory.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { AgentTaskSource } from "@agent-tasks/normalize";
import { getTaskUrl, type ProviderEntry, providers } from "../scripts/providers.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** Where `.size-limit.ts` writes the provider programs, relative to the repo root. */
export const generatedProgramsDir = "size/generated";

/** The gzipped budget of each provider program, and of the one-mapper program. */
export const providerBudget = "12 kB";
export const mapperBudget = "3 kB";

export interface ProviderSizeProgram {
  entry: ProviderEntry<AgentTaskSource>;
  /** The check's name in `pnpm size`. */
  name: string;
  /** Where `.size-limit.ts` writes it, relative to the repo root. */
  file: string;
  code: string;
  /** The one request the program makes, with the built-in base URL. */
  url: string;
}

function programOf(entry: ProviderEntry<AgentTaskSource>): ProviderSizeProgram {
  const client = entry.clientFactory.name;
  const fetcher = entry.taskFetcherFactory.name;
  const code = `// "Create a client and get one task", as a user's app would write it with ${entry.entryPoint}.
// Generated from scripts/providers.ts by size/programs.ts; do not edit.
import { ${client}, ${fetcher} } from "${entry.entryPoint}";

const client = ${client}({ apiKey: "key" });
${fetcher}(client)
  .fetchTask(${JSON.stringify(entry.sampleRef)})
  .then((task) => console.log(task.status));
`;
  return {
    entry,
    name: `${entry.entryPoint}: create a client and get one task`,
    file: `${generatedProgramsDir}/${entry.id}.ts`,
    code,
    url: getTaskUrl(entry, entry.sampleRef),
  };
}

/** One program per registry provider, in registry order. */
export const providerSizePrograms: readonly ProviderSizeProgram[] = providers.map(programOf);

/** The one-mapper program: what an app that only handles BrowserAct tasks ships of `@agent-tasks/normalize`. */
export const mapperSizeProgram = {
  name: "@agent-tasks/normalize: one mapper (normalizeBrowserActTask)",
  file: "size/normalize-browseract.ts",
} as const;

/** Writes every provider program to `size/generated/`, removing programs of providers no longer registered. */
export function writeProviderSizePrograms(): void {
  const dir = path.join(repoRoot, generatedProgramsDir);
  mkdirSync(dir, { recursive: true });
  const wanted = new Set(providerSizePrograms.map((program) => path.basename(program.file)));
  for (const stale of readdirSync(dir).filter((file) => !wanted.has(file))) rmSync(path.join(dir, stale));
  for (const program of providerSizePrograms) writeFileSync(path.join(repoRoot, program.file), program.code);
}
