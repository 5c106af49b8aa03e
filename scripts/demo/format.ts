/** Small text helpers shared by the demo's panel, line log, table and summary. */
import type { AgentTaskCost, AgentTaskStep } from "@agent-tasks/normalize";

/** A value in one line: `–` for nothing, whitespace folded, JSON for the rest. */
export function display(value: unknown): string {
  if (value === null || value === undefined) return "–";
  if (typeof value === "string") return value.replace(/\s+/g, " ");
  return JSON.stringify(value);
}

/** `value` cut to `width` characters (with `…`) or padded to it. */
export function cell(value: string, width: number): string {
  if (width <= 0) return "";
  return value.length > width ? `${value.slice(0, width - 1)}…` : value.padEnd(width);
}

/** What a step says, in one line: its goal, else its memory, first action or page. */
export function stepText(step: AgentTaskStep | undefined): string {
  if (step === undefined) return "";
  const text = [step.goal, step.memory, step.actions[0], step.url, step.evaluation].find(
    (candidate): candidate is string => typeof candidate === "string" && candidate.trim() !== "",
  );
  return text === undefined ? "" : display(text);
}

/** `$0.03`, `3 credits`, `$0.03 + 3 credits`, or `–` when the provider reported no cost. */
export function costText(cost: AgentTaskCost | null | undefined): string {
  if (cost === null || cost === undefined) return "–";
  const parts = [
    cost.usd === null ? "" : `$${Number(cost.usd.toFixed(4))}`,
    cost.credits === null ? "" : `${cost.credits} credits`,
  ].filter(Boolean);
  return parts.length === 0 ? "–" : parts.join(" + ");
}

/** Adds up costs: USD with USD, credits with credits; `null` fields when no cost had them. */
export function addCosts(costs: readonly (AgentTaskCost | null | undefined)[]): AgentTaskCost {
  let usd: number | null = null;
  let credits: number | null = null;
  for (const cost of costs) {
    if (cost?.usd != null) usd = (usd ?? 0) + cost.usd;
    if (cost?.credits != null) credits = (credits ?? 0) + cost.credits;
  }
  return { usd, credits };
}

/** Milliseconds as seconds with one decimal: `4.2s`. */
export function seconds(ms: number): string {
  return `${(Math.max(0, ms) / 1000).toFixed(1)}s`;
}

/** The step numbered `index` (1-based) of `steps`, with its text: `step 2: Open the page`. */
export function stepLine(steps: readonly AgentTaskStep[], index: number): string {
  const text = stepText(steps[index - 1]);
  return text === "" ? `step ${index}` : `step ${index}: ${text}`;
}
