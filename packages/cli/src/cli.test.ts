// The real bin (`bin/agent-tasks.js` over the built dist/), spawned as a process, against the simulated providers
// of @agent-tasks/testing over real HTTP. `pnpm test` builds first (alone: `pnpm build`).
import { spawn } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type ProcessRun, runNode } from "@agent-tasks/test-support";
import {
  type Simulation,
  simulateBrowserAct,
  simulateBrowserUse,
  simulateBrowserUseV4,
  simulateDari,
  simulateHyperbrowser,
  simulateSkyvern,
  type TaskPlan,
} from "@agent-tasks/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const bin = fileURLToPath(new URL("../bin/agent-tasks.js", import.meta.url));

/** Every variable the CLI reads, so the machine's own keys and URLs never reach a test run. */
const cliVariables =
  /^(HYPERBROWSER|BROWSER_USE|BROWSER_USE_V1|BROWSER_USE_V4|DARI|BROWSERACT|SKYVERN)_|^NO_COLOR$|^FORCE_COLOR$/;

function runCli(args: string[], env: Record<string, string> = {}): Promise<ProcessRun> {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !cliVariables.test(name)));
  return runNode([bin, ...args], { env: { ...inherited, ...env } });
}

const plan: Partial<TaskPlan> = { durationMs: 1_200, steps: 2, output: '{"price": 12.5}', files: ["report.pdf"] };
/** A start whose instruction is "fail please" fails; "long" runs a minute; the others run `plan`. */
const planFor = (instruction: unknown): Partial<TaskPlan> => {
  if (instruction === "fail please") return { ...plan, outcome: "failed", errorMessage: "the site blocked us" };
  if (instruction === "long") return { ...plan, durationMs: 60_000 };
  return plan;
};
const browserUse = simulateBrowserUse({
  task: (input) =>
    (input as { task?: string }).task === "fail please"
      ? { ...plan, outcome: "failed", errorMessage: "the site blocked us" }
      : plan,
});
const sims = {
  hyperbrowser: simulateHyperbrowser({
    task: (input) => ((input as { task?: string }).task === "long" ? { ...plan, durationMs: 60_000 } : plan),
  }),
  "browser-use": browserUse,
  dari: simulateDari({ task: plan }),
  browseract: simulateBrowserAct({ task: plan }),
  // Browser Use v4 takes the v2 key (BROWSER_USE_API_KEY): the same account.
  "browser-use-v4": simulateBrowserUseV4({ apiKey: browserUse.apiKey, task: (input) => planFor(input.task) }),
  skyvern: simulateSkyvern({ task: (input) => planFor(input.prompt) }),
};
const envOf: Record<string, string> = {};

beforeAll(async () => {
  const prefixes = {
    hyperbrowser: "HYPERBROWSER",
    "browser-use": "BROWSER_USE",
    dari: "DARI",
    browseract: "BROWSERACT",
    "browser-use-v4": "BROWSER_USE_V4",
    skyvern: "SKYVERN",
  };
  for (const [id, sim] of Object.entries(sims) as [keyof typeof sims, Simulation & { apiKey: string }][]) {
    await sim.listen();
    envOf[`${prefixes[id]}_BASE_URL`] = sim.baseUrl;
    if (id !== "browser-use-v4") envOf[`${prefixes[id]}_API_KEY`] = sim.apiKey;
  }
  envOf.DARI_ORG_ID = "my-org";
  envOf.DARI_ENDPOINT_NAME = "contact_form";
});
afterAll(async () => {
  await Promise.all(Object.values(sims).map((sim) => sim.close()));
});

function ndjson(text: string): { event: string; id?: string; source?: string; task?: Record<string, unknown> }[] {
  return text
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line));
}

/** `steps: false`: a Skyvern task run lists no steps (its TaskRunResponse has only `step_count`). */
const runs: [string, string[], { status: string; output?: unknown; steps?: false }][] = [
  ["hyperbrowser", ["Summarise example.com"], { status: "completed" }],
  ["browser-use", ["Find", "the", "price"], { status: "completed" }],
  ["dari", ["name=Ada", "email=ada@example.com"], { status: "completed" }],
  ["browseract", ["wf_123", "keyword=laptops"], { status: "completed" }],
  ["browser-use-v4", ["Find", "the", "price"], { status: "completed" }],
  ["skyvern", ["Read", "the", "price"], { status: "completed", steps: false }],
];

