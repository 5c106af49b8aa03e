import { arch, availableParallelism, cpus, platform } from "node:os";

/** One table column: its header, and whether values line up on the right (numbers) or the left (names). */
export interface Column {
  header: string;
  align?: "left" | "right";
}

/** Renders rows as a Markdown table padded to line up in a terminal too, so the output can be pasted as is. */
export function formatTable(columns: Column[], rows: string[][]): string {
  const widths = columns.map((column, index) =>
    Math.max(column.header.length, ...rows.map((row) => (row[index] ?? "").length)),
  );
  const pad = (text: string, index: number) => {
    const width = widths[index] ?? 0;
    return columns[index]?.align === "right" ? text.padStart(width) : text.padEnd(width);
  };
  const line = (cells: string[]) => `| ${cells.map(pad).join(" | ")} |`;
  const rule = `|${widths
    .map((width, index) => (columns[index]?.align === "right" ? `${"-".repeat(width + 1)}:` : "-".repeat(width + 2)))
    .join("|")}|`;
  return [line(columns.map((column) => column.header)), rule, ...rows.map(line)].join("\n");
}

/** `1234.5` → `"1,235"`; `digits` decimals. */
/** A positive number from environment variable `name`, `fallback` when unset or empty; anything else throws. */
export function readPositiveNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!(value > 0) || !Number.isFinite(value)) throw new Error(`${name} must be a positive number, got ${raw}`);
  return value;
}

/** As `readPositiveNumber`, for a whole number (a count of rounds or calls). */
export function readPositiveInteger(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer, got ${raw}`);
  return value;
}

export function formatNumber(value: number, digits = 0): string {
  return value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** The middle value (mean of the two middle ones for an even count); `NaN` for none. */
export function median(values: number[]): number {
  return quantile(values, 0.5);
}

/** The `q` quantile (0–1) with linear interpolation between neighbours; `NaN` for no values. */
export function quantile(values: number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const low = sorted[lower] ?? Number.NaN;
  const high = sorted[upper] ?? Number.NaN;
  return low + (high - low) * (position - lower);
}

/** Node version, CPU model and core count, for the header of each report. */
export function describeMachine(): string {
  const model = cpus()[0]?.model.trim() ?? "unknown CPU";
  return `Node ${process.version}, ${availableParallelism()} cores (${model}), ${platform()} ${arch()}`;
}
