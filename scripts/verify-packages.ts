/**
 * Installs every publishable package the way a user does, outside the workspace, and checks it from there.
 *
 *   pnpm packages:check          (builds first; CI runs it from .ci/run)
 *
 * 1. `pnpm pack` each package (so `workspace:` and `catalog:` ranges are rewritten exactly as `pnpm publish` does)
 *    and check the packed manifest and file list.
 * 2. `publint --strict` and `@arethetypeswrong/cli` on what was packed.
 * 3. `npm install` the tarballs into a scratch project in the OS temp folder, then:
 *    ESM `import` and CommonJS `require` (Node's require(esm); we ship ESM only) of every entry point, reading a task
 *    through each provider's client and normalizing it; a TypeScript consumer compiled under several
 *    `moduleResolution` settings.
 * 4. `npm install` only `@agent-tasks/browseract` into a second scratch project and list everything it pulled in.
 * 5. `npm install` only core, one provider and normalize (no overrides): normalize must install without the other
 *    providers, type-check with the provider's raw task type, and run.
 * In the project of step 3, with msw beside it: @agent-tasks/testing runs a task in-process and its bin serves over HTTP.
 *
 * Exits 1 if any check fails, after running all of them.
 */
import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { normalizeTask } from "@agent-tasks/normalize";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import { repoRoot } from "./lib/specs.js";
import {
  dependencyRangeProblems,
  exportTargets,
  type Manifest,
  readWorkspacePackages,
  type WorkspacePackage,
} from "./lib/workspace.js";
import { getTaskRequestPath, type ProviderEntry, providerById, providers } from "./providers.js";

/** What every TypeScript consumer program is compiled with: strict, and the packages' own .d.ts checked too. */
const strictConsumerOptions = {
  target: "ES2022",
  lib: ["ES2022", "DOM"],
  types: [],
  strict: true,
  noEmit: true,
  skipLibCheck: false,
};

const exec = promisify(execFile);
const mswVersion = (
  JSON.parse(await readFile(path.join(repoRoot, "node_modules/msw/package.json"), "utf8")) as Manifest
).version as string;
const consumerDir = path.join(repoRoot, "scripts/verify-packages/consumer");

interface Packed extends WorkspacePackage {
  tarball: string;
  /** The manifest inside the tarball. */
  packedManifest: Manifest;
  files: string[];
}

const failures: string[] = [];

async function check(title: string, run: () => Promise<string | undefined>): Promise<void> {
  try {
    const detail = await run();
    console.log(`  ✔ ${title}${detail ? ` (${detail})` : ""}`);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    failures.push(`${title}: ${message}`);
    console.log(`  ✘ ${title}\n${message.replace(/^/gm, "      ")}`);
  }
}

function fail(message: string): never {
  throw new Error(message);
}

async function run(command: string, args: string[], cwd: string): Promise<string> {
  try {
    const { stdout } = await exec(command, args, { cwd, maxBuffer: 64 * 1024 * 1024, env: { ...process.env } });
    return stdout;
  } catch (error) {
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    fail(`\`${command} ${args.join(" ")}\` failed in ${cwd}\n${`${stdout}\n${stderr}`.trim()}`);
  }
}

const requiredFields = ["description", "license", "repository", "homepage", "engines", "files", "keywords"] as const;

function checkPackedManifest(packed: Packed, versions: Map<string, string>): string {
  const { packedManifest: manifest, files } = packed;
  const rangeProblems = dependencyRangeProblems(manifest, versions);
  if (rangeProblems.length > 0) fail(`packed package.json: ${rangeProblems.join("; ")}`);
  for (const field of requiredFields) if (manifest[field] === undefined) fail(`packed package.json has no "${field}"`);
  if (manifest.sideEffects !== false) fail(`"sideEffects" must be false, is ${JSON.stringify(manifest.sideEffects)}`);
  if ((manifest.publishConfig as { access?: string } | undefined)?.access !== "public") {
    fail('"publishConfig.access" must be "public" (scoped packages are private by default)');
  }
  const directory = (manifest.repository as { directory?: string }).directory;
  const expectedDirectory = `packages/${packed.dir}`;
  if (directory !== expectedDirectory) fail(`"repository.directory" is ${directory}, expected ${expectedDirectory}`);
  for (const required of ["package.json", "README.md", "LICENSE", ...exportTargets(manifest)]) {
    if (!files.includes(required)) fail(`the tarball lacks ${required}`);
  }
  const unwanted = files.filter((file) => /\.test(-d)?\.|__fixtures__|test-support|tsconfig|\.turbo/.test(file));
  if (unwanted.length > 0) fail(`the tarball ships files users never need: ${unwanted.join(", ")}`);
  return `${files.length} files, no workspace:/catalog: ranges`;
}

