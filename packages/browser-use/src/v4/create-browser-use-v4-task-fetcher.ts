import type { TaskFetcher } from "@agent-tasks/core";
import type { BrowserUseV4Client } from "./create-browser-use-v4-client.js";
import { createRunReader } from "./read-run.js";
import type { BrowserUseV4Task } from "./task-types.js";

/** Reads API v4 runs by id: the run and its events (`{ run, events }`). */
export type BrowserUseV4TaskFetcher = TaskFetcher<"browser-use-v4", string, BrowserUseV4Task>;

/**
 * A task fetcher over `client`, for `getTask` and `waitForTask` from `@agent-tasks/normalize`. Each read is
 * `GET /runs/{run_id}` and then the run's events feed from the highest event id this fetcher read before
 * (`GET /runs/{run_id}/events?after=`, page after page while `hasMore`): polling a run downloads only its new events,
 * and resolves all of them so far, in id order. The fetcher remembers the events of a run until a read finds the run
 * `completed`, `failed` or `cancelled` (and of at most 256 runs at once); keep one fetcher for as long as you watch.
 */
export function createBrowserUseV4TaskFetcher(client: BrowserUseV4Client): BrowserUseV4TaskFetcher {
  return { source: "browser-use-v4", fetchTask: createRunReader(client) };
}
