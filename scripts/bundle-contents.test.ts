import { describe, expect, it } from "vitest";
import {
  type BundlePlatform,
  bundledModules,
  bundlePlatforms,
  bundleProgram,
  externalImports,
  type ProgramSource,
  packageOf,
  runWithBrowserGlobals,
} from "../bench/bundle-size.js";
import { providerSizePrograms } from "../size/programs.js";
import { repoRoot } from "./lib/specs.js";
import { SLOW_TEST_TIMEOUT_MS } from "./lib/test-timeouts.js";
import { providerPackageNames, providers } from "./providers.js";

// Runs after `pnpm build` (as `pnpm test` does): bundles the size-limit programs in size/ from the built dist the
// way size-limit does, and proves from esbuild's metafile that tree-shaking keeps only what each program uses.

const providerPackages = providerPackageNames;

/** Bundles `source`, failing the test with esbuild's errors when it does not bundle. */
async function bundle(source: ProgramSource, platform: BundlePlatform) {
  const outcome = await bundleProgram(source, platform);
  expect(outcome.ok ? [] : outcome.errors).toEqual([]);
  if (!outcome.ok) throw new Error("unreachable");
  const modules = bundledModules(outcome.metafile).map((module) => module.path);
  return { ...outcome, modules, packages: new Set(modules.map(packageOf)) };
}

/** Per registry provider: its generated size program, and the providers it shares its package with. */
const providerPrograms = providerSizePrograms.map((program) => ({
  program: program.file,
  source: { name: `${program.entry.id}.ts`, code: program.code, resolveDir: repoRoot },
  packageName: program.entry.packageName,
  entryPoint: program.entry.entryPoint,
  factory: program.entry.clientFactory.name,
  url: program.url,
  // Another API of the same package (Browser Use v1 and v2): its source id must not be in this bundle.
  siblings: providers.filter((other) => other.packageName === program.entry.packageName && other !== program.entry),
}));

const mapperModule = /^packages\/normalize\/dist\/providers\/[^/]+\.js$/;

describe.each(bundlePlatforms)("bundle contents for platform %s", { timeout: SLOW_TEST_TIMEOUT_MS }, (platform) => {
  it("size/normalize-browseract.ts keeps the BrowserAct mapper and no other mapper, client package or openapi-fetch", async () => {
    const { modules, packages } = await bundle({ file: "size/normalize-browseract.ts" }, platform);
    expect(modules).toContain("packages/normalize/dist/providers/browseract.js");
    expect(modules.filter((module) => mapperModule.test(module))).toEqual([
      "packages/normalize/dist/providers/browseract.js",
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
        expect(modules).not.toContain(`${sibling.packageDir}/dist/generated/${sibling.id}-spec.js`);
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
    async ({ source, url }) => {
      const { code } = await bundle(source, "browser");
      const run = await runWithBrowserGlobals(code, { status: "running" });
      expect(run).toEqual({ printed: ["running"], requestedUrls: [url], failure: null });
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
