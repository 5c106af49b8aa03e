/**
 * Bundle size of three programs per provider: "create a client and get one task", "getTask + waitForTask" and
 * "runTask" with one provider, ours (the programs `size/programs.ts` writes, the ones size-limit checks) against the
 * same program written with each official SDK, and "create a client and get one task" with openapi-fetch alone.
 * Each is bundled by esbuild as size-limit bundles (bundle, minify, tree-shake), once for `platform: "browser"` and
 * once for `platform: "node"`, and gzipped at level 9 as size-limit's file plugin does. Each "get one task" browser
 * bundle is then run in a global scope with only browser globals (no `process`, `require` or `Buffer`) against a
 * stub `fetch`. A bundle that fails is reported with esbuild's reasons.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import vm from "node:vm";
import { gzipSync } from "node:zlib";
import type { AgentTaskSource } from "@agent-tasks/normalize";
import { type BuildFailure, build, version as esbuildVersion, type Metafile, type Platform } from "esbuild";
import {
  type ProviderProgramKind,
  type ProviderSizeProgram,
  programGoals,
  providerFlowSizePrograms,
  providerSizePrograms,
} from "../size/programs.js";
import { type Column, formatNumber, formatTable } from "./report.js";

const benchDir = fileURLToPath(new URL(".", import.meta.url));
const repoRoot = fileURLToPath(new URL("..", import.meta.url));

export const bundlePlatforms = ["browser", "node"] as const satisfies readonly Platform[];
export type BundlePlatform = (typeof bundlePlatforms)[number];

/**
 * A program to bundle: a file of the repository, or source text whose imports resolve from `resolveDir` (by
 * default `bench/`, where the official SDKs are installed).
 */
export type ProgramSource = { file: string } | { code: string; name: string; resolveDir?: string };

/**
 * One bundle: its code and sizes, esbuild's metafile and the bundle's source map (through the packages' own source
 * maps, it points at their `src/`), or why esbuild could not make it.
 */
export type BundleOutcome =
  | {
      ok: true;
      code: string;
      minifiedBytes: number;
      gzippedBytes: number;
      metafile: Metafile;
      sourceMap: { path: string; text: string };
    }
  | { ok: false; errors: string[] };

/**
 * Bundles `source` as size-limit does (`@size-limit/esbuild`: bundle, minify, tree-shake; esbuild's default
 * format for the platform, iife for the browser and cjs for Node) and gzips it at level 9 (`@size-limit/file`).
 * size-limit then reports 32 B less than `gzippedBytes`: it subtracts what esbuild emits for an empty file.
 */
export async function bundleProgram(source: ProgramSource, platform: BundlePlatform): Promise<BundleOutcome> {
  const input =
    "file" in source
      ? { entryPoints: [path.resolve(repoRoot, source.file)] }
      : {
          stdin: {
            contents: source.code,
            loader: "ts" as const,
            resolveDir: source.resolveDir ?? benchDir,
            sourcefile: source.name,
          },
        };
  try {
    const result = await build({
      ...input,
      absWorkingDir: repoRoot,
      bundle: true,
      minify: true,
      treeShaking: true,
      metafile: true,
      // A separate file, so the code (and its size) is what it is without one.
      sourcemap: "external",
      platform,
      outdir: "bundle",
      write: false,
      logLevel: "silent",
    });
    const output = result.outputFiles.find((file) => file.path.endsWith(".js"));
    const map = result.outputFiles.find((file) => file.path.endsWith(".js.map"));
    const contents = output?.contents ?? new Uint8Array();
    return {
      ok: true,
      code: output?.text ?? "",
      minifiedBytes: contents.byteLength,
      gzippedBytes: gzipSync(contents, { level: 9 }).byteLength,
      metafile: result.metafile,
      sourceMap: { path: map?.path ?? "", text: map?.text ?? "{}" },
    };
  } catch (error) {
    const failure = error as Partial<BuildFailure>;
    if (!Array.isArray(failure.errors)) return { ok: false, errors: [String(error)] };
    const reasons = failure.errors.map((message) =>
      message.location ? `${message.text} (in ${message.location.file})` : message.text,
    );
    return { ok: false, errors: [...new Set(reasons)] };
  }
}

