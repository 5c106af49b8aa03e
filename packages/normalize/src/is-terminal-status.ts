import type { AgentTaskStatus } from "./model/agent-task.js";

/** `true` for the statuses a task never leaves: completed, failed and stopped. */
export function isTerminalStatus(status: AgentTaskStatus): boolean {
  return status === "completed" || status === "failed" || status === "stopped";
}