describe("run --json", () => {
  it.each(runs)(
    "%s: started, one update per change, the final task last; exit 0",
    async (provider, words, expected) => {
      const { stdout, stderr, code } = await runCli(["run", provider, ...words, "--json"], envOf);
      expect(stderr).toBe("");
      expect(code).toBe(0);
      const events = ndjson(stdout);
      const [started] = events;
      expect(started).toMatchObject({ event: "started", source: provider });
      const id = started?.id as string;
      expect(id).toMatch(/\S+/);
      const updates = events.filter((event) => event.event === "update");
      expect(updates.length).toBeGreaterThanOrEqual(2);
      expect(updates.every((event) => event.task?.id === id && event.task?.source === provider)).toBe(true);
      expect(events.at(-1)).toMatchObject({ event: "final", task: { id, source: provider, status: expected.status } });
      expect(events.filter((event) => event.event === "final")).toHaveLength(1);
      const last = events.at(-1)?.task as { steps: unknown[]; raw: unknown };
      if (expected.steps === false) expect(last.steps).toEqual([]);
      else expect(last.steps.length).toBeGreaterThan(0);
      expect(last.raw).toBeTypeOf("object");
      // The key is in no line of the output.
      expect(stdout).not.toContain(sims[provider as keyof typeof sims].apiKey);
    },
  );

  it("sends what the words and --input say: Browser Use's task, BrowserAct's workflow and parameters, Dari's form", async () => {
    await runCli(
      ["run", "browseract", "wf_9", "city=Lisbon", "--no-wait", "--input", '{"save_browser_data": true}'],
      envOf,
    );
    const start = sims.browseract.requestsOf("start").at(-1);
    expect(start?.json).toEqual({
      workflow_id: "wf_9",
      save_browser_data: true,
      input_parameters: [{ name: "city", value: "Lisbon" }],
    });
    await runCli(["run", "dari", "name=Ada", "--no-wait"], envOf);
    expect(sims.dari.requestsOf("start").at(-1)?.json).toEqual({ form_data: { name: "Ada" } });
    expect(sims.dari.requestsOf("start").at(-1)?.pathname).toMatch(/\/my-org\/contact_form\/start$/);
  });

  it("--schema puts the JSON Schema into the start (Browser Use's structuredOutput) and prints the structured output", async () => {
    const schemaFile = path.join(tmpdir(), `agent-tasks-schema-${process.pid}.json`);
    await writeFile(
      schemaFile,
      JSON.stringify({ type: "object", properties: { price: { type: "number" } }, required: ["price"] }),
    );
    const { stdout, code } = await runCli(
      ["run", "browser-use", "Find the price", "--schema", schemaFile, "--json"],
      envOf,
    );
    expect(code).toBe(0);
    const body = sims["browser-use"].requestsOf("start").at(-1)?.json as Record<string, unknown>;
    expect(
      typeof body.structuredOutput === "string" ? JSON.parse(body.structuredOutput) : body.structuredOutput,
    ).toMatchObject({ required: ["price"] });
    expect(ndjson(stdout).at(-1)?.task?.structuredOutput).toEqual({ price: 12.5 });
  });
});

