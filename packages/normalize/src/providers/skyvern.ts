import type { components, SkyvernRunStatus } from "@agent-tasks/skyvern";
import { changeKeyOf } from "../mapping/change-key.js";
import { asBoolean, asFiniteNumber, asNonBlankString, asString, copyRecord, toJsonText } from "../mapping/coerce.js";
import { mapTask } from "../mapping/create-agent-task.js";
import { fieldsOf, mapFieldItems, nestedFields } from "../mapping/fields.js";
import { fileNameOrUrl } from "../mapping/file-name-from-url.js";
import { outputFromData } from "../mapping/parse-structured-output.js";
import type { TaskMapper } from "../mapping/task-mapper.js";
import { toIsoTimestamp } from "../mapping/to-iso-timestamp.js";
import { unmappedStatus } from "../mapping/unmapped-status.js";
import type { AgentTask, AgentTaskError, AgentTaskFile, AgentTaskStatus, RawTaskOf } from "../model/agent-task.js";

// A Skyvern raw task is a run as `GET /v1/runs/{run_id}` returns it (a task run, `TaskRunResponse`, or a workflow
// run, `WorkflowRunResponse`), or an item of `GET /v1/runs` (`TaskRunListItem`). A run has no step list: it says
// how many steps ran (`step_count`, kept in `raw`), and the steps themselves are only in the separate timeline.

/**
 * Maps a Skyvern run status onto the common lifecycle. `timed_out` (the run went past its time or step limit) and
 * `terminated` (the agent gave up on the goal) are failures: `error` says which, with Skyvern's reason.
 */
export function mapSkyvernTaskStatus(status: string): AgentTaskStatus {
  const known = status as SkyvernRunStatus;
  switch (known) {
    case "created":
    case "queued":
      return "pending";
    case "running":
      return "running";
    case "paused":
      return "paused";
    case "completed":
      return "completed";
    case "failed":
    case "terminated":
    case "timed_out":
      return "failed";
    case "canceled":
      return "stopped";
    default:
      return unmappedStatus(known);
  }
}

/**
 * An `errors` item. The spec leaves them open objects; Skyvern fills them with its `UserDefinedError`
 * (Skyvern-AI/skyvern@07222e7a7, skyvern/errors/errors.py): the code of the run's `error_code_mapping` the agent
 * matched, and its reasoning.
 */
interface SkyvernUserDefinedError {
  error_code?: string;
  reasoning?: string;
}

/** What a failed run's error says when Skyvern gives no reason: the status is the reason. */
const reasonByStatus: { readonly [Status in SkyvernRunStatus]?: string } = {
  timed_out: "The Skyvern run timed out",
  terminated: "The Skyvern run was terminated",
};

/**
 * The run's error: `failure_reason`, else the reasoning of the first `errors` item. Its code is that item's
 * `error_code` (one of the run's `error_code_mapping`); for `timed_out` and `terminated` without one, the status
 * itself, so the two stay told apart from `failed` after mapping.
 */
export function mapSkyvernError(rawRun: unknown, providerStatus: string): AgentTaskError | null {
  const task = fieldsOf<RawTaskOf<"skyvern">>(rawRun);
  const errors = mapFieldItems(task, "errors", (item) => {
    const error = fieldsOf<SkyvernUserDefinedError>(item);
    const code = asNonBlankString(error?.error_code);
    const reasoning = asNonBlankString(error?.reasoning);
    return code === null && reasoning === null ? null : { code, reasoning };
  });
  const first = errors[0] ?? null;
  const statusReason = Object.hasOwn(reasonByStatus, providerStatus)
    ? (reasonByStatus[providerStatus as SkyvernRunStatus] ?? null)
    : null;
  const message =
    asNonBlankString(task?.failure_reason) ??
    first?.reasoning ??
    (first?.code ? `Skyvern error ${first.code}` : null) ??
    statusReason;
  if (message === null) return null;
  return { message, code: first?.code ?? (statusReason === null ? null : providerStatus) };
}

/** Maps one `downloaded_files` item (`FileInfo`): named by `filename`, else by its URL. */
export function mapSkyvernFile(rawFile: unknown): AgentTaskFile | null {
  const file = fieldsOf<components["schemas"]["FileInfo"]>(rawFile);
  const url = asNonBlankString(file?.url);
  const id = asNonBlankString(file?.artifact_id);
  const size = asFiniteNumber(file?.file_size);
  const name = asNonBlankString(file?.filename) ?? (url === null ? null : fileNameOrUrl(url)) ?? id;
  if (name === null) return null;
  return { id, name, url, sizeBytes: size !== null && size >= 0 ? size : null };
}

/**
 * Normalizes a Skyvern run: a task run or a workflow run (`GET /v1/runs/{run_id}`), or an item of `GET /v1/runs`.
 * `output` (object, array or text) is the output, kept as data when it is not text; `failure_reason`/`errors` the
 * error; `downloaded_files` the files; `recording_url` the recording and `app_url` (the run's page in Skyvern's
 * app) the log link. There are no steps: a run carries only their number (`step_count`, in `raw`).
 */
export function normalizeSkyvernTask(rawTask: unknown): AgentTask<"skyvern"> {
  return mapTask(
    {
      source: "skyvern",
      idField: "run_id",
      mapStatus: mapSkyvernTaskStatus,
      mapFields: (run) => {
        const request = nestedFields(run, "run_request");
        return {
          // A task run's request has its `prompt`; a workflow run's has none (its `parameters` stay in `raw`).
          instructions: asString(request?.prompt),
          ...outputFromData(run.output),
          error: mapSkyvernError(run, asString(run.status) ?? ""),
          files: mapFieldItems(run, "downloaded_files", mapSkyvernFile),
          createdAt: toIsoTimestamp(run.created_at),
          startedAt: toIsoTimestamp(run.started_at),
          finishedAt: toIsoTimestamp(run.finished_at),
          updatedAt: toIsoTimestamp(run.modified_at),
          // An archived recording exists but cannot be reached until restored: no link to it.
          recordingUrl: asBoolean(run.recording_archived) === true ? null : asNonBlankString(run.recording_url),
          logUrl: asNonBlankString(run.app_url),
          metadata: copyRecord(request?.run_metadata),
        };
      },
    },
    rawTask,
  );
}

/** The change key of a run (id and status, as for every source), then its `modified_at` and `step_count`. */
function skyvernChangeKey(rawTask: unknown): string | null {
  const key = changeKeyOf<"skyvern">(rawTask, { idField: "run_id", stepsOf: () => undefined });
  if (key === null) return null;
  const run = rawTask as Readonly<Record<string, unknown>>;
  return `${key}|${toJsonText(run.modified_at) ?? "-"}|${toJsonText(run.step_count) ?? "-"}`;
}

/** The Skyvern mapper as the lifecycle functions use it: task, status and change key. */
export const skyvernTaskMapper: TaskMapper<"skyvern"> = {
  normalize: normalizeSkyvernTask,
  mapStatus: mapSkyvernTaskStatus,
  // No steps to count: the run's last change (`modified_at`) and its step count say it moved on.
  changeKey: skyvernChangeKey,
};
