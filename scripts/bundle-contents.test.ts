import path from "node:path";
import { build, type Plugin } from "esbuild";
import { describe, expect, it } from "vitest";
import {
  type BundlePlatform,
  bundlePlatforms,
  bundleProgram,
  externalImports,
  type ProgramSource,
  packageOf,
  runWithBrowserGlobals,
} from "../bench/bundle-size.js";
import { providerFlowSizePrograms, providerSizePrograms } from "../size/programs.js";
import { mappedSources } from "./lib/mapped-sources.js";
import { repoRoot } from "./lib/specs.js";
import { SLOW_TEST_TIMEOUT_MS } from "./lib/test-timeouts.js";
import { readWorkspacePackages } from "./lib/workspace.js";
import { providerPackageNames, providers } from "./providers.js";

// Runs after `pnpm build` (as `pnpm test` does): bundles the size-limit programs in size/ from the built dist the
// way size-limit does, and proves that tree-shaking keeps only what each program uses. Each package's dist is one
// bundled file per entry point (scripts/build-package.ts), so what is kept is read per source module: from the
// bundle's source map, chained through the packages' own maps to their src/ (`packages/x/src/y.ts`).

const providerPackages = providerPackageNames;

/**
 * Bundles `source`, failing the test with esbuild's errors when it does not bundle. `modules`: the source files with
 * code in the bundle, repo-relative.
 */
async function bundle(source: ProgramSource, platform: BundlePlatform) {
  const outcome = await bundleProgram(source, platform);
  expect(outcome.ok ? [] : outcome.errors).toEqual([]);
  if (!outcome.ok) throw new Error("unreachable");
  const modules = mappedSources(outcome.sourceMap, repoRoot);
  return { ...outcome, modules, packages: new Set(modules.map(packageOf)) };
}

/** Per registry provider: its generated size program, and the providers it shares its package with. */
const providerPrograms = providerSizePrograms.map((program) => ({
  program: program.file,
  source: { name: `${program.entry.id}.ts`, code: program.code, resolveDir: repoRoot },
  packageName: program.entry.packageName,
  entryPoint: program.entry.entryPoint,
  factory: program.entry.clientFactory.name,
  // What the first read requests: the get-task URL, then what the fetcher reads after it (Browser Use v4's events).
  urls: [program.url, ...(program.entry.getTask.readsAfter?.(program.url) ?? [])],
  // Another API of the same package (Browser Use v1 and v2): its source id must not be in this bundle.
  siblings: providers.filter((other) => other.packageName === program.entry.packageName && other !== program.entry),
}));

const mapperModule = /^packages\/normalize\/src\/providers\/[^/]+\.ts$/;

describe.each(bundlePlatforms)("bundle contents for platform %s", { timeout: SLOW_TEST_TIMEOUT_MS }, (platform) => {
  it("size/normalize-browseract.ts keeps the BrowserAct mapper and no other mapper, client package or openapi-fetch", async () => {
    const { modules, packages } = await bundle({ file: "size/normalize-browseract.ts" }, platform);
    expect(modules).toContain("packages/normalize/src/providers/browseract.ts");
    expect(modules.filter((module) => mapperModule.test(module))).toEqual([
      "packages/normalize/src/providers/browseract.ts",
    ]);
    expect([...packages].filter((name) => providerPackages.includes(name) || name === "openapi-fetch")).toEqual([]);
  });

  it.each(providerPrograms)(
    "$program keeps its own package, core and openapi-fetch, and no other provider or normalize",
    async ({ source, packageName, siblings }) => {
      const { code, modules, packages } = await bundle(source, platform);
      expect([...packages]).toEqual(expect.arrayContaining([packageName, "@agent-tasks/core", "openapi-fetch"]));
      const others = [...providerPackages.filter((name) => name !== packageName), "@agent-tasks/normalize"];
      expect([...packages].filter((name) => others.includes(name))).toEqual([]);
      for (const sibling of siblings) {
        // Neither the other API's generated spec module (its server URL and auth scheme) nor its source id.
        expect(modules).not.toContain(`${sibling.packageDir}/src/generated/${sibling.id}-spec.ts`);
        expect(code).not.toContain(JSON.stringify(sibling.id));
      }
    },
  );
});

