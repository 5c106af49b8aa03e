/**
 * `pnpm demo`: one task per provider, started with `startTask` (the provider's adapter) and followed live with
 * `watchTask` from `@agent-tasks/normalize`, then the normalized tasks side by side.
 *
 * Without keys every task runs on `@agent-tasks/testing`'s simulation of the provider's API, served over HTTP on
 * 127.0.0.1. With a provider's key (and no task id) its task runs on the real service; with a key and a task
 * reference, the demo follows that task instead (`scripts/demo/targets.ts`; variables in the README). On a
 * terminal a panel is redrawn in place; elsewhere one line is printed per change.
 *
 * Exit code: 0 when every task reached a terminal state (completed, failed or stopped), 1 otherwise, 130 after
 * Ctrl-C (which first stops the real tasks that can be stopped).
 */
import { setMaxListeners } from "node:events";
import { TaskAbortedError } from "@agent-tasks/normalize";
import type { Simulation } from "@agent-tasks/testing";
import { describeError, errorName } from "./demo/errors.js";
import { addCosts, costText } from "./demo/format.js";
import { createLineLog, createLivePanel, type Reporter, targetLabel } from "./demo/reporters.js";
import { type ColumnRun, createColumnRun, runColumn } from "./demo/run-column.js";
import { columnWidth, sideBySide } from "./demo/table.js";
import { type Column, planDemo } from "./demo/targets.js";
import { providers } from "./providers.js";

const env = process.env;
const out = { write: (text: string) => process.stdout.write(text) };
const terminal = process.stdout.isTTY === true;
/** Every API key in the environment: none is ever printed. */
const secrets = providers.map((entry) => env[entry.apiKeyEnvVar]?.trim() ?? "").filter((key) => key !== "");
const print = (line = "") => out.write(`${line}\n`);

/** What the column's task is, in one line: the start body sent to a simulation, the real task, or the ref followed. */
function taskDescription(column: Column): string {
  const { startable, target } = column;
  if (target.kind === "follow") return `follows ${JSON.stringify(target.ref)}`;
  if (startable === null) return "";
  if (target.kind === "start") return `starts ${startable.describeRealTask(target.vars)}`;
  return `starts ${JSON.stringify(startable.simulatedInput)}`;
}

function printHeader(runs: readonly ColumnRun[]): void {
  print(
    "agent-tasks demo: one task per provider, started with startTask (the provider's adapter) and followed live " +
      "with watchTask, both from @agent-tasks/normalize.",
  );
  print("Without a key, a provider runs on @agent-tasks/testing's simulation of its API, over HTTP on 127.0.0.1.\n");
  const idWidth = Math.max(...runs.map((run) => run.column.entry.id.length));
  const urlWidth = Math.max(...runs.map((run) => run.url.length));
  for (const run of runs) {
    const text = `  ${run.column.entry.id.padEnd(idWidth)}  ${targetLabel(run).padEnd(14)}  ${run.url.padEnd(urlWidth)}  ${taskDescription(run.column)}`;
    const width = process.stdout.columns;
    print(terminal && width ? text.slice(0, width - 1) : text);
  }
  print();
}

function printSummary(runs: readonly ColumnRun[]): void {
  const ended = runs.filter((run) => run.task?.isTerminal === true);
  const byStatus = new Map<string, number>();
  for (const run of ended) byStatus.set(run.task?.status ?? "", (byStatus.get(run.task?.status ?? "") ?? 0) + 1);
  const statuses = [...byStatus].map(([status, count]) => `${count} ${status}`).join(", ");
  const requests = runs.reduce((sum, run) => sum + run.requests, 0);
  const total = costText(addCosts(runs.map((run) => run.task?.cost)));
  print(
    `\nSummary: ${ended.length} of ${runs.length} tasks reached a terminal state${statuses ? ` (${statuses})` : ""}; ` +
      `${requests} requests; cost ${total}.`,
  );
  const idWidth = Math.max(...runs.map((run) => run.column.entry.id.length));
  for (const run of runs) {
    const status = run.error !== undefined ? "error" : (run.task?.status ?? "–");
    const requests = `${String(run.requests).padStart(4)} request${run.requests === 1 ? "" : "s"}`;
    print(
      `  ${run.column.entry.id.padEnd(idWidth)}  ${targetLabel(run).padEnd(14)}  ${status.padEnd(9)}  ` +
        `${requests.padEnd(13)}  cost ${costText(run.task?.cost)}`,
    );
  }
}

