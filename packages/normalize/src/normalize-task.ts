import { type AgentTask, type AgentTaskSource, type AgentTaskStatus, agentTaskSources } from "./model/agent-task.js";
import { NormalizeError } from "./normalize-error.js";
import { mapBrowserUseTaskStatus, normalizeBrowserUseTask } from "./providers/browser-use.js";
import { mapBrowserUseV1TaskStatus, normalizeBrowserUseV1Task } from "./providers/browser-use-v1.js";
import { mapBrowserActTaskStatus, normalizeBrowserActTask } from "./providers/browseract.js";
import { mapDariTaskStatus, normalizeDariTask } from "./providers/dari.js";
import { mapHyperbrowserTaskStatus, normalizeHyperbrowserTask } from "./providers/hyperbrowser.js";

// One row per source: its task mapper, and its status mapper for a bare status string (a cheap status read).
const mappers: {
  readonly [Source in AgentTaskSource]: {
    readonly normalize: (rawTask: unknown) => AgentTask<Source>;
    readonly mapStatus: (status: string) => AgentTaskStatus;
  };
} = {
  hyperbrowser: { normalize: normalizeHyperbrowserTask, mapStatus: mapHyperbrowserTaskStatus },
  "browser-use": { normalize: normalizeBrowserUseTask, mapStatus: mapBrowserUseTaskStatus },
  "browser-use-v1": { normalize: normalizeBrowserUseV1Task, mapStatus: mapBrowserUseV1TaskStatus },
  dari: { normalize: normalizeDariTask, mapStatus: mapDariTaskStatus },
  browseract: { normalize: normalizeBrowserActTask, mapStatus: mapBrowserActTaskStatus },
};

function isAgentTaskSource(source: unknown): source is AgentTaskSource {
  return typeof source === "string" && Object.hasOwn(mappers, source);
}

/** Maps a raw task from any source onto the common `AgentTask`; throws `NormalizeError` on unusable input. */
export function normalizeTask<Source extends AgentTaskSource>(source: Source, rawTask: unknown): AgentTask<Source> {
  if (!isAgentTaskSource(source)) {
    const given = typeof source === "string" ? source : String(source);
    throw new NormalizeError(given, null, `unknown source; expected one of ${agentTaskSources.join(", ")}`);
  }
  return (mappers[source].normalize as (rawTask: unknown) => AgentTask<Source>)(rawTask);
}

/**
 * Maps one source's raw status string (what a `TaskStatusOperation` returns) onto `AgentTaskStatus`, through the
 * same per-source mapper `normalizeTask` uses. An unknown source or status gives `"unknown"`. Internal.
 */
export function mapStatus(source: AgentTaskSource, rawStatus: string): AgentTaskStatus {
  return isAgentTaskSource(source) && typeof rawStatus === "string" ? mappers[source].mapStatus(rawStatus) : "unknown";
}
