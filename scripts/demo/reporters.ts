/**
 * How the demo shows its tasks while they run. On a terminal: a live panel, one row per provider, redrawn in
 * place. Elsewhere (a pipe, CI): one plain line per change, no escape sequences.
 */
import { styleText } from "node:util";
import type { AgentTask } from "@agent-tasks/normalize";
import { errorHeadline } from "./errors.js";
import { cell, costText, display, seconds, stepLine, stepText } from "./format.js";
import type { ColumnRun } from "./run-column.js";

/** What the demo tells a reporter. */
export interface Reporter {
  /** A column's task changed (status or steps), or the column ended (`run.endedAt` is set). */
  changed(run: ColumnRun): void;
  /** Every column ended: the reporter leaves the output ready for what follows. */
  close(): void;
}

/** What a reporter writes to, and what it must never print. */
export interface ReporterOutput {
  write(text: string): void;
  /** Values (API keys) replaced by `[redacted]` wherever they would appear. */
  readonly secrets: readonly string[];
}

/** A column's target, in a few words. */
export function targetLabel(run: ColumnRun): string {
  const { kind } = run.column.target;
  return kind === "simulation" ? "simulation" : kind === "start" ? "real: new task" : "real: followed";
}

function statusOf(run: ColumnRun): { status: string; providerStatus: string } {
  if (run.error !== undefined) return { status: "error", providerStatus: run.task?.providerStatus ?? "" };
  if (run.task === null) return { status: "starting", providerStatus: "" };
  return { status: run.task.status, providerStatus: run.task.providerStatus };
}

function endText(run: ColumnRun, task: AgentTask): string {
  const elapsed = seconds((run.endedAt ?? performance.now()) - run.startedAt);
  const steps = `${task.steps.length} step${task.steps.length === 1 ? "" : "s"}`;
  const error = task.error === null ? "" : `, error: ${task.error.message}`;
  return `${task.status} after ${elapsed}: ${steps}, cost ${costText(task.cost)}${error}`;
}

/**
 * One line per change: `[  2.1s] browser-use   running    (started)    step 2: Open the page`. The first line
 * of a task names its id; each new step has a line; the last line says how the task ended, or the error.
 */
export function createLineLog(out: ReporterOutput, ids: readonly string[], startedAt: number): Reporter {
  const idWidth = Math.max(...ids.map((id) => id.length));
  const seen = new Map<ColumnRun, { steps: number; status: string | null; ended: boolean }>();
  const line = (run: ColumnRun, text: string) => {
    const { status, providerStatus } = statusOf(run);
    const time = `[${seconds(performance.now() - startedAt).padStart(7)}]`;
    const statuses = `${status.padEnd(9)} ${providerStatus === "" ? "" : `(${providerStatus})`}`;
    out.write(`${time} ${run.column.entry.id.padEnd(idWidth)}  ${statuses.padEnd(28)} ${text}`.trimEnd());
    out.write("\n");
  };
  return {
    changed(run) {
      const state = seen.get(run) ?? { steps: 0, status: null, ended: false };
      seen.set(run, state);
      if (state.ended) return;
      if (run.error !== undefined) {
        state.ended = true;
        line(run, `${display(errorHeadline(run.error, out.secrets))} (in full below)`);
        return;
      }
      const task = run.task;
      if (task === null) return;
      const statusKey = `${task.status}|${task.providerStatus}`;
      if (state.status === null) line(run, `task ${task.id}`);
      else if (state.status !== statusKey && task.steps.length === state.steps && !task.isTerminal) line(run, "");
      state.status = statusKey;
      for (let index = state.steps + 1; index <= task.steps.length; index++) line(run, stepLine(task.steps, index));
      state.steps = task.steps.length;
      if (task.isTerminal) {
        state.ended = true;
        line(run, endText(run, task));
      }
    },
    close() {},
  };
}

/** ANSI sequences the live panel uses: cursor up `n` lines, back to column 0, erase to the end of the screen. */
const CURSOR_UP = (lines: number) => `\u001b[${lines}A`;
const ERASE_DOWN = "\r\u001b[0J";
const HIDE_CURSOR = "\u001b[?25l";
const SHOW_CURSOR = "\u001b[?25h";
const SPINNER = "⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏";
const REDRAW_EVERY_MS = 100;

type Style = Parameters<typeof styleText>[0];