/** The modules that put code into a bundle, repo-relative (re-export-only modules add 0 bytes and are left out). */
export function bundledModules(metafile: Metafile): Array<{ path: string; bytes: number }> {
  return Object.values(metafile.outputs).flatMap((output) =>
    Object.entries(output.inputs)
      .filter(([, input]) => input.bytesInOutput > 0)
      .map(([file, input]) => ({ path: file, bytes: input.bytesInOutput })),
  );
}

/** What the bundle still imports at run time (esbuild leaves Node built-ins external for `platform: "node"`). */
export function externalImports(metafile: Metafile): string[] {
  return [
    ...new Set(Object.values(metafile.outputs).flatMap((output) => output.imports.map((entry) => entry.path))),
  ].sort();
}

/**
 * The package a bundled module belongs to: `packages/core/dist/x.js` → `@agent-tasks/core`, a file under
 * `node_modules/` → that package's name, anything else (the program itself) → its path.
 */
export function packageOf(modulePath: string): string {
  const workspacePackage = /^packages\/([^/]+)\//.exec(modulePath);
  if (workspacePackage) return `@agent-tasks/${workspacePackage[1]}`;
  const dependency = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*\/node_modules\/)/.exec(modulePath);
  return dependency?.[1] ?? modulePath;
}

/** Minified bytes each package puts into a bundle, largest first. */
export function bytesByPackage(metafile: Metafile): Array<[packageName: string, bytes: number]> {
  const totals = new Map<string, number>();
  for (const module of bundledModules(metafile)) {
    totals.set(packageOf(module.path), (totals.get(packageOf(module.path)) ?? 0) + module.bytes);
  }
  return [...totals].sort((a, b) => b[1] - a[1]);
}

/** Globals every browser has that the programs may use; `process`, `require`, `Buffer` and `global` are not here. */
const browserGlobalNames = [
  "AbortController",
  "AbortSignal",
  "Blob",
  "DOMException",
  "Event",
  "EventTarget",
  "FormData",
  "Headers",
  "ReadableStream",
  "Request",
  "Response",
  "TextDecoder",
  "TextEncoder",
  "URL",
  "URLSearchParams",
  "atob",
  "btoa",
  "clearInterval",
  "clearTimeout",
  "crypto",
  "performance",
  "queueMicrotask",
  "setInterval",
  "setTimeout",
  "structuredClone",
] as const;

/** What a program printed and whether it threw, run where only browser globals exist. */
export interface BrowserRun {
  printed: string[];
  requestedUrls: string[];
  /** The error thrown or the rejection left unhandled, as `Name: message`. */
  failure: string | null;
}

/**
 * Runs a browser bundle in a fresh `node:vm` context that has only browser globals, and a `fetch` that answers every
 * request with `taskBody` as JSON. Resolves at the first line printed, the first error, or after `timeoutMs`.
 */
export async function runWithBrowserGlobals(code: string, taskBody: unknown, timeoutMs = 5_000): Promise<BrowserRun> {
  const run: BrowserRun = { printed: [], requestedUrls: [], failure: null };
  let finish = () => {};
  const finished = new Promise<void>((resolve) => {
    finish = resolve;
  });
  const fail = (error: unknown) => {
    run.failure ??= error instanceof Error || isErrorLike(error) ? `${error.name}: ${error.message}` : String(error);
    finish();
  };
  const print = (...values: unknown[]) => {
    run.printed.push(values.map(String).join(" "));
    finish();
  };
  const stubFetch = async (input: RequestInfo | URL) => {
    run.requestedUrls.push(input instanceof Request ? input.url : String(input));
    return Response.json(taskBody);
  };
  const globals: Record<string, unknown> = Object.fromEntries(
    browserGlobalNames.map((name) => [name, (globalThis as Record<string, unknown>)[name]]),
  );
  const context = vm.createContext({
    ...globals,
    fetch: stubFetch,
    console: { log: print, info: print, warn: print, error: print },
  });
  vm.runInContext("globalThis.window = globalThis.self = globalThis;", context);

  // A promise from the context that rejects unhandled is reported to this process, like any other.
  process.on("unhandledRejection", fail);
  const timer = setTimeout(() => fail(new Error(`printed nothing within ${timeoutMs} ms`)), timeoutMs);
  try {
    vm.runInContext(code, context, { filename: "bundle.js" });
    await finished;
  } catch (error) {
    fail(error);
  } finally {
    clearTimeout(timer);
    process.off("unhandledRejection", fail);
  }
  return run;
}

