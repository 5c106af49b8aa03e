// How a followed task is shown: a live view redrawn in place on a terminal, one plain line per change elsewhere,
// or one JSON object per change (NDJSON) with `--json`. Colour only on a terminal and never with NO_COLOR.
import type { AgentTask, AgentTaskStep } from "@agent-tasks/normalize";
import { createLogUpdate } from "log-update";
import { createColors } from "picocolors";

export type OutputMode = "live" | "plain" | "json";

export interface Output {
  readonly mode: OutputMode;
  /** The task changed (its status or steps). */
  update(task: AgentTask): void;
  /** The task as it ended (or as it was when following stopped). */
  final(task: AgentTask): void;
  /** A line for people (never in `--json` mode's stdout). */
  note(text: string): void;
  /** Ends the live view, leaving its last frame on screen. */
  done(): void;
}

export interface Terminal {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  env: NodeJS.ProcessEnv;
}

/** Whether colour is on: a terminal, and no NO_COLOR (any value, as no-color.org says). */
export function colourEnabled(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv): boolean {
  return stream.isTTY === true && (env.NO_COLOR === undefined || env.NO_COLOR === "") && env.TERM !== "dumb";
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)}s`;
}

function costText(task: AgentTask): string | null {
  if (task.cost === null) return null;
  const parts = [
    task.cost.usd === null ? null : `$${task.cost.usd.toFixed(4)}`,
    task.cost.credits === null ? null : `${task.cost.credits} credits`,
  ].filter((part) => part !== null);
  return parts.length === 0 ? null : parts.join(", ");
}

function stepLine(step: AgentTaskStep): string {
  const parts = [
    step.goal ?? step.evaluation ?? "(no goal)",
    step.url,
    step.actions.length > 0 ? step.actions.join(", ") : null,
  ];
  return `step ${step.index}: ${parts.filter((part) => part !== null && part !== "").join(" · ")}`;
}

/** The output text: JSON pretty-printed when it parses, else as is. */
function outputText(task: AgentTask): string | null {
  if (task.structuredOutput !== null && task.structuredOutput !== undefined) {
    return JSON.stringify(task.structuredOutput, null, 2);
  }
  if (task.output === null) return null;
  try {
    return JSON.stringify(JSON.parse(task.output), null, 2);
  } catch {
    return task.output;
  }
}

/** The task as printed in `--json` mode: everything, `raw` included (the provider's object, which holds no key). */
export function taskJson(task: AgentTask): Record<string, unknown> {
  return { ...task, raw: task.raw };
}

export function createOutput(mode: OutputMode, terminal: Terminal, started = Date.now()): Output {
  const { stdout } = terminal;
  const colours = createColors(colourEnabled(stdout, terminal.env));
  const statusColour = (status: string) =>
    status === "completed"
      ? colours.green(status)
      : status === "failed"
        ? colours.red(status)
        : status === "stopped"
          ? colours.yellow(status)
          : colours.cyan(status);
  const elapsed = () => seconds(Date.now() - started);

  if (mode === "json") {
    const line = (value: unknown) => stdout.write(`${JSON.stringify(value)}\n`);
    return {
      mode,
      update: (task) => line({ event: "update", elapsedMs: Date.now() - started, task: taskJson(task) }),
      final: (task) => line({ event: "final", elapsedMs: Date.now() - started, task: taskJson(task) }),
      note: (text) => terminal.stderr.write(`${text}\n`),
      done: () => {},
    };
  }

  if (mode === "plain") {
    let stepsShown = 0;
    let lastStatus = "";
    return {
      mode,
      update: (task) => {
        const statusLine = () =>
          stdout.write(
            `[${elapsed().padStart(7)}] ${task.source} ${task.id} ${statusColour(task.status)} (${task.providerStatus})\n`,
          );
        // The first status, then new steps, then a changed status: a task's last step comes before its end.
        const changed = task.status !== lastStatus;
        if (changed && lastStatus === "") statusLine();
        for (const step of task.steps.slice(stepsShown)) stdout.write(`[${elapsed().padStart(7)}] ${stepLine(step)}\n`);
        stepsShown = Math.max(stepsShown, task.steps.length);
        if (changed && lastStatus !== "") statusLine();
        lastStatus = task.status;
      },
      final: (task) => {
        const cost = costText(task);
        stdout.write(
          `[${elapsed().padStart(7)}] ${task.source} ${task.id} ${task.isTerminal ? "ended" : "is"} ${statusColour(task.status)}${cost ? `, cost ${cost}` : ""}\n`,
        );
        if (task.error !== null) stdout.write(`error: ${task.error.message}\n`);
        const output = outputText(task);
        if (output !== null) stdout.write(`output:\n${output}\n`);
        for (const file of task.files) stdout.write(`file: ${file.name}${file.url ? ` ${file.url}` : ""}\n`);
      },
      note: (text) => stdout.write(`${text}\n`),
      done: () => {},
    };
  }

  // A terminal: one frame, redrawn in place (log-update), and the elapsed time ticking between changes.
  // A terminal that reports no size (a pseudo-terminal nobody sized, as `script` makes without one) counts as 80x24:
  // log-update would draw nothing at zero rows.
  const screen = {
    isTTY: true,
    get columns() {
      return stdout.columns > 0 ? stdout.columns : 80;
    },
    get rows() {
      return stdout.rows > 0 ? stdout.rows : 24;
    },
    write: (text: string) => stdout.write(text),
  };
  const draw = createLogUpdate(screen as unknown as NodeJS.WriteStream, { showCursor: true });
  let current: AgentTask | null = null;
  let ended = false;
  const notes: string[] = [];
  const frame = () => {
    const lines = [...notes];
    if (current !== null) {
      const task = current;
      lines.push(
        `${colours.bold(task.source)} ${task.id}  ${statusColour(task.status)} ${colours.dim(`(${task.providerStatus})`)}  ${elapsed()}`,
      );
      if (task.liveUrl) lines.push(`${colours.dim("live:")} ${task.liveUrl}`);
      const cost = costText(task);
      if (cost) lines.push(`${colours.dim("cost:")} ${cost}`);
      for (const step of task.steps.slice(-10)) lines.push(`  ${stepLine(step)}`);
      if (task.steps.length > 10)
        lines.splice(lines.length - 10, 0, colours.dim(`  … ${task.steps.length - 10} earlier steps`));
      if (ended) {
        if (task.error !== null) lines.push(colours.red(`error: ${task.error.message}`));
        const output = outputText(task);
        if (output !== null) lines.push(colours.bold("output:"), output);
        for (const file of task.files) lines.push(`file: ${file.name}${file.url ? ` ${file.url}` : ""}`);
      }
    }
    draw(lines.join("\n"));
  };
  const ticker = setInterval(() => {
    if (current !== null && !ended) frame();
  }, 250);
  ticker.unref();
  return {
    mode,
    update: (task) => {
      current = task;
      frame();
    },
    final: (task) => {
      current = task;
      ended = true;
      frame();
    },
    note: (text) => {
      notes.push(text);
      frame();
    },
    done: () => {
      clearInterval(ticker);
      draw.done();
    },
  };
}
