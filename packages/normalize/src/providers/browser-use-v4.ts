import type { BrowserUseV4RunEvent, BrowserUseV4RunStatus } from "@agent-tasks/browser-use/v4";
import { changeKeyOf } from "../mapping/change-key.js";
import { asNonBlankString, asRecord, asString, toJsonText } from "../mapping/coerce.js";
import { createAgentTaskStep, errorFromMessage, mapTask } from "../mapping/create-agent-task.js";
import { fieldsOf, nestedFields } from "../mapping/fields.js";
import type { TaskMapper } from "../mapping/task-mapper.js";
import { toIsoTimestamp } from "../mapping/to-iso-timestamp.js";
import { unmappedStatus } from "../mapping/unmapped-status.js";
import { usdCost } from "../mapping/usd-cost.js";
import type { AgentTask, AgentTaskStatus, AgentTaskStep } from "../model/agent-task.js";
import { NormalizeError } from "../normalize-error.js";

// A Browser Use v4 raw task is what the v4 fetcher reads, `{run, events}`: the run (`RunSummary`, `GET /runs/{id}`)
// and every event of its feed so far (`GET /runs/{id}/events`); or a bare `RunSummary`, as `GET /runs` lists it.
// The spec types an event's `data` as an open object; the one event type Browser Use documents is `browser.ready`,
// whose `data.live_view_url` is the run's live browser (docs/providers.md, "Browser Use v4").

/** Maps a Browser Use v4 run status onto the common lifecycle (`dispatching` is still waiting for a worker). */
export function mapBrowserUseV4TaskStatus(status: string): AgentTaskStatus {
  const known = status as BrowserUseV4RunStatus;
  switch (known) {
    case "queued":
    case "dispatching":
      return "pending";
    case "running":
      return "running";
    case "completed":
      return "completed";
    case "failed":
      return "failed";
    case "cancelled":
      return "stopped";
    default:
      return unmappedStatus(known);
  }
}

/**
 * The run and events of a raw task: `{run, events}` (the fetcher's; the only shape with an own `run` field), or a
 * bare `RunSummary` (no events). Reads nothing else, so the shared mapping code needs no notion of a wrapped task.
 */
function splitRawTask(rawTask: unknown): { run: unknown; events: unknown; wrapped: boolean } {
  const record = asRecord(rawTask);
  if (record === null || !Object.hasOwn(record, "run")) return { run: rawTask, events: undefined, wrapped: false };
  return { run: record.run, events: record.events, wrapped: true };
}

/** How long a step's summary of its event's `data` may grow, in characters. */
const SUMMARY_LENGTH = 200;

/**
 * An event's `data` as one line: `key: value` for each field (text as is, anything else as JSON), in the order
 * sent, cut at `SUMMARY_LENGTH` characters; `null` when it holds nothing to show.
 */
export function summarizeBrowserUseV4EventData(data: unknown): string | null {
  const record = asRecord(data);
  if (record === null) return null;
  const parts: string[] = [];
  for (const [key, value] of Object.entries(record)) {
    const text = (typeof value === "string" ? value : toJsonText(value))?.replace(/\s+/g, " ").trim();
    if (text) parts.push(`${key}: ${text}`);
  }
  if (parts.length === 0) return null;
  const characters = Array.from(parts.join(", "));
  return characters.length > SUMMARY_LENGTH
    ? `${characters.slice(0, SUMMARY_LENGTH - 1).join("")}…`
    : characters.join("");
}

/** Maps one `RunEvent`: its id is the step's index, its `type` and a summary of its `data` the goal. */
export function mapBrowserUseV4Event(rawEvent: unknown, position: number): AgentTaskStep {
  const event = fieldsOf<BrowserUseV4RunEvent>(rawEvent);
  const type = asNonBlankString(event?.type);
  const summary = summarizeBrowserUseV4EventData(event?.data);
  return createAgentTaskStep(rawEvent, position, event?.id, {
    goal: type !== null && summary !== null ? `${type}: ${summary}` : (type ?? summary),
    timestamp: toIsoTimestamp(event?.ts),
  });
}