// A text search for `process.env` would flag guarded reads (`typeof process !== "undefined" && ...`) and miss
// `process["env"]` or a Node built-in reached through a `browser` field. What matters is that the bundle builds
// without Node built-ins and runs where only browser globals exist: so each one is run that way.
describe("browser bundles need nothing from Node", { timeout: SLOW_TEST_TIMEOUT_MS }, () => {
  it.each(providerPrograms)(
    "$program bundles with no Node built-in and nothing left to run time",
    async ({ source }) => {
      // esbuild cannot resolve a Node built-in for the browser, so one is an error in `bundle`, or, when
      // imported where a failure is caught (`try { require("fs") }`), an import left to run time.
      const { metafile } = await bundle(source, "browser");
      expect(externalImports(metafile)).toEqual([]);
    },
  );

  it.each(providerPrograms)(
    "$program creates its client and gets the task with browser globals only (no process, require, Buffer)",
    async ({ source, urls }) => {
      const { code } = await bundle(source, "browser");
      const run = await runWithBrowserGlobals(code, { status: "running" });
      expect(run).toEqual({ printed: ["running"], requestedUrls: urls, failure: null });
    },
  );

  it.each(providerPrograms)(
    "$factory() without a key looks up the environment safely where there is no process",
    async ({ entryPoint, factory }) => {
      const { code } = await bundle(
        {
          name: "missing-key.ts",
          resolveDir: repoRoot,
          code: `import { ${factory} } from "${entryPoint}";
try {
  ${factory}();
  console.log("created without a key");
} catch (error) {
  console.log(error.envVar, error.message);
}`,
        },
        "browser",
      );
      const run = await runWithBrowserGlobals(code, null);
      expect(run.failure).toBeNull();
      expect(run.printed).toEqual([
        expect.stringMatching(/^(\w+_API_KEY) Missing .*\bset the \1 environment variable/),
      ]);
    },
  );
});

describe("minified bundles", { timeout: SLOW_TEST_TIMEOUT_MS }, () => {
  it("keep every error class's name, so `error.name` says what went wrong", async () => {
    const { code } = await bundle(
      {
        name: "error-names.ts",
        resolveDir: repoRoot,
        code: `import * as core from "@agent-tasks/core";
import {
  InvalidWaitOptionError,
  NormalizeError,
  StartOutcomeUnknownError,
  StructuredOutputError,
  TaskAbortedError,
  UnsupportedOutputSchemaError,
  WaitTimeoutError,
} from "@agent-tasks/normalize";
const classes = {
  ...core,
  InvalidWaitOptionError,
  NormalizeError,
  StartOutcomeUnknownError,
  StructuredOutputError,
  TaskAbortedError,
  UnsupportedOutputSchemaError,
  WaitTimeoutError,
};
const names = Object.entries(classes)
  .filter(([, value]) => typeof value === "function" && value.prototype instanceof Error)
  .map(([exported, errorClass]) => [exported, errorClass.name]);
const details = { provider: "p", status: 404, method: "GET", url: "https://example.test/" };
const instances = [new core.NotFoundError("m", details).name, new NormalizeError("browseract", null, "m").name];
console.log(JSON.stringify({ names, instances }));`,
      },
      "browser",
    );
    const run = await runWithBrowserGlobals(code, null);
    expect(run.failure).toBeNull();
    const { names, instances } = JSON.parse(run.printed[0] ?? "{}") as { names: string[][]; instances: string[] };
    // Every error class of the public API (the core ones, then normalize's), named as it is exported.
    expect(names).toHaveLength(28);
    for (const [exported, className] of names) expect(className).toBe(exported);
    expect(instances).toEqual(["NotFoundError", "NormalizeError"]);
  });
});

// A built entry point is one module (scripts/build-package.ts), so a bundler can no longer drop a whole unused file of
// it the way `sideEffects: false` let it drop each unused file of the old layout: it drops statements. Every top-level
// statement must then be one a bundler can drop when nothing uses it: no call, `new`, property read or arithmetic
// (esbuild keeps `15 * 60_000`) at the top level unless marked `/* @__PURE__ */`. Checked by bundling
// `import "<entry point>"` with our modules resolved by path, so that esbuild ignores their `sideEffects: false` and
// keeps every statement it cannot prove droppable: nothing may be left.

const packagesDir = path.join(repoRoot, "packages");
const resolving = Symbol("resolving");

/**
 * Resolves our modules by path only (so they count as having side effects). Anything else stays external and counts
 * as free of side effects: this is about our statements (the programs above check what openapi-fetch adds).
 */
