// `pnpm demo:watch` as a user runs it (`tsx scripts/demo-watch.ts`, after `pnpm build`): its own redis-server, the
// simulated Browser Use API, a webhook endpoint, and worker processes. Slots and the budget are small here so that
// they bind; the assertions read the demo's own summary of what the simulated provider saw.
import { runNode } from "@agent-tasks/test-support";
import { expect, it } from "vitest";
import { repoRoot } from "./lib/specs.js";

function runDemoWatch(args: string[]) {
  const env = { ...process.env };
  delete env.REDIS_URL;
  return runNode(["--import", "tsx", "scripts/demo-watch.ts", ...args], { env, cwd: repoRoot });
}

it("runs 12 tasks on 2 worker processes with 4 task slots: each handled exactly once, never over the slots, no 429", async () => {
  const { stdout, stderr, code } = await runDemoWatch([
    "--tasks",
    "12",
    "--workers",
    "2",
    "--slots",
    "4",
    "--budget",
    "30",
  ]);
  expect(stderr).toBe("");
  expect(code).toBe(0);
  expect(stdout).toContain("2 workers, 12 tasks, 4 task slots, budget 30 requests/s");
  expect(stdout).toMatch(/^Handled: 12 of 12 tasks, 12 handler runs \(each exactly once\)/m);
  const handlerLines = stdout
    .split("\n")
    .filter((line) => /^worker [12]: browser-use\/\S+ completed "result \d+"/.test(line));
  expect(handlerLines).toHaveLength(12);
  expect(new Set(handlerLines.map((line) => /"result (\d+)"/.exec(line)?.[1])).size).toBe(12);
  expect(stdout).toMatch(/^Provider requests: 12 starts, \d+ status reads, 12 whole reads; 0 refused with 429$/m);
  const peak = Number(/^Most tasks running at once: (\d+) \(slots: 4\)$/m.exec(stdout)?.[1]);
  expect(peak).toBeGreaterThanOrEqual(1);
  expect(peak).toBeLessThanOrEqual(4);
  expect(stdout).toMatch(/^Webhooks sent: 6; deliver\(\) answered /m);
}, 180_000);
