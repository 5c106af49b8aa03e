// Dependency rules for the workspace, checked by `pnpm deps:check` (dependency-cruiser 17; 18 needs Node 22).
//
// How modules are named: every path is relative to the repo root. A workspace import such as
// `@agent-tasks/core` resolves through the node_modules symlink and the package's `exports` map, so it shows
// up as `packages/core/dist/index.d.ts` (the "types" condition comes first in our exports maps); `dist/` is
// not followed, so a package's own graph is its `src/`. That needs a build: an import that does not resolve
// loses its `type-only` flag, so `pnpm deps:check` builds first (turbo, cached) and the rule
// `workspace-imports-resolve` fails loudly when a workspace import still does not resolve (not built, or a
// subpath that is not in `exports`). The package rules match both spellings anyway (see `pkg()`), so their
// messages stay right next to that failure.
//
// Every rule is an error. Test files (`*.test.ts`, `*.test-d.ts`), `__fixtures__/` and `src/test-support/`
// are not published (tsconfig.build.json and `files` leave them out), so the "published code" rules skip them.
const fs = require("node:fs");
const path = require("node:path");

const packagesDir = path.join(__dirname, "packages");
const manifests = fs
  .readdirSync(packagesDir)
  .filter((name) => fs.existsSync(path.join(packagesDir, name, "package.json")))
  .map((name) => ({ dir: name, ...JSON.parse(fs.readFileSync(path.join(packagesDir, name, "package.json"), "utf8")) }));

/** Published packages: every packages/* without `"private": true`. */
const published = manifests.filter((m) => m.private !== true).map((m) => m.dir);
/** The packages with a role of their own; every other published package is a provider client. */
const CORE = "core";
const NORMALIZE = "normalize";
const TESTING = "testing";
/** Built on normalize, for every provider: verified webhooks, and durable watching on BullMQ. */
const WEBHOOKS = "webhooks";
const BULLMQ = "bullmq";
const INTEGRATIONS = [WEBHOOKS, BULLMQ];
/** The command line: every provider, normalize, and the simulations of `agent-tasks simulate`. */
const CLI = "cli";
const roles = [CORE, NORMALIZE, TESTING, CLI, ...INTEGRATIONS];
const providers = published.filter((name) => !roles.includes(name));
if (roles.some((name) => !published.includes(name)) || providers.length === 0) {
  throw new Error(`.dependency-cruiser.cjs: unexpected packages/* layout: ${published.join(", ")}`);
}

const alt = (names) => `(?:${names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})`;
/** A module of workspace package(s) `names`, resolved (`packages/<name>/…`) or not (`@agent-tasks/<name>[/…]`). */
const pkg = (names) => `^(?:packages/${alt(names)}/|@agent-tasks/${alt(names)}(?:/|$))`;
/** Any workspace package, either spelling. */
const ANY_PACKAGE = "^(?:packages/[^/]+/|@agent-tasks/)";
/** Files that are never published: tests, type tests, fixtures, test helpers. */
const NOT_PUBLISHED = ["\\.test\\.ts$", "\\.test-d\\.ts$", "/__fixtures__/", "/src/test-support/"];
/** Code that must never reach a published package: the private test-support package and the repo's tools. */
const TOOLING = [pkg(["test-support"]), "^scripts/", "^bench/", "^size/"];

