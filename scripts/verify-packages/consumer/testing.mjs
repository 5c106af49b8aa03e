// @agent-tasks/testing as a user's test setup loads it from the tarballs: the msw handlers in-process (with the
// user's own msw), a task run through a provider client and normalize on a manual clock, and the bin over HTTP.
import { spawn } from "node:child_process";
import path from "node:path";
import { createInterface } from "node:readline";
import { createBrowserUseAdapter, createBrowserUseClient } from "@agent-tasks/browser-use";
import { runTask } from "@agent-tasks/normalize";
import { createManualClock, simulateBrowserUse } from "@agent-tasks/testing";
import { simulationHandlers } from "@agent-tasks/testing/msw";
import { setupServer } from "msw/node";

const report = {};
// A hang detector, not a speed budget: a check that never ends would hold up packages:check forever.
setTimeout(() => {
  console.error("testing.mjs did not finish within 5 minutes");
  process.exit(1);
}, 5 * 60_000).unref();

// In-process: the client's default base URL reaches the simulation through msw.
const clock = createManualClock();
const browserUse = simulateBrowserUse({ clock, task: { durationMs: 60_000, steps: 3, output: "done" } });
const server = setupServer(...simulationHandlers(browserUse));
// Every request moves the simulation's clock 5 s, so the task ends after a known number of polls.
server.events.on("request:start", () => clock.advance(5_000));
server.listen({ onUnhandledRequest: "error" });
try {
  const adapter = createBrowserUseAdapter(createBrowserUseClient({ apiKey: browserUse.apiKey }));
  const task = await runTask(adapter, { task: "check the package" }, { intervalMs: 1 });
  report.msw = {
    status: task.status,
    output: task.output,
    steps: task.steps.length,
    transports: [...new Set(browserUse.requests.map((request) => request.transport))],
  };
} finally {
  server.close();
}

// Out of process: the bin prints one JSON line per provider and serves until SIGTERM.
// The bin as npm linked it (node_modules/.bin, run through its shebang), so the signal reaches the server itself.
const bin = spawn(path.join("node_modules", ".bin", "agent-tasks-simulate"), ["dari", "--json", "--steps", "2"], {
  stdio: ["ignore", "pipe", "inherit"],
});
const lines = createInterface({ input: bin.stdout });
const line = await new Promise((resolve, reject) => {
  bin.once("error", reject);
  bin.once("exit", (code) => reject(new Error(`agent-tasks-simulate exited with ${code} before printing`)));
  lines.once("line", resolve);
});
lines.close();
const printed = JSON.parse(line);
const started = await fetch(`${printed.baseUrl}/jobs/acme/contact_form/start`, {
  method: "POST",
  headers: { "x-api-key": printed.apiKey, "content-type": "application/json" },
  body: JSON.stringify({ form_data: { name: "Ada" } }),
});
const exited = new Promise((resolve) => bin.once("exit", (code, signal) => resolve({ code, signal })));
bin.kill("SIGTERM");
report.bin = {
  provider: printed.provider,
  startStatus: started.status,
  started: await started.json(),
  exit: await exited,
};
process.stdout.write(JSON.stringify(report));
