import type {
  BrowserUseCurrentTask,
  BrowserUseFile,
  BrowserUseSeedEraTask,
  BrowserUseTaskStatus,
  BrowserUseTaskStep,
} from "@agent-tasks/browser-use";
import { changeKeyOf } from "../mapping/change-key.js";
import { asBoolean, asNonBlankString, asString, asStringList, copyRecord } from "../mapping/coerce.js";
import { createAgentTaskStep, mapTask } from "../mapping/create-agent-task.js";
import { type Fields, fieldsOf, mapFieldItems, nestedFields } from "../mapping/fields.js";
import type { TaskMapper } from "../mapping/task-mapper.js";
import { toIsoTimestamp } from "../mapping/to-iso-timestamp.js";
import { unmappedStatus } from "../mapping/unmapped-status.js";
import { usdCost } from "../mapping/usd-cost.js";
import type {
  AgentTask,
  AgentTaskCost,
  AgentTaskFile,
  AgentTaskStatus,
  AgentTaskStep,
  RawTaskOf,
} from "../model/agent-task.js";

// Browser Use v2 tasks come in two shapes (docs/providers.md, "Browser Use v2", "Two eras"): today's `TaskView`
// (`output`, `createdAt`, `cost`, statuses created/started/finished/failed/stopped), and the seed-era shape stored
// before the API changed (`doneOutput`, an embedded `session` with the live view, `userUploadedFiles`,
// `isScheduled`, the status `paused`). Each object is read by the fields it carries.

/**
 * Maps a Browser Use v2 task status of either era onto the common lifecycle. The eras agree on the statuses they
 * share (`started`, `finished`, `stopped`); `paused` is the seed era's only, `created` and `failed` today's only.
 */
export function mapBrowserUseTaskStatus(status: string): AgentTaskStatus {
  const known = status as BrowserUseTaskStatus | BrowserUseSeedEraTask["status"];
  switch (known) {
    case "created":
      return "pending";
    case "started":
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

/** Fields only today's API sends (on `TaskView`, `TaskItemView` or `TaskStatusView`). */
const currentOnlyFields = [
  "output",
  "createdAt",
  "cost",
  "judgement",
  "judgeVerdict",
  "suggestions",
] as const satisfies readonly Exclude<keyof BrowserUseCurrentTask, keyof BrowserUseSeedEraTask>[];

/** Fields only seed-era tasks carry. */
const seedEraOnlyFields = [
  "doneOutput",
  "session",
  "userUploadedFiles",
  "isScheduled",
] as const satisfies readonly Exclude<keyof BrowserUseSeedEraTask, keyof BrowserUseCurrentTask>[];

function carries(task: Fields<RawTaskOf<"browser-use">>, field: string): boolean {
  return Object.hasOwn(task, field) && (task as Record<string, unknown>)[field] !== undefined;
}

/**
 * Which era a task is from, by its own fields: the seed era when it carries a seed-era-only field (`doneOutput`,
 * `session`, `userUploadedFiles`, `isScheduled`) or the status `paused`, and none of today's (`output`,
 * `createdAt`, `cost`, `judgement`, `judgeVerdict`, `suggestions`). Anything else is today's shape, including a
 * list item (`TaskItemView`) and a status view (`TaskStatusView`); today's fields win over seed-era ones, so a
 * task of today is never read as a stored one.
 */
export function browserUseTaskEra(task: Fields<RawTaskOf<"browser-use">>): "seed" | "current" {
  if (currentOnlyFields.some((field) => carries(task, field))) return "current";
  const seedEra = seedEraOnlyFields.some((field) => carries(task, field)) || task.status === "paused";
  return seedEra ? "seed" : "current";
}

/**
 * Today's `cost`, a USD amount as a decimal string ("0.0425"), as `{usd, credits: null}` (`usdCost`: a number is
 * taken as well; anything else gives `null`, never `NaN`).
 */
export const mapBrowserUseCost: (value: unknown) => AgentTaskCost | null = usdCost;

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

/**
 * Normalizes a Browser Use Cloud API v2 task of either era: `GET /tasks/{task_id}` (`TaskView`), an item of
 * `GET /tasks` (`TaskItemView`: no steps, no files), `GET /tasks/{task_id}/status` (`TaskStatusView`), or a
 * seed-era task stored before the API changed.
 */
export function normalizeBrowserUseTask(rawTask: unknown): AgentTask<"browser-use"> {
  return mapTask(
    {
      source: "browser-use",
      idField: "id",
      mapStatus: mapBrowserUseTaskStatus,
      mapFields: (task, status) => {
        const shared = {
          // `finished` covers success and failure alike: the agent's own verdict (`isSuccess`) tells them apart.
          // `judgeVerdict` and `judgement` (today's independent judge) stay in `raw`.
          success: status === "completed" ? asBoolean(task.isSuccess) : status === "failed" ? false : null,
          instructions: asString(task.task),
          steps: mapFieldItems(task, "steps", mapBrowserUseTaskStep),
          files: mapFieldItems(task, "outputFiles", mapBrowserUseFile),
          startedAt: toIsoTimestamp(task.startedAt),
          finishedAt: toIsoTimestamp(task.finishedAt),
          metadata: copyRecord(task.metadata),
        };
        if (browserUseTaskEra(task) === "seed") {
          return {
            ...shared,
            output: asString(task.doneOutput),
            liveUrl: asNonBlankString(nestedFields(task, "session")?.liveUrl),
          };
        }
        // Today's task has no live view of its own (only `sessionId`; the session has it).
        return {
          ...shared,
          output: asString(task.output),
          createdAt: toIsoTimestamp(task.createdAt),
          cost: mapBrowserUseCost(task.cost),
        };
      },
    },
    rawTask,
  );
}

/** The Browser Use (v2) mapper as the lifecycle functions use it: task, status and change key. */
export const browserUseTaskMapper: TaskMapper<"browser-use"> = {
  normalize: normalizeBrowserUseTask,
  mapStatus: mapBrowserUseTaskStatus,
  changeKey: (rawTask) => changeKeyOf<"browser-use">(rawTask, { idField: "id", stepsOf: (task) => task.steps }),
};
