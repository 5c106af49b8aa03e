import { type TaskCallOptions, unwrap } from "@agent-tasks/core";
import { requireTaskId } from "@agent-tasks/core/internal";
import type { BrowserUseV4Client } from "./create-browser-use-v4-client.js";
import type { BrowserUseV4RunEvent, BrowserUseV4RunStatus, BrowserUseV4Task } from "./task-types.js";

/** The statuses after which a run changes no more: its events feed is complete. */
const TERMINAL_STATUSES: ReadonlySet<BrowserUseV4RunStatus> = new Set(["completed", "failed", "cancelled"]);

/**
 * How many runs a reader remembers the events of at once. A run that is watched to its end is forgotten then; this
 * bounds what runs read but never watched to the end hold. A run beyond it (the least recently read) is forgotten,
 * and its next read starts the feed from the beginning again: slower, never wrong.
 */
export const MAX_REMEMBERED_RUNS = 256;

/** The events of one run read so far, in id order, and the highest id among them (the feed's `after` cursor). */
interface RunMemory {
  events: readonly BrowserUseV4RunEvent[];
  lastId: number;
}

/** `events` with those of `page` whose id is above the highest seen, appended in the feed's order. */
function merge(memory: RunMemory, page: readonly BrowserUseV4RunEvent[]): void {
  const fresh: BrowserUseV4RunEvent[] = [];
  let { lastId } = memory;
  for (const event of page) {
    if (event.id <= lastId) continue; // read already, by this read or another one running beside it
    fresh.push(event);
    lastId = event.id;
  }
  if (fresh.length === 0) return;
  memory.events = [...memory.events, ...fresh];
  memory.lastId = lastId;
}

/**
 * Reads one run the way the v4 fetcher and adapter do: `GET /runs/{run_id}`, then the events feed
 * (`GET /runs/{run_id}/events?after=`) from the highest event id read before, page after page while `hasMore`.
 * The events read are remembered per run id, so every later read downloads only the new ones; the memory of a run
 * is dropped once a read found it terminal. The run is read first: a run that is terminal by then has all its
 * events in the feed, so the last read of a run misses none.
 *
 * Reads of one run may overlap (two watchers, a `get` beside a `waitForTask`): each keeps only the events above the
 * highest id already remembered, so none is kept twice and, since every page holds every event above its `after`,
 * none is skipped. Each read resolves a new `{ run, events }`; the arrays it returned before never change.
 */
export function createRunReader(
  client: BrowserUseV4Client,
): (runId: string, options?: TaskCallOptions) => Promise<BrowserUseV4Task> {
  const remembered = new Map<string, RunMemory>();

  /** The memory of `runId`, made the most recently used; the least recently used beyond the limit is dropped. */
  function memoryOf(runId: string): RunMemory {
    const memory = remembered.get(runId) ?? { events: [], lastId: 0 };
    remembered.delete(runId);
    remembered.set(runId, memory);
    if (remembered.size > MAX_REMEMBERED_RUNS) {
      const oldest = remembered.keys().next().value;
      if (oldest !== undefined) remembered.delete(oldest);
    }
    return memory;
  }

  return async (runId, { signal } = {}) => {
    const run_id = requireTaskId("browser-use-v4", "runId", runId);
    const path = { run_id };
    const run = await unwrap(client.GET("/runs/{run_id}", { params: { path }, signal }));
    const memory = memoryOf(run_id);
    let after = memory.lastId;
    for (;;) {
      const page = await unwrap(client.GET("/runs/{run_id}/events", { params: { path, query: { after } }, signal }));
      // The spec requires `events`; a page without an array of them (a proxy's or a stub's answer) adds none.
      const events = Array.isArray(page.events) ? page.events : [];
      merge(memory, events);
      const next = page.nextAfter ?? events.at(-1)?.id ?? after;
      // A page that says there is more but moves the cursor nowhere would loop forever: stop at it.
      if (page.hasMore !== true || next <= after) break;
      after = next;
    }
    const { events } = memory;
    if (TERMINAL_STATUSES.has(run.status) && remembered.get(run_id) === memory) remembered.delete(run_id);
    return { run, events };
  };
}
