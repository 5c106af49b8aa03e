import { normalizeWith, type TaskMapper } from "./mapping/task-mapper.js";
import { type AgentTask, type AgentTaskSource, type AgentTaskStatus, agentTaskSources } from "./model/agent-task.js";
import { NormalizeError } from "./normalize-error.js";
import { browserUseTaskMapper } from "./providers/browser-use.js";
import { browserUseV1TaskMapper } from "./providers/browser-use-v1.js";
import { browserUseV4TaskMapper } from "./providers/browser-use-v4.js";
import { browserActTaskMapper } from "./providers/browseract.js";
import { dariTaskMapper } from "./providers/dari.js";
import { hyperbrowserTaskMapper } from "./providers/hyperbrowser.js";
import { skyvernTaskMapper } from "./providers/skyvern.js";

/**
 * One row per source: its task mapper, its status mapper for a bare status string (a cheap status read), and its
 * change key. The main entry point's functions use this table; a provider's entry point
 * (`@agent-tasks/normalize/hyperbrowser`) has a table of its own row only, so its bundle carries no other mapper.
 */
export const everyTaskMapper: { readonly [Source in AgentTaskSource]: TaskMapper<Source> } = {
  hyperbrowser: hyperbrowserTaskMapper,
  "browser-use": browserUseTaskMapper,
  "browser-use-v1": browserUseV1TaskMapper,
  dari: dariTaskMapper,
  browseract: browserActTaskMapper,
  "browser-use-v4": browserUseV4TaskMapper,
  skyvern: skyvernTaskMapper,
};

function isAgentTaskSource(source: unknown): source is AgentTaskSource {
  return typeof source === "string" && Object.hasOwn(everyTaskMapper, source);
}

/**
 * Maps a raw task from any source onto the common `AgentTask`; throws `NormalizeError` on unusable input, including
 * a raw task whose getter (or proxy trap) throws: that error becomes the `cause`, and `path` says which read failed.
 * Every `NormalizeError` thrown here keeps the raw task as `raw`.
 */
export function normalizeTask<Source extends AgentTaskSource>(source: Source, rawTask: unknown): AgentTask<Source> {
  if (!isAgentTaskSource(source)) {
    const given = typeof source === "string" ? source : String(source);
    throw new NormalizeError(given, null, `unknown source; expected one of ${agentTaskSources.join(", ")}`, {
      raw: rawTask,
    });
  }
  return normalizeWith(source, everyTaskMapper[source] as TaskMapper<Source>, rawTask);
}

/**
 * Maps one source's raw status string (what an adapter's cheap `status` read or a webhook gives) onto
 * `AgentTaskStatus`, through the same per-source mapper `normalizeTask` uses. An unknown source or status gives
 * `"unknown"`.
 */
export function mapTaskStatus(source: AgentTaskSource, rawStatus: string): AgentTaskStatus {
  return isAgentTaskSource(source) && typeof rawStatus === "string"
    ? everyTaskMapper[source].mapStatus(rawStatus)
    : "unknown";
}
