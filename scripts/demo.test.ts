// `pnpm demo` as a user runs it: `tsx scripts/demo.ts` in a child process, piped (one line per change) and in a
// real pseudo-terminal (`script`, a panel redrawn in place), on the simulations, against a real-service stand-in
// (a simulation over HTTP reached through the `<ID>_BASE_URL` override), and against a closed port. The workspace
// packages resolve through their dist/ here: `pnpm test` builds first (alone: `pnpm build`).
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { stripVTControlCharacters } from "node:util";
import { createDariAdapter, createDariClient } from "@agent-tasks/dari";
import { startTask } from "@agent-tasks/normalize";
import { simulateBrowserUse, simulateBrowserUseV4, simulateDari } from "@agent-tasks/testing";
import { describe, expect, it } from "vitest";
import { DARI_FORM_DATA_ENV_VAR, REAL_INSTRUCTION, REAL_MAX_STEPS, startableProviders } from "./demo/live-providers.js";
import { baseUrlEnvVar } from "./demo/targets.js";
import { repoRoot } from "./lib/specs.js";
import { SLOW_TEST_TIMEOUT_MS } from "./lib/test-timeouts.js";
import { providers, refEnvVarNames } from "./providers.js";

const ESC = "\u001b";

interface DemoRun {
  stdout: string;
  stderr: string;
  code: number | null;
}

/** Every variable the demo reads, so the machine's own keys never reach a test run. */
const demoVariables = new Set([
  DARI_FORM_DATA_ENV_VAR,
  ...providers.flatMap((entry) => [entry.apiKeyEnvVar, baseUrlEnvVar(entry), ...refEnvVarNames(entry)]),
  ...Object.values(startableProviders).flatMap((startable) =>
    Object.values(startable?.startVars ?? {}).map((startVar) => startVar.envVar),
  ),
]);

function runDemo(env: Record<string, string>, { terminal = false } = {}): Promise<DemoRun> {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !demoVariables.has(name)));
  // util-linux `script` runs the demo in a pseudo-terminal; -e returns its exit code.
  const [command, args] = terminal
    ? ["script", ["-qec", "npx tsx scripts/demo.ts", "/dev/null"]]
    : ["npx", ["tsx", "scripts/demo.ts"]];
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: repoRoot,
      env: { ...inherited, NO_COLOR: "", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString("utf8");
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ stdout, stderr, code }));
  });
}

/** A line of the piped output: `[  2.1s] browser-use   running   (started)   step 2: Goal 3`. */
interface LogLine {
  index: number;
  id: string;
  status: string;
  providerStatus: string | null;
  text: string;
}

function logLines(stdout: string): LogLine[] {
  const lines: LogLine[] = [];
  for (const [index, line] of stdout.split("\n").entries()) {
    const match = /^\[\s*\d+\.\ds\] (\S+)\s+(\S+)\s+(?:\(([^)]*)\))?\s*(.*)$/.exec(line);
    if (match)
      lines.push({
        index,
        id: match[1] ?? "",
        status: match[2] ?? "",
        providerStatus: match[3] ?? null,
        text: match[4] ?? "",
      });
  }
  return lines;
}

/** The side-by-side table's row `label`, split into its cells. */
function tableRow(stdout: string, label: string): string[] {
  const line = stdout.split("\n").find((candidate) => candidate.startsWith(`${label.padEnd(16)} │`));
  if (line === undefined) throw new Error(`no table row ${label} in:\n${stdout}`);
  return line
    .split("│")
    .slice(1)
    .map((value) => value.trim());
}

const startableIds = providers.filter((entry) => startableProviders[entry.id] !== null).map((entry) => entry.id);
const statusRank: Readonly<Record<string, number>> = { pending: 0, running: 1, completed: 2 };

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === "string") throw new Error("no port");
  return address.port;
}

