import { AgentTasksError } from "@agent-tasks/core";
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

/**
 * The task id of a task reference: the string itself, or the `jobId` (Dari), `taskId` or `id` of an object reference.
 * It is what webhook events name, and what the job id is made of.
 */
export function taskKeyOf(ref: unknown): string {
  if (typeof ref === "string" && ref.trim() !== "") return ref;
  if (typeof ref === "object" && ref !== null) {
    for (const field of ["jobId", "taskId", "id"]) {
      const value = (ref as Record<string, unknown>)[field];
      if (typeof value === "string" && value.trim() !== "") return value;
    }
  }
  throw new AgentTasksError(
    `a task reference must be a non-empty string or an object with a jobId, taskId or id, got ${JSON.stringify(ref) ?? String(ref)}`,
  );
}
