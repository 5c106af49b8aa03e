/**
 * Runs every benchmark one after the other and prints their reports as Markdown: bundle size, cold start, request
 * overhead, many concurrent waits, then one long task run through each "start and wait" helper. Expects the
 * workspace packages built (`pnpm turbo run build` at the repository root).
 */
import { runBundleSize } from "./bundle-size.js";
import { runColdStart } from "./cold-start.js";
import { runManyWaits } from "./many-waits.js";
import { runRequestOverhead } from "./request-overhead.js";
import { runRunTask } from "./run-task.js";

const startedAt = performance.now();
console.log(`# @agent-tasks benchmarks (${new Date().toISOString()})\n`);
await runBundleSize();
await runColdStart();
await runRequestOverhead();
await runManyWaits();
await runRunTask();
console.log(`All benchmarks took ${((performance.now() - startedAt) / 60_000).toFixed(1)} min.`);