/** The events in id order (the feed's order); an event without an integer id keeps its place after those with one. */
function eventsInIdOrder(events: unknown): unknown[] {
  if (!Array.isArray(events)) return [];
  const keyed: { event: unknown; id: number }[] = [];
  for (let index = 0; index < events.length; index++) {
    // A hole of a sparse array is no event.
    if (!(index in events)) continue;
    const event: unknown = events[index];
    const id = asRecord(event)?.id;
    keyed.push({ event, id: Number.isSafeInteger(id) ? (id as number) : Number.POSITIVE_INFINITY });
  }
  // Array#sort is stable: events with the same id (or none) keep the order they came in.
  return keyed.sort((a, b) => (a.id === b.id ? 0 : a.id < b.id ? -1 : 1)).map(({ event }) => event);
}

/** The live browser: `data.live_view_url` of the last event carrying one (`browser.ready`), else `null`. */
function liveViewUrlOf(events: readonly unknown[]): string | null {
  for (let index = events.length - 1; index >= 0; index--) {
    const data = nestedFields(fieldsOf<BrowserUseV4RunEvent>(events[index]), "data");
    const url = asNonBlankString(data?.live_view_url);
    if (url !== null) return url;
  }
  return null;
}

/**
 * Normalizes a Browser Use API v4 run: what the v4 task fetcher reads (`{run, events}`: `GET /runs/{run_id}` and
 * the events of `GET /runs/{run_id}/events`, one step per event in id order), or a bare `RunSummary` (an item of
 * `GET /runs`, no steps). Output is `result`, parsed when it is a JSON object or array; cost is `totalCostUsd`.
 */
export function normalizeBrowserUseV4Task(rawTask: unknown): AgentTask<"browser-use-v4"> {
  const { run, events: rawEvents, wrapped } = splitRawTask(rawTask);
  const events = eventsInIdOrder(rawEvents);
  let task: AgentTask<"browser-use-v4">;
  try {
    task = mapTask(
      {
        source: "browser-use-v4",
        idField: "id",
        mapStatus: mapBrowserUseV4TaskStatus,
        mapFields: (summary) => ({
          instructions: asString(summary.task),
          output: asString(summary.result),
          error: errorFromMessage(summary.error),
          liveUrl: liveViewUrlOf(events),
          steps: events.map((event, index) => mapBrowserUseV4Event(event, index + 1)),
          createdAt: toIsoTimestamp(summary.createdAt),
          updatedAt: toIsoTimestamp(summary.updatedAt),
          // Token totals (`totalInputTokens`, `totalOutputTokens`) and `judgement` stay in `raw`.
          cost: usdCost(summary.totalCostUsd),
        }),
      },
      run,
    );
  } catch (error) {
    // Say where in `{run, events}` the problem is, and keep the whole raw task.
    if (!wrapped || !(error instanceof NormalizeError)) throw error;
    const prefix = `normalizeTask(${JSON.stringify(error.source)}): ${error.path === null ? "" : `${error.path}: `}`;
    const problem = error.message.slice(prefix.length);
    throw new NormalizeError("browser-use-v4", error.path === "(root)" ? "run" : `run.${error.path}`, problem, {
      cause: error.cause,
      raw: rawTask,
    });
  }
  // `raw` is what was passed in: the run with its events.
  return wrapped ? { ...task, raw: rawTask as AgentTask<"browser-use-v4">["raw"] } : task;
}

/** The change key of a run (id and status, as for every source), then how many events and the highest event id. */
function browserUseV4ChangeKey(rawTask: unknown): string | null {
  const { run, events, wrapped } = splitRawTask(rawTask);
  const runKey = changeKeyOf<"browser-use-v4">(run, { idField: "id", stepsOf: () => undefined });
  if (runKey === null || !wrapped) return runKey;
  const prototype = Object.getPrototypeOf(rawTask);
  if (prototype !== Object.prototype && prototype !== null) return null;
  // No events: the same key as the bare run, which normalizes to the same task.
  if (!Array.isArray(events) || events.length === 0) return runKey;
  let highest = -1;
  for (const event of events) {
    const id = asRecord(event)?.id;
    if (Number.isSafeInteger(id) && (id as number) > highest) highest = id as number;
  }
  return `${runKey}|${events.length}@${highest}`;
}

/** The Browser Use v4 mapper as the lifecycle functions use it: task, status and change key. */
export const browserUseV4TaskMapper: TaskMapper<"browser-use-v4"> = {
  normalize: normalizeBrowserUseV4Task,
  mapStatus: mapBrowserUseV4TaskStatus,
  // The run's id and status, and how many events were read and the highest event id (the feed's cursor).
  changeKey: browserUseV4ChangeKey,
};
