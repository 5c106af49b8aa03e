import type { AgentTaskSource } from "@agent-tasks/normalize";

/**
 * The id of the job that watches one task: `<source>/<taskId>`, the task id percent-encoded where it has a `/`, `%`
 * or `:`. One job per task, so watching a task twice is one watch. (BullMQ keeps `:` for its own keys and refuses
 * it in job ids, so the separator is `/`.)
 */
export function watchJobId(source: AgentTaskSource, taskId: string): string {
  return `${source}/${taskId.replace(/[/%:]/g, (character) => encodeURIComponent(character))}`;
}

/** The id of the job that starts one task: `start/<source>/<key>`, the key encoded like a task id. */
export function startJobId(source: AgentTaskSource, key: string): string {
  return `start/${watchJobId(source, key)}`;
}
