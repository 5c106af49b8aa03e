import { realClock, type SimulationClock } from "./clock.js";
import type { Simulation } from "./simulation.js";
import type { SimulatedTask, TaskPlanOption, TaskQuestion } from "./task-store.js";

/** Options every provider simulation takes. */
export interface SimulationOptions<Input> {
  /** The key the simulation accepts (default `fake-<provider>-key`); any other key, or none, gets the provider's 401. */
  apiKey?: string;
  /**
   * Where task progress reads the time. Default: the real clock (`Date.now()`, which vitest's fake timers also
   * move). Pass `createManualClock()` to move tasks only when the test says so.
   */
  clock?: SimulationClock;
  /** How tasks run: one plan for all, or a function of the start body and the task's index (0 for the first). */
  task?: TaskPlanOption<Input>;
  /**
   * The most tasks active at once (not yet completed, failed or stopped). A start beyond it is refused with the
   * provider's own 429 answer and creates nothing. Default: no cap.
   */
  maxActiveTasks?: number;
  /** The base URL msw handlers intercept before `listen()`. Default: the provider's production base URL. */
  baseUrl?: string;
}

/**
 * Inspect and steer the simulated tasks directly, without HTTP (and without logging a request). Every task is
 * brought up to the clock's time when read. The changes throw `SimulatedTaskStateError` for an unknown task or one
 * that cannot make the change (completing a task that already ended, resuming one that is not paused).
 */
export interface TaskControls<Input, Extra> {
  /** The task, or `undefined` for an unknown id. */
  find(id: string): SimulatedTask<Input, Extra> | undefined;
  /** The task; throws for an unknown id. */
  get(id: string): SimulatedTask<Input, Extra>;
  /** Every task, newest first. */
  list(): SimulatedTask<Input, Extra>[];
  /** Tasks not yet ended (pending, running or paused): what `maxActiveTasks` counts. */
  activeCount(): number;
  /** Stops the task now; a task that already ended stays as it is. */
  stop(id: string): SimulatedTask<Input, Extra>;
  /** Ends the task now as failed, with `message` (default: its plan's `errorMessage`). */
  fail(id: string, message?: string): SimulatedTask<Input, Extra>;
  /** Ends the task now as completed, with every planned step done and `output` (default: its plan's). */
  complete(id: string, output?: string): SimulatedTask<Input, Extra>;
  /** Pauses a pending or running task; with `question`, it waits for a human's answer (Dari). */
  pause(id: string, question?: Omit<TaskQuestion, "askedAt">): SimulatedTask<Input, Extra>;
  /** Resumes a paused task where it left off. */
  resume(id: string): SimulatedTask<Input, Extra>;
}

/** A simulated provider API: its request log and faults, its tasks, and the task as the API renders it. */
export interface ProviderSimulation<Input, Extra, View> extends Simulation {
  readonly apiKey: string;
  readonly tasks: TaskControls<Input, Extra>;
  /** The task exactly as the provider's full "get task" answers it now. */
  view(id: string): View;
}

/** @internal The key a simulation accepts (`fake-<provider>-key` unless given) and the clock it reads. */
export function simulationDefaults(
  provider: string,
  options: { apiKey?: string; clock?: SimulationClock },
): { apiKey: string; clock: SimulationClock } {
  return { apiKey: options.apiKey ?? `fake-${provider}-key`, clock: options.clock ?? realClock };
}

/** @internal Whether a start must be refused: `maxActiveTasks` tasks are already active. */
export function atCapacity(options: { maxActiveTasks?: number }, store: { activeCount(): number }): boolean {
  return options.maxActiveTasks !== undefined && store.activeCount() >= options.maxActiveTasks;
}