describe("plain output (not a terminal)", () => {
  it("prints one line per change, no escape codes, then the output pretty-printed and the files", async () => {
    const { stdout, code } = await runCli(["run", "browser-use", "Find", "it"], envOf);
    expect(code).toBe(0);
    expect(stdout).not.toContain("\u001b");
    const lines = stdout.trim().split("\n");
    expect(lines[0]).toMatch(/^started Browser Use \(v2\) task \S+$/);
    expect(lines.filter((line) => / browser-use \S+ running \(/.test(line))).toHaveLength(1);
    expect(lines.filter((line) => /^\[ *\d+\.\ds\] step \d+: /.test(line))).toHaveLength(2);
    expect(stdout).toMatch(/ended completed, cost \$0\.0200\noutput:\n\{\n {2}"price": 12\.5\n\}\nfile: report\.pdf/);
  });
});

describe("exit codes", () => {
  it("1 when the task failed, with what the provider said", async () => {
    const { stdout, code } = await runCli(["run", "browser-use", "fail", "please"], envOf);
    expect(code).toBe(1);
    expect(stdout).toMatch(/ended failed, cost \$0\.0200\noutput:\nthe site blocked us\n/);
  });

  it("2 when the task was stopped while followed", async () => {
    const started = await runCli(["run", "hyperbrowser", "long", "--no-wait", "--json"], envOf);
    const { id } = ndjson(started.stdout)[0] as { id: string };
    const following = runCli(["watch", "hyperbrowser", id, "--json"], envOf);
    setTimeout(() => sims.hyperbrowser.tasks.stop(id), 300);
    const { stdout, code } = await following;
    expect(code).toBe(2);
    expect(ndjson(stdout).at(-1)).toMatchObject({ event: "final", task: { id, status: "stopped" } });
  });

  it("2 when following timed out; the task keeps running and the message says how to follow it again", async () => {
    const { stderr, code } = await runCli(["run", "browser-use", "slow", "--timeout", "200ms"], envOf);
    expect(code).toBe(2);
    expect(stderr).toMatch(/timed out; task (\S+) keeps running: agent-tasks watch browser-use \1/);
  });

  it("3 for an unknown provider, listing the providers", async () => {
    const { stderr, code } = await runCli(["run", "nope", "x"], envOf);
    expect(code).toBe(3);
    expect(stderr).toContain(
      'unknown provider "nope"; the providers are: hyperbrowser, browser-use, browser-use-v1, dari, browseract, browser-use-v4, skyvern',
    );
  });

  it("3 for an unknown option or command, and for bad --input", async () => {
    expect((await runCli(["run", "browser-use", "x", "--frobnicate"], envOf)).code).toBe(3);
    expect((await runCli(["launch"], envOf)).code).toBe(3);
    const bare = await runCli([], envOf);
    expect(bare.code).toBe(3);
    expect(bare.stderr).toContain("Usage: agent-tasks [options] [command]");
    // A command line that is wrong says so before a missing key does.
    const noTask = await runCli(["run", "browser-use"], {});
    expect(noTask.code).toBe(3);
    expect(noTask.stderr).toContain("say what the agent should do");
    const bad = await runCli(["run", "browser-use", "x", "--input", "{not json"], envOf);
    expect(bad.code).toBe(3);
    expect(bad.stderr).toContain("--input is not JSON");
  });

  it("4 without a key, naming the variable; --api-key-env reads another one", async () => {
    const { BROWSER_USE_API_KEY: key, ...withoutKey } = envOf;
    const missing = await runCli(["get", "browser-use", "some-id"], withoutKey);
    expect(missing.code).toBe(4);
    expect(missing.stderr).toContain("no API key for Browser Use (v2): set BROWSER_USE_API_KEY");
    const other = await runCli(["run", "browser-use", "x", "--no-wait", "--api-key-env", "MY_KEY"], {
      ...withoutKey,
      MY_KEY: key as string,
    });
    expect(other.code).toBe(0);
  });

  it("4 for a key the provider refuses, or a task that does not exist; the key is never printed", async () => {
    const refused = await runCli(["get", "browser-use", "some-id"], {
      ...envOf,
      BROWSER_USE_API_KEY: "sk-wrong-key-123456",
    });
    expect(refused.code).toBe(4);
    expect(refused.stderr + refused.stdout).not.toContain("sk-wrong-key-123456");
    const missing = await runCli(["get", "browser-use", "00000000-0000-4000-8000-000000000000"], envOf);
    expect(missing.code).toBe(4);
    expect(missing.stderr).toContain("404");
  });
});

describe("Ctrl-C off a terminal", () => {
  async function interrupted(flags: string[]) {
    const started = await runCli(["run", "hyperbrowser", "long", "--no-wait", "--json"], envOf);
    const { id } = ndjson(started.stdout)[0] as { id: string };
    const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !cliVariables.test(name)));
    const child = spawn(process.execPath, [bin, "watch", "hyperbrowser", id, ...flags], {
      env: { ...inherited, ...envOf },
    });
    let stdout = "";
    let stderr = "";
    let sent = false;
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString("utf8");
      if (!sent && stdout.includes(" running (")) {
        sent = true;
        child.kill("SIGINT");
      }
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
    });
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    return { id, code, stdout, stderr };
  }

  it("--stop-on-exit stops the remote task; exit 2", async () => {
    const { id, code, stderr } = await interrupted(["--stop-on-exit"]);
    expect(code).toBe(2);
    expect(stderr).toContain(`stopped Hyperbrowser task ${id}: stopped`);
    expect(sims.hyperbrowser.tasks.get(id).phase).toBe("stopped");
  });

  it("by default (--keep-running) leaves it running and says how to follow it again; exit 2", async () => {
    const { id, code, stderr } = await interrupted([]);
    expect(code).toBe(2);
    expect(stderr).toContain(`task ${id} keeps running: agent-tasks watch hyperbrowser ${id}`);
    expect(sims.hyperbrowser.tasks.get(id).phase).not.toBe("stopped");
  });
});

