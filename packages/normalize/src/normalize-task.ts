import { isPlainContainer } from "@agent-tasks/core/internal";
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

/**
 * Where reading `rawTask` failed: runs `normalize` once more on a view of `rawTask` that notes the path of each
 * property read, and returns the path of the read that threw (`"data.steps[1].action"`), or `"(root)"` when the
 * second run fails elsewhere (or not at all). Runs only after a failure, so a task that maps pays nothing; the
 * raw task's getters do run a second time.
 */
function pathOfFailedRead(normalize: (rawTask: unknown) => unknown, rawTask: unknown): string {
  let failedAt: string | null = null;
  const view = (value: unknown, path: string): unknown => {
    // Only plain objects and arrays are viewed: a built-in (a Date's getTime) must run on the object itself.
    if (typeof value !== "object" || value === null || !isPlainContainer(value)) return value;
    return new Proxy(value, {
      get(target, key) {
        const name = String(key);
        const at = Array.isArray(target) && /^\d+$/.test(name) ? `${path}[${name}]` : path ? `${path}.${name}` : name;
        let read: unknown;
        try {
          read = Reflect.get(target, key, target);
        } catch (error) {
          failedAt ??= at;
          throw error;
        }
        // A read-only, non-configurable property must read as itself (a Proxy invariant): it is not followed.
        const own = Reflect.getOwnPropertyDescriptor(target, key);
        return own !== undefined && !own.configurable && !own.writable ? read : view(read, at);
      },
    });
  };
  try {
    normalize(view(rawTask, ""));
  } catch {
    // The same failure, seen again; only where it happened is kept.
  }
  return failedAt ?? "(root)";
}

/** `error` as a short text: `TypeError: the getter broke`; never throws, whatever was thrown. */
function describeThrown(error: unknown): string {
  try {
    return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  } catch {
    return Object.prototype.toString.call(error);
  }
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
  const normalize = mappers[source].normalize as (rawTask: unknown) => AgentTask<Source>;
  try {
    return normalize(rawTask);
  } catch (error) {
    if (error instanceof NormalizeError) throw error;
    const path = pathOfFailedRead(normalize, rawTask);
    throw new NormalizeError(source, path, `reading it threw ${describeThrown(error)}`, { cause: error, raw: rawTask });
  }
}

/**
 * Maps one source's raw status string (what an adapter's cheap `status` read or a webhook gives) onto
 * `AgentTaskStatus`, through the same per-source mapper `normalizeTask` uses. An unknown source or status gives
 * `"unknown"`.
 */
export function mapTaskStatus(source: AgentTaskSource, rawStatus: string): AgentTaskStatus {
  return isAgentTaskSource(source) && typeof rawStatus === "string" ? mappers[source].mapStatus(rawStatus) : "unknown";
}