/** A relative link in the README works on GitHub but breaks on npmjs.com unless it points inside the tarball. */
async function checkReadmeLinks(unpackedDir: string, files: string[]): Promise<string> {
  const readme = await readFile(path.join(unpackedDir, "README.md"), "utf8");
  const links = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1] as string);
  const broken = links.filter((link) => {
    if (/^(https?:|mailto:|#)/.test(link)) return false;
    return !files.includes(path.posix.normalize(link.replace(/#.*$/, "")));
  });
  if (broken.length > 0) fail(`README.md links outside the package: ${broken.join(", ")}`);
  return `${links.length} links`;
}

/** Every source map's `sources` must be in the tarball, or debuggers and bundlers warn about missing files. */
async function checkSourceMaps(unpackedDir: string, files: string[]): Promise<string> {
  const maps = files.filter((file) => file.endsWith(".map"));
  for (const map of maps) {
    const { sources } = JSON.parse(await readFile(path.join(unpackedDir, map), "utf8")) as { sources: string[] };
    for (const source of sources) {
      const resolved = path.posix.join(path.posix.dirname(map), source);
      if (!files.includes(resolved)) fail(`${map} points at ${resolved}, which is not in the tarball`);
    }
  }
  return `${maps.length} maps`;
}

async function pack(pkg: WorkspacePackage, tarballDir: string, unpackedRoot: string): Promise<Packed> {
  const output = await run("pnpm", ["pack", "--pack-destination", tarballDir], pkg.path);
  const tarball = output.trim().split("\n").at(-1) ?? fail(`pnpm pack printed nothing for ${pkg.manifest.name}`);
  const unpackedDir = path.join(unpackedRoot, pkg.manifest.name.replace("/", "__"));
  await mkdir(unpackedDir, { recursive: true });
  await run("tar", ["-xzf", tarball, "-C", unpackedDir, "--strip-components=1"], unpackedRoot);
  const files = (await run("tar", ["-tzf", tarball], unpackedRoot))
    .trim()
    .split("\n")
    .map((file) => file.replace(/^package\//, ""));
  const packedManifest = JSON.parse(await readFile(path.join(unpackedDir, "package.json"), "utf8")) as Manifest;
  return { ...pkg, tarball, packedManifest, files };
}

async function lint(packed: Packed, unpackedDir: string): Promise<void> {
  await check(`${packed.manifest.name}: publint --strict`, async () => {
    const { messages, pkg } = await publint({ pkgDir: unpackedDir, pack: false, strict: true, level: "suggestion" });
    if (messages.length > 0) {
      fail(messages.map((message) => `${message.type}: ${formatMessage(message, pkg)}`).join("\n"));
    }
    return "no errors, warnings or suggestions";
  });
  await check(`${packed.manifest.name}: are the types wrong (attw)`, async () => {
    // ESM only by design: Node >= 20.19 (our engines floor) loads it from CommonJS through require(esm), so the one
    // rule about CommonJS resolving to ESM is expected. Everything else (node10, node16, bundler) must be clean.
    await run(
      path.join(repoRoot, "node_modules/.bin/attw"),
      [
        packed.tarball,
        "--ignore-rules",
        "cjs-resolves-to-esm",
        "--format",
        "table-flipped",
        "--no-emoji",
        "--no-color",
      ],
      repoRoot,
    );
    return "node10, node16 (CJS and ESM), bundler";
  });
}

/** npm resolves our own packages from the local tarballs instead of the registry, at any depth. */
function localOverrides(packed: Packed[]): Record<string, string> {
  return Object.fromEntries(packed.map((entry) => [entry.manifest.name, `file:${entry.tarball}`]));
}

async function npmInstall(projectDir: string, dependencies: Record<string, string>, packed: Packed[]): Promise<void> {
  await writeFile(
    path.join(projectDir, "package.json"),
    `${JSON.stringify({ name: "scratch-consumer", private: true, dependencies, overrides: localOverrides(packed) }, null, 2)}\n`,
  );
  await run("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", "--no-package-lock"], projectDir);
}

function firstFixture(entry: (typeof providers)[number]): unknown {
  return Object.values(entry.fixtures)[0] ?? fail(`no fixture for ${entry.id}`);
}

/** What the consumer flows get (flow.cjs reads them from cases.json), and what they must report back. */
const flowCases = providers.map((entry) => ({
  source: entry.id,
  entryPoint: entry.entryPoint,
  clientFactory: entry.clientFactory.name,
  taskFetcherFactory: entry.taskFetcherFactory.name,
  ref: entry.sampleRef,
  body: firstFixture(entry),
  // What the first read's requests are answered with: the fixture, or its parts (Browser Use v4: run, then events).
  answers: entry.getTask.answersOf?.(firstFixture(entry)) ?? [firstFixture(entry)],
  apiKey: `key-for-${entry.id}`,
}));

interface FlowResult {
  source: string;
  sent: Array<{ method: string; url: string; headers: Record<string, string> }>;
  task: unknown;
  failure: Record<string, unknown> | null;
}

function checkFlowResults(results: FlowResult[]): string {
  if (results.length !== flowCases.length) fail(`expected ${flowCases.length} results, got ${results.length}`);
  for (const [index, flowCase] of flowCases.entries()) {
    const result = results[index] ?? fail(`no result for ${flowCase.source}`);
    const expectedTask = JSON.parse(JSON.stringify(normalizeTask(flowCase.source, flowCase.body as never)));
    if (result.source !== flowCase.source) fail(`result ${index} is ${result.source}, expected ${flowCase.source}`);
    if (JSON.stringify(result.task) !== JSON.stringify(expectedTask)) {
      fail(`${flowCase.source}: the installed package normalized the task differently from the workspace`);
    }
    const first = result.sent[0] ?? fail(`${flowCase.source}: no request was sent`);
    const credentials = Object.entries(first.headers).filter(([, value]) => value.includes(flowCase.apiKey));
    if (first.method !== "GET" || !/^https:\/\//.test(first.url) || credentials.length !== 1) {
      fail(
        `${flowCase.source}: unexpected request ${JSON.stringify({ ...first, headers: Object.keys(first.headers) })}`,
      );
    }
    const expectedFailure = {
      name: "NotFoundError",
      status: 404,
      requestId: "req-1",
      isProviderNotFoundError: true,
      isCoreNotFoundError: true,
      isCoreApiError: true,
    };
    if (JSON.stringify(result.failure) !== JSON.stringify(expectedFailure)) {
      fail(`${flowCase.source}: a 404 gave ${JSON.stringify(result.failure)}`);
    }
  }
  return `${results.length} sources: request, normalized task, NotFoundError`;
}

/** `moduleResolution` settings a TypeScript consumer may use, with the module format of its own files. */
const typeScriptSetups = [
  { name: "nodenext, ESM", type: "module", compilerOptions: { module: "nodenext", moduleResolution: "nodenext" } },
  { name: "node16, ESM", type: "module", compilerOptions: { module: "node16", moduleResolution: "node16" } },
  { name: "bundler", type: "module", compilerOptions: { module: "preserve", moduleResolution: "bundler" } },
  // TypeScript >= 5.8 understands require(esm) under `module: nodenext`.
  {
    name: "nodenext, CommonJS",
    type: "commonjs",
    compilerOptions: { module: "nodenext", moduleResolution: "nodenext" },
  },
  { name: "node10, CommonJS", type: "commonjs", compilerOptions: { module: "commonjs", moduleResolution: "node10" } },
];

/** A TypeScript program that reads one task through every registry entry point, generated from the registry. */
function everyProviderProgram(): string {
  const lines = [
    "// Generated by scripts/verify-packages.ts from scripts/providers.ts: one task through every provider.",
    'import { type AgentTask, getTask } from "@agent-tasks/normalize";',
    ...providers.map(
      (entry, index) =>
        `import { ${entry.clientFactory.name} as client${index}, ${entry.taskFetcherFactory.name} as fetcher${index}, type ${entry.rawTaskType} as Raw${index} } from "${entry.entryPoint}";`,
    ),
    "export async function readEveryProvider(): Promise<AgentTask[]> {",
    "  const tasks: AgentTask[] = [];",
    ...providers.flatMap((entry, index) => [
      `  const task${index} = await getTask(fetcher${index}(client${index}({ apiKey: "key" })), ${JSON.stringify(entry.sampleRef)});`,
      `  const source${index}: "${entry.id}" = task${index}.source;`,
      `  const raw${index}: Raw${index} = task${index}.raw;`,
      `  void source${index}, raw${index};`,
      `  tasks.push(task${index});`,
    ]),
    "  return tasks;",
    "}",
  ];
  return `${lines.join("\n")}\n`;
}

async function checkTypeScriptConsumers(projectDir: string): Promise<void> {
  const tsc = path.join(repoRoot, "node_modules/typescript/bin/tsc");
  const { version } = JSON.parse(await readFile(path.join(repoRoot, "node_modules/typescript/package.json"), "utf8"));
  for (const setup of typeScriptSetups) {
    await check(`TypeScript ${version} consumer, moduleResolution ${setup.name}`, async () => {
      const dir = path.join(projectDir, `ts-${setup.name.replace(/\W+/g, "-")}`);
      await mkdir(dir, { recursive: true });
      await cp(path.join(consumerDir, "consumer.ts"), path.join(dir, "consumer.ts"));
      await writeFile(path.join(dir, "every-provider.ts"), everyProviderProgram());
      await writeFile(path.join(dir, "package.json"), JSON.stringify({ type: setup.type }));
      const compilerOptions = { ...setup.compilerOptions, ...strictConsumerOptions };
      await writeFile(
        path.join(dir, "tsconfig.json"),
        JSON.stringify({ compilerOptions, files: ["consumer.ts", "every-provider.ts"] }),
      );
      await run(process.execPath, [tsc, "-p", "tsconfig.json"], dir);
      return `skipLibCheck off, every @ts-expect-error hit, ${providers.length} providers read`;
    });
  }
}

async function directorySize(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return total;
}

/** Everything under node_modules that has a package.json of its own, by name. */
async function installedPackages(projectDir: string): Promise<Map<string, { version: string; dir: string }>> {
  const installed = new Map<string, { version: string; dir: string }>();
  const root = path.join(projectDir, "node_modules");
  const visit = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (!entry.isDirectory() || entry.name.startsWith(".")) continue;
      const child = path.join(dir, entry.name);
      if (entry.name.startsWith("@")) {
        await visit(child);
        continue;
      }
      const manifest = JSON.parse(await readFile(path.join(child, "package.json"), "utf8")) as Manifest;
      installed.set(manifest.name, { version: manifest.version, dir: child });
      const nested = path.join(child, "node_modules");
      if (await stat(nested).catch(() => null)) await visit(nested);
    }
  };
  await visit(root);
  return installed;
}

async function checkSinglePackageInstall(projectDir: string, packed: Packed[]): Promise<void> {
  const target = "@agent-tasks/browseract";
  await check(`installing only ${target} pulls in nothing but its own dependencies`, async () => {
    const entry = packed.find((item) => item.manifest.name === target) ?? fail(`${target} was not packed`);
    await npmInstall(projectDir, { [target]: `file:${entry.tarball}` }, packed);
    const installed = await installedPackages(projectDir);
    // The closure of `dependencies`, read from what was installed: anything else on disk is an extra.
    const expected = new Set<string>();
    const queue = [target];
    while (queue.length > 0) {
      const name = queue.shift() as string;
      if (expected.has(name)) continue;
      expected.add(name);
      const found = installed.get(name) ?? fail(`${name} is a dependency but was not installed`);
      const manifest = JSON.parse(await readFile(path.join(found.dir, "package.json"), "utf8")) as Manifest;
      // npm installs peers, but not optional ones (`peerDependenciesMeta`): core's `undici`, for its Node transport.
      const optional = (manifest.peerDependenciesMeta ?? {}) as Record<string, { optional?: boolean }>;
      const peers = Object.keys(manifest.peerDependencies ?? {}).filter((peer) => optional[peer]?.optional !== true);
      queue.push(...Object.keys(manifest.dependencies ?? {}), ...peers);
    }
    const extras = [...installed.keys()].filter((name) => !expected.has(name));
    if (extras.length > 0) fail(`also installed: ${extras.join(", ")}`);
    let total = 0;
    const rows: string[] = [];
    for (const [name, { version, dir }] of [...installed].sort(([a], [b]) => a.localeCompare(b))) {
      const size = await directorySize(dir);
      total += size;
      rows.push(`      ${`${name}@${version}`.padEnd(40)} ${(size / 1024).toFixed(1).padStart(7)} kB`);
    }
    console.log(rows.join("\n"));
    console.log(`      ${"total on disk".padEnd(40)} ${(total / 1024).toFixed(1).padStart(7)} kB`);
    return `${installed.size} packages, ${(total / 1024).toFixed(1)} kB`;
  });
}

/**
 * The provider installed next to normalize in the one-provider project: Dari, because its task reference is an object
 * (`{ orgId, endpointName, jobId }`, the most type there is to get wrong) and its package has a single entry point.
 */
const oneProvider: ProviderEntry<"dari"> = providerById.dari;

/** The TypeScript program of the one-provider project: the provider's raw task type must come through normalize. */
function oneProviderProgram(entry: ProviderEntry<"dari">): string {
  const { clientFactory, taskFetcherFactory, rawTaskType, entryPoint, id } = entry;
  return `// Generated by scripts/verify-packages.ts: ${entryPoint} and @agent-tasks/normalize, no other provider installed.
import { ${clientFactory.name}, ${taskFetcherFactory.name}, type ${rawTaskType} } from "${entryPoint}";
import { type AgentTask, getTask, normalizeTask } from "@agent-tasks/normalize";

export async function readOne(): Promise<AgentTask<"${id}">> {
  const task = await getTask(${taskFetcherFactory.name}(${clientFactory.name}({ apiKey: "key" })), ${JSON.stringify(entry.sampleRef)});
  const source: "${id}" = task.source;
  // The provider registers its raw task type in core's RawTaskBySource: \`raw\` is ${rawTaskType}, not unknown...
  const raw: ${rawTaskType} = task.raw;
  // ...and not any.
  // @ts-expect-error: a raw task is not a number.
  const notANumber: number = task.raw;
  void source, notANumber;
  const again: ${rawTaskType} = normalizeTask("${id}", raw).raw;
  void again;
  return task;
}
`;
}

/** The run-time program of the one-provider project: normalizeTask on a fixture, getTask against a local mock. */
const oneProviderRun = (entry: ProviderEntry<"dari">) => `import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { ${entry.clientFactory.name}, ${entry.taskFetcherFactory.name} } from "${entry.entryPoint}";
import { getTask, normalizeTask } from "@agent-tasks/normalize";

const { fixture, ref, requestPath, serverPath } = JSON.parse(readFileSync("one-provider.json", "utf8"));
const requests = [];
const server = createServer((request, response) => {
  requests.push(request.url);
  const found = request.url === requestPath;
  response.writeHead(found ? 200 : 404, { "content-type": "application/json" });
  response.end(JSON.stringify(found ? fixture : { message: "no such task" }));
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
try {
  const baseUrl = \`http://127.0.0.1:\${server.address().port}\${serverPath}\`;
  const fetcher = ${entry.taskFetcherFactory.name}(${entry.clientFactory.name}({ apiKey: "key", baseUrl, maxRetries: 0 }));
  const fetched = await getTask(fetcher, ref);
  const normalized = normalizeTask("${entry.id}", fixture);
  process.stdout.write(JSON.stringify({ fetched, normalized, requests }));
} finally {
  server.close();
}
`;

async function checkNormalizeWithOneProvider(projectDir: string, packed: Packed[]): Promise<void> {
  const entry = oneProvider;
  const wanted = ["@agent-tasks/core", entry.packageName, "@agent-tasks/normalize"];
  const title = `normalize with only ${entry.packageName}: npm install`;
  let installed = false;
  await check(title, async () => {
    const tarballs = wanted.map(
      (name) => packed.find((item) => item.manifest.name === name) ?? fail(`${name} was not packed`),
    );
    const normalize = tarballs[2] as Packed;
    // A dependency on another provider would make npm fetch it from the registry, where it is not published.
    const required = { ...normalize.packedManifest.dependencies, ...normalize.packedManifest.peerDependencies };
    const others = Object.entries(required).filter(
      ([name]) => name.startsWith("@agent-tasks/") && !wanted.includes(name),
    );
    // No `overrides`: what normalize's packed package.json asks for is what npm fetches.
    await writeFile(
      path.join(projectDir, "package.json"),
      `${JSON.stringify(
        {
          name: "scratch-one-provider",
          private: true,
          type: "module",
          dependencies: Object.fromEntries(tarballs.map((item) => [item.manifest.name, `file:${item.tarball}`])),
        },
        null,
        2,
      )}\n`,
    );
    try {
      await run("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", "--no-package-lock"], projectDir);
    } catch (error) {
      const reason = others.map(([name, range]) => `404 ${name}@${range}`).join(", ");
      const why =
        others.length > 0
          ? `@agent-tasks/normalize's packed package.json depends on ${others.map(([name]) => name).join(", ")}, ` +
            `which npm looks up on the registry (${reason}): those must be devDependencies.\n`
          : "";
      fail(`${why}${error instanceof Error ? error.message : String(error)}`);
    }
    installed = true;
    return `${wanted.join(", ")} from their tarballs, no overrides`;
  });
  if (!installed) return;
  await check(`normalize with only ${entry.packageName}: no other @agent-tasks/* package on disk`, async () => {
    const names = [...(await installedPackages(projectDir)).keys()].filter((name) => name.startsWith("@agent-tasks/"));
    const extras = names.filter((name) => !wanted.includes(name));
    if (extras.length > 0) fail(`also installed: ${extras.join(", ")}`);
    return names.sort().join(", ");
  });
  await check(`normalize with only ${entry.packageName}: TypeScript, task.raw is ${entry.rawTaskType}`, async () => {
    const tsc = path.join(repoRoot, "node_modules/typescript/bin/tsc");
    await writeFile(path.join(projectDir, "one-provider.ts"), oneProviderProgram(entry));
    const compilerOptions = { module: "nodenext", moduleResolution: "nodenext", ...strictConsumerOptions };
    await writeFile(
      path.join(projectDir, "tsconfig.json"),
      JSON.stringify({ compilerOptions, files: ["one-provider.ts"] }),
    );
    await run(process.execPath, [tsc, "-p", "tsconfig.json"], projectDir);
    return "module nodenext, skipLibCheck off";
  });
  await check(
    `normalize with only ${entry.packageName}: normalizeTask on a fixture, getTask from a local mock`,
    async () => {
      const [name, fixture] = Object.entries(entry.fixtures)[0] ?? fail(`no fixture for ${entry.id}`);
      const ref = entry.refOf(fixture);
      const requestPath = getTaskRequestPath(entry, ref);
      const serverPath = new URL(entry.spec.serverUrl).pathname.replace(/\/$/, "");
      await writeFile(
        path.join(projectDir, "one-provider.json"),
        JSON.stringify({ fixture, ref, requestPath, serverPath }),
      );
      await writeFile(path.join(projectDir, "one-provider.mjs"), oneProviderRun(entry));
      const output = JSON.parse(await run(process.execPath, ["one-provider.mjs"], projectDir));
      const expected = JSON.stringify(normalizeTask(entry.id, fixture));
      if (JSON.stringify(output.normalized) !== expected)
        fail(`normalizeTask gave ${JSON.stringify(output.normalized)}`);
      if (JSON.stringify(output.fetched) !== expected) {
        fail(`getTask gave ${JSON.stringify(output.fetched)} after requests ${JSON.stringify(output.requests)}`);
      }
      return `${name}, GET ${requestPath}`;
    },
  );
}

/**
 * @agent-tasks/testing from its tarball, beside the user's own msw: a task run in-process through the msw handlers, and
 * the `agent-tasks-simulate` bin serving over HTTP until SIGTERM (consumer/testing.mjs).
 */
async function checkTestingPackage(projectDir: string): Promise<void> {
  await check(
    "@agent-tasks/testing: msw handlers run a task in-process; the bin serves and stops on SIGTERM",
    async () => {
      await cp(path.join(consumerDir, "testing.mjs"), path.join(projectDir, "testing.mjs"));
      const report = JSON.parse(await run(process.execPath, ["testing.mjs"], projectDir)) as {
        msw: { status: string; output: string; steps: number; transports: string[] };
        bin: { provider: string; startStatus: number; started: { job_id?: string }; exit: { code: number | null } };
      };
      const { msw, bin } = report;
      if (msw.status !== "completed" || msw.output !== "done" || msw.steps !== 3 || msw.transports.join() !== "msw")
        fail(`the in-process run ended ${JSON.stringify(msw)}`);
      if (bin.provider !== "dari" || bin.startStatus !== 200 || typeof bin.started.job_id !== "string")
        fail(`the bin answered ${JSON.stringify(bin)}`);
      if (bin.exit.code !== 0) fail(`the bin exited with ${JSON.stringify(bin.exit)} on SIGTERM`);
      return "a Browser Use task completed through msw; Dari started a job over HTTP; exit 0 on SIGTERM";
    },
  );
}

async function main(): Promise<void> {
  const workDir = await mkdtemp(path.join(os.tmpdir(), "agent-tasks-packages-"));
  const tarballDir = path.join(workDir, "tarballs");
  const unpackedRoot = path.join(workDir, "unpacked");
  console.log(`Scratch folder: ${workDir}\n`);
  try {
    const packages = (await readWorkspacePackages()).filter((pkg) => !pkg.manifest.private);
    const versions = new Map(packages.map((pkg) => [pkg.manifest.name, pkg.manifest.version]));
    const packed: Packed[] = [];
    console.log("Packed manifests and files");
    for (const pkg of packages) {
      const entry = await pack(pkg, tarballDir, unpackedRoot);
      packed.push(entry);
      const unpackedDir = path.join(unpackedRoot, pkg.manifest.name.replace("/", "__"));
      await check(`${pkg.manifest.name}: packed manifest`, async () => checkPackedManifest(entry, versions));
      await check(`${pkg.manifest.name}: source maps`, () => checkSourceMaps(unpackedDir, entry.files));
      await check(`${pkg.manifest.name}: README links`, () => checkReadmeLinks(unpackedDir, entry.files));
      await lint(entry, unpackedDir);
    }

    console.log(`\nA scratch project with every package installed from its tarball (Node ${process.version})`);
    const projectDir = path.join(workDir, "consumer");
    await mkdir(projectDir, { recursive: true });
    await npmInstall(
      projectDir,
      {
        ...Object.fromEntries(packed.map((entry) => [entry.manifest.name, `file:${entry.tarball}`])),
        // @agent-tasks/testing's optional peer, as a user's test setup has it: the version the workspace tests with.
        msw: mswVersion,
      },
      packed,
    );
    for (const file of ["flow.cjs", "esm.mjs", "cjs.cjs"])
      await cp(path.join(consumerDir, file), path.join(projectDir, file));
    await writeFile(path.join(projectDir, "cases.json"), JSON.stringify(flowCases));
    await check("ESM: import of every entry point", async () => {
      return checkFlowResults(JSON.parse(await run(process.execPath, ["esm.mjs"], projectDir)));
    });
    await check("CommonJS: require of every entry point (require(esm), no CJS build)", async () => {
      const output = JSON.parse(await run(process.execPath, ["--no-warnings", "cjs.cjs"], projectDir));
      if (!output.sameModule || !output.sameClass) fail("require and import gave two copies of @agent-tasks/core");
      return `${checkFlowResults(output.results)}; one module instance for import and require`;
    });
    await checkTypeScriptConsumers(projectDir);
    await checkTestingPackage(projectDir);

    console.log("\nA scratch project with only @agent-tasks/browseract");
    const singleDir = path.join(workDir, "browseract-only");
    await mkdir(singleDir, { recursive: true });
    await checkSinglePackageInstall(singleDir, packed);

    console.log(
      `\nA scratch project with only @agent-tasks/core, ${oneProvider.packageName} and @agent-tasks/normalize`,
    );
    const oneProviderDir = path.join(workDir, "normalize-one-provider");
    await mkdir(oneProviderDir, { recursive: true });
    await checkNormalizeWithOneProvider(oneProviderDir, packed);
  } finally {
    if (process.env.KEEP_SCRATCH !== "1") await rm(workDir, { recursive: true, force: true });
  }
  if (failures.length > 0) {
    console.error(`\n${failures.length} package check(s) failed:\n${failures.map((line) => `- ${line}`).join("\n")}`);
    process.exit(1);
  }
  console.log("\nAll package checks passed.");
}

await main();
