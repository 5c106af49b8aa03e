import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { builtEntryPoints } from "./lib/entry-points.js";
import { repoRoot } from "./lib/specs.js";
import { SLOW_TEST_TIMEOUT_MS } from "./lib/test-timeouts.js";
import { readWorkspacePackages } from "./lib/workspace.js";
import { providers } from "./providers.js";

const run = promisify(execFile);

// Runs after `pnpm build` (as `pnpm test` does): proves each exports map loads in plain Node, without vitest's aliases.
const entryPoints: Array<[specifier: string, packageDir: string, expectedExports: string[]]> = [
  ["@agent-tasks/core", "packages/core", ["unwrap", "MissingApiKeyError", "AgentTasksError"]],
  ["@agent-tasks/core/internal", "packages/core", ["defineClientFactory", "requireTaskId"]],
  ...providers.map((entry): [string, string, string[]] => [
    entry.entryPoint,
    entry.packageDir,
    [entry.clientFactory.name, entry.taskFetcherFactory.name],
  ]),
  [
    "@agent-tasks/normalize",
    "packages/normalize",
    ["normalizeTask", "isTerminalStatus", "NormalizeError", ...providers.map((entry) => entry.mapper.name)],
  ],
];

/** The packages with a build (scripts/build-package.ts), by folder. */
const builtPackages = (await readWorkspacePackages())
  .filter((pkg) => (pkg.manifest.scripts as Record<string, string> | undefined)?.build !== undefined)
  .map((pkg) => [pkg.dir, pkg] as const);

describe("built packages in plain Node", { timeout: SLOW_TEST_TIMEOUT_MS }, () => {
  it("finds the build output (`pnpm test` builds first; alone, run `pnpm build`)", () => {
    expect(existsSync(path.join(repoRoot, "packages/normalize/dist/index.js"))).toBe(true);
  });

  it.each(entryPoints)("imports %s as ESM", async (specifier, packageDir, expectedExports) => {
    const { stdout } = await run(
      process.execPath,
      ["--input-type=module", "-e", `console.log(JSON.stringify(Object.keys(await import("${specifier}"))))`],
      { cwd: path.join(repoRoot, packageDir) },
    );
    expect(JSON.parse(stdout)).toEqual(expect.arrayContaining(expectedExports));
  });

  it.each(entryPoints)(
    "requires %s from CommonJS through require(esm)",
    async (specifier, packageDir, expectedExports) => {
      const { stdout } = await run(
        process.execPath,
        ["--no-warnings", "-e", `console.log(JSON.stringify(Object.keys(require("${specifier}"))))`],
        { cwd: path.join(repoRoot, packageDir) },
      );
      expect(JSON.parse(stdout)).toEqual(expect.arrayContaining(expectedExports));
    },
  );

  it("has one class for each error, whichever entry point of core it is reached through", async () => {
    // scripts/build-package.ts bundles each entry point, and code two of them use into a shared chunk: a copy in each
    // would make `instanceof` fail across them.
    const { stdout } = await run(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        `import { InvalidTaskRefError } from "@agent-tasks/core";
         import { requireTaskId } from "@agent-tasks/core/internal";
         try { requireTaskId("hyperbrowser", "id", 5); } catch (error) {
           console.log(JSON.stringify([error instanceof InvalidTaskRefError, error.name]));
         }`,
      ],
      { cwd: path.join(repoRoot, "packages/core") },
    );
    expect(JSON.parse(stdout)).toEqual([true, "InvalidTaskRefError"]);
  });

  it.each(builtPackages)(
    "packages/%s/dist holds one JavaScript file per entry point, and chunks they share",
    async (_dir, { path: packageDir, manifest }) => {
      const entryPoints = (await builtEntryPoints(packageDir, manifest)).map((name) => `${name}.js`);
      const files = (await readdir(path.join(packageDir, "dist"), { recursive: true })).filter((file) =>
        file.endsWith(".js"),
      );
      expect(files.filter((file) => !entryPoints.includes(file) && !/^chunk-\w+\.js$/.test(file))).toEqual([]);
      expect(files).toEqual(expect.arrayContaining(entryPoints));
    },
  );

  it("normalizes a task end to end from the built JavaScript", async () => {
    const { stdout } = await run(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        `import { normalizeTask } from "@agent-tasks/normalize";
         const task = normalizeTask("browseract", { id: "78412563098214567", status: "canceled", created_at: "2025-06-12T09:41:07Z" });
         console.log(JSON.stringify([task.id, task.status, task.isTerminal, task.createdAt]));`,
      ],
      { cwd: path.join(repoRoot, "packages/normalize") },
    );
    expect(JSON.parse(stdout)).toEqual(["78412563098214567", "stopped", true, "2025-06-12T09:41:07.000Z"]);
  });
});
