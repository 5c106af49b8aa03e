import type { SimulationClock } from "./clock.js";

/**
 * Where a fake task is in its life, provider-neutral; each fake maps it onto its provider's status strings.
 * `paused` covers both a paused task and one waiting for a human's answer (`question` is then set).
 */
export type TaskPhase = "pending" | "running" | "paused" | "completed" | "failed" | "stopped";

const terminalPhases: ReadonlySet<TaskPhase> = new Set(["completed", "failed", "stopped"]);

/** True for `completed`, `failed` and `stopped`. */
export function isTerminalPhase(phase: TaskPhase): boolean {
  return terminalPhases.has(phase);
}

/**
 * How one task runs. Progress time counts only while the task is not paused: it waits `startDelayMs`
 * (pending), then runs `durationMs`, completing `steps` steps evenly spaced (the last at the end), then ends
 * with `outcome`.
 */
export interface TaskPlan {
  startDelayMs: number;
  durationMs: number;
  steps: number;
  outcome: "completed" | "failed";
  /** The final output of a completed task (JSON text for structured output). `null`: the fake makes one up. */
  output: string | null;
  /** The error of a failed task. */
  errorMessage: string;
  /** Cost added by each step, in USD; each fake reports it in its provider's unit. */
  costPerStepUsd: number;
  /**
   * Names of the files a completed task produced (`["report.pdf"]`), rendered where the provider's task has a
   * place for files: Browser Use `outputFiles`, BrowserAct `download_files`, Dari `downloads_link`. Hyperbrowser's
   * tasks have none. Default: no files.
   */
  files?: readonly string[];
}

export const defaultTaskPlan: TaskPlan = {
  startDelayMs: 0,
  durationMs: 10_000,
  steps: 3,
  outcome: "completed",
  output: null,
  errorMessage: "The agent could not complete the task",
  costPerStepUsd: 0.01,
};

/** A plan for every task, or a function of the start request body and the task's index (0 for the first). */
export type TaskPlanOption<Input> = Partial<TaskPlan> | ((input: Input, index: number) => Partial<TaskPlan>);

/** A question the agent asked a human (Dari's human in the loop); the task waits until it is answered. */
export interface TaskQuestion {
  readonly questionId: string;
  readonly question: string;
  readonly options: readonly string[];
  readonly askedAt: number;
}

/** One phase change, at clock time `at`. */
export interface TaskTransition {
  readonly phase: TaskPhase;
  readonly at: number;
}

/** A task as the store holds it, copied; times are clock milliseconds. */
export interface SimulatedTask<Input = unknown, Extra = unknown> {
  readonly id: string;
  readonly index: number;
  readonly phase: TaskPhase;
  /** The provider's own status string for `phase`, as the fake answers it. */
  readonly providerStatus: string;
  /** The start request body, parsed. */
  readonly input: Input;
  /** What the fake keeps besides (Browser Use's sessionId and metadata, Dari's org and endpoint...). */
  readonly extra: Extra;
  readonly plan: TaskPlan;
  readonly createdAt: number;
  readonly startedAt: number | null;
  /** When the task became terminal (completed, failed or stopped), `null` before. */
  readonly finishedAt: number | null;
  /** When each completed step was done; its length is the number of steps done. */
  readonly stepTimes: readonly number[];
  readonly output: string | null;
  readonly error: string | null;
  readonly question: TaskQuestion | null;
  readonly transitions: readonly TaskTransition[];
  readonly updatedAt: number;
}

interface TaskRecord<Input, Extra> {
  id: string;
  index: number;
  phase: TaskPhase;
  input: Input;
  extra: Extra;
  plan: TaskPlan;
  createdAt: number;
  startedAt: number | null;
  finishedAt: number | null;
  stepTimes: number[];
  output: string | null;
  error: string | null;
  question: TaskQuestion | null;
  transitions: TaskTransition[];
  /** Progress time (ms not paused) at clock time `anchorAt`. */
  progressMs: number;
  /** Clock time progress was last brought up to; `null` while paused or terminal (progress frozen). */
  anchorAt: number | null;
}

/** Thrown by store controls for a task that does not exist or cannot make the change asked. */
export class SimulatedTaskStateError extends Error {
  override name = "SimulatedTaskStateError";
}

/**
 * The tasks of one fake API: creates them from a plan, moves them along the clock when read (nothing runs in
 * the background, so a manual clock decides everything), and applies stop, pause, resume, fail and complete.
 */
