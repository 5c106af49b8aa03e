import type { DariTaskEvent, DariTaskStatus } from "@agent-tasks/dari";
import { changeKeyOf } from "../mapping/change-key.js";
import { asFiniteNumber, asNonBlankString, asString } from "../mapping/coerce.js";
import { createAgentTaskStep, errorFromMessage, mapTask } from "../mapping/create-agent-task.js";
import { fieldsOf, mapFieldItems } from "../mapping/fields.js";
import { outputFromData } from "../mapping/parse-structured-output.js";
import type { TaskMapper } from "../mapping/task-mapper.js";
import { toIsoTimestamp } from "../mapping/to-iso-timestamp.js";
import { unmappedStatus } from "../mapping/unmapped-status.js";
import type { AgentTask, AgentTaskStatus, AgentTaskStep } from "../model/agent-task.js";

/** Maps a Dari job status onto the common lifecycle. */
export function mapDariTaskStatus(status: string): AgentTaskStatus {
  const known = status as DariTaskStatus;
  switch (known) {
    case "pending":
      return "pending";
    case "running":
      return "running";
    case "paused":
      return "paused";
    case "completed":
      return "completed";
    case "failed":
      return "failed";
    default:
      return unmappedStatus(known);
  }
}

/** Maps one `events` item: Dari's events are the closest thing it has to steps. */
export function mapDariEvent(rawEvent: unknown, position: number): AgentTaskStep {
  const event = fieldsOf<DariTaskEvent>(rawEvent);
  return createAgentTaskStep(rawEvent, position, undefined, {
    goal: asString(event?.message),
    timestamp: toIsoTimestamp(event?.timestamp),
  });
}

/** `final_result` is an object matching the portal's output schema: kept as data, with its JSON text as output. */
export const mapDariFinalResult: (finalResult: unknown) => { output: string | null; structuredOutput: unknown | null } =
  outputFromData;

/** Normalizes a Dari portal job (`GET /task/{org_id}/{endpoint_name}/status`). */
export function normalizeDariTask(rawTask: unknown): AgentTask<"dari"> {
  return mapTask(
    {
      source: "dari",
      idField: "job_id",
      mapStatus: mapDariTaskStatus,
      mapFields: (job) => {
        const costUsd = asFiniteNumber(job.total_cost_usd);
        return {
          ...mapDariFinalResult(job.final_result),
          error: errorFromMessage(job.error),
          liveUrl: asNonBlankString(job.browser_url),
          steps: mapFieldItems(job, "events", mapDariEvent),
          createdAt: toIsoTimestamp(job.created_at),
          updatedAt: toIsoTimestamp(job.updated_at),
          cost: costUsd === null ? null : { usd: costUsd, credits: null },
          recordingUrl: asNonBlankString(job.video_recording_url),
          logUrl: asNonBlankString(job.log_url),
          downloadsUrl: asNonBlankString(job.downloads_link),
        };
      },
    },
    rawTask,
  );
}

/** The Dari mapper as the lifecycle functions use it: task, status and change key. */
export const dariTaskMapper: TaskMapper<"dari"> = {
  normalize: normalizeDariTask,
  mapStatus: mapDariTaskStatus,
  changeKey: (rawTask) => changeKeyOf<"dari">(rawTask, { idField: "job_id", stepsOf: (job) => job.events }),
};
