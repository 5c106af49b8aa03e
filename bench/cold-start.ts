/**
 * Cold start: what a fresh Node process pays to import a client and construct it, against a process that does
 * nothing. Each contender is a one-line ES module program (`node --input-type=module -e "<program>"`, the same for
 * every contender, the empty one included) spawned again and again; the wall time is from spawn to exit, so it holds
 * Node's own start-up, resolving and loading every module, running their top-level code and the constructor.
 *
 *   pnpm --filter @agent-tasks/bench cold-start         (expects the workspace packages built)
 *
 * Contenders: an empty program; openapi-fetch alone (`createClient`); our client per provider (`createXClient` from
 * the built package), and the same with the provider's normalize mapper imported too (from
 * `@agent-tasks/normalize/<provider>` when the package has that entry point, else from `@agent-tasks/normalize`);
 * `browser-use-sdk` (`new BrowserUse({ apiKey })`) and `@hyperbrowser/sdk` (`new Hyperbrowser({ apiKey })`).
 * With `BENCH_BASELINE_DIR` set to another checkout of this repository, built, its clients run in the same rounds
 * ("before" rows), so a change is measured side by side with what it changes.
 *
 * Rounds: `BENCH_COLD_START_RUNS` (default 40) after one warm-up round that is not counted; each round runs every
 * contender once, in an order rotated by one each round, one process at a time. Reported per contender: the median
 * wall time and its 25th to 75th percentile, the median CPU time of the process (user + system, all threads, as the
 * process itself reads it with `process.cpuUsage()` when it exits: steadier than wall time when other processes
 * compete for the cores), each as a ratio to the empty program and to openapi-fetch, and what it loads: modules (ES
 * modules through a module hook, CommonJS ones from `require.cache`, Node built-ins not counted) and their bytes on
 * disk, counted in one extra run that is not timed.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { providers } from "../scripts/providers.js";
import {
  type Column,
  describeMachine,
  formatNumber,
  formatTable,
  median,
  quantile,
  readPositiveInteger,
} from "./report.js";

const benchDir = fileURLToPath(new URL(".", import.meta.url));
const repoRoot = fileURLToPath(new URL("..", import.meta.url));

/** The goal: our client's cold start at most this many times openapi-fetch's, whole process. */
const goalRatio = 1.05;

/** One program to spawn: its ES module source, and the folder its bare imports resolve from. */
interface ColdStartContender {
  name: string;
  role: "empty" | "openapi-fetch" | "ours" | "before" | "official";
  code: string;
  cwd: string;
}

/** What one contender loads, counted once. */
interface LoadedModules {
  count: number;
  bytes: number;
}

/** One process: its wall time from spawn to exit, and the CPU time it reported. */
interface Run {
  wallMs: number;
  cpuMs: number;
}

interface Measured {
  contender: ColdStartContender;
  runs: Run[];
  loaded: LoadedModules;
}

function installedVersion(packageName: string): string {
  const manifest = readFileSync(path.join(benchDir, "node_modules", packageName, "package.json"), "utf8");
  return (JSON.parse(manifest) as { version: string }).version;
}

/** The subpaths in the `exports` of `packages/normalize` of the repository at `root`. */
function normalizeSubpaths(root: string): string[] {
  const manifest = JSON.parse(readFileSync(path.join(root, "packages/normalize/package.json"), "utf8")) as {
    exports?: Record<string, unknown>;
  };
  return Object.keys(manifest.exports ?? {});
}

/** Our programs for the repository at `root`: per provider, the client alone and the client with its mapper. */
function oursAt(root: string, role: "ours" | "before"): ColdStartContender[] {
  const prefix = role === "before" ? "before: " : "";
  const subpaths = normalizeSubpaths(root);
  const clients: ColdStartContender[] = [];
  const withMappers: ColdStartContender[] = [];
  for (const entry of providers) {
    const factory = entry.clientFactory.name;
    const construct = `import { ${factory} } from "${entry.entryPoint}";\n${factory}({ apiKey: "key" });`;
    clients.push({ name: `${prefix}${factory} (${entry.entryPoint})`, role, code: construct, cwd: root });
    const normalizeEntry = subpaths.includes(`./${entry.id}`)
      ? `@agent-tasks/normalize/${entry.id}`
      : "@agent-tasks/normalize";
    const mapper = entry.mapper.name;
    withMappers.push({
      name: `${prefix}${factory} + ${mapper} (${normalizeEntry})`,
      role,
      code: `import { ${mapper} } from "${normalizeEntry}";\n${construct}\nvoid ${mapper};`,
      cwd: root,
    });
  }
  return [...clients, ...withMappers];
}