export class TaskStore<Input = unknown, Extra = unknown> {
  readonly #records = new Map<string, TaskRecord<Input, Extra>>();
  readonly #clock: SimulationClock;
  readonly #planOption: TaskPlanOption<Input> | undefined;
  readonly #providerStatus: (snapshot: Omit<SimulatedTask<Input, Extra>, "providerStatus">) => string;

  constructor(
    clock: SimulationClock,
    planOption: TaskPlanOption<Input> | undefined,
    providerStatus: (snapshot: Omit<SimulatedTask<Input, Extra>, "providerStatus">) => string,
  ) {
    this.#clock = clock;
    this.#planOption = planOption;
    this.#providerStatus = providerStatus;
  }

  /** Creates a task now; `planOverride` wins over the fake's plan option. */
  create(id: string, input: Input, extra: Extra, planOverride: Partial<TaskPlan> = {}): SimulatedTask<Input, Extra> {
    if (this.#records.has(id)) throw new SimulatedTaskStateError(`task ${id} already exists`);
    const index = this.#records.size;
    const fromOption = typeof this.#planOption === "function" ? this.#planOption(input, index) : this.#planOption;
    const plan: TaskPlan = { ...defaultTaskPlan, ...fromOption, ...planOverride };
    if (plan.files !== undefined) plan.files = [...plan.files];
    if (!(plan.startDelayMs >= 0 && plan.durationMs >= 0 && Number.isInteger(plan.steps) && plan.steps >= 0))
      throw new RangeError(`bad task plan ${JSON.stringify(plan)}`);
    if (plan.files !== undefined && !plan.files.every((name) => typeof name === "string" && name !== ""))
      throw new RangeError(`bad task plan files ${JSON.stringify(plan.files)}: expected non-empty file names`);
    const now = this.#clock.now();
    const record: TaskRecord<Input, Extra> = {
      id,
      index,
      phase: "pending",
      input,
      extra,
      plan,
      createdAt: now,
      startedAt: null,
      finishedAt: null,
      stepTimes: [],
      output: null,
      error: null,
      question: null,
      transitions: [{ phase: "pending", at: now }],
      progressMs: 0,
      anchorAt: now,
    };
    this.#records.set(id, record);
    this.#advance(record);
    return this.#snapshot(record);
  }

  has(id: string): boolean {
    return this.#records.has(id);
  }

  /** The task brought up to the clock's time, or `undefined`. */
  find(id: string): SimulatedTask<Input, Extra> | undefined {
    const record = this.#records.get(id);
    if (record === undefined) return undefined;
    this.#advance(record);
    return this.#snapshot(record);
  }

  /** Like `find`, but throws for an unknown id. */
  get(id: string): SimulatedTask<Input, Extra> {
    return this.#snapshot(this.#record(id));
  }

  /** Every task, newest first. */
  list(): SimulatedTask<Input, Extra>[] {
    const records = [...this.#records.values()].reverse();
    for (const record of records) this.#advance(record);
    return records.map((record) => this.#snapshot(record));
  }

  /** Tasks not yet terminal (pending, running or paused). */
  activeCount(): number {
    return this.list().filter((task) => !isTerminalPhase(task.phase)).length;
  }

  /** Stops the task now; a terminal task stays as it is. Returns the task after. */
  stop(id: string): SimulatedTask<Input, Extra> {
    const record = this.#record(id);
    if (!isTerminalPhase(record.phase)) this.#finish(record, "stopped", this.#clock.now());
    return this.#snapshot(record);
  }

  /** Ends the task now as failed with `message` (default: the plan's error message). */
  fail(id: string, message?: string): SimulatedTask<Input, Extra> {
    const record = this.#record(id);
    this.#requireActive(record, "fail");
    record.error = message ?? record.plan.errorMessage;
    this.#finish(record, "failed", this.#clock.now());
    return this.#snapshot(record);
  }

  /** Ends the task now as completed, with all its planned steps done and `output` (default: the plan's). */
  complete(id: string, output?: string): SimulatedTask<Input, Extra> {
    const record = this.#record(id);
    this.#requireActive(record, "complete");
    const now = this.#clock.now();
    if (record.startedAt === null) this.#enterRunning(record, now);
    while (record.stepTimes.length < record.plan.steps) record.stepTimes.push(now);
    if (output !== undefined) record.output = output;
    this.#finish(record, "completed", now);
    return this.#snapshot(record);
  }

  /** Pauses a pending or running task: its progress stops until `resume`. */
  pause(id: string, question?: Omit<TaskQuestion, "askedAt">): SimulatedTask<Input, Extra> {
    const record = this.#record(id);
    if (record.phase !== "pending" && record.phase !== "running")
      throw new SimulatedTaskStateError(`task ${id} is ${record.phase}: only a pending or running task can pause`);
    const now = this.#clock.now();
    record.anchorAt = null;
    record.question = question === undefined ? null : { ...question, askedAt: now };
    this.#transition(record, "paused", now);
    return this.#snapshot(record);
  }

  /** Resumes a paused task where it left off (and clears its question). */
  resume(id: string): SimulatedTask<Input, Extra> {
    const record = this.#record(id);
    if (record.phase !== "paused") throw new SimulatedTaskStateError(`task ${id} is ${record.phase}, not paused`);
    const now = this.#clock.now();
    record.anchorAt = now;
    record.question = null;
    // A task that never started was paused while pending, and goes back to it.
    this.#transition(record, record.startedAt === null ? "pending" : "running", now);
    this.#advance(record);
    return this.#snapshot(record);
  }

  #record(id: string): TaskRecord<Input, Extra> {
    const record = this.#records.get(id);
    if (record === undefined) throw new SimulatedTaskStateError(`no task ${id}`);
    this.#advance(record);
    return record;
  }

  #requireActive(record: TaskRecord<Input, Extra>, action: string): void {
    if (isTerminalPhase(record.phase))
      throw new SimulatedTaskStateError(`cannot ${action} task ${record.id}: it is already ${record.phase}`);
  }

  #transition(record: TaskRecord<Input, Extra>, phase: TaskPhase, at: number): void {
    record.phase = phase;
    record.transitions.push({ phase, at });
  }

