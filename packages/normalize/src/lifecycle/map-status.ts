import type { AgentTaskSource, AgentTaskStatus } from "../model/agent-task.js";
import { mapBrowserUseTaskStatus } from "../providers/browser-use.js";
import { mapBrowserUseV1TaskStatus } from "../providers/browser-use-v1.js";
import { mapBrowserActTaskStatus } from "../providers/browseract.js";
import { mapDariTaskStatus } from "../providers/dari.js";
import { mapHyperbrowserTaskStatus } from "../providers/hyperbrowser.js";

const statusMappers: { readonly [Source in AgentTaskSource]: (status: string) => AgentTaskStatus } = {
  hyperbrowser: mapHyperbrowserTaskStatus,
  "browser-use": mapBrowserUseTaskStatus,
  "browser-use-v1": mapBrowserUseV1TaskStatus,
  dari: mapDariTaskStatus,
  browseract: mapBrowserActTaskStatus,
};

/**
 * Maps one source's raw status string (what a `TaskStatusOperation` returns) onto `AgentTaskStatus`, through the
 * same per-source mapper `normalizeTask` uses. An unknown source or status gives `"unknown"`. Internal.
 */
export function mapStatus(source: AgentTaskSource, rawStatus: string): AgentTaskStatus {
  const mapper = Object.hasOwn(statusMappers, source) ? statusMappers[source] : undefined;
  return mapper === undefined || typeof rawStatus !== "string" ? "unknown" : mapper(rawStatus);
}