function isErrorLike(value: unknown): value is { name: string; message: string } {
  // Errors made inside the vm context are not `instanceof Error` of this realm.
  return typeof value === "object" && value !== null && "name" in value && "message" in value;
}

/** One row of the comparison. `ours` and `official` rows are compared; `mapper` and `baseline` are for reference. */
interface Contender {
  /** Which table the row is in: the program it is. */
  kind: ProviderProgramKind;
  api: string;
  name: string;
  role: "ours" | "official" | "mapper" | "baseline";
  /** What to bundle, or why there is nothing to bundle. */
  source: ProgramSource | { missing: string };
}

const taskIds = {
  hyperbrowser: "0c8e4a1f-6d2b-4f93-b5e7-2a9d8c3f1e60",
  browserUse: "4e7d2b1a-9c3f-4a85-b6e0-7f1c3d9a2b58",
  browserUseV4: "5b1e9c3a-7d42-4f8e-a6b0-2c9d4e8f1a73",
};
const taskText = "Find the top story on Hacker News and return its title";

function installedVersion(packageName: string): string {
  // Read from the file: `@hyperbrowser/sdk` does not export its package.json.
  const manifest = readFileSync(path.join(benchDir, "node_modules", packageName, "package.json"), "utf8");
  return (JSON.parse(manifest) as { version: string }).version;
}

// Searched in November 2026: npm's package names (no name mentions Dari, usedari or BrowserAct) and the
// vendors' docs and repositories (docs/providers.md, sections Dari and BrowserAct); BrowserAct publishes an n8n node, not an SDK.
const noOfficialSdk = "none published on npm";

/** An official SDK's program: `code` after a line that creates `client`. */
function officialProgram(
  sdk: "hyperbrowser" | "browser-use" | "browser-use-v4",
  name: string,
  code: string,
): ProgramSource {
  const create = {
    hyperbrowser: `import { Hyperbrowser } from "@hyperbrowser/sdk";\nconst client = new Hyperbrowser({ apiKey: "hb_key" });`,
    "browser-use": `import { BrowserUse } from "browser-use-sdk";\nconst client = new BrowserUse({ apiKey: "bu_key" });`,
    "browser-use-v4": `import { BrowserUse } from "browser-use-sdk/v4";\nconst client = new BrowserUse({ apiKey: "bu_key" });`,
  }[sdk];
  return { name, code: `${create}\n${code}` };
}

// Searched in December 2026: npm's package names hold no Skyvern SDK (Skyvern publishes Python packages on PyPI).
const noSkyvernSdk = "none published on npm (Skyvern's SDKs are Python)";