const statusStyle: Readonly<Record<string, Style>> = {
  starting: "gray",
  pending: "yellow",
  running: "cyan",
  paused: "magenta",
  completed: "green",
  failed: "red",
  stopped: "gray",
  error: "red",
};

/** Options of the live panel. */
export interface LivePanelOptions {
  /** The terminal's width in characters: no row is longer, so none wraps and the redraw stays in place. */
  readonly columns: number;
  /** Colours, unless `NO_COLOR` is set. */
  readonly color: boolean;
}

/**
 * A panel redrawn in place every 100 ms (the elapsed times tick) and on every change: per provider its target,
 * status (normalized and the provider's own), steps done, elapsed time and latest step.
 */
export function createLivePanel(out: ReporterOutput, runs: readonly ColumnRun[], options: LivePanelOptions): Reporter {
  const width = Math.max(40, options.columns - 1);
  const paint = (style: Style, text: string) => (options.color ? styleText(style, text) : text);
  const nameWidth = Math.max(8, ...runs.map((run) => run.column.entry.displayName.length));
  let drawnLines = 0;
  let frame = 0;
  let closed = false;

  /** One row: fixed cells, then the latest step, cut to the width (plain text measured before styling). */
  const row = (cells: Array<[string, number, Style | null]>, rest: string): string => {
    let used = 0;
    let text = "";
    for (const [value, cellWidth, style] of cells) {
      const plain = cell(value, cellWidth);
      text += `${style === null ? plain : paint(style, plain)} `;
      used += cellWidth + 1;
    }
    return `${text}${cell(rest, width - used).trimEnd()}`;
  };
  const cellsWidths = { name: nameWidth, target: 14, status: 11, providerStatus: 17, steps: 5, elapsed: 7 };

  const render = (): string[] => {
    const header = row(
      [
        ["provider", cellsWidths.name, "bold"],
        ["target", cellsWidths.target, "bold"],
        ["status", cellsWidths.status, "bold"],
        ["provider's own", cellsWidths.providerStatus, "bold"],
        ["steps", cellsWidths.steps, "bold"],
        ["elapsed", cellsWidths.elapsed, "bold"],
      ],
      "latest step",
    );
    const rows = runs.map((run) => {
      const { status, providerStatus } = statusOf(run);
      const ended = run.endedAt !== null;
      const mark = ended
        ? status === "completed"
          ? "✔"
          : status === "stopped"
            ? "■"
            : "✖"
        : (SPINNER[frame % SPINNER.length] ?? " ");
      const steps = run.task?.steps ?? [];
      const latest =
        run.error !== undefined ? display(errorHeadline(run.error, out.secrets)) : stepText(steps[steps.length - 1]);
      return row(
        [
          [run.column.entry.displayName, cellsWidths.name, null],
          [targetLabel(run), cellsWidths.target, "dim"],
          [`${mark} ${status}`, cellsWidths.status, statusStyle[status] ?? "white"],
          [providerStatus, cellsWidths.providerStatus, "dim"],
          [String(steps.length).padStart(cellsWidths.steps - 1), cellsWidths.steps, null],
          [
            seconds((run.endedAt ?? performance.now()) - run.startedAt).padStart(cellsWidths.elapsed - 1),
            cellsWidths.elapsed,
            null,
          ],
        ],
        latest,
      );
    });
    const ended = runs.filter((run) => run.endedAt !== null).length;
    const requests = runs.reduce((sum, run) => sum + run.requests, 0);
    const footer = closed
      ? `${ended} of ${runs.length} ended, ${requests} requests`
      : `${ended} of ${runs.length} ended, ${requests} requests so far · Ctrl-C stops the tasks`;
    return [header, ...rows, paint("dim", cell(footer, width).trimEnd())];
  };

  const draw = () => {
    const lines = render();
    const erase = drawnLines > 0 ? `${CURSOR_UP(drawnLines)}${ERASE_DOWN}` : "";
    out.write(`${erase}${lines.join("\n")}\n`);
    drawnLines = lines.length;
  };

  const restoreCursor = () => out.write(SHOW_CURSOR);
  process.once("exit", restoreCursor);
  out.write(HIDE_CURSOR);
  draw();
  const timer = setInterval(() => {
    frame++;
    draw();
  }, REDRAW_EVERY_MS);

  return {
    changed() {
      if (!closed) draw();
    },
    close() {
      if (closed) return;
      closed = true;
      clearInterval(timer);
      draw();
      restoreCursor();
      process.removeListener("exit", restoreCursor);
    },
  };
}
