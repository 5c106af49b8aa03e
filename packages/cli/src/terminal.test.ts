// The live view and the Ctrl-C prompt, in a real pseudo-terminal: tmux (Debian's) runs the bin in a 100x30 pane,
// the test reads the screen as a person would see it (`capture-pane`), and types into it (`send-keys`).
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { simulateBrowserUse } from "@agent-tasks/testing";
import { afterAll, beforeAll, expect, it } from "vitest";

const run = promisify(execFile);
const bin = fileURLToPath(new URL("../bin/agent-tasks.js", import.meta.url));
const socket = `agent-tasks-cli-test-${process.pid}`;
const tmux = (...args: string[]) => run("tmux", ["-L", socket, ...args]);
const sim = simulateBrowserUse({ task: { durationMs: 60_000, steps: 30, costPerStepUsd: 0.01 } });

beforeAll(async () => {
  await sim.listen();
});
afterAll(async () => {
  await tmux("kill-server").catch(() => {});
  await sim.close();
});

async function screen(): Promise<string> {
  return (await tmux("capture-pane", "-p", "-t", "cli")).stdout;
}

async function until(what: string, check: (text: string) => boolean): Promise<string> {
  const started = Date.now();
  for (;;) {
    const text = await screen();
    if (check(text)) return text;
    if (Date.now() - started > 30_000) throw new Error(`the screen never showed ${what}; it shows:\n${text}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

it("redraws the task in place as it runs, and Ctrl-C asks once whether to stop the remote task", async () => {
  const command = `node ${bin} run browser-use 'Find a hotel in Porto'; echo "EXIT=$?"; sleep 60`;
  await tmux(
    "new-session",
    "-d",
    "-s",
    "cli",
    "-x",
    "100",
    "-y",
    "30",
    "-e",
    `BROWSER_USE_BASE_URL=${sim.baseUrl}`,
    "-e",
    `BROWSER_USE_API_KEY=${sim.apiKey}`,
    "-e",
    "NO_COLOR=",
    command,
  );
  const running = await until("two steps", (text) => /step 2: /.test(text));
  const id = /browser-use (\S+) {2}running/.exec(running)?.[1] as string;
  expect(id).toMatch(/^[0-9a-f-]{36}$/);
  // Redrawn in place: one header line for the task however many polls changed it, its elapsed time ticking.
  expect(running.split("\n").filter((line) => line.includes(`browser-use ${id}`))).toHaveLength(1);
  expect(running).toMatch(/cost: \$0\.0\d{3}/);
  const firstElapsed = /running \(started\) {2}(\d+\.\d)s/.exec(running)?.[1];
  const later = await until(
    "the elapsed time moving",
    (text) => /running \(started\) {2}(\d+\.\d)s/.exec(text)?.[1] !== firstElapsed,
  );
  expect(later.split("\n").filter((line) => line.includes(`browser-use ${id}`))).toHaveLength(1);

  await tmux("send-keys", "-t", "cli", "C-c");
  await until("the prompt", (text) => text.includes(`Stop the Browser Use (v2) task ${id} too? [y/N]`));
  expect(sim.tasks.get(id).phase).toBe("running");
  await tmux("send-keys", "-t", "cli", "y", "Enter");
  const after = await until("the exit code", (text) => /EXIT=\d/.test(text));
  expect(after).toContain(`stopped Browser Use (v2) task ${id}: stopped`);
  expect(after).toContain("EXIT=2");
  expect(sim.tasks.get(id).phase).toBe("stopped");
  expect(sim.requestsOf("stop").map((request) => request.taskId)).toEqual([id]);
}, 60_000);
