import type { BrowserUseV1TaskStatus, BrowserUseV1TaskStep } from "@agent-tasks/browser-use/v1";
import { changeKeyOf } from "../mapping/change-key.js";
import { asNonBlankString, asString, copyRecord } from "../mapping/coerce.js";
import { createAgentTaskStep, mapTask } from "../mapping/create-agent-task.js";
import { fieldsOf, mapFieldItems } from "../mapping/fields.js";
import type { TaskMapper } from "../mapping/task-mapper.js";
import { toIsoTimestamp } from "../mapping/to-iso-timestamp.js";
import { unmappedStatus } from "../mapping/unmapped-status.js";
import type { AgentTask, AgentTaskFile, AgentTaskStatus, AgentTaskStep } from "../model/agent-task.js";

/** Maps a Browser Use v1 task status onto the common lifecycle. */
export function mapBrowserUseV1TaskStatus(status: string): AgentTaskStatus {
  const known = status as BrowserUseV1TaskStatus;
  switch (known) {
    case "created":
      return "pending";
    case "running":
      return "running";
    case "paused":
      return "paused";
    case "finished":
      return "completed";
    case "failed":
      return "failed";
    case "stopped":
      return "stopped";
    default:
      return unmappedStatus(known);
  }
}

/** Maps one `steps` item (`TaskStepResponse`). */
function mapBrowserUseV1TaskStep(rawStep: unknown, position: number): AgentTaskStep {
  const step = fieldsOf<BrowserUseV1TaskStep>(rawStep);
  return createAgentTaskStep(rawStep, position, step?.step, {
    goal: asString(step?.next_goal),
    evaluation: asString(step?.evaluation_previous_goal),
    url: asNonBlankString(step?.url),
  });
}

/** Maps one `output_files` item: v1 lists file names only. */
function mapBrowserUseV1File(rawFile: unknown): AgentTaskFile | null {
  const name = asNonBlankString(rawFile);
  return name === null ? null : { id: null, name, url: null, sizeBytes: null };
}

/** Normalizes a legacy Browser Use v1 task (`GET /api/v1/task/{task_id}`). */
export function normalizeBrowserUseV1Task(rawTask: unknown): AgentTask<"browser-use-v1"> {
  return mapTask(
    {
      source: "browser-use-v1",
      idField: "id",
      mapStatus: mapBrowserUseV1TaskStatus,
      mapFields: (task) => ({
        instructions: asString(task.task),
        output: asString(task.output),
        liveUrl: asNonBlankString(task.live_url),
        steps: mapFieldItems(task, "steps", mapBrowserUseV1TaskStep),
        files: mapFieldItems(task, "output_files", mapBrowserUseV1File),
        createdAt: toIsoTimestamp(task.created_at),
        finishedAt: toIsoTimestamp(task.finished_at),
        shareUrl: asNonBlankString(task.public_share_url),
        metadata: copyRecord(task.metadata),
      }),
    },
    rawTask,
  );
}

/** The Browser Use v1 mapper as the lifecycle functions use it: task, status and change key. */
export const browserUseV1TaskMapper: TaskMapper<"browser-use-v1"> = {
  normalize: normalizeBrowserUseV1Task,
  mapStatus: mapBrowserUseV1TaskStatus,
  changeKey: (rawTask) => changeKeyOf<"browser-use-v1">(rawTask, { idField: "id", stepsOf: (task) => task.steps }),
};
