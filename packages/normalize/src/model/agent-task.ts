import type { RawTaskBySource } from "@agent-tasks/core";

export type { RawTaskBySource };

/** Every source, in a stable order. */
export const agentTaskSources = [
  "hyperbrowser",
  "browser-use",
  "browser-use-v1",
  "dari",
  "browseract",
  "browser-use-v4",
  "skyvern",
] as const;

/** Which API a task came from. */
export type AgentTaskSource = (typeof agentTaskSources)[number];

/**
 * The raw task type of `Source`. Each provider package registers its own in `RawTaskBySource` (core), so it is
 * known for every provider package in the program and `unknown` for the others: installing
 * `@agent-tasks/normalize` never requires installing every provider.
 */
export type RawTaskOf<Source extends AgentTaskSource> = Source extends keyof RawTaskBySource
  ? RawTaskBySource[Source]
  : unknown;

/** The common lifecycle. `unknown` is any provider status we have no mapping for. */
export type AgentTaskStatus = "pending" | "running" | "paused" | "completed" | "failed" | "stopped" | "unknown";

/** Every status, in lifecycle order. */
export const agentTaskStatuses = [
  "pending",
  "running",
  "paused",
  "completed",
  "failed",
  "stopped",
  "unknown",
] as const satisfies readonly AgentTaskStatus[];

export interface AgentTaskError {
  message: string;
  /** The provider's error code as a string, when it sends one. */
  code: string | null;
}

export interface AgentTaskCost {
  usd: number | null;
  credits: number | null;
}

export interface AgentTaskStep {
  /** The provider's step number, else the 1-based position. */
  index: number;
  status: "running" | "succeeded" | "failed" | null;
  goal: string | null;
  evaluation: string | null;
  memory: string | null;
  url: string | null;
  screenshotUrl: string | null;
  actions: string[];
  /** ISO 8601 UTC, or `null`. */
  timestamp: string | null;
  /** The provider's step object, untouched. */
  raw: unknown;
}

export interface AgentTaskFile {
  id: string | null;
  name: string;
  url: string | null;
  sizeBytes: number | null;
}

/** One task from any source, in one shape. */
export interface AgentTask<Source extends AgentTaskSource = AgentTaskSource> {
  source: Source;
  /** Hyperbrowser `jobId`, Dari `job_id`, else `id`; always a string. */
  id: string;
  status: AgentTaskStatus;
  /** The provider's own status, unchanged. */
  providerStatus: string;
  /** `true` for completed, failed and stopped. */
  isTerminal: boolean;
  /** `true` when completed, `false` when failed, else `null` (Browser Use v2: its `isSuccess`). */
  success: boolean | null;
  /** The task prompt, where the provider returns it. */
  instructions: string | null;
  /** Final output as text. */
  output: string | null;
  /** Final output as data: Dari's `final_result`, else `output` parsed when it is a JSON object or array. */
  structuredOutput: unknown | null;
  error: AgentTaskError | null;
  liveUrl: string | null;
  steps: AgentTaskStep[];
  files: AgentTaskFile[];
  /** ISO 8601 UTC, as `Date#toISOString()` writes it. */
  createdAt: string | null;
  startedAt: string | null;
  finishedAt: string | null;
  updatedAt: string | null;
  cost: AgentTaskCost | null;
  recordingUrl: string | null;
  logUrl: string | null;
  shareUrl: string | null;
  downloadsUrl: string | null;
  metadata: Record<string, unknown>;
  /** The provider's object, untouched. */
  raw: RawTaskOf<Source>;
}