describe("the other commands", () => {
  it("--no-wait prints the id and how to follow it, and exits 0 at once", async () => {
    const { stdout, code } = await runCli(["run", "browser-use", "later", "--no-wait"], envOf);
    expect(code).toBe(0);
    const id = /^started Browser Use \(v2\) task (\S+)$/m.exec(stdout)?.[1];
    expect(stdout).toContain(`follow it with: agent-tasks watch browser-use ${id}`);
    expect(sims["browser-use"].tasks.get(id as string).phase).not.toBe("completed");
  });

  it("stop asks the provider to stop, and prints the stopped task", async () => {
    const started = await runCli(["run", "browseract", "wf_1", "--no-wait", "--json"], envOf);
    const { id } = ndjson(started.stdout)[0] as { id: string };
    const { stdout, code } = await runCli(["stop", "browseract", id, "--json"], envOf);
    expect(code).toBe(0);
    expect(ndjson(stdout).at(-1)).toMatchObject({ event: "final", task: { id, status: "stopped" } });
    expect(sims.browseract.requestsOf("stop").some((request) => request.taskId === id)).toBe(true);
  });

  it("get prints the task once", async () => {
    const started = await runCli(["run", "dari", "name=Bo", "--no-wait", "--json"], envOf);
    const { id } = ndjson(started.stdout)[0] as { id: string };
    const { stdout, code } = await runCli(["get", "dari", id, "--json"], envOf);
    expect(code).toBe(0);
    expect(ndjson(stdout)).toEqual([
      expect.objectContaining({ event: "final", task: expect.objectContaining({ id, source: "dari" }) }),
    ]);
  });

  it("list goes through pages: 5 tasks at pageSize=2 are 3 requests", async () => {
    for (let index = 0; index < 5; index += 1)
      await runCli(["run", "browser-use", `listed ${index}`, "--no-wait"], envOf);
    const before = sims["browser-use"].requestsOf("list").length;
    const { stdout, code } = await runCli(["list", "browser-use", "pageSize=2", "--limit", "5", "--json"], envOf);
    expect(code).toBe(0);
    const tasks = ndjson(stdout);
    expect(tasks).toHaveLength(5);
    const pages = sims["browser-use"].requestsOf("list").slice(before);
    expect(pages.map((request) => request.query.get("pageNumber"))).toEqual(["1", "2", "3"]);
  });

  it("--help: every command has an example, and the exit codes are listed", async () => {
    const main = await runCli(["--help"]);
    expect(main.code).toBe(0);
    expect(main.stdout).toContain("Exit codes:");
    expect(main.stdout).toContain("browseract");
    for (const command of ["run", "watch", "get", "stop", "list", "simulate"]) {
      const help = await runCli([command, "--help"]);
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(/Example:\n {2}agent-tasks /);
    }
  });
});

describe("what a review found", () => {
  it("a bad --timeout is a usage error before anything starts", async () => {
    const before = sims["browser-use"].requestsOf("start").length;
    for (const timeout of ["abc", "0", "0ms"]) {
      const { code, stdout } = await runCli(["run", "browser-use", "x", "--timeout", timeout], envOf);
      expect(code).toBe(3);
      expect(stdout).toBe("");
    }
    expect(sims["browser-use"].requestsOf("start")).toHaveLength(before);
  });

  it("a timeout with --stop-on-exit prints one final task: the stopped one", async () => {
    const { stdout, code } = await runCli(
      ["run", "hyperbrowser", "long", "--timeout", "300ms", "--stop-on-exit", "--json"],
      envOf,
    );
    expect(code).toBe(2);
    const finals = ndjson(stdout).filter((event) => event.event === "final");
    expect(finals).toHaveLength(1);
    expect(finals[0]?.task?.status).toBe("stopped");
  });

  it("help for an unknown command is a usage error; --api-key-env never repeats a value that is no variable name", async () => {
    expect((await runCli(["help", "nope"])).code).toBe(3);
    const { code, stderr } = await runCli(["get", "browser-use", "x", "--api-key-env", "sk-live-SECRET123"], envOf);
    expect(code).toBe(3);
    expect(stderr).not.toContain("sk-live-SECRET123");
  });

  it("plain mode shows the last step before the end, and get says a running task is running", async () => {
    const { stdout } = await runCli(["run", "browser-use", "ordered"], envOf);
    const lines = stdout.trim().split("\n");
    const completedAt = lines.findIndex((line) => / completed \(finished\)$/.test(line));
    const lastStepAt = lines.reduce((last, line, index) => (/\] step \d+: /.test(line) ? index : last), -1);
    expect(lastStepAt).toBeLessThan(completedAt);
    const started = await runCli(["run", "hyperbrowser", "long", "--no-wait", "--json"], envOf);
    const { id } = ndjson(started.stdout)[0] as { id: string };
    expect((await runCli(["get", "hyperbrowser", id], envOf)).stdout).toMatch(
      new RegExp(`hyperbrowser ${id} is running`),
    );
  });
});

