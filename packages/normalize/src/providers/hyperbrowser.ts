import type { HyperAgentTaskStatus } from "@agent-tasks/hyperbrowser";
import { changeKeyOf } from "../mapping/change-key.js";
import { asNonBlankString, asString, asStringList } from "../mapping/coerce.js";
import { createAgentTaskStep, errorFromMessage, mapTask } from "../mapping/create-agent-task.js";
import { fieldsOf, mapFieldItems, nestedFields } from "../mapping/fields.js";
import type { TaskMapper } from "../mapping/task-mapper.js";
import { unmappedStatus } from "../mapping/unmapped-status.js";
import type { AgentTask, AgentTaskStatus, AgentTaskStep } from "../model/agent-task.js";

/** Maps a HyperAgent task status onto the common lifecycle. */
export function mapHyperbrowserTaskStatus(status: string): AgentTaskStatus {
  const known = status as HyperAgentTaskStatus;
  switch (known) {
    case "pending":
      return "pending";
    case "running":
      return "running";
    case "completed":
      return "completed";
    case "failed":
      return "failed";
    case "stopped":
      return "stopped";
    default:
      return unmappedStatus(known);
  }
}

/**
 * A `data.steps` item. The spec leaves steps untyped; the official SDK (hyperbrowserai/node-sdk@d196bef) types
 * them as `{idx, agentOutput: {thoughts, memory, nextGoal, actions[]}, actionOutputs[]}` for agent 0.8.0 and
 * `{idx, agentOutput: {thoughts, memory, action}, actionOutput}` for 1.1.0. This is the union of what we read.
 */
interface HyperAgentSdkStep {
  idx?: number;
  agentOutput?: { thoughts?: string; memory?: string; nextGoal?: string; actions?: unknown[]; action?: unknown };
}

/** Maps one `data.steps` item; a shape other than the SDK's keeps only `raw`. */
export function mapHyperbrowserTaskStep(rawStep: unknown, position: number): AgentTaskStep {
  const step = fieldsOf<HyperAgentSdkStep>(rawStep);
  const agentOutput = nestedFields(step, "agentOutput");
  const actions = Array.isArray(agentOutput?.actions)
    ? asStringList(agentOutput.actions)
    : agentOutput?.action !== undefined
      ? asStringList([agentOutput.action])
      : [];
  return createAgentTaskStep(rawStep, position, step?.idx, {
    goal: asString(agentOutput?.nextGoal),
    memory: asString(agentOutput?.memory),
    actions,
  });
}

/** Normalizes a HyperAgent task (`GET /api/task/hyper-agent/{id}`). */
export function normalizeHyperbrowserTask(rawTask: unknown): AgentTask<"hyperbrowser"> {
  return mapTask(
    {
      source: "hyperbrowser",
      idField: "jobId",
      mapStatus: mapHyperbrowserTaskStatus,
      mapFields: (task) => {
        const data = nestedFields(task, "data");
        return {
          output: asString(data?.finalResult),
          error: errorFromMessage(task.error),
          liveUrl: asNonBlankString(task.liveUrl),
          steps: mapFieldItems(data, "steps", mapHyperbrowserTaskStep),
        };
      },
    },
    rawTask,
  );
}

/** The Hyperbrowser mapper as the lifecycle functions use it: task, status and change key. */
export const hyperbrowserTaskMapper: TaskMapper<"hyperbrowser"> = {
  normalize: normalizeHyperbrowserTask,
  mapStatus: mapHyperbrowserTaskStatus,
  changeKey: (rawTask) =>
    changeKeyOf<"hyperbrowser">(rawTask, { idField: "jobId", stepsOf: (task) => nestedFields(task, "data")?.steps }),
};
