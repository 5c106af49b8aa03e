import { isTerminalStatus } from "../is-terminal-status.js";
import type { AgentTask, AgentTaskSource, AgentTaskStatus, AgentTaskStep, RawTaskOf } from "../model/agent-task.js";
import { asFiniteNumber, asNonBlankString } from "./coerce.js";
import type { Fields } from "./fields.js";
import { parseStructuredOutput } from "./parse-structured-output.js";
import { readProviderStatus, readTaskId, readTaskRecord } from "./read-task-record.js";

type DerivedField = "source" | "id" | "status" | "providerStatus" | "isTerminal" | "raw";

interface AgentTaskIdentity {
  id: string;
  status: AgentTaskStatus;
  providerStatus: string;
}

function successFor(status: AgentTaskStatus): boolean | null {
  if (status === "completed") return true;
  if (status === "failed") return false;
  return null;
}

/** Fills every field a mapper left out with its empty value, and derives `isTerminal`, `success` and `structuredOutput`. */
function createAgentTask<Source extends AgentTaskSource>(
  source: Source,
  rawTask: unknown,
  identity: AgentTaskIdentity,
  fields: Partial<Omit<AgentTask<Source>, DerivedField>>,
): AgentTask<Source> {
  const output = fields.output ?? null;
  return {
    source,
    id: identity.id,
    status: identity.status,
    providerStatus: identity.providerStatus,
    isTerminal: isTerminalStatus(identity.status),
    success: fields.success !== undefined ? fields.success : successFor(identity.status),
    instructions: fields.instructions ?? null,
    output,
    structuredOutput: fields.structuredOutput !== undefined ? fields.structuredOutput : parseStructuredOutput(output),
    error: fields.error ?? null,
    liveUrl: fields.liveUrl ?? null,
    steps: fields.steps ?? [],
    files: fields.files ?? [],
    createdAt: fields.createdAt ?? null,
    startedAt: fields.startedAt ?? null,
    finishedAt: fields.finishedAt ?? null,
    updatedAt: fields.updatedAt ?? null,
    cost: fields.cost ?? null,
    recordingUrl: fields.recordingUrl ?? null,
    logUrl: fields.logUrl ?? null,
    shareUrl: fields.shareUrl ?? null,
    downloadsUrl: fields.downloadsUrl ?? null,
    metadata: fields.metadata ?? {},
    // The caller's object itself, not a copy: nothing the provider sent is lost.
    raw: rawTask as RawTaskOf<Source>,
  };
}

/** A step with every field the mapper left out set to its empty value. */
export function createAgentTaskStep(
  rawStep: unknown,
  position: number,
  stepNumber: unknown,
  fields: Partial<Omit<AgentTaskStep, "index" | "raw">>,
): AgentTaskStep {
  const number = asFiniteNumber(stepNumber);
  return {
    index: number !== null && Number.isInteger(number) ? number : position,
    status: fields.status ?? null,
    goal: fields.goal ?? null,
    evaluation: fields.evaluation ?? null,
    memory: fields.memory ?? null,
    url: fields.url ?? null,
    screenshotUrl: fields.screenshotUrl ?? null,
    actions: fields.actions ?? [],
    timestamp: fields.timestamp ?? null,
    raw: rawStep,
  };
}

export interface TaskMapping<Source extends AgentTaskSource> {
  source: Source;
  /** Field holding the task id (`jobId`, `job_id`, `id`). */
  idField: keyof Fields<RawTaskOf<Source>> & string;
  mapStatus: (providerStatus: string) => AgentTaskStatus;
  /**
   * Reads the remaining fields from the task, already checked to be an object, through the field names of the
   * provider's generated schema: a field the spec no longer declares fails type-checking here.
   */
  mapFields: (
    task: Fields<RawTaskOf<Source>>,
    status: AgentTaskStatus,
  ) => Partial<Omit<AgentTask<Source>, DerivedField>>;
}

/** The one path every mapper takes: check the object and its id, map the status, then the fields. */
export function mapTask<Source extends AgentTaskSource>(
  mapping: TaskMapping<Source>,
  rawTask: unknown,
): AgentTask<Source> {
  const task = readTaskRecord(mapping.source, rawTask);
  const id = readTaskId(mapping.source, task, mapping.idField);
  const providerStatus = readProviderStatus(task, "status");
  const status = mapping.mapStatus(providerStatus);
  const fields = mapping.mapFields(task as Fields<RawTaskOf<Source>>, status);
  return createAgentTask(mapping.source, rawTask, { id, status, providerStatus }, fields);
}

/** An error message string as the model's error, or `null` when blank or absent. */
export function errorFromMessage(value: unknown): { message: string; code: null } | null {
  const message = asNonBlankString(value);
  return message === null ? null : { message, code: null };
}
