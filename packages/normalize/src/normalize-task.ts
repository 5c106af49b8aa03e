import { type AgentTask, type AgentTaskSource, agentTaskSources } from "./model/agent-task.js";
import { NormalizeError } from "./normalize-error.js";
import { normalizeBrowserUseTask } from "./providers/browser-use.js";
import { normalizeBrowserUseV1Task } from "./providers/browser-use-v1.js";
import { normalizeBrowserActTask } from "./providers/browseract.js";
import { normalizeDariTask } from "./providers/dari.js";
import { normalizeHyperbrowserTask } from "./providers/hyperbrowser.js";

const mappers: { readonly [Source in AgentTaskSource]: (rawTask: unknown) => AgentTask<Source> } = {
  hyperbrowser: normalizeHyperbrowserTask,
  "browser-use": normalizeBrowserUseTask,
  "browser-use-v1": normalizeBrowserUseV1Task,
  dari: normalizeDariTask,
  browseract: normalizeBrowserActTask,
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
  return (mappers[source] as (rawTask: unknown) => AgentTask<Source>)(rawTask);
}
