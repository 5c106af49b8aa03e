import { AgentTasksError, UserAbortError } from "@agent-tasks/core";
import { ConcurrencyLimiter, type ReleaseSlot } from "@agent-tasks/core/internal";

/** Options of `createTaskSlots`. */
export interface CreateTaskSlotsOptions {
  /** How many tasks may run at once: the plan's concurrent task (or session) limit. A positive integer. */
  maxConcurrentTasks: number;
}

/**
 * A shared limit on running tasks, from `createTaskSlots`. Pass the same one as `slots` to every `startTask`
 * and `runTask` of one account: a slot is taken (first come, first served) before the start request and freed
 * when the task is seen finished, is stopped, or its wait is given up. `runTask` does all of it; after a bare
 * `startTask`, pass `slots` to `waitForTask`, `watchTask` or `stopTask`, or call `release(ref)` yourself.
 */
export interface TaskSlots {
  /** The limit it was created with. */
  readonly maxConcurrentTasks: number;
  /** Slots held now: started tasks not yet released, and starts in flight. */
  readonly active: number;
  /** Callers waiting for a slot. */
  readonly waiting: number;
  /**
   * Frees the slot of the task `ref` (compared by value, so an equal reference object works). Returns `false`
   * when that task holds no slot, e.g. when it was already released; calling it twice is harmless.
   */
  release(ref: unknown): boolean;
}

/** A slot taken for one start: bound to the task's ref once it started, or released when the start failed. */
export interface TaskSlotLease {
  bind(ref: unknown): void;
  release(): void;
}

/** A stable key for a task reference: the string itself, or the JSON of the object with sorted keys. */
function refKey(ref: unknown): string {
  if (typeof ref === "string") return `s:${ref}`;
  const sorted = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(sorted);
    if (typeof value !== "object" || value === null) return value;
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sorted((value as Record<string, unknown>)[key])]),
    );
  };
  return `j:${JSON.stringify(sorted(ref)) ?? String(ref)}`;
}

class TaskSlotPool implements TaskSlots {
  readonly maxConcurrentTasks: number;
  readonly #limiter: ConcurrencyLimiter;
  readonly #held = new Map<string, ReleaseSlot>();

  constructor(maxConcurrentTasks: number) {
    this.maxConcurrentTasks = maxConcurrentTasks;
    this.#limiter = new ConcurrencyLimiter(maxConcurrentTasks);
  }

  get active(): number {
    return this.#limiter.active;
  }

  get waiting(): number {
    return this.#limiter.waiting;
  }

  release(ref: unknown): boolean {
    const key = refKey(ref);
    const releaseSlot = this.#held.get(key);
    if (releaseSlot === undefined) return false;
    this.#held.delete(key);
    releaseSlot();
    return true;
  }

  async acquire(signal: AbortSignal | undefined): Promise<TaskSlotLease> {
    const releaseSlot = await this.#limiter.acquire(signal);
    let bound = false;
    return {
      bind: (ref) => {
        if (bound) return;
        bound = true;
        // One task holds one slot: a ref seen again (found again by client key) gives back its older slot.
        this.release(ref);
        this.#held.set(refKey(ref), releaseSlot);
      },
      release: () => {
        if (!bound) releaseSlot();
      },
    };
  }
}

/**
 * Creates a task-slot limiter: at most `maxConcurrentTasks` tasks started through it run at once, so the
 * provider never answers a start with `ConcurrencyLimitError`. Share one per account (API key).
 */
export function createTaskSlots(options: CreateTaskSlotsOptions): TaskSlots {
  const limit = (options as Partial<CreateTaskSlotsOptions> | undefined)?.maxConcurrentTasks;
  if (typeof limit !== "number" || !Number.isInteger(limit) || limit < 1) {
    throw new AgentTasksError("createTaskSlots: `maxConcurrentTasks` must be a positive integer");
  }
  return new TaskSlotPool(limit);
}

/** Throws unless `slots` is absent or made by `createTaskSlots`. */
export function assertTaskSlots(caller: string, slots: unknown): asserts slots is TaskSlots | undefined {
  if (slots !== undefined && !(slots instanceof TaskSlotPool)) {
    throw new AgentTasksError(`${caller}: \`slots\` must come from createTaskSlots()`);
  }
}

/** Takes a slot, waiting for one while `signal` allows; an abort rejects with `UserAbortError`. */
export async function acquireTaskSlot(
  caller: string,
  provider: string,
  slots: TaskSlots,
  signal: AbortSignal | undefined,
): Promise<TaskSlotLease> {
  try {
    return await (slots as TaskSlotPool).acquire(signal);
  } catch (reason) {
    throw new UserAbortError(`${caller}: waiting for a task slot was aborted by the caller`, {
      provider,
      cause: reason,
    });
  }
}

/** Frees the slot `ref` holds in `slots`, if any. */
export function releaseTaskSlot(slots: TaskSlots | undefined, ref: unknown): void {
  slots?.release(ref);
}