describe.concurrent("pnpm demo", { timeout: SLOW_TEST_TIMEOUT_MS }, () => {
  it("finds the build output (`pnpm test` builds first; alone, run `pnpm build`)", () => {
    expect(existsSync(path.join(repoRoot, "packages/testing/dist/index.js"))).toBe(true);
  });

  it("piped, without keys: one line per change for every provider, then the table; exit 0, no escapes", async ({
    expect,
  }) => {
    const { stdout, stderr, code } = await runDemo({});

    expect(code, stderr).toBe(0);
    expect(`${stdout}${stderr}`).not.toContain(ESC);
    const lines = logLines(stdout);
    const tableStart = stdout.split("\n").findIndex((line) => /^ {16} │ /.test(line));
    expect(tableStart).toBeGreaterThan(Math.max(...lines.map((line) => line.index)));
    expect(tableRow(stdout, "").slice(0, startableIds.length)).toEqual(startableIds);
    const stepsInTable = tableRow(stdout, "steps").map((value) => Number.parseInt(value, 10));
    for (const [column, id] of startableIds.entries()) {
      const own = lines.filter((line) => line.id === id);
      // Statuses only move forward, from pending or running to completed.
      const statuses = own.map((line) => line.status);
      expect(["pending", "running"]).toContain(statuses[0]);
      expect(statuses.at(-1)).toBe("completed");
      const ranks = statuses.map((status) => statusRank[status] ?? -1);
      expect(ranks).toEqual([...ranks].sort((left, right) => left - right));
      expect(own[0]?.text).toMatch(/^task \S+$/);
      expect(own.every((line) => line.providerStatus !== null && line.providerStatus !== "")).toBe(true);
      // Every step has its own line, in order, as many as the task has.
      const steps = own.flatMap((line) => /^step (\d+)(?::|$)/.exec(line.text)?.[1] ?? []).map(Number);
      // A Skyvern run carries no step list (only `step_count`), so its column shows none.
      expect(steps.length).toBeGreaterThanOrEqual(id === "skyvern" ? 0 : 3);
      expect(steps).toEqual(steps.map((_, index) => index + 1));
      expect(stepsInTable[column]).toBe(steps.length);
      expect(own.at(-1)?.text).toMatch(new RegExp(`^completed after \\d+\\.\\ds: ${steps.length} steps, cost `));
    }
    expect(tableRow(stdout, "(target)").slice(0, startableIds.length)).toEqual(startableIds.map(() => "simulation"));
    expect(tableRow(stdout, "status").slice(0, startableIds.length)).toEqual(startableIds.map(() => "completed"));
    expect(stdout).toContain(
      `Summary: ${startableIds.length} of ${startableIds.length} tasks reached a terminal state`,
    );
    expect(stdout).not.toContain("note:");
  });

  it("in a terminal: a panel redrawn in place (cursor up, erase), then the table; exit 0", async ({ expect }) => {
    const { stdout, code } = await runDemo({}, { terminal: true });

    expect(code, stdout).toBe(0);
    // Each redraw: cursor up over the last frame, back to column 0, erase to the end of the screen.
    const sequences = stdout.split(ESC).slice(1);
    const redraws = sequences.filter(
      (sequence, index) => /^\[\d+A\r$/.test(sequence) && sequences[index + 1]?.startsWith("[0J"),
    );
    expect(redraws.length).toBeGreaterThan(1);
    const plain = stripVTControlCharacters(stdout).replace(/\r/g, "");
    expect(plain).toMatch(/^provider\s+target\s+status\s+provider's own\s+steps\s+elapsed\s+latest step$/m);
    for (const entry of providers.filter((candidate) => startableIds.includes(candidate.id))) {
      expect(plain).toMatch(new RegExp(`^${entry.displayName}\\s+simulation\\s+✔ completed\\s`, "m"));
    }
    expect(tableRow(plain, "status").slice(0, startableIds.length)).toEqual(startableIds.map(() => "completed"));
    expect(plain).toContain(`Summary: ${startableIds.length} of ${startableIds.length} tasks reached a terminal state`);
    // No line of the piped format: the panel replaced them.
    expect(logLines(plain)).toEqual([]);
  });

  it("a key whose service cannot be reached: the whole error chain, never the key; the others still run", async ({
    expect,
  }) => {
    const port = await closedPort();
    const key = "bu-secret-5f1c9a";
    const dariKey = "dari-secret-83be20";
    const { stdout, stderr, code } = await runDemo({
      BROWSER_USE_API_KEY: key,
      BROWSER_USE_BASE_URL: `http://127.0.0.1:${port}/api/v2`,
      // The same key serves v4: its column goes to the same closed port.
      BROWSER_USE_V4_BASE_URL: `http://127.0.0.1:${port}/api/v4`,
      // A Dari key and job id without the portal: the note names only what is missing.
      DARI_API_KEY: dariKey,
      DARI_JOB_ID: "9c858901-8a57-4791-81fe-3d2c6b7a5e10",
    });

    expect(code).toBe(1);
    expect(stderr).toContain(
      "demo: 2 of 6 tasks did not run to a terminal state (browser-use, browser-use-v4); see the errors above.",
    );
    expect(stderr).not.toContain("MaxListenersExceededWarning");
    expect(`${stdout}${stderr}`).not.toContain(key);
    expect(`${stdout}${stderr}`).not.toContain(dariKey);
    const message = `ApiConnectionError: Browser Use: POST /api/v2/tasks got no response: fetch failed: connect ECONNREFUSED 127.0.0.1:${port}`;
    const errors = stdout.slice(stdout.indexOf("Errors, in full:"));
    const lines = errors.split("\n").slice(0, 6);
    // The connection was refused before sending, so even the POST was tried three times, and the message says so.
    expect(lines[2]?.replace(/ over \d+\.\d s\)$/, " over N s)")).toBe(`  ${message} (after 3 attempts over N s)`);
    expect([...lines.slice(0, 2), ...lines.slice(3)]).toEqual([
      "Errors, in full:",
      `browser-use (real: new task, http://127.0.0.1:${port}/api/v2):`,
      `      provider="browser-use", method="POST", url="http://127.0.0.1:${port}/api/v2/tasks"`,
      "  caused by TypeError: fetch failed",
      `  caused by Error: connect ECONNREFUSED 127.0.0.1:${port}`,
    ]);
    // The socket error's own fields, errno's number aside (it is the platform's).
    expect(errors.split("\n")[6]).toMatch(
      new RegExp(`^ {6}errno=-?\\d+, code="ECONNREFUSED", syscall="connect", address="127.0.0.1", port=${port}$`),
    );
    const logged = logLines(stdout).find((line) => line.id === "browser-use");
    expect(logged).toMatchObject({ status: "error" });
    expect(logged?.text.replace(/ over \d+\.\d s\)/, " over N s)")).toBe(
      `${message} (after 3 attempts over N s) (in full below)`,
    );
    // Columns in registry order: hyperbrowser, browser-use, dari, browseract, browser-use-v4, skyvern.
    expect(tableRow(stdout, "(target)")).toEqual([
      "simulation",
      "real: new task",
      "simulation",
      "simulation",
      "real: new task",
      "simulation",
    ]);
    expect(tableRow(stdout, "status")).toEqual([
      "completed",
      "ApiConnectionError: see…",
      "completed",
      "completed",
      "ApiConnectionError: see…",
      "completed",
    ]);
    expect(stdout.split("\n").filter((line) => line.startsWith("note:"))).toEqual([
      "note: dari runs on the simulation: following its task also needs DARI_ORG_ID and DARI_ENDPOINT_NAME.",
    ]);
  });

  it("a key on a reachable service (a simulation standing in): starts the short real task and shows its cost; a full Dari ref is followed", async ({
    expect,
  }) => {
    const browserUse = await simulateBrowserUse({
      apiKey: "bu-real-stand-in-key",
      task: { durationMs: 1_000, steps: 2 },
    }).listen();
    const dari = await simulateDari({ apiKey: "dari-real-stand-in-key", task: { durationMs: 500, steps: 1 } }).listen();
    // Browser Use v4 takes the same key as v2: its column starts a real run too, here on its own stand-in.
    const browserUseV4 = await simulateBrowserUseV4({
      apiKey: "bu-real-stand-in-key",
      task: { durationMs: 800, steps: 2 },
    }).listen();
    try {
      const portal = { orgId: "acme", endpointName: "contact-form" };
      const dariAdapter = createDariAdapter(createDariClient({ apiKey: dari.apiKey, baseUrl: dari.baseUrl }), portal);
      const job = await startTask(dariAdapter, { form_data: { email: "jane@example.com" } });

      const { stdout, stderr, code } = await runDemo({
        BROWSER_USE_API_KEY: browserUse.apiKey,
        BROWSER_USE_BASE_URL: browserUse.baseUrl,
        BROWSER_USE_V4_BASE_URL: browserUseV4.baseUrl,
        DARI_API_KEY: dari.apiKey,
        DARI_BASE_URL: dari.baseUrl,
        DARI_ORG_ID: portal.orgId,
        DARI_ENDPOINT_NAME: portal.endpointName,
        DARI_JOB_ID: job.jobId,
      });

      expect(code, stderr).toBe(0);
      expect(`${stdout}${stderr}`).not.toContain(browserUse.apiKey);
      expect(`${stdout}${stderr}`).not.toContain(dari.apiKey);
      const starts = browserUse.requestsOf("start");
      expect(starts).toHaveLength(1);
      expect(starts[0]?.json).toEqual({ task: REAL_INSTRUCTION, maxSteps: REAL_MAX_STEPS });
      expect(starts[0]?.headers["x-browser-use-api-key"]).toBe(browserUse.apiKey);
      expect(dari.requestsOf("start")).toHaveLength(1);
      const runs = browserUseV4.requestsOf("start");
      expect(runs).toHaveLength(1);
      expect(runs[0]?.json).toEqual({ task: REAL_INSTRUCTION, maxCostUsd: 0.1 });
      expect(runs[0]?.headers["x-browser-use-api-key"]).toBe(browserUseV4.apiKey);
      expect(dari.requestsOf("get").at(-1)?.query.get("job_id")).toBe(job.jobId);

      expect(tableRow(stdout, "(target)")).toEqual([
        "simulation",
        "real: new task",
        "real: followed",
        "simulation",
        "real: new task",
        "simulation",
      ]);
      expect(tableRow(stdout, "cost").slice(1, 3)).toEqual(["$0.02", "$0.01"]);
      expect(stdout).toMatch(/^ {2}browser-use\s+real: new task\s+completed\s+\d+ requests?\s+cost \$0\.02$/m);
      expect(stdout).toMatch(/^ {2}dari\s+real: followed\s+completed\s+\d+ requests?\s+cost \$0\.01$/m);
      const dariLines = logLines(stdout).filter((line) => line.id === "dari");
      expect(dariLines[0]?.text).toBe(`task ${job.jobId}`);
      expect(dariLines.at(-1)?.status).toBe("completed");
      expect(stdout).not.toContain("note:");
    } finally {
      await Promise.all([browserUse.close(), dari.close(), browserUseV4.close()]);
    }
  });
});