describe("Browser Use v4 and Skyvern", () => {
  it("browser-use-v4: runs to completion with the normalized result, its steps read from the event feed", async () => {
    const before = sims["browser-use-v4"].requestsOf("events").length;
    const { stdout, stderr, code } = await runCli(["run", "browser-use-v4", "Find the price", "--json"], envOf);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const events = ndjson(stdout);
    const id = events[0]?.id as string;
    expect(sims["browser-use-v4"].requestsOf("start").at(-1)?.json).toEqual({ task: "Find the price" });
    const final = events.at(-1)?.task as Record<string, unknown> & { steps: unknown[] };
    expect(final).toMatchObject({ id, source: "browser-use-v4", status: "completed", instructions: "Find the price" });
    expect(JSON.stringify(final.output)).toContain("12.5");
    // Steps come from the feed, each event read once (never twice over the polls).
    expect(final.steps.length).toBeGreaterThanOrEqual(2);
    // The run was terminal when read last, so the final task holds every event of the feed, in order.
    expect(final.steps.map((step) => (step as { index: number }).index)).toEqual(
      sims["browser-use-v4"].events(id).map((event) => event.id),
    );
    // Every event was read once: each poll asks only for the events after the last one seen.
    const reads = sims["browser-use-v4"]
      .requestsOf("events")
      .slice(before)
      .filter((request) => request.taskId === id);
    expect(reads.length).toBeGreaterThan(0);
    const afters = reads.map((request) => Number(request.query.get("after") ?? 0));
    expect(afters).toEqual([...afters].sort((a, b) => a - b));
    expect(afters.at(-1)).toBeGreaterThan(0);
  });

  it("skyvern: runs to completion, the prompt sent as prompt, --schema as data_extraction_schema, structured output printed", async () => {
    const schemaFile = path.join(tmpdir(), `agent-tasks-skyvern-schema-${process.pid}.json`);
    await writeFile(schemaFile, JSON.stringify({ type: "object", properties: { price: { type: "number" } } }));
    const { stdout, stderr, code } = await runCli(
      [
        "run",
        "skyvern",
        "Read",
        "the",
        "price",
        "--input",
        '{"url": "https://example.com"}',
        "--schema",
        schemaFile,
        "--json",
      ],
      envOf,
    );
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const events = ndjson(stdout);
    const id = events[0]?.id as string;
    expect(id).toMatch(/^tsk_\d+$/);
    expect(sims.skyvern.requestsOf("start").at(-1)?.json).toEqual({
      prompt: "Read the price",
      url: "https://example.com",
      data_extraction_schema: { type: "object", properties: { price: { type: "number" } } },
    });
    expect(events.at(-1)).toMatchObject({
      event: "final",
      task: { id, source: "skyvern", status: "completed", structuredOutput: { price: 12.5 } },
    });
    expect(stdout).not.toContain(sims.skyvern.apiKey);
  });

  it.each(["browser-use-v4", "skyvern"] as const)(
    "%s: stop cancels a running task and prints it stopped",
    async (provider) => {
      const started = await runCli(["run", provider, "long", "--no-wait", "--json"], envOf);
      expect(started.code).toBe(0);
      const { id } = ndjson(started.stdout)[0] as { id: string };
      const { stdout, code } = await runCli(["stop", provider, id, "--json"], envOf);
      expect(code).toBe(0);
      expect(ndjson(stdout).at(-1)).toMatchObject({
        event: "final",
        task: { id, source: provider, status: "stopped" },
      });
      expect(sims[provider].requestsOf("stop").some((request) => request.taskId === id && request.status === 200)).toBe(
        true,
      );
      expect(sims[provider].tasks.get(id).phase).toBe("stopped");
    },
  );

  it.each(["browser-use-v4", "skyvern"] as const)(
    "%s: a failed task exits 1 with what the provider said",
    async (provider) => {
      const { stdout, code } = await runCli(["run", provider, "fail", "please", "--json"], envOf);
      expect(code).toBe(1);
      const final = ndjson(stdout).at(-1)?.task as Record<string, unknown>;
      expect(final).toMatchObject({ source: provider, status: "failed" });
      expect(JSON.stringify(final)).toContain("the site blocked us");
    },
  );

  it("exit 4 for a task that does not exist or a key the provider refuses (Skyvern's 403), never printing the key", async () => {
    const missingV4 = await runCli(["get", "browser-use-v4", "00000000-0000-4000-8000-000000000000"], envOf);
    expect(missingV4.code).toBe(4);
    expect(missingV4.stderr).toContain("404");
    const missingRun = await runCli(["get", "skyvern", "tsk_404"], envOf);
    expect(missingRun.code).toBe(4);
    expect(missingRun.stderr).toContain("404");
    const refused = await runCli(["list", "skyvern"], { ...envOf, SKYVERN_API_KEY: "sk-wrong-skyvern-123456" });
    expect(refused.code).toBe(4);
    expect(refused.stderr + refused.stdout).not.toContain("sk-wrong-skyvern-123456");
    const noKey = await runCli(["get", "skyvern", "tsk_1"], { ...envOf, SKYVERN_API_KEY: "" });
    expect(noKey.code).toBe(4);
    expect(noKey.stderr).toContain("no API key for Skyvern: set SKYVERN_API_KEY");
  });

  it.each(["browser-use-v4", "skyvern"] as const)("%s: get and list print the tasks", async (provider) => {
    const started = await runCli(["run", provider, "listed", "--no-wait", "--json"], envOf);
    const { id } = ndjson(started.stdout)[0] as { id: string };
    const got = await runCli(["get", provider, id, "--json"], envOf);
    expect(got.code).toBe(0);
    expect(ndjson(got.stdout)).toEqual([
      expect.objectContaining({ event: "final", task: expect.objectContaining({ id, source: provider }) }),
    ]);
    const listed = await runCli(["list", provider, "--limit", "3", "--json"], envOf);
    expect(listed.code).toBe(0);
    const tasks = ndjson(listed.stdout) as unknown as { id: string; source: string }[];
    expect(tasks.length).toBeGreaterThan(0);
    expect(tasks.length).toBeLessThanOrEqual(3);
    expect(tasks[0]).toMatchObject({ id, source: provider });
  });

  it("simulate serves both, and prints the variables that point run at them", async () => {
    const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !cliVariables.test(name)));
    const child = spawn(process.execPath, [bin, "simulate", "--duration", "1", "--steps", "2"], { env: inherited });
    let stdout = "";
    const printed = new Promise<void>((resolve) => {
      child.stdout.on("data", (chunk: Buffer) => {
        stdout += chunk.toString("utf8");
        if (stdout.includes("Ctrl-C stops")) resolve();
      });
    });
    const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
    try {
      await printed;
      const env = Object.fromEntries(
        [...stdout.matchAll(/^export (\w+)=(\S+)$/gm)].map((match) => [match[1] as string, match[2] as string]),
      );
      expect(env.BROWSER_USE_V4_BASE_URL).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v4$/);
      expect(env.SKYVERN_BASE_URL).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(env).not.toHaveProperty("BROWSER_USE_V4_API_KEY");
      expect(stdout).toContain("agent-tasks run browser-use-v4 ");
      expect(stdout).toContain("agent-tasks run skyvern ");
      for (const provider of ["browser-use-v4", "skyvern"]) {
        const { code, stdout: ran } = await runCli(["run", provider, "Find", "it", "--json"], env);
        expect(code).toBe(0);
        expect(ndjson(ran).at(-1)).toMatchObject({ event: "final", task: { source: provider, status: "completed" } });
      }
    } finally {
      child.kill("SIGTERM");
    }
    expect(await exited).toBe(0);
  });
});