function createContenders(baselineDir: string | undefined): ColdStartContender[] {
  const before = baselineDir === undefined ? [] : oursAt(baselineDir, "before");
  return [
    { name: "empty program", role: "empty", code: "", cwd: benchDir },
    {
      name: `openapi-fetch ${installedVersion("openapi-fetch")} alone: createClient`,
      role: "openapi-fetch",
      code: `import createClient from "openapi-fetch";\ncreateClient({ baseUrl: "https://api.example.com", headers: { "x-api-key": "key" } });`,
      cwd: benchDir,
    },
    ...oursAt(repoRoot, "ours"),
    ...before,
    {
      name: `browser-use-sdk ${installedVersion("browser-use-sdk")}: new BrowserUse`,
      role: "official",
      code: `import { BrowserUse } from "browser-use-sdk";\nnew BrowserUse({ apiKey: "key" });`,
      cwd: benchDir,
    },
    {
      name: `@hyperbrowser/sdk ${installedVersion("@hyperbrowser/sdk")}: new Hyperbrowser`,
      role: "official",
      code: `import { Hyperbrowser } from "@hyperbrowser/sdk";\nnew Hyperbrowser({ apiKey: "key" });`,
      cwd: benchDir,
    },
  ];
}

// Added to every program, the empty one too: at exit, the process writes the CPU time it used, as its last line.
const reportCpu =
  'process.once("exit", () => { const { user, system } = process.cpuUsage(); process.stderr.write("\\ncpu-us " + (user + system) + "\\n"); });';

/** Spawns the contender once. Throws with its stderr if it fails. */
function runOnce(contender: ColdStartContender, extraArgs: string[] = [], env = process.env): Run {
  const program = `${contender.code}\n${reportCpu}`;
  const startedAt = performance.now();
  const result = spawnSync(process.execPath, [...extraArgs, "--input-type=module", "-e", program], {
    cwd: contender.cwd,
    env,
    stdio: ["ignore", "ignore", "pipe"],
  });
  const wallMs = performance.now() - startedAt;
  const stderr = result.stderr.toString();
  const cpu = /\ncpu-us (\d+)\n$/.exec(stderr);
  if (result.status !== 0 || cpu === null) {
    throw new Error(`${contender.name} exited with ${result.status ?? result.signal}:\n${stderr}`);
  }
  return { wallMs, cpuMs: Number(cpu[1]) / 1000 };
}