  #enterRunning(record: TaskRecord<Input, Extra>, at: number): void {
    record.startedAt = at;
    this.#transition(record, "running", at);
  }

  #finish(record: TaskRecord<Input, Extra>, phase: "completed" | "failed" | "stopped", at: number): void {
    if (phase === "completed" && record.output === null) record.output = record.plan.output;
    record.anchorAt = null;
    record.question = null;
    record.finishedAt = at;
    this.#transition(record, phase, at);
  }

  /** Brings a task up to the clock: each change is dated when its progress was reached, not when it is read. */
  #advance(record: TaskRecord<Input, Extra>): void {
    if (record.anchorAt === null) return;
    const now = this.#clock.now();
    const progress = record.progressMs + Math.max(0, now - record.anchorAt);
    record.progressMs = progress;
    record.anchorAt = now;
    const reachedAt = (mark: number) => now - (progress - mark);
    const { startDelayMs, durationMs, steps } = record.plan;
    if (record.phase === "pending" && progress >= startDelayMs) this.#enterRunning(record, reachedAt(startDelayMs));
    if (record.phase !== "running") return;
    while (record.stepTimes.length < steps) {
      const mark = startDelayMs + (durationMs * (record.stepTimes.length + 1)) / steps;
      if (progress < mark) break;
      record.stepTimes.push(reachedAt(mark));
    }
    const end = startDelayMs + durationMs;
    if (progress >= end) {
      if (record.plan.outcome === "failed") record.error = record.plan.errorMessage;
      this.#finish(record, record.plan.outcome, reachedAt(end));
    }
  }

  #snapshot(record: TaskRecord<Input, Extra>): SimulatedTask<Input, Extra> {
    const base = {
      id: record.id,
      index: record.index,
      phase: record.phase,
      input: record.input,
      extra: record.extra,
      plan: record.plan.files === undefined ? { ...record.plan } : { ...record.plan, files: [...record.plan.files] },
      createdAt: record.createdAt,
      startedAt: record.startedAt,
      finishedAt: record.finishedAt,
      stepTimes: [...record.stepTimes],
      output: record.output,
      error: record.error,
      question: record.question,
      transitions: [...record.transitions],
      updatedAt: Math.max(record.transitions.at(-1)?.at ?? record.createdAt, record.stepTimes.at(-1) ?? 0),
    };
    return { ...base, providerStatus: this.#providerStatus(base) };
  }
}
