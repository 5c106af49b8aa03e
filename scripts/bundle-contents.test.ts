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
import { repoRoot } from "./lib/specs.js";

// Runs after `pnpm build` (as `pnpm test` does): bundles the size-limit programs in size/ from the built dist the
// way size-limit does, and proves from esbuild's metafile that tree-shaking keeps only what each program uses.

const providerPackages = [
  "@agent-tasks/hyperbrowser",
  "@agent-tasks/browser-use",
  "@agent-tasks/dari",
  "@agent-tasks/browseract",
];

/** Bundles `source`, failing the test with esbuild's errors when it does not bundle. */
async function bundle(source: ProgramSource, platform: BundlePlatform) {
  const outcome = await bundleProgram(source, platform);
  expect(outcome.ok ? [] : outcome.errors).toEqual([]);
  if (!outcome.ok) throw new Error("unreachable");
  const modules = bundledModules(outcome.metafile).map((module) => module.path);
  return { ...outcome, modules, packages: new Set(modules.map(packageOf)) };
}

interface ProviderProgram {
  program: string;
  packageName: string;
  factory: string;
  /** Modules of the other Browser Use API, which shares the package. */
  otherApiModules?: RegExp;
  /** The request the program makes with the built-in base URL. */
  url: string;
}

const providerPrograms: ProviderProgram[] = [
  {
    program: "size/hyperbrowser.ts",
    packageName: "@agent-tasks/hyperbrowser",
    factory: "createHyperbrowserClient",
    url: "https://api.hyperbrowser.ai/api/task/hyper-agent/0c8e4a1f-6d2b-4f93-b5e7-2a9d8c3f1e60",
  },
  {
    program: "size/browser-use.ts",
    packageName: "@agent-tasks/browser-use",
    factory: "createBrowserUseClient",
    otherApiModules: /browser-use\/dist\/(v1\/|generated\/browser-use-v1-)/,
    url: "https://api.browser-use.com/api/v2/tasks/4e7d2b1a-9c3f-4a85-b6e0-7f1c3d9a2b58",
  },
  {
    program: "size/browser-use-v1.ts",
    packageName: "@agent-tasks/browser-use/v1",
    factory: "createBrowserUseV1Client",
    otherApiModules: /browser-use\/dist\/(create-browser-use-|generated\/browser-use-spec)/,
    url: "https://api.browser-use.com/api/v1/task/d8b4f2a6-3c7e-4e19-a5d0-6b2f8e1c4a97",
  },
  {
    program: "size/dari.ts",
    packageName: "@agent-tasks/dari",
    factory: "createDariClient",
    url: "https://agent.usedari.com/task/org_1/checkout/status?job_id=9c858901-8a57-4791-81fe-3d2c6b7a5e10",
  },
  {
    program: "size/browseract.ts",
    packageName: "@agent-tasks/browseract",
    factory: "createBrowserActClient",
    url: "https://api.browseract.com/v2/workflow/get-task?task_id=78412563098214567",
  },
];

const ownPackage = (packageName: string) => packageName.replace(/\/v1$/, "");
const mapperModule = /^packages\/normalize\/dist\/providers\/[^/]+\.js$/;

describe.each(bundlePlatforms)("bundle contents for platform %s", (platform) => {
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
    async ({ program, packageName, otherApiModules }) => {
      const { modules, packages } = await bundle({ file: program }, platform);
      expect([...packages]).toEqual(
        expect.arrayContaining([ownPackage(packageName), "@agent-tasks/core", "openapi-fetch"]),
      );
      const others = [...providerPackages.filter((name) => name !== ownPackage(packageName)), "@agent-tasks/normalize"];
      expect([...packages].filter((name) => others.includes(name))).toEqual([]);
      if (otherApiModules) expect(modules.filter((module) => otherApiModules.test(module))).toEqual([]);
    },
  );
});

// A text search for `process.env` would flag guarded reads (`typeof process !== "undefined" && ...`) and miss
// `process["env"]` or a Node built-in reached through a `browser` field. What matters is that the bundle builds
// without Node built-ins and runs where only browser globals exist: so each one is run that way.
describe("browser bundles need nothing from Node", () => {
  it.each(providerPrograms)(
    "$program bundles with no Node built-in and nothing left to run time",
    async ({ program }) => {
      // esbuild cannot resolve a Node built-in for the browser, so one is an error in `bundle`, or, when
      // imported where a failure is caught (`try { require("fs") }`), an import left to run time.
      const { metafile } = await bundle({ file: program }, "browser");
      expect(externalImports(metafile)).toEqual([]);
    },
  );

  it.each(providerPrograms)(
    "$program creates its client and gets the task with browser globals only (no process, require, Buffer)",
    async ({ program, url }) => {
      const { code } = await bundle({ file: program }, "browser");
      const run = await runWithBrowserGlobals(code, { status: "running" });
      expect(run).toEqual({ printed: ["running"], requestedUrls: [url], failure: null });
    },
  );

  it.each(providerPrograms)(
    "$factory() without a key looks up the environment safely where there is no process",
    async ({ packageName, factory }) => {
      const { code } = await bundle(
        {
          name: "missing-key.ts",
          resolveDir: repoRoot,
          code: `import { ${factory} } from "${packageName}";
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

describe("minified bundles", () => {
  it("keep every error class's name, so `error.name` says what went wrong", async () => {
    const { code } = await bundle(
      {
        name: "error-names.ts",
        resolveDir: repoRoot,
        code: `import * as core from "@agent-tasks/core/public";
import { InvalidWaitOptionError, NormalizeError, WaitTimeoutError } from "@agent-tasks/normalize";
const classes = { ...core, InvalidWaitOptionError, NormalizeError, WaitTimeoutError };
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
    expect(names).toHaveLength(22);
    for (const [exported, className] of names) expect(className).toBe(exported);
    expect(instances).toEqual(["NotFoundError", "NormalizeError"]);
  });
});