/** Each run's error in full; after Ctrl-C, only the errors that are not the interruption itself. */
function printErrors(runs: readonly ColumnRun[], interrupted: boolean): void {
  const failed = runs.filter(
    (run) => run.error !== undefined && !(interrupted && run.error instanceof TaskAbortedError),
  );
  if (failed.length === 0) return;
  print("\nErrors, in full:");
  for (const run of failed) {
    print(`${run.column.entry.id} (${targetLabel(run)}, ${run.url}):`);
    for (const line of describeError(run.error, secrets)) print(`  ${line}`);
  }
}

/** The hint printed when every column ran on a simulation: the keys that would run a real task. */
function printKeyHint(runs: readonly ColumnRun[], notes: readonly string[]): void {
  if (runs.some((run) => run.column.target.kind !== "simulation") || notes.length > 0) return;
  const keys = [...new Set(providers.map((entry) => entry.apiKeyEnvVar))].filter((name) => !env[name]?.trim());
  if (keys.length > 0) print(`\nTip: set ${keys.join(", ")} to run a short real task on that provider (README).`);
}

async function main(): Promise<number> {
  const { columns, notes } = planDemo(env);
  const controller = new AbortController();
  // Every column's waits listen on this one signal (a few listeners each): more than Node's default of 10.
  setMaxListeners(100, controller.signal);
  const interrupt = () => controller.abort(new Error("interrupted (Ctrl-C)"));
  process.once("SIGINT", interrupt);
  const simulations: Simulation[] = [];
  try {
    const runs: ColumnRun[] = [];
    for (const column of columns) {
      if (column.target.kind === "simulation" && column.startable !== null) {
        const simulation = await column.startable.simulate().listen();
        simulations.push(simulation);
        runs.push(createColumnRun(column, { apiKey: simulation.apiKey, baseUrl: simulation.baseUrl }));
      } else if (column.target.kind !== "simulation") {
        runs.push(createColumnRun(column, { apiKey: column.target.apiKey, baseUrl: column.target.baseUrl }));
      }
    }
    printHeader(runs);
    const reporter: Reporter = terminal
      ? createLivePanel({ ...out, secrets }, runs, {
          columns: process.stdout.columns || 100,
          color: !env.NO_COLOR,
        })
      : createLineLog(
          { ...out, secrets },
          runs.map((run) => run.column.entry.id),
          performance.now(),
        );
    await Promise.all(
      runs.map((run) =>
        runColumn(run, { env, signal: controller.signal, onChange: (changed) => reporter.changed(changed) }),
      ),
    );
    reporter.close();

    print();
    const tableColumns = runs.map((run) => ({
      source: run.column.entry.id,
      target: targetLabel(run),
      task: run.task,
      problem: run.error === undefined ? "" : `${errorName(run.error)}: see the errors below`,
    }));
    for (const line of sideBySide(
      tableColumns,
      columnWidth(terminal ? process.stdout.columns : undefined, runs.length),
    ))
      print(line);
    printSummary(runs);
    const interrupted = controller.signal.aborted;
    printErrors(runs, interrupted);
    for (const note of notes) print(`note: ${note}`);
    if (!interrupted) printKeyHint(runs, notes);

    const unfinished = runs.filter((run) => run.error !== undefined || run.task?.isTerminal !== true);
    if (interrupted) {
      process.stderr.write("\ndemo: interrupted; the real tasks that can be stopped were asked to stop.\n");
      return 130;
    }
    if (unfinished.length > 0) {
      const names = unfinished.map((run) => run.column.entry.id).join(", ");
      process.stderr.write(
        `\ndemo: ${unfinished.length} of ${runs.length} tasks did not run to a terminal state (${names}); see the errors above.\n`,
      );
      return 1;
    }
    return 0;
  } finally {
    process.removeListener("SIGINT", interrupt);
    await Promise.all(simulations.map((simulation) => simulation.close()));
  }
}

process.exitCode = await main();