// ── Layers inside packages/core ─────────────────────────────────────────────────────────────────────────
// Written by role, from the bottom up, so files added by the refactor land in a layer without editing this:
//
//   base         errors, api-errors, redact, read-env, abortable-sleep, prepared-request, response-context,
//                security-scheme: values, errors and small pure helpers.
//   primitives   every other module not named below: retry policy, path guards, concurrency limiter,
//                transport (create-authenticated-fetch), request-events, error-from-response, unwrap,
//                task-fetcher, … (a new module is a primitive unless it is added to a list below)
//   options      client-options.ts: the option and descriptor types (and their checks) shared by the request
//                layer and the client factory, so that those two never import each other; and
//                provider-client-types.ts, the typed client surface whose calls take those options.
//   request      request-layer*.ts, request-attempt*.ts, retry-decision*.ts, settle-response*.ts: retries,
//                timeouts, in-flight limit, typed errors, redacted events.
//   factory      create-provider-client.ts: builds a client on the request layer.
//   entry        index.ts, internal.ts (and any other `exports` entry): re-exports only.
//
// A layer may import its own layer and any layer below it, never one above.
const CORE_SRC = "^packages/core/src/";
const coreFiles = (names) => `${CORE_SRC}${alt(names)}\\.ts$`;
const CORE_BASE = coreFiles([
  "errors",
  "api-errors",
  "redact",
  "read-env",
  "abortable-sleep",
  "prepared-request",
  "response-context",
  "security-scheme",
]);
/** The client contract: client-options*.ts (options and descriptor types, their checks) and
 * provider-client-types*.ts (the typed client surface, whose calls take those options). */
const CORE_OPTIONS = `${CORE_SRC}${alt(["client-options", "provider-client-types"])}(?:/|[^/]*\\.ts$)`;
/** The request layer, split over several files: request-layer*.ts (the layer and its state), request-attempt*.ts
 * (one attempt), retry-decision*.ts (retry or not, from an attempt's outcome), settle-response*.ts. */