function createContenders(): Contender[] {
  const hyperbrowserSdk = `@hyperbrowser/sdk ${installedVersion("@hyperbrowser/sdk")}`;
  const browserUseSdk = `browser-use-sdk ${installedVersion("browser-use-sdk")}`;
  // Our programs per provider are generated from the registry (scripts/providers.ts) by size/programs.ts.
  const allOurs: readonly ProviderSizeProgram[] = [...providerSizePrograms, ...providerFlowSizePrograms];
  const ours = (kind: ProviderProgramKind, id: AgentTaskSource): Contender[] =>
    allOurs
      .filter((program) => program.kind === kind && program.entry.id === id)
      .map((program) => ({
        kind,
        api: program.entry.displayName,
        name: `ours (${program.file})`,
        role: "ours",
        source: { name: path.basename(program.file), code: program.code, resolveDir: repoRoot },
      }));
  const missing = (kind: ProviderProgramKind, api: string, why: string): Contender => ({
    kind,
    api,
    name: "official SDK",
    role: "official",
    source: { missing: why },
  });
  const noV1 = `none (${browserUseSdk} has v2, v3 and v4 clients, no v1)`;

  const getOne = "get one task";
  const getAndWait = "getTask + waitForTask";
  const run = "runTask";
  return [
    ...ours(getOne, "hyperbrowser"),
    {
      kind: getOne,
      api: "Hyperbrowser",
      name: `${hyperbrowserSdk}: agents.hyperAgent.get`,
      role: "official",
      source: officialProgram(
        "hyperbrowser",
        "hyperbrowser-sdk.ts",
        `client.agents.hyperAgent.get("${taskIds.hyperbrowser}").then((task) => console.log(task.status));`,
      ),
    },
    ...ours(getOne, "browser-use"),
    {
      kind: getOne,
      api: "Browser Use v2",
      name: `${browserUseSdk}: tasks.get`,
      role: "official",
      source: officialProgram(
        "browser-use",
        "browser-use-sdk.ts",
        `client.tasks.get("${taskIds.browserUse}").then((task) => console.log(task.status));`,
      ),
    },
    ...ours(getOne, "browser-use-v4"),
    {
      kind: getOne,
      api: "Browser Use v4",
      name: `${browserUseSdk}/v4: runs.get`,
      role: "official",
      source: officialProgram(
        "browser-use-v4",
        "browser-use-sdk-v4.ts",
        `client.runs.get("${taskIds.browserUseV4}").then((run) => console.log(run.status));`,
      ),
    },
    ...ours(getOne, "browser-use-v1"),
    missing(getOne, "Browser Use v1", noV1),
    ...ours(getOne, "dari"),
    missing(getOne, "Dari", noOfficialSdk),
    ...ours(getOne, "browseract"),
    missing(getOne, "BrowserAct", noOfficialSdk),
    ...ours(getOne, "skyvern"),
    missing(getOne, "Skyvern", noSkyvernSdk),
    {
      kind: getOne,
      api: "BrowserAct",
      name: "normalizeBrowserActTask alone (size/normalize-browseract.ts)",
      role: "mapper",
      source: { file: "size/normalize-browseract.ts" },
    },
    {
      kind: getOne,
      api: "any",
      name: `openapi-fetch ${installedVersion("openapi-fetch")} alone: createClient + one GET`,
      role: "baseline",
      source: {
        name: "openapi-fetch.ts",
        code: `import createClient from "openapi-fetch";
import type { paths } from "@agent-tasks/hyperbrowser";
const client = createClient<paths>({ baseUrl: "https://api.hyperbrowser.ai", headers: { "x-api-key": "hb_key" } });
client
  .GET("/api/task/hyper-agent/{id}", { params: { path: { id: "${taskIds.hyperbrowser}" } } })
  .then(({ data }) => console.log(data?.status));`,
      },
    },

    ...ours(getAndWait, "hyperbrowser"),
    missing(getAndWait, "Hyperbrowser", `none (${hyperbrowserSdk} has no wait for a task it did not start)`),
    ...ours(getAndWait, "browser-use"),
    {
      kind: getAndWait,
      api: "Browser Use v2",
      name: `${browserUseSdk}: tasks.get + tasks.wait`,
      role: "official",
      source: officialProgram(
        "browser-use",
        "browser-use-sdk-get-and-wait.ts",
        `client.tasks.get("${taskIds.browserUse}").then((task) => console.log(task.status));
client.tasks.wait("${taskIds.browserUse}").then((task) => console.log(task.status));`,
      ),
    },
    ...ours(getAndWait, "browser-use-v4"),
    {
      kind: getAndWait,
      api: "Browser Use v4",
      name: `${browserUseSdk}/v4: runs.get + runs.waitForCompletion`,
      role: "official",
      source: officialProgram(
        "browser-use-v4",
        "browser-use-sdk-v4-get-and-wait.ts",
        `client.runs.get("${taskIds.browserUseV4}").then((run) => console.log(run.status));
client.runs.waitForCompletion("${taskIds.browserUseV4}").then((run) => console.log(run.status));`,
      ),
    },
    ...ours(getAndWait, "browser-use-v1"),
    missing(getAndWait, "Browser Use v1", noV1),
    ...ours(getAndWait, "dari"),
    missing(getAndWait, "Dari", noOfficialSdk),
    ...ours(getAndWait, "browseract"),
    missing(getAndWait, "BrowserAct", noOfficialSdk),
    ...ours(getAndWait, "skyvern"),
    missing(getAndWait, "Skyvern", noSkyvernSdk),

    ...ours(run, "hyperbrowser"),
    {
      kind: run,
      api: "Hyperbrowser",
      name: `${hyperbrowserSdk}: agents.hyperAgent.startAndWait`,
      role: "official",
      source: officialProgram(
        "hyperbrowser",
        "hyperbrowser-sdk-run.ts",
        `client.agents.hyperAgent.startAndWait({ task: "${taskText}" }).then((task) => console.log(task.status));`,
      ),
    },
    ...ours(run, "browser-use"),
    {
      kind: run,
      api: "Browser Use v2",
      name: `${browserUseSdk}: run()`,
      role: "official",
      source: officialProgram(
        "browser-use",
        "browser-use-sdk-run.ts",
        `client.run("${taskText}").then((result) => console.log(result.status));`,
      ),
    },
    ...ours(run, "dari"),
    missing(run, "Dari", noOfficialSdk),
    ...ours(run, "browseract"),
    missing(run, "BrowserAct", noOfficialSdk),
    ...ours(run, "browser-use-v4"),
    {
      kind: run,
      api: "Browser Use v4",
      name: `${browserUseSdk}/v4: runs.create + runs.waitForCompletion`,
      role: "official",
      source: officialProgram(
        "browser-use-v4",
        "browser-use-sdk-v4-run.ts",
        `client.runs
  .create({ task: "${taskText}" })
  .then((created) => client.runs.waitForCompletion(created.id))
  .then((run) => console.log(run.status));`,
      ),
    },
    ...ours(run, "skyvern"),
    missing(run, "Skyvern", noSkyvernSdk),
  ];
}

