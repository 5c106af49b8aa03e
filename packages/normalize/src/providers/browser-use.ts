import type { BrowserUseFile, BrowserUseTaskStatus, BrowserUseTaskStep } from "@agent-tasks/browser-use";
import { asBoolean, asNonBlankString, asString, asStringList, copyRecord } from "../mapping/coerce.js";
import { createAgentTaskStep, mapTask } from "../mapping/create-agent-task.js";
import { fieldsOf, mapFieldItems, nestedFields } from "../mapping/fields.js";
import { toIsoTimestamp } from "../mapping/to-iso-timestamp.js";
import { unmappedStatus } from "../mapping/unmapped-status.js";
import type { AgentTask, AgentTaskFile, AgentTaskStatus, AgentTaskStep } from "../model/agent-task.js";

/** Maps a Browser Use v2 task status onto the common lifecycle. */
export function mapBrowserUseTaskStatus(status: string): AgentTaskStatus {
  const known = status as BrowserUseTaskStatus;
  switch (known) {
    case "started":
      return "running";
    case "paused":
      return "paused";
    case "finished":
      return "completed";
    case "stopped":
      return "stopped";
    default:
      return unmappedStatus(known);
  }
}

/** Maps one `steps` item (`TaskStepView`). */
function mapBrowserUseTaskStep(rawStep: unknown, position: number): AgentTaskStep {
  const step = fieldsOf<BrowserUseTaskStep>(rawStep);
  return createAgentTaskStep(rawStep, position, step?.number, {
    goal: asString(step?.nextGoal),
    evaluation: asString(step?.evaluationPreviousGoal),
    memory: asString(step?.memory),
    url: asNonBlankString(step?.url),
    screenshotUrl: asNonBlankString(step?.screenshotUrl),
    actions: asStringList(step?.actions),
  });
}

/** Maps one `outputFiles` item (`FileView`); files are downloaded through a separate endpoint, so `url` is `null`. */
export function mapBrowserUseFile(rawFile: unknown): AgentTaskFile | null {
  const file = fieldsOf<BrowserUseFile>(rawFile);
  const name = asNonBlankString(file?.fileName);
  if (file === null || name === null) return null;
  return { id: asNonBlankString(file.id), name, url: null, sizeBytes: null };
}

/** Normalizes a Browser Use Cloud API v2 task (`GET /tasks/{task_id}`). */
export function normalizeBrowserUseTask(rawTask: unknown): AgentTask<"browser-use"> {
  return mapTask(
    {
      source: "browser-use",
      idField: "id",
      mapStatus: mapBrowserUseTaskStatus,
      mapFields: (task, status) => ({
        // v2 has no failure status: a finished task's success is the agent's own verdict.
        success: status === "completed" ? asBoolean(task.isSuccess) : null,
        instructions: asString(task.task),
        output: asString(task.doneOutput),
        liveUrl: asNonBlankString(nestedFields(task, "session")?.liveUrl),
        steps: mapFieldItems(task, "steps", mapBrowserUseTaskStep),
        files: mapFieldItems(task, "outputFiles", mapBrowserUseFile),
        startedAt: toIsoTimestamp(task.startedAt),
        finishedAt: toIsoTimestamp(task.finishedAt),
        metadata: copyRecord(task.metadata),
      }),
    },
    rawTask,
  );
}
