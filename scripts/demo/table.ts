/** The normalized tasks side by side: one column per provider, one row per `AgentTask` field. */
import type { AgentTask } from "@agent-tasks/normalize";
import { cell, costText, display } from "./format.js";

/** One column of the table: the provider, where its task ran, and the task (or why there is none). */
export interface TableColumn {
  readonly source: string;
  readonly target: string;
  readonly task: AgentTask | null;
  readonly problem?: string;
}

const LABEL_WIDTH = 16;
const DEFAULT_WIDTH = 24;

const fields: ReadonlyArray<readonly [string, (task: AgentTask) => unknown]> = [
  ["id", (task) => task.id],
  ["status", (task) => task.status],
  ["providerStatus", (task) => task.providerStatus],
  ["isTerminal", (task) => task.isTerminal],
  ["success", (task) => task.success],
  ["instructions", (task) => task.instructions],
  ["output", (task) => task.output],
  ["structuredOutput", (task) => task.structuredOutput],
  ["error", (task) => (task.error === null ? null : `${task.error.code ?? ""} ${task.error.message}`.trim())],
  ["liveUrl", (task) => task.liveUrl],
  ["steps", (task) => `${task.steps.length}${task.steps[0]?.goal ? `: ${task.steps[0].goal}` : ""}`],
  ["files", (task) => task.files.map((file) => file.name).join(", ") || "0"],
  ["createdAt", (task) => task.createdAt],
  ["startedAt", (task) => task.startedAt],
  ["finishedAt", (task) => task.finishedAt],
  ["updatedAt", (task) => task.updatedAt],
  ["cost", (task) => (task.cost === null ? null : costText(task.cost))],
  ["recordingUrl", (task) => task.recordingUrl],
  ["logUrl", (task) => task.logUrl],
  ["shareUrl", (task) => task.shareUrl],
  ["downloadsUrl", (task) => task.downloadsUrl],
  ["metadata", (task) => (Object.keys(task.metadata).length === 0 ? null : task.metadata)],
];

/**
 * The width of each provider's column: what fits `terminalColumns` (between 14 and 40 characters), or 24 when
 * the width is unknown (not a terminal).
 */
export function columnWidth(terminalColumns: number | undefined, count: number): number {
  if (terminalColumns === undefined || terminalColumns <= 0 || count === 0) return DEFAULT_WIDTH;
  const fit = Math.floor((terminalColumns - 1 - (LABEL_WIDTH + 1)) / count) - 3;
  return Math.min(40, Math.max(14, fit));
}

/** The table's lines: a header (provider, target), a rule, then one line per field. Long values are cut with `…`. */
export function sideBySide(columns: readonly TableColumn[], width = DEFAULT_WIDTH): string[] {
  const line = (label: string, values: readonly string[]) =>
    `${cell(label, LABEL_WIDTH)} │ ${values.map((value) => cell(value, width)).join(" │ ")}`.trimEnd();
  return [
    line(
      "",
      columns.map((column) => column.source),
    ),
    line(
      "(target)",
      columns.map((column) => column.target),
    ),
    `${"─".repeat(LABEL_WIDTH + 1)}┼${columns.map(() => "─".repeat(width + 2)).join("┼")}`,
    ...fields.map(([label, read]) =>
      line(
        label,
        columns.map((column) => (column.task === null ? (column.problem ?? "") : display(read(column.task)))),
      ),
    ),
  ];
}