/** What one contender's bundles came to on each platform, and how its browser bundle ran. */
interface Measured {
  contender: Contender;
  bundles: Partial<Record<BundlePlatform, BundleOutcome>>;
  browserRun: BrowserRun | null;
}

const kilobytes = (bytes: number) => `${formatNumber(bytes / 1000, 2)} kB`;

async function measure(contender: Contender): Promise<Measured> {
  const { source } = contender;
  if ("missing" in source) return { contender, bundles: {}, browserRun: null };
  const bundles: Measured["bundles"] = {};
  for (const platform of bundlePlatforms) bundles[platform] = await bundleProgram(source, platform);
  // The mapper program only declares its input (`declare const rawTask`), so it is bundled but not run; nor are the
  // programs that wait or start a task, which a stub answering `{"status":"running"}` would keep polling.
  const browser = bundles.browser;
  const runnable = browser?.ok === true && contender.role !== "mapper" && contender.kind === "get one task";
  const browserRun = runnable ? await runWithBrowserGlobals(browser.code, { status: "running" }) : null;
  return { contender, bundles, browserRun };
}

function formatRows(measured: Measured[]): string[][] {
  const oursFor = ({ api, kind }: Contender) =>
    measured.find(
      (entry) => entry.contender.api === api && entry.contender.kind === kind && entry.contender.role === "ours",
    );
  const cells = (entry: Measured, platform: BundlePlatform): string[] => {
    const outcome = entry.bundles[platform];
    if (outcome === undefined) return ["—", "—", ""];
    if (!outcome.ok) return ["fails", "fails", ""];
    const ours = oursFor(entry.contender)?.bundles[platform];
    const ratio =
      entry.contender.role === "official" && ours?.ok
        ? `${formatNumber(outcome.gzippedBytes / ours.gzippedBytes, 1)}×`
        : "";
    return [kilobytes(outcome.minifiedBytes), kilobytes(outcome.gzippedBytes), ratio];
  };
  const runCell = (entry: Measured) => {
    if (entry.browserRun !== null) return entry.browserRun.failure === null ? "yes" : "throws";
    return entry.bundles.browser?.ok === false ? "no bundle" : "—";
  };
  return measured.map((entry) => {
    const { contender } = entry;
    const name = "missing" in contender.source ? `${contender.name}: ${contender.source.missing}` : contender.name;
    const budget = contender.role === "ours" ? budgetCell(contender) : "";
    return [contender.api, name, ...cells(entry, "browser"), runCell(entry), ...cells(entry, "node"), budget];
  });
}

