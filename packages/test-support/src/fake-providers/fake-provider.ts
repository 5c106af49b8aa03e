import type { FakeClock } from "./clock.js";
import type { FakeHttpServer } from "./fake-server.js";
import type { FakeTaskPlanOption, FakeTaskStore } from "./task-store.js";

/** Options every fake takes. */
export interface FakeProviderOptions<Input> {
  /** The key the fake accepts (default `fake-<provider>-key`); any other key, or none, gets the provider's 401. */
  apiKey?: string;
  /** Default: the real clock. Pass `createManualClock()` to drive task progress from the test. */
  clock?: FakeClock;
  /** How tasks run: one plan for all, or a function of the start body and the task's index. */
  task?: FakeTaskPlanOption<Input>;
  /** Default 0 (any free port). */
  port?: number;
}

/** Inspect and steer the fake's tasks directly, without HTTP (and without logging a request). */
export type FakeTaskControls<Input, Extra> = Pick<
  FakeTaskStore<Input, Extra>,
  "find" | "get" | "list" | "activeCount" | "stop" | "fail" | "complete" | "pause" | "resume"
>;

/** A running fake provider API: the HTTP server, its tasks, and the task as the API renders it. */
export interface FakeProvider<Input, Extra, View> extends FakeHttpServer {
  readonly apiKey: string;
  readonly tasks: FakeTaskControls<Input, Extra>;
  /** The task exactly as the provider's full "get task" answers it now. */
  view(id: string): View;
}
