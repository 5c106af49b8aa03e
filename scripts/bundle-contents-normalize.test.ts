import { agentTaskSources } from "@agent-tasks/normalize";
import { describe, expect, it } from "vitest";
import { type BundlePlatform, bundlePlatforms, bundleProgram, type ProgramSource } from "../bench/bundle-size.js";
import { mappedSources } from "./lib/mapped-sources.js";
import { repoRoot } from "./lib/specs.js";
import { SLOW_TEST_TIMEOUT_MS } from "./lib/test-timeouts.js";
import { providers } from "./providers.js";

// Runs after `pnpm build` (as `pnpm test` does): bundles programs that use @agent-tasks/normalize's per-provider
// entry points (`@agent-tasks/normalize/hyperbrowser`...) from the built dist, as size-limit does, and proves from
// the bundle's source map (chained to the packages' src/) that tree-shaking keeps that provider's mapper only.

/** A normalize mapper module: `packages/normalize/src/providers/<source>.ts`. */
const mapperModule = /^packages\/normalize\/src\/providers\/[^/]+\.ts$/;
/** The table of every provider's mapper, behind the main entry point. */
const everyMapperTable = "packages/normalize/src/normalize-task.ts";

async function bundledModules(source: ProgramSource, platform: BundlePlatform): Promise<string[]> {
  const outcome = await bundleProgram(source, platform);
  expect(outcome.ok ? [] : outcome.errors).toEqual([]);
  if (!outcome.ok) throw new Error("unreachable");
  return mappedSources(outcome.sourceMap, repoRoot);
}

/** `getTask` + `waitForTask` from `normalizeEntry`, over the registry provider's own client and task fetcher. */
function getAndWait(entry: (typeof providers)[number], normalizeEntry: string): ProgramSource {
  const client = entry.clientFactory.name;
  const fetcher = entry.taskFetcherFactory.name;
  const ref = JSON.stringify(entry.sampleRef);
  return {
    name: `${entry.id}-get-and-wait.ts`,
    resolveDir: repoRoot,
    code: `import { ${client}, ${fetcher} } from "${entry.entryPoint}";
import { getTask, waitForTask } from "${normalizeEntry}";
const tasks = ${fetcher}(${client}({ apiKey: "key" }));
getTask(tasks, ${ref}).then((task) => console.log(task.status));
waitForTask(tasks, ${ref}).then((task) => console.log(task.status));`,
  };
}

/** Every lifecycle function a provider entry point exports, called on an adapter the program is handed. */
function everyFunction(source: string): ProgramSource {
  return {
    name: `${source}-all.ts`,
    resolveDir: repoRoot,
    code: `import * as normalize from "@agent-tasks/normalize/${source}";
const adapter = (globalThis as { adapter?: never }).adapter as never;
for (const [name, fn] of Object.entries(normalize)) console.log(name, (fn as (...args: never[]) => unknown)(adapter, adapter));`,
  };
}

const mappersOf = (modules: string[]) => modules.filter((module) => mapperModule.test(module));

describe.each(bundlePlatforms)(
  "@agent-tasks/normalize per-provider entry points, bundled for %s",
  { timeout: SLOW_TEST_TIMEOUT_MS },
  (platform) => {
    it.each(providers)(
      "getTask + waitForTask from @agent-tasks/normalize/$id keep the $id mapper and no other",
      async (entry) => {
        const modules = await bundledModules(getAndWait(entry, `@agent-tasks/normalize/${entry.id}`), platform);
        expect(mappersOf(modules)).toEqual([`packages/normalize/src/providers/${entry.id}.ts`]);
        expect(modules).not.toContain(everyMapperTable);
        expect(modules).toEqual(expect.arrayContaining(["packages/normalize/src/lifecycle/poll-task.ts"]));
      },
    );

    it.each(agentTaskSources)(
      "everything @agent-tasks/normalize/%s exports keeps its own mapper only",
      async (source) => {
        const modules = await bundledModules(everyFunction(source), platform);
        expect(mappersOf(modules)).toEqual([`packages/normalize/src/providers/${source}.ts`]);
        expect(modules).not.toContain(everyMapperTable);
      },
    );

    it("the same program on the main entry point keeps every mapper (what the entry points avoid)", async () => {
      const [entry] = providers;
      if (entry === undefined) throw new Error("no provider in the registry");
      const modules = await bundledModules(getAndWait(entry, "@agent-tasks/normalize"), platform);
      expect(mappersOf(modules).sort()).toEqual(
        agentTaskSources.map((source) => `packages/normalize/src/providers/${source}.ts`).sort(),
      );
      expect(modules).toContain(everyMapperTable);
    });
  },
);
