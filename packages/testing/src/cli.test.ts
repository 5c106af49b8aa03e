import { type ChildProcessByStdio, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import type { Readable } from "node:stream";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it, vi } from "vitest";
import { accepts, freePorts } from "./__fixtures__/ports.js";
import { browserUseTooManySessionsDetail } from "./browser-use.js";
import { main } from "./cli.js";
import { dariTooManyJobsMessage } from "./dari.js";

const packageDir = path.resolve(import.meta.dirname, "..");
const repoRoot = path.resolve(packageDir, "../..");
const bin = path.join(packageDir, "bin/agent-tasks-simulate.js");

/**
 * The bin imports `../dist/cli.js`. So that this test runs today's source and never a stale build, the child
 * process gets a module hook that resolves `packages/testing/dist/<name>.js` to `src/<name>.ts`, which tsx
 * (registered first) compiles. Everything else, the bin file included, runs as it does for a user.
 */
const distUrl = pathToFileURL(path.join(packageDir, "dist/")).href;
const srcUrl = pathToFileURL(path.join(packageDir, "src/")).href;
const hooks = `
export async function resolve(specifier, context, next) {
  const url = context.parentURL === undefined ? undefined : new URL(specifier, context.parentURL).href;
  if (url !== undefined && url.startsWith(${JSON.stringify(distUrl)}) && url.endsWith(".js"))
    return next(${JSON.stringify(srcUrl)} + url.slice(${distUrl.length}, -3) + ".ts", context);
  return next(specifier, context);
}`;
const registerHooks = `import { register } from "node:module"; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hooks)}`)});`;

type Child = ChildProcessByStdio<null, Readable, Readable>;

interface Run {
  child: Child;
  /** Resolves with the first `count` lines of stdout, as soon as they are printed. */
  lines(count: number): Promise<string[]>;
  /** Resolves with the first stderr line matching `pattern`. */
  stderrLine(pattern: RegExp): Promise<string>;
  /** Resolves when the process exits. */
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
}

const running = new Set<Child>();
afterEach(() => {
  for (const child of running) child.kill("SIGKILL");
  running.clear();
});

function simulate(...args: string[]): Run {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "--import", `data:text/javascript,${encodeURIComponent(registerHooks)}`, bin, ...args],
    // `--import tsx` resolves from the working directory: the repository root has tsx.
    { cwd: repoRoot, stdio: ["ignore", "pipe", "pipe"] },
  );
  running.add(child);
  let stdout = "";
  let stderr = "";
  const watchers: (() => void)[] = [];
  const notify = () => {
    for (const watcher of [...watchers]) watcher();
  };
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
    stdout += chunk;
    notify();
  });
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
    notify();
  });
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>(
    (resolve) =>
      child.on("close", (code, signal) => {
        running.delete(child);
        notify();
        resolve({ code, signal, stdout, stderr });
      }),
  );
  const waitFor = <T>(check: () => T | undefined, what: string): Promise<T> =>
    new Promise((resolve, reject) => {
      const watcher = () => {
        const found = check();
        if (found !== undefined) {
          watchers.splice(watchers.indexOf(watcher), 1);
          resolve(found);
        } else if (child.exitCode !== null || child.signalCode !== null) {
          watchers.splice(watchers.indexOf(watcher), 1);
          reject(new Error(`exited before ${what}; stdout:\n${stdout}\nstderr:\n${stderr}`));
        }
      };
      watchers.push(watcher);
      watcher();
    });
  return {
    child,
    exit,
    lines: (count) =>
      waitFor(() => {
        const complete = stdout.split("\n").slice(0, -1);
        return complete.length >= count ? complete.slice(0, count) : undefined;
      }, `${count} lines`),
    stderrLine: (pattern) => waitFor(() => stderr.split("\n").find((line) => pattern.test(line)), `${pattern}`),
  };
}

interface Printed {
  provider: string;
  baseUrl: string;
  apiKey: string;
}

/** Parses a table line: `provider  baseUrl  key apiKey`. */
function parseLine(line: string): Printed {
  const match = /^(\S+) +(\S+) +key (\S+)$/.exec(line);
  if (match === null) throw new Error(`not a provider line: ${line}`);
  return { provider: match[1] ?? "", baseUrl: match[2] ?? "", apiKey: match[3] ?? "" };
}

const portOf = (baseUrl: string) => Number(new URL(baseUrl).port);

describe("agent-tasks-simulate", () => {
  it("serves every provider by default, one line each, until SIGTERM, which exits 0 and frees the ports", async () => {
    const run = simulate();
    const printed = (await run.lines(6)).map(parseLine);
    expect(printed.map(({ provider, apiKey }) => [provider, apiKey])).toEqual([
      ["hyperbrowser", "fake-hyperbrowser-key"],
      ["browser-use", "fake-browser-use-key"],
      ["browser-use-v4", "fake-browser-use-v4-key"],
      ["browseract", "fake-browseract-key"],
      ["dari", "fake-dari-key"],
      ["skyvern", "fake-skyvern-key"],
    ]);
    expect(printed.map(({ baseUrl }) => baseUrl.replace(/:\d+/, ":PORT"))).toEqual([
      "http://127.0.0.1:PORT",
      "http://127.0.0.1:PORT/api/v2",
      "http://127.0.0.1:PORT/api/v4",
      "http://127.0.0.1:PORT",
      "http://127.0.0.1:PORT",
      "http://127.0.0.1:PORT",
    ]);
    const ports = printed.map(({ baseUrl }) => portOf(baseUrl));
    expect(new Set(ports).size).toBe(6);
    expect(await Promise.all(ports.map(accepts))).toEqual(ports.map(() => true));

    run.child.kill("SIGTERM");
    const { code, signal, stderr } = await run.exit;
    expect({ code, signal, stderr }).toEqual({ code: 0, signal: null, stderr: "" });
    expect(await Promise.all(ports.map(accepts))).toEqual(ports.map(() => false));
  });

  it("prints JSON lines with --json, and a started task follows --steps, --duration, --start-delay and --outcome", async () => {
    const run = simulate(
      "browser-use",
      "--json",
      "--steps",
      "2",
      "--duration",
      "50",
      "--start-delay",
      "30",
      "--outcome",
      "failed",
    );
    const [line] = await run.lines(1);
    const printed = JSON.parse(line ?? "") as Printed;
    expect(printed).toEqual({
      provider: "browser-use",
      baseUrl: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/api\/v2$/),
      apiKey: "fake-browser-use-key",
    });
    const headers = { "x-browser-use-api-key": printed.apiKey, "content-type": "application/json" };
    const started = await fetch(`${printed.baseUrl}/tasks`, {
      method: "POST",
      headers,
      body: JSON.stringify({ task: "Find flights" }),
    });
    expect(started.status).toBe(202);
    const { id } = (await started.json()) as { id: string };
    let view: { status: string; steps: unknown[]; createdAt: string; startedAt: string; finishedAt: string };
    for (;;) {
      view = (await (await fetch(`${printed.baseUrl}/tasks/${id}`, { headers })).json()) as typeof view;
      if (view.status !== "created" && view.status !== "started") break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(view.status).toBe("failed");
    expect(view.steps).toHaveLength(2);
    expect(Date.parse(view.startedAt) - Date.parse(view.createdAt)).toBe(30);
    expect(Date.parse(view.finishedAt) - Date.parse(view.startedAt)).toBe(50);
    run.child.kill("SIGINT");
    expect((await run.exit).code).toBe(0);
  });

  it("answers with the --output it was given", async () => {
    const run = simulate("browser-use", "--json", "--duration", "0", "--output", "42 stars");
    const printed = JSON.parse((await run.lines(1))[0] ?? "") as Printed;
    const headers = { "x-browser-use-api-key": printed.apiKey, "content-type": "application/json" };
    const started = await fetch(`${printed.baseUrl}/tasks`, { method: "POST", headers, body: '{"task":"Count"}' });
    const { id } = (await started.json()) as { id: string };
    const view = await (await fetch(`${printed.baseUrl}/tasks/${id}`, { headers })).json();
    expect(view).toMatchObject({ status: "finished", output: "42 stars", isSuccess: true });
  });

  it("refuses a start beyond --max-active with the provider's own 429", async () => {
    const run = simulate("dari", "browser-use", "--max-active", "1", "--duration", "600000");
    const [dari, browserUse] = (await run.lines(2)).map(parseLine);
    if (dari === undefined || browserUse === undefined) throw new Error("two lines expected");
    const startDari = () =>
      fetch(`${dari.baseUrl}/jobs/org-1/book-flight/start`, {
        method: "POST",
        headers: { "x-api-key": dari.apiKey, "content-type": "application/json" },
        body: JSON.stringify({ form_data: {} }),
      });
    expect((await startDari()).status).toBe(200);
    const refused = await startDari();
    expect(refused.status).toBe(429);
    expect(await refused.json()).toEqual({ detail: dariTooManyJobsMessage });

    // Each provider has its own cap.
    const startBrowserUse = () =>
      fetch(`${browserUse.baseUrl}/tasks`, {
        method: "POST",
        headers: { "x-browser-use-api-key": browserUse.apiKey, "content-type": "application/json" },
        body: JSON.stringify({ task: "Find flights" }),
      });
    expect((await startBrowserUse()).status).toBe(202);
    const tooMany = await startBrowserUse();
    expect(tooMany.status).toBe(429);
    expect(await tooMany.json()).toEqual({ detail: browserUseTooManySessionsDetail });
  });

  it("listens on --port, the next providers on the ports after it", async () => {
    const port = await freePorts(2);
    const run = simulate("browser-use", "hyperbrowser", "--port", String(port));
    const printed = (await run.lines(2)).map(parseLine);
    expect(printed.map(({ provider, baseUrl }) => [provider, baseUrl])).toEqual([
      ["browser-use", `http://127.0.0.1:${port}/api/v2`],
      ["hyperbrowser", `http://127.0.0.1:${port + 1}`],
    ]);
    const listed = await fetch(`http://127.0.0.1:${port}/api/v2/tasks`, {
      headers: { "x-browser-use-api-key": "fake-browser-use-key" },
    });
    expect(listed.status).toBe(200);
  });

  it("gives every provider a free port of its own with --port 0", async () => {
    const run = simulate("--port", "0");
    const ports = (await run.lines(6)).map((line) => portOf(parseLine(line).baseUrl));
    expect(new Set(ports).size).toBe(6);
    for (const port of ports) expect(port).toBeGreaterThan(1023);
  });

  it("exits 1 naming the provider and the port when a port is in use, and leaves no server behind", async () => {
    const port = await freePorts(2);
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(port + 1, "127.0.0.1", resolve));
    try {
      const { code, stdout, stderr } = await simulate("browser-use", "dari", "--port", String(port)).exit;
      expect(code).toBe(1);
      expect(stdout).toBe("");
      expect(stderr).toMatch(
        new RegExp(`^agent-tasks-simulate: dari: cannot listen on port ${port + 1}: .*EADDRINUSE`),
      );
      expect(await accepts(port)).toBe(false);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });

  it("prints one line per request to stderr with --log", async () => {
    const run = simulate("browser-use", "--json", "--log");
    const printed = JSON.parse((await run.lines(1))[0] ?? "") as Printed;
    await fetch(`${printed.baseUrl}/tasks?pageSize=5`, { headers: { "x-browser-use-api-key": printed.apiKey } });
    await fetch(`${printed.baseUrl}/tasks`, { headers: { "x-browser-use-api-key": "wrong" } });
    expect(await run.stderrLine(/ 401$/)).toBe("browser-use list GET /api/v2/tasks -> 401");
    // Answered just before the signal: still printed on the way out.
    await fetch(`${printed.baseUrl}/tasks/00000000-0000-4000-8000-000000000000`, {
      headers: { "x-browser-use-api-key": printed.apiKey },
    });
    run.child.kill("SIGTERM");
    const { code, stderr } = await run.exit;
    expect(code).toBe(0);
    expect(stderr.split("\n").filter(Boolean)).toEqual([
      "browser-use list GET /api/v2/tasks?pageSize=5 -> 200",
      "browser-use list GET /api/v2/tasks -> 401",
      "browser-use get GET /api/v2/tasks/00000000-0000-4000-8000-000000000000 -> 404",
    ]);
  });

  it("prints the usage and exits 0 with --help", async () => {
    const { code, stdout, stderr } = await simulate("--help").exit;
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toMatch(/^Usage: agent-tasks-simulate \[provider\.\.\.] \[options]\n/);
    for (const flag of [
      "--port",
      "--steps",
      "--duration",
      "--start-delay",
      "--outcome",
      "--output",
      "--max-active",
      "--json",
      "--log",
    ])
      expect(stdout).toContain(flag);
    expect((await simulate("-h").exit).stdout).toBe(stdout);
  });

  it.each([
    [["--bogus"], "Unknown option '--bogus'"],
    [
      ["browser-usee", "dari"],
      'unknown provider "browser-usee" (known: hyperbrowser, browser-use, browser-use-v4, browseract, dari, skyvern)',
    ],
  ])("exits 2 for %j, naming what is wrong, with the usage", async (args, message) => {
    const { code, stdout, stderr } = await simulate(...args).exit;
    expect(code).toBe(2);
    expect(stdout).toBe("");
    const [first, ...rest] = stderr.split("\n");
    expect(first?.startsWith(`agent-tasks-simulate: ${message}`)).toBe(true);
    expect(rest.join("\n")).toContain("\nUsage: agent-tasks-simulate [provider...] [options]\n");
  });

  // The bin only turns main()'s answer into the exit code (checked above): the other refusals run in-process.
  it.each([
    [["--steps", "two"], '--steps takes an integer >= 0, got "two"'],
    [["--steps", "1.5"], '--steps takes an integer >= 0, got "1.5"'],
    [["--duration=-1"], '--duration takes a number >= 0, got "-1"'],
    [["--duration", "-1"], "Option '--duration' argument is ambiguous"],
    [["--start-delay", ""], '--start-delay takes a number >= 0, got ""'],
    [["--max-active", "x"], '--max-active takes an integer >= 0, got "x"'],
    [["--outcome", "maybe"], '--outcome is completed or failed, got "maybe"'],
    [["--port", "70000", "dari"], '--port takes a port up to 65535, got "70000"'],
    [["--port", "65532"], "--port 65532 leaves no room for the ports of 6 providers (65532-65537)"],
    [["--port"], "Option '--port <value>' argument missing"],
    [["--json=yes"], "Option '--json' does not take an argument"],
  ])("main(%j) refuses with exit code 2, naming the flag, with the usage", async (args, message) => {
    const written: string[] = [];
    vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    vi.spyOn(process.stdout, "write").mockImplementation(() => {
      throw new Error("nothing may go to stdout");
    });
    try {
      expect(await main(args)).toBe(2);
    } finally {
      vi.restoreAllMocks();
    }
    const text = written.join("");
    expect(text).toMatch(/^agent-tasks-simulate: /);
    expect(text.split("\n")[0]).toContain(message);
    expect(text).toContain("\n\nUsage: agent-tasks-simulate [provider...] [options]\n");
  });

  it("is the package's bin, and the bin runs the built cli", () => {
    const manifest = JSON.parse(readFileSync(path.join(packageDir, "package.json"), "utf8")) as {
      bin: Record<string, string>;
      files: string[];
    };
    expect(manifest.bin).toEqual({ "agent-tasks-simulate": "./bin/agent-tasks-simulate.js" });
    expect(manifest.files).toEqual(expect.arrayContaining(["bin", "dist"]));
    const source = readFileSync(bin, "utf8");
    expect(source.startsWith("#!/usr/bin/env node\n")).toBe(true);
    expect(source).toContain('from "../dist/cli.js"');
  });
});