// Registered with `--import` for the counting run: every module loaded through the ES module loader is logged by a
// `load` hook (in the loader's thread, so appended to a file), and at exit the CommonJS modules that CommonJS code
// required directly (which Node 20's hooks do not see) are taken from `require.cache`.
const countingHooks = `
import { appendFileSync } from "node:fs";
let log;
export function initialize(data) { log = data.log; }
export async function load(url, context, nextLoad) {
  if (url.startsWith("file:")) appendFileSync(log, url + "\\n");
  return nextLoad(url, context);
}`;
const countingRegistration = `
import { appendFileSync } from "node:fs";
import { createRequire, register } from "node:module";
import { pathToFileURL } from "node:url";
const log = process.env.COLD_START_MODULE_LOG;
register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(countingHooks)}`)}, { data: { log } });
process.on("exit", () => {
  const required = Object.keys(createRequire(process.execPath).cache).map((file) => pathToFileURL(file).href);
  appendFileSync(log, required.map((url) => url + "\\n").join(""));
});`;

/** Runs the contender once with the counting hooks; the distinct files it loaded and their size. */
function countModules(contender: ColdStartContender, scratchDir: string, index: number): LoadedModules {
  const log = path.join(scratchDir, `modules-${index}.txt`);
  const registration = `data:text/javascript,${encodeURIComponent(countingRegistration)}`;
  runOnce(contender, ["--import", registration], { ...process.env, COLD_START_MODULE_LOG: log });
  const urls = existsSync(log) ? readFileSync(log, "utf8").split("\n").filter(Boolean) : [];
  const files = [...new Set(urls.map((url) => fileURLToPath(url)))];
  return { count: files.length, bytes: files.reduce((total, file) => total + statSync(file).size, 0) };
}

/** Every contender once per round, `rounds` rounds after a warm-up, rotating the order each round. */
function measureAll(contenders: ColdStartContender[], rounds: number): Run[][] {
  const runs = contenders.map((): Run[] => []);
  for (let round = -1; round < rounds; round++) {
    for (let offset = 0; offset < contenders.length; offset++) {
      const index = (Math.max(round, 0) + offset) % contenders.length;
      const run = runOnce(contenders[index] as ColdStartContender);
      if (round >= 0) runs[index]?.push(run);
    }
  }
  return runs;
}

function formatRows(measured: Measured[]): string[][] {
  const medianOf = (role: ColdStartContender["role"], metric: keyof Run) =>
    median(measured.find((entry) => entry.contender.role === role)?.runs.map((run) => run[metric]) ?? []);
  const empty = { wallMs: medianOf("empty", "wallMs"), cpuMs: medianOf("empty", "cpuMs") };
  const openapiFetch = { wallMs: medianOf("openapi-fetch", "wallMs"), cpuMs: medianOf("openapi-fetch", "cpuMs") };
  return measured.map(({ contender, runs, loaded }) => {
    const wall = runs.map((run) => run.wallMs);
    const wallMs = median(wall);
    const cpuMs = median(runs.map((run) => run.cpuMs));
    const spread = `${formatNumber(quantile(wall, 0.25), 1)}–${formatNumber(quantile(wall, 0.75), 1)}`;
    const ours = contender.role === "ours" || contender.role === "before";
    const meets = (ratio: number) => (ratio <= goalRatio ? "yes" : "no");
    return [
      contender.name,
      formatNumber(loaded.count),
      `${formatNumber(loaded.bytes / 1000, 1)} kB`,
      formatNumber(wallMs, 1),
      spread,
      `${formatNumber(wallMs / empty.wallMs, 2)}×`,
      `${formatNumber(wallMs / openapiFetch.wallMs, 2)}×`,
      formatNumber(cpuMs, 1),
      `${formatNumber(cpuMs / empty.cpuMs, 2)}×`,
      `${formatNumber(cpuMs / openapiFetch.cpuMs, 2)}×`,
      ours ? `${meets(wallMs / openapiFetch.wallMs)} / ${meets(cpuMs / openapiFetch.cpuMs)}` : "",
    ];
  });
}

/** Measures every contender and prints the table. */
export async function runColdStart(): Promise<void> {
  const runs = readPositiveInteger("BENCH_COLD_START_RUNS", 40);
  const baselineDir = process.env.BENCH_BASELINE_DIR ? path.resolve(process.env.BENCH_BASELINE_DIR) : undefined;
  if (baselineDir !== undefined && !existsSync(path.join(baselineDir, "packages/core/dist/index.js"))) {
    throw new Error(`BENCH_BASELINE_DIR: ${baselineDir} has no built packages/core/dist (run its build first)`);
  }
  console.log("## Cold start: import a client and construct it, in a fresh process\n");
  console.log(
    `${describeMachine()}. Each program spawned as \`node --input-type=module -e "<program>"\`, wall time from spawn ` +
      `to exit; ${runs} rounds after one warm-up round, every contender once per round in a rotating order. ` +
      `"wall ms": the median; "p25–p75": the middle half of the runs; "CPU ms": the median of the CPU time each ` +
      `process used (user + system, \`process.cpuUsage()\` at exit). Modules: files loaded (ES modules and CommonJS, ` +
      `not Node built-ins) and their size on disk.` +
      `${baselineDir === undefined ? "" : ` "before" rows: the built packages of ${baselineDir}.`}\n`,
  );
  const contenders = createContenders(baselineDir);
  const scratchDir = mkdtempSync(path.join(os.tmpdir(), "cold-start-"));
  let measured: Measured[];
  try {
    const loaded = contenders.map((contender, index) => countModules(contender, scratchDir, index));
    const runsByContender = measureAll(contenders, runs);
    measured = contenders.map((contender, index) => ({
      contender,
      runs: runsByContender[index] ?? [],
      loaded: loaded[index] as LoadedModules,
    }));
  } finally {
    rmSync(scratchDir, { recursive: true, force: true });
  }
  const columns: Column[] = [
    { header: "program" },
    { header: "modules", align: "right" },
    { header: "size", align: "right" },
    { header: "wall ms", align: "right" },
    { header: "p25–p75", align: "right" },
    { header: "× empty", align: "right" },
    { header: "× openapi-fetch", align: "right" },
    { header: "CPU ms", align: "right" },
    { header: "× empty", align: "right" },
    { header: "× openapi-fetch", align: "right" },
    { header: `≤ ${goalRatio}× (wall / CPU)`, align: "right" },
  ];
  console.log(formatTable(columns, formatRows(measured)));
  console.log(
    `\nGoal: our client's cold start (whole process) at most ${goalRatio}× openapi-fetch's; the last column says ` +
      "whether the median wall time and the median CPU time met it in this run.\n",
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await runColdStart();
}
