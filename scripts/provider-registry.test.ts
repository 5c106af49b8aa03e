/**
 * What the compiler cannot check about the provider registry (scripts/providers.ts): that each entry matches the
 * repo (spec, package, entry point, fixtures, contract tests), that nothing provider-shaped exists outside the
 * registry, and that every consumer covers every entry. A provider missing anywhere fails a test named for it.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import * as normalize from "@agent-tasks/normalize";
import { describe, expect, it } from "vitest";
import sizeLimitConfig from "../.size-limit.js";
import { fixturesBySource } from "../packages/normalize/src/providers/__fixtures__/index.js";
import { loadSpec } from "../packages/test-support/src/specs.js";
import { generatedProgramsDir } from "../size/programs.js";
import { browserCases } from "./browser/browser-cases.js";
import { repoRoot } from "./lib/specs.js";
import { readWorkspacePackages } from "./lib/workspace.js";
import { providerById, providers } from "./providers.js";

const read = (file: string) => readFileSync(path.join(repoRoot, file), "utf8");
const readJson = <T>(file: string) => JSON.parse(read(file)) as T;

/** Every test file under `dir`, recursively, relative to the repo root. */
function testFiles(dir: string): string[] {
  return readdirSync(path.join(repoRoot, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.test\.ts$/.test(entry.name))
    .map((entry) => path.relative(repoRoot, path.join(entry.parentPath, entry.name)));
}

/** The `exports` key of `entryPoint` in its package (`.` or `./v1`). */
const exportKey = (packageName: string, entryPoint: string) =>
  entryPoint === packageName ? "." : `.${entryPoint.slice(packageName.length)}`;

it("lists every source of agentTaskSources once, in that order", () => {
  expect(providers.map((entry) => entry.id)).toEqual([...normalize.agentTaskSources]);
});

describe.each(providers.map((entry) => [entry.id, entry] as const))("registry entry %s", (id, entry) => {
  it("has specs/<id>/openapi.yaml and meta.json, and meta.json#package names the entry's package", () => {
    expect(existsSync(path.join(repoRoot, "specs", id, "openapi.yaml"))).toBe(true);
    const meta = readJson<{ id: string; package: string }>(`specs/${id}/meta.json`);
    expect(meta.id).toBe(id);
    expect(meta.package).toBe(path.basename(entry.packageDir));
    expect(entry.spec.specId).toBe(id);
  });

  it("has its package folder in the workspace, named as the entry says, exporting the entry point", async () => {
    const workspace = await readWorkspacePackages();
    const pkg = workspace.find((candidate) => `packages/${candidate.dir}` === entry.packageDir);
    expect(pkg?.manifest.name, `${entry.packageDir} is not a workspace package`).toBe(entry.packageName);
    expect(pkg?.manifest.private ?? false).toBe(false);
    const exportsMap = (pkg?.manifest.exports ?? {}) as Record<string, unknown>;
    expect(Object.keys(exportsMap)).toContain(exportKey(entry.packageName, entry.entryPoint));
  });

  it("entry point exports the named client and task fetcher factories (the very functions in the registry)", async () => {
    const module = (await import(entry.entryPoint)) as Record<string, unknown>;
    for (const factory of [entry.clientFactory, entry.taskFetcherFactory]) {
      expect(typeof module[factory.name], `${entry.entryPoint} exports no ${factory.name}`).toBe("function");
      expect(module[factory.name]).toBe(factory.fn);
    }
    const fetcher = entry.taskFetcherFactory.fn(entry.clientFactory.fn({ apiKey: "registry-test-key" }));
    expect(fetcher.source).toBe(id);
  });

  it("its mapper is exported by @agent-tasks/normalize under its name", () => {
    expect((normalize as Record<string, unknown>)[entry.mapper.name]).toBe(entry.mapper.fn);
  });

  it("has fixtures, each normalizing to source === id, the same ones normalize's fixture index holds", () => {
    const fixtures = Object.entries(entry.fixtures);
    expect(fixtures.length).toBeGreaterThanOrEqual(1);
    for (const [name, raw] of fixtures) {
      expect(entry.mapper.fn(raw).source, name).toBe(id);
      expect(normalize.normalizeTask(id, raw as never).source, name).toBe(id);
    }
    expect(fixturesBySource[id]).toEqual({ ...entry.fixtures });
  });

  it("names a get-task operation that exists in its spec, with every path parameter filled by the ref", () => {
    const paths = loadSpec(id).paths as Record<string, Record<string, unknown>>;
    expect(Object.keys(paths[entry.getTask.path] ?? {}), `${entry.getTask.path} in specs/${id}`).toContain(
      entry.getTask.method,
    );
    const params = entry.getTask.params(entry.sampleRef);
    const placeholders = [...entry.getTask.path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]);
    expect(Object.keys(params.path ?? {}).sort()).toEqual(placeholders.sort());
  });

  it("refOf gives a ref of the same shape as sampleRef, and refEnvVars names each of its fields", () => {
    const ref = entry.refOf(Object.values(entry.fixtures)[0]);
    expect(typeof ref).toBe(typeof entry.sampleRef);
    const envVars: string | Record<string, string> = entry.refEnvVars;
    if (typeof entry.sampleRef === "object") {
      expect(Object.keys(envVars).sort()).toEqual(Object.keys(entry.sampleRef).sort());
      expect(Object.keys(ref).sort()).toEqual(Object.keys(entry.sampleRef).sort());
    } else expect(typeof envVars).toBe("string");
  });

  it("its package has tests calling describeProviderClientContract and describeTaskFetcherContract for it", () => {
    const sources = testFiles(`${entry.packageDir}/src`).map((file) => read(file));
    const calls = (suite: string, property: string, value: string) =>
      sources.some(
        (source) =>
          source.includes(`${suite}(`) &&
          new RegExp(`\\b${property}:\\s*"${value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"`).test(source),
      );
    expect(
      calls("describeProviderClientContract", "factoryName", entry.clientFactory.name),
      `no test in ${entry.packageDir} calls describeProviderClientContract({ factoryName: "${entry.clientFactory.name}" })`,
    ).toBe(true);
    expect(
      calls("describeTaskFetcherContract", "source", id),
      `no test in ${entry.packageDir} calls describeTaskFetcherContract({ source: "${id}" })`,
    ).toBe(true);
  });

  it("its client factory reads apiKeyEnvVar", () => {
    const client = entry.clientFactory.fn;
    const previous = process.env[entry.apiKeyEnvVar];
    process.env[entry.apiKeyEnvVar] = "registry-test-key-from-env";
    try {
      expect(() => client()).not.toThrow();
    } finally {
      if (previous === undefined) delete process.env[entry.apiKeyEnvVar];
      else process.env[entry.apiKeyEnvVar] = previous;
    }
    delete process.env[entry.apiKeyEnvVar];
    try {
      expect(() => client()).toThrow(entry.apiKeyEnvVar);
    } finally {
      if (previous !== undefined) process.env[entry.apiKeyEnvVar] = previous;
    }
  });
});

