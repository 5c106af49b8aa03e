import type {
  BrowserActDownloadFile,
  BrowserActStepStatus,
  BrowserActTaskFailureInfo,
  BrowserActTaskStatus,
  BrowserActTaskStep,
} from "@agent-tasks/browseract";
import { changeKeyOf } from "../mapping/change-key.js";
import { asFiniteNumber, asNonBlankString, asString } from "../mapping/coerce.js";
import { createAgentTaskStep, mapTask } from "../mapping/create-agent-task.js";
import { fieldsOf, mapFieldItems, nestedFields } from "../mapping/fields.js";
import { fileNameOrUrl } from "../mapping/file-name-from-url.js";
import type { TaskMapper } from "../mapping/task-mapper.js";
import { toIsoTimestamp } from "../mapping/to-iso-timestamp.js";
import { unmappedStatus } from "../mapping/unmapped-status.js";
import type { AgentTask, AgentTaskError, AgentTaskFile, AgentTaskStatus, AgentTaskStep } from "../model/agent-task.js";

/** Maps a BrowserAct task status onto the common lifecycle (`pausing` is still running). */
export function mapBrowserActTaskStatus(status: string): AgentTaskStatus {
  const known = status as BrowserActTaskStatus;
  switch (known) {
    case "created":
      return "pending";
    case "running":
    case "pausing":
      return "running";
    case "paused":
      return "paused";
    case "finished":
      return "completed";
    case "failed":
      return "failed";
    case "canceled":
      return "stopped";
    case "unknown":
      return "unknown";
    default:
      return unmappedStatus(known);
  }
}

/** Maps a BrowserAct step status (`succeed` becomes `succeeded`). */
export function mapBrowserActStepStatus(status: unknown): AgentTaskStep["status"] {
  const known = status as BrowserActStepStatus;
  switch (known) {
    case "running":
      return "running";
    case "succeed":
      return "succeeded";
    case "failed":
      return "failed";
    default:
      unmappedStatus(known);
      return null;
  }
}

/** Maps one `steps` item (`TaskStepDto`). */
function mapBrowserActTaskStep(rawStep: unknown, position: number): AgentTaskStep {
  const step = fieldsOf<BrowserActTaskStep>(rawStep);
  return createAgentTaskStep(rawStep, position, step?.step, {
    status: mapBrowserActStepStatus(step?.status),
    goal: asString(step?.step_goal),
    evaluation: asString(step?.evaluation_previous_goal),
    screenshotUrl: asNonBlankString(step?.screenshots_url),
  });
}

/** Maps one `download_files` item: id, name, pre-signed URL and size. */
export function mapBrowserActDownloadFile(rawFile: unknown): AgentTaskFile | null {
  const file = fieldsOf<BrowserActDownloadFile>(rawFile);
  if (file === null) return null;
  const url = asNonBlankString(file.downloadUrl);
  const id = asNonBlankString(file.guid);
  const size = asFiniteNumber(file.fileSize);
  // A file is named by its fileName, else its URL, else its id; one with none of them is nothing to show.
  const name = asNonBlankString(file.fileName) ?? (url === null ? null : fileNameOrUrl(url)) ?? id;
  if (name === null) return null;
  return { id, name, url, sizeBytes: size !== null && size >= 0 ? size : null };
}

/** Maps one `output.files` item: a URL, named by its last path segment. */
export function mapBrowserActOutputFile(rawUrl: unknown): AgentTaskFile | null {
  const url = asNonBlankString(rawUrl);
  return url === null ? null : { id: null, name: fileNameOrUrl(url), url, sizeBytes: null };
}

/** Maps `task_failure_info`; the numeric code becomes a string. */
export function mapBrowserActFailure(rawFailure: unknown): AgentTaskError | null {
  const failure = fieldsOf<BrowserActTaskFailureInfo>(rawFailure);
  if (failure === null) return null;
  const code = typeof failure.code === "number" || typeof failure.code === "string" ? String(failure.code) : null;
  const message = asNonBlankString(failure.message) ?? (code === null ? null : `BrowserAct failure code ${code}`);
  return message === null ? null : { message, code };
}

/** Normalizes a BrowserAct workflow task (`GET /v2/workflow/get-task`). */
export function normalizeBrowserActTask(rawTask: unknown): AgentTask<"browseract"> {
  return mapTask(
    {
      source: "browseract",
      idField: "id",
      mapStatus: mapBrowserActTaskStatus,
      mapFields: (task) => {
        const output = nestedFields(task, "output");
        const credits = asFiniteNumber(task.credit);
        return {
          output: asString(output?.string),
          error: mapBrowserActFailure(task.task_failure_info),
          // `live_url` is deprecated in favour of `live_url_info.live_url`, but older tasks only have it.
          liveUrl: asNonBlankString(nestedFields(task, "live_url_info")?.live_url) ?? asNonBlankString(task.live_url),
          steps: mapFieldItems(task, "steps", mapBrowserActTaskStep),
          files: [
            ...mapFieldItems(task, "download_files", mapBrowserActDownloadFile),
            ...mapFieldItems(output, "files", mapBrowserActOutputFile),
          ],
          createdAt: toIsoTimestamp(task.created_at),
          finishedAt: toIsoTimestamp(task.finished_at),
          cost: credits === null ? null : { usd: null, credits },
          logUrl: asNonBlankString(task.log_detail_url),
        };
      },
    },
    rawTask,
  );
}

/** The BrowserAct mapper as the lifecycle functions use it: task, status and change key. */
export const browserActTaskMapper: TaskMapper<"browseract"> = {
  normalize: normalizeBrowserActTask,
  mapStatus: mapBrowserActTaskStatus,
  changeKey: (rawTask) =>
    changeKeyOf<"browseract">(rawTask, { idField: "id", stepsOf: (task) => task.steps, stepStatusField: "status" }),
};