const ourModulesHaveSideEffects: Plugin = {
  name: "our-modules-have-side-effects",
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /.*/ }, async ({ path: specifier, kind, resolveDir, importer, pluginData }) => {
      if (pluginData === resolving) return undefined;
      const resolved = await pluginBuild.resolve(specifier, { kind, resolveDir, importer, pluginData: resolving });
      if (resolved.errors.length > 0) return { errors: resolved.errors };
      if (!resolved.external && resolved.path.startsWith(packagesDir + path.sep)) return { path: resolved.path };
      return { path: specifier, external: true, sideEffects: false };
    });
  },
};

/**
 * A provider package's client factory (`createXClient = defineClientFactory({ ..., serverUrl: xSpec.serverUrl })`) is
 * a call whose argument reads properties, which esbuild keeps even when the call is marked pure; a program imports
 * a provider package for its client, so that statement, and what it reaches in core, may stay.
 */
const clientFactoryModule = /^packages\/[^/]+\/src\/(?:[^/]+\/)?(?:create-[^/]+-client|generated\/[^/]+-spec)\.ts$/;

const publishedEntryPoints = (await readWorkspacePackages())
  .filter((pkg) => !pkg.manifest.private)
  .flatMap((pkg) =>
    Object.keys((pkg.manifest.exports ?? {}) as Record<string, unknown>)
      .filter((subpath) => subpath !== "./package.json")
      .map((subpath) => ({ specifier: `${pkg.manifest.name}${subpath.slice(1)}`, packageName: pkg.manifest.name })),
  );

describe("unused code of a built entry point can always be dropped", { timeout: SLOW_TEST_TIMEOUT_MS }, () => {
  it.each(publishedEntryPoints)(
    "$specifier keeps nothing when a program uses none of it",
    async ({ specifier, packageName }) => {
      const result = await build({
        stdin: { contents: `import ${JSON.stringify(specifier)};`, resolveDir: repoRoot, sourcefile: "unused.ts" },
        absWorkingDir: repoRoot,
        bundle: true,
        format: "esm",
        platform: "node",
        treeShaking: true,
        sourcemap: "external",
        outdir: "bundle",
        write: false,
        logLevel: "silent",
        plugins: [ourModulesHaveSideEffects],
      });
      const map = result.outputFiles.find((file) => file.path.endsWith(".js.map"));
      const code = result.outputFiles.find((file) => file.path.endsWith(".js"))?.text ?? "";
      if (map === undefined) throw new Error("esbuild wrote no source map");
      const provider = providerPackages.includes(packageName);
      const kept = mappedSources(map, repoRoot).filter(
        (module) => !(provider && (clientFactoryModule.test(module) || module.startsWith("packages/core/"))),
      );
      const hint = "top-level statements esbuild cannot drop (and what they use), the first 3,000 characters";
      expect(kept, `${hint}:\n${code.slice(0, 3_000)}`).toEqual([]);
    },
  );
});

// The "getTask + waitForTask" and "runTask" programs with one provider (size/programs.ts), which add the provider's
// own @agent-tasks/normalize entry point: each bundles for the browser with nothing left to run time, and holds no
// other provider's client package or normalize mapper.
describe("size programs with @agent-tasks/normalize", { timeout: SLOW_TEST_TIMEOUT_MS }, () => {
  const flowPrograms = providerFlowSizePrograms.map((program) => ({
    program: program.file,
    id: program.entry.id,
    packageName: program.entry.packageName,
    source: { name: path.basename(program.file), code: program.code, resolveDir: repoRoot },
  }));

  it.each(flowPrograms)(
    "$program bundles for the browser with nothing left to run time, and no other client package",
    async ({ source, packageName }) => {
      const { metafile, packages } = await bundle(source, "browser");
      expect(externalImports(metafile)).toEqual([]);
      expect([...packages]).toEqual(
        expect.arrayContaining([packageName, "@agent-tasks/core", "@agent-tasks/normalize"]),
      );
      expect([...packages].filter((name) => providerPackages.includes(name) && name !== packageName)).toEqual([]);
    },
  );

  it.each(flowPrograms)("$program keeps its provider's normalize mapper and no other", async ({ source, id }) => {
    const { modules } = await bundle(source, "browser");
    expect(modules.filter((module) => mapperModule.test(module))).toEqual([
      `packages/normalize/src/providers/${id}.ts`,
    ]);
  });
});