describe("nothing provider-shaped outside the registry", () => {
  it("every publishable package but core, normalize, testing, the CLI and the provider-neutral integrations holds a registry provider", async () => {
    const packages = (await readWorkspacePackages()).filter((pkg) => !pkg.manifest.private);
    const names = packages.map((pkg) => pkg.manifest.name);
    const unregistered = names.filter(
      (name) =>
        ![
          "@agent-tasks/core",
          "@agent-tasks/normalize",
          "@agent-tasks/testing",
          "@agent-tasks/webhooks",
          "@agent-tasks/bullmq",
          "@agent-tasks/cli",
        ].includes(name) && !providers.some((entry) => entry.packageName === name),
    );
    expect(unregistered).toEqual([]);
  });

  it("every specs/<id>/ folder is a registry provider's spec", () => {
    const folders = readdirSync(path.join(repoRoot, "specs"), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(folders.filter((folder) => !(folder in providerById))).toEqual([]);
  });

  it("every normalize fixture folder is a registry provider's", () => {
    expect(Object.keys(fixturesBySource).sort()).toEqual(providers.map((entry) => entry.id).sort());
  });
});

/** Consumers that read the registry and must not keep a list of their own: no provider id or entry point in them. */
const registryReaders = [
  "scripts/demo.ts",
  "scripts/browser/run.ts",
  "scripts/browser/normalize-every-fixture.ts",
  "scripts/verify-packages/consumer/flow.cjs",
  ".size-limit.ts",
  "size/programs.ts",
];

/** Files that serve whatever providers their caller (a registry reader above) passes in. */
const providerAgnostic = [
  "packages/testing/src/simulation.ts",
  "packages/testing/src/server.ts",
  "packages/testing/src/msw.ts",
];

describe.each(providers.map((entry) => [entry.id, entry] as const))("every consumer covers %s", (id, entry) => {
  it("size: .size-limit.ts has its generated 'create a client and get one task' program at 12 kB (or its override)", () => {
    const check = sizeLimitConfig.find((item) => item.path === `${generatedProgramsDir}/${id}.ts`);
    const limit = entry.sizeBudgets?.["get one task"] ?? "12 kB";
    expect(check, `no size-limit check for ${id}`).toMatchObject({ limit, gzip: true });
    const program = read(`${generatedProgramsDir}/${id}.ts`);
    expect(program).toContain(`from "${entry.entryPoint}"`);
    expect(program).toContain(`${entry.taskFetcherFactory.name}(client)`);
  });

  it("browser: a page case reads its task through its client and task fetcher", () => {
    const cases = browserCases.filter((browserCase) => browserCase.provider === id);
    expect(cases.map((browserCase) => browserCase.name)).toEqual(
      expect.arrayContaining([expect.stringMatching(new RegExp(`^${id}: getTask through the task fetcher`))]),
    );
  });

  it("typedoc.json documents its package", () => {
    expect(readJson<{ entryPoints: string[] }>("typedoc.json").entryPoints).toContain(entry.packageDir);
  });

  it("the root package.json has its package as a devDependency (demo, scripts and tests import it)", () => {
    const { devDependencies = {} } = readJson<{ devDependencies?: Record<string, string> }>("package.json");
    expect(devDependencies[entry.packageName]).toBe("workspace:*");
  });

  it("README.md's providers table has a row for its entry point, with its key variable", () => {
    const row = read("README.md")
      .split("\n")
      .find((line) => line.startsWith("|") && line.includes(`\`${entry.entryPoint}\``));
    expect(row, `no README row names ${entry.entryPoint}`).toBeDefined();
    expect(row).toContain(entry.apiKeyEnvVar);
  });

  it("a subpath entry point has typesVersions for node10", () => {
    const key = exportKey(entry.packageName, entry.entryPoint);
    if (key === ".") return;
    const manifest = readJson<{ typesVersions?: Record<string, Record<string, string[]>> }>(
      `${entry.packageDir}/package.json`,
    );
    expect(Object.keys(manifest.typesVersions?.["*"] ?? {})).toContain(key.slice(2));
  });

  it.each(registryReaders)("%s names no provider itself (it reads the registry)", (file) => {
    const source = read(file);
    expect(source).toMatch(/providers\.js"|size\/programs\.js"|cases\.json/);
    expect(source).not.toContain(`"${entry.entryPoint}"`);
    expect(source).not.toMatch(new RegExp(`["'\`]${id}["'\`]`));
  });

  it.each(providerAgnostic)("%s names no provider (its caller passes each one in)", (file) => {
    const source = read(file);
    expect(source).not.toContain(`"${entry.entryPoint}"`);
    expect(source).not.toMatch(new RegExp(`["'\`]${id}["'\`]`));
  });
});