const CORE_REQUEST = `${CORE_SRC}${alt(["request-layer", "request-attempt", "retry-decision", "settle-response"])}(?:/|[^/]*\\.ts$)`;
const CORE_FACTORY = `${CORE_SRC}create-provider-client(?:/|[^/]*\\.ts$)`;
/** Entry points: the ones in core's `exports` (dist/X.d.ts → src/X.ts) plus the names the split uses. */
const coreEntryNames = new Set(["index", "internal"]);
for (const target of Object.values(manifests.find((m) => m.dir === CORE).exports ?? {})) {
  const types = typeof target === "string" ? target : target?.types;
  const match = typeof types === "string" ? /^\.\/dist\/(.+)\.d\.ts$/.exec(types) : null;
  if (match) coreEntryNames.add(match[1]);
}
const CORE_ENTRY = coreFiles([...coreEntryNames].sort());
/** The Node-only part of core: the Node transport and the entry point that exports it (`@agent-tasks/core/node`). */
const CORE_NODE_ONLY = `${CORE_SRC}(?:node|node-transport[^/]*)\\.ts$`;
/** A core layer rule: published files matching `from[0]` (minus `from[1].not`) must not import `to`. */
const coreLayerRule = (name, comment, [fromPath, { not = [] } = {}], to) => ({
  name,
  comment,
  severity: "error",
  from: { path: fromPath, pathNot: [...NOT_PUBLISHED, ...not] },
  to,
});

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      comment:
        "Import cycles, type-only imports included (tsPreCompilationDeps), anywhere in packages/, scripts/, bench/ and size/. " +
        "Move the shared piece into a lower module both sides can import.",
      severity: "error",
      from: {},
      to: { circular: true },
    },

    {
      name: "workspace-imports-resolve",
      comment:
        "An @agent-tasks/* import did not resolve through the package's exports map: run `pnpm build` (the rules " +
        "read workspace imports through dist/), or import an entry point the package exports.",
      severity: "error",
      from: {},
      to: { path: "^@agent-tasks/", couldNotResolve: true },
    },

    // ── Package layers ──────────────────────────────────────────────────────────────────────────────────
    {
      name: "core-imports-no-workspace-package",
      comment:
        "packages/core is the bottom of the workspace: it imports no other workspace package " +
        "(its tests may use @agent-tasks/test-support).",
      severity: "error",
      from: { path: "^packages/core/" },
      to: { path: ANY_PACKAGE, pathNot: [pkg([CORE]), pkg(["test-support"])] },
    },
    {
      name: "provider-imports-only-core",
      comment:
        "A provider package imports only @agent-tasks/core and its own files: never another provider, normalize " +
        "or any other workspace package (its tests may use @agent-tasks/test-support and @agent-tasks/testing).",
      severity: "error",
      from: { path: `^packages/(${alt(providers)})/` },
      to: { path: ANY_PACKAGE, pathNot: ["^packages/$1/", pkg([CORE]), pkg(["test-support", TESTING])] },
    },
    {
      name: "testing-imports-no-workspace-package",
      comment:
        "packages/testing's published code imports no workspace package: users install it beside any provider " +
        "package, and the simulations follow the specs, not our clients (its tests may use @agent-tasks/test-support).",
      severity: "error",
      from: { path: `^packages/${TESTING}/src/`, pathNot: NOT_PUBLISHED },
      to: { path: ANY_PACKAGE, pathNot: [`^packages/${TESTING}/`] },
    },
    {
      name: "only-tests-import-testing",
      comment:
        "@agent-tasks/testing is for tests: no other package's published code imports it, but the CLI's " +
        "`agent-tasks simulate`, which serves its simulations.",
      severity: "error",
      from: { path: `^packages/(?!${TESTING}/|${CLI}/)`, pathNot: NOT_PUBLISHED },
      to: { path: pkg([TESTING]) },
    },
    {
      name: "normalize-imports-providers-as-types-only",
      comment:
        "packages/normalize's published code imports provider packages only with `import type` / `export type` " +
        "(no provider client code in a normalize bundle); at run time it imports @agent-tasks/core only.",
      severity: "error",
      from: { path: "^packages/normalize/src/", pathNot: NOT_PUBLISHED },
      to: { path: pkg(providers), dependencyTypesNot: ["type-only", "type-import"] },
    },
    {
      name: "cli-imports-published-packages-only",
      comment:
        "@agent-tasks/cli is built on the published packages (providers, normalize, core, testing's simulations), " +
        "never on the integrations or test-support.",
      severity: "error",
      from: { path: `^packages/${CLI}/src/`, pathNot: NOT_PUBLISHED },
      to: { path: ANY_PACKAGE, pathNot: [`^packages/${CLI}/`, pkg([CORE, NORMALIZE, TESTING, ...providers])] },
    },
    {
      name: "integrations-import-only-core-and-normalize",
      comment:
        "@agent-tasks/webhooks and @agent-tasks/bullmq work with every provider through @agent-tasks/core and " +
        "@agent-tasks/normalize: their published code imports no provider package and not each other (a provider's " +
        "adapter is passed in by the user; their tests may use providers, @agent-tasks/testing and test-support).",
      severity: "error",
      from: { path: `^packages/(${alt(INTEGRATIONS)})/src/`, pathNot: NOT_PUBLISHED },
      to: { path: ANY_PACKAGE, pathNot: ["^packages/$1/", pkg([CORE, NORMALIZE])] },
    },
    {
      name: "webhooks-use-no-node-builtins",
      comment:
        "@agent-tasks/webhooks runs in browsers, Workers and edge runtimes: its published code uses WebCrypto and " +
        "the Fetch API, never a node: module (toNodeListener only needs the request and response objects).",
      severity: "error",
      from: { path: `^packages/${WEBHOOKS}/src/`, pathNot: NOT_PUBLISHED },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "core-node-only-in-node-transport",
      comment:
        "@agent-tasks/core runs anywhere fetch does: its published code imports a node: module only in " +
        "node-transport*.ts (the one file that imports undici too; node_modules are not cruised, so that is not " +
        "checked here), which only the `@agent-tasks/core/node` entry point (node.ts) re-exports, so browser " +
        "bundles of the other entry points never see them.",
      severity: "error",
      from: { path: "^packages/core/src/", pathNot: [...NOT_PUBLISHED, CORE_NODE_ONLY] },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "core-node-transport-only-from-node-entry",
      comment:
        "Only the `@agent-tasks/core/node` entry point (node.ts) imports node-transport*.ts: an import from any " +
        "other core module would carry undici and node: modules into every bundle.",
      severity: "error",
      from: { path: "^packages/core/src/", pathNot: [...NOT_PUBLISHED, CORE_NODE_ONLY] },
      to: { path: CORE_NODE_ONLY },
    },
    {
      name: "published-code-imports-no-tooling",
      comment:
        "Published code (non-test files of a non-private package) never imports @agent-tasks/test-support, " +
        "scripts/, bench/ or size/.",
      severity: "error",
      from: { path: `^packages/${alt(published)}/`, pathNot: NOT_PUBLISHED },
      to: { path: TOOLING },
    },
    {
      name: "no-relative-import-into-another-package",
      comment:
        "packages/*/src never reaches into another package's src/ or dist/ by relative path: import the package " +
        "by name (@agent-tasks/<name>) so its exports map decides what is public.",
      severity: "error",
      from: { path: "^packages/([^/]+)/src/" },
      to: {
        path: "^packages/[^/]+/(?:src|dist)/",
        pathNot: "^packages/$1/",
        dependencyTypes: ["local", "localmodule"],
      },
    },
    {
      name: "no-foreign-generated-import",
      comment: "generated/ is private to its package: another package uses what the provider's index.ts re-exports.",
      severity: "error",
      from: { path: "^packages/([^/]+)/" },
      to: {
        path: ["^packages/[^/]+/(?:src/|dist/)?generated/", "^@agent-tasks/[^/]+/(?:src/|dist/)?generated(?:/|$)"],
        pathNot: ["^packages/$1/", "^@agent-tasks/$1/"],
      },
    },

    // ── Layers inside packages/core (see the table at the top) ─────────────────────────────────────────
    coreLayerRule(
      "core-base-imports-only-base",
      "core's base modules (errors, redact, read-env, …) import only each other. A module that a base module " +
        "needs is base too: add it to CORE_BASE in .dependency-cruiser.cjs.",
      [CORE_BASE],
      { path: CORE_SRC, pathNot: CORE_BASE },
    ),
    coreLayerRule(
      "core-primitives-below-client-options",
      "core's primitives (retry policy, guards, transport, limiter, error-from-response, …) never import the " +
        "client options, the request layer, the client factory or an entry point.",
      [CORE_SRC, { not: [CORE_OPTIONS, CORE_REQUEST, CORE_FACTORY, CORE_ENTRY] }],
      { path: [CORE_OPTIONS, CORE_REQUEST, CORE_FACTORY, CORE_ENTRY] },
    ),
    coreLayerRule(
      "core-client-options-below-request-layer",
      "client-options.ts holds the types both the request layer and the factory use; it never imports either " +
        "(that is the cycle it exists to break) or an entry point.",
      [CORE_OPTIONS],
      { path: [CORE_REQUEST, CORE_FACTORY, CORE_ENTRY] },
    ),
    coreLayerRule(
      "core-request-layer-below-factory",
      "The request layer never imports the client factory or an entry point; option types shared with the " +
        "factory live in client-options.ts.",
      [CORE_REQUEST],
      { path: [CORE_FACTORY, CORE_ENTRY] },
    ),
    coreLayerRule(
      "core-factory-below-entry-points",
      "The client factory never imports an entry point (index.ts, internal.ts).",
      [CORE_FACTORY],
      { path: [CORE_ENTRY] },
    ),
  ],
  options: {
    // Type-only imports count: a cycle through `import type` is still a cycle in the design.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    // Start points are given on the command line (packages/*/src, scripts, bench, size); node_modules and
    // built output are leaves. Generated API docs (docs/api/) and size programs (size/generated/) are not cruised.
    doNotFollow: { path: ["(^|/)node_modules/", "^packages/[^/]+/dist/"] },
    exclude: { path: ["(^|/)node_modules/", "^docs/", "(^|/)\\.turbo/", "^size/generated/"] },
    // Workspace packages resolve through the node_modules symlinks to packages/<name>/ (real paths).
    preserveSymlinks: false,
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["types", "import", "require", "node", "default"],
      extensions: [".ts", ".d.ts", ".js", ".mjs", ".cjs"],
      mainFields: ["types", "module", "main"],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