/** Below the table: why a bundle failed or threw, what it leaves to run time, and what is biggest in it. */
function formatNotes(measured: Measured[]): string[] {
  const notes: string[] = [];
  for (const { contender, bundles, browserRun } of measured) {
    const label = `${contender.api}, ${contender.name}`;
    for (const platform of bundlePlatforms) {
      const outcome = bundles[platform];
      if (outcome === undefined) continue;
      if (!outcome.ok) {
        notes.push(`- ${label}, ${platform}: esbuild fails with ${outcome.errors.length} errors:`);
        notes.push(...outcome.errors.map((reason) => `  - ${reason}`));
        continue;
      }
      const externals = externalImports(outcome.metafile);
      if (externals.length > 0) notes.push(`- ${label}, ${platform}: left to run time: ${externals.join(", ")}`);
      if (contender.role === "official" || (contender.role === "ours" && platform === "browser")) {
        const largest = bytesByPackage(outcome.metafile)
          .filter(([packageName]) => !packageName.endsWith(".ts"))
          .slice(0, 3)
          .map(([packageName, bytes]) => `${packageName} ${kilobytes(bytes)}`);
        notes.push(`- ${label}, ${platform}: largest packages (minified): ${largest.join(", ")}`);
      }
    }
    if (browserRun?.failure) notes.push(`- ${label}, run with browser globals only: ${browserRun.failure}`);
  }
  return notes;
}

/** The size-limit budget of one of our programs, and the goal when the budget is above it. */
function budgetCell({ kind, name }: Contender): string {
  const program = [...providerSizePrograms, ...providerFlowSizePrograms].find(
    (candidate) => candidate.kind === kind && name === `ours (${candidate.file})`,
  );
  if (program === undefined) return "";
  const goal = programGoals[kind];
  return program.budget === goal ? program.budget : `${program.budget} (goal ${goal})`;
}

const sectionTitles: Record<ProviderProgramKind, string> = {
  "get one task": "create a client and get one task",
  "getTask + waitForTask": "getTask + waitForTask with one provider",
  runTask: "runTask with one provider",
};

/** Bundles every contender for both platforms and prints a table and its notes per program. */
export async function runBundleSize(): Promise<void> {
  console.log("## Bundle size\n");
  console.log(
    `esbuild ${esbuildVersion} as size-limit runs it (bundle, minify, tree-shake; iife for the browser, cjs for ` +
      `Node), gzip level 9 as size-limit. kB = 1,000 bytes. size-limit prints 32 B less than "gzip": it subtracts ` +
      `an empty esbuild bundle. "runs in a browser": the browser bundle, run with browser globals only (no ` +
      `\`process\`, \`require\` or \`Buffer\`) and a fetch stub answering \`{"status":"running"}\`, printed \`running\` ` +
      `(programs that wait or start a task are not run). "budget": size-limit's gzipped limit (\`pnpm size\`).\n`,
  );
  const measured: Measured[] = [];
  for (const contender of createContenders()) measured.push(await measure(contender));
  const columns: Column[] = [
    { header: "API" },
    { header: "program" },
    { header: "browser min", align: "right" },
    { header: "browser gzip", align: "right" },
    { header: "vs ours", align: "right" },
    { header: "runs in a browser" },
    { header: "node min", align: "right" },
    { header: "node gzip", align: "right" },
    { header: "vs ours", align: "right" },
    { header: "budget" },
  ];
  for (const [kind, title] of Object.entries(sectionTitles) as [ProviderProgramKind, string][]) {
    const section = measured.filter((entry) => entry.contender.kind === kind);
    console.log(`### ${title}\n`);
    console.log(formatTable(columns, formatRows(section)));
    console.log(`\n${formatNotes(section).join("\n")}\n`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await runBundleSize();
}
