import {
  ConcurrencyLimitError,
  NotFoundError,
  type TaskAdapter,
  type TaskCallOptions,
  type TaskClientKeyOperation,
  type TaskListOperation,
  type TaskListPage,
  type TaskOutputSchemaOperation,
  type TaskStatusOperation,
  type TaskStopOperation,
  UserAbortError,
} from "@agent-tasks/core";
import type { HyperAgentTask, HyperAgentTaskStatus } from "@agent-tasks/hyperbrowser";
import { taskRunning } from "../../providers/__fixtures__/hyperbrowser/index.js";

// An in-memory provider behind the TaskAdapter interface, speaking Hyperbrowser's raw task shape. Each task plays
// a timeline: every read (get or status) moves it one entry on, the last entry repeating. It counts every call,
// tracks how many tasks are active (started, not yet terminal), and can refuse starts beyond a concurrency limit.

/** One moment of a task: its raw status and how many steps it has (0 to 2). */
export interface Moment {
  status: HyperAgentTaskStatus;
  steps?: number;
}

export interface FakeStartInput {
  task: string;
  /** The timeline this task plays. Default: running, then completed. */
  timeline?: Moment[];
  /** `data.finalResult` once the task is terminal. */
  output?: string | null;
  /** Set by withClientKey. */
  clientKey?: string;
  /** Set by withOutputSchema. */
  outputSchema?: Record<string, unknown>;
}

interface FakeTask {
  id: string;
  input: FakeStartInput;
  timeline: Moment[];
  reads: number;
  stopped: boolean;
}

const TERMINAL = new Set<string>(["completed", "failed", "stopped"]);

export type FakeOperation = "status" | "stop" | "list" | "clientKey" | "outputSchema";

interface AllOperations {
  status: TaskStatusOperation<string>;
  stop: TaskStopOperation<string>;
  list: TaskListOperation<{ pageSize?: number }, HyperAgentTask, { page: number }>;
  clientKey: TaskClientKeyOperation<string, FakeStartInput>;
  outputSchema: TaskOutputSchemaOperation<FakeStartInput>;
}

type UnionToIntersection<U> = (U extends unknown ? (arg: U) => void : never) extends (arg: infer I) => void ? I : never;

export type FakeAdapterWith<Ops extends FakeOperation> = TaskAdapter<
  "hyperbrowser",
  string,
  HyperAgentTask,
  FakeStartInput
> &
  UnionToIntersection<AllOperations[Ops]>;

type Hook = (...args: never[]) => Promise<void> | void;

/** Rejects with UserAbortError when the signal aborts, as real adapters do. */
function checkSignal(options: TaskCallOptions | undefined): void {
  if (options?.signal?.aborted) {
    throw new UserAbortError("fake adapter: aborted", { provider: "hyperbrowser", cause: options.signal.reason });
  }
}

export class FakeProvider {
  readonly calls = { start: 0, get: 0, status: 0, stop: 0, list: 0, findByClientKey: 0 };
  readonly tasks = new Map<string, FakeTask>();
  /** Every start input as the adapter received it. */
  readonly startInputs: FakeStartInput[] = [];
  peakActive = 0;
  /** Starts beyond this many active tasks are refused with ConcurrencyLimitError. */
  maxActive = Number.POSITIVE_INFINITY;
  concurrencyLimitErrors = 0;
  /** Runs before each call of that operation; may throw to make the call fail. */
  readonly before: Partial<Record<keyof FakeProvider["calls"], Hook>> = {};
  /** The list pages, as raw tasks. */
  pages: HyperAgentTask[][] = [];
  #nextId = 1;

  get active(): number {
    let count = 0;
    for (const task of this.tasks.values()) if (!this.#isTerminal(task)) count++;
    return count;
  }

  #moment(task: FakeTask): Moment {
    if (task.stopped) return { status: "stopped", steps: task.timeline.at(-1)?.steps ?? 0 };
    return task.timeline[Math.min(task.reads, task.timeline.length - 1)] ?? { status: "running" };
  }

  #isTerminal(task: FakeTask): boolean {
    return TERMINAL.has(this.#moment(task).status);
  }

  /** Reads a task: its current moment, then moves it on. */
  #read(id: string): Moment {
    const task = this.tasks.get(id);
    if (task === undefined) {
      throw new NotFoundError("HTTP 404", { provider: "hyperbrowser", status: 404, method: "GET", url: `/task/${id}` });
    }
    const moment = this.#moment(task);
    task.reads++;
    return moment;
  }

  rawTask(id: string, moment: Moment, output: string | null = null): HyperAgentTask {
    return {
      jobId: id,
      status: moment.status,
      data: {
        steps: taskRunning.data.steps.slice(0, moment.steps ?? 0),
        finalResult: TERMINAL.has(moment.status) ? output : null,
      },
      error: null,
      liveUrl: null,
    } as HyperAgentTask;
  }

  async #hook(name: keyof FakeProvider["calls"], ...args: unknown[]): Promise<void> {
    this.calls[name]++;
    await (this.before[name] as ((...args: unknown[]) => Promise<void> | void) | undefined)?.(...args);
  }

  /** An adapter with the base operations and exactly the optional ones named. */
  adapter<Ops extends FakeOperation = never>(...operations: Ops[]): FakeAdapterWith<Ops> {
    const get = async (ref: string, options?: TaskCallOptions): Promise<HyperAgentTask> => {
      checkSignal(options);
      await this.#hook("get", ref);
      const moment = this.#read(ref);
      return this.rawTask(ref, moment, this.tasks.get(ref)?.input.output ?? null);
    };
    const base: TaskAdapter<"hyperbrowser", string, HyperAgentTask, FakeStartInput> = {
      source: "hyperbrowser",
      start: async (input, options) => {
        checkSignal(options);
        await this.#hook("start", input);
        if (this.active >= this.maxActive) {
          this.concurrencyLimitErrors++;
          throw new ConcurrencyLimitError("too many concurrent tasks", {
            provider: "hyperbrowser",
            status: 429,
            method: "POST",
            url: "/task",
          });
        }
        this.startInputs.push(input);
        const id = `task-${this.#nextId++}`;
        const timeline = input.timeline ?? [{ status: "running" }, { status: "completed", steps: 2 }];
        this.tasks.set(id, { id, input, timeline, reads: 0, stopped: false });
        this.peakActive = Math.max(this.peakActive, this.active);
        return { ref: id, response: { jobId: id } };
      },
      get,
      fetchTask: get,
    };
    const all: { [Op in FakeOperation]: AllOperations[Op] } = {
      status: {
        status: async (ref, options) => {
          checkSignal(options);
          await this.#hook("status", ref);
          return this.#read(ref).status;
        },
      },
      stop: {
        stop: async (ref, options) => {
          checkSignal(options);
          await this.#hook("stop", ref, options);
          const task = this.tasks.get(ref);
          if (task === undefined) {
            throw new NotFoundError("HTTP 404", { provider: "hyperbrowser", status: 404, method: "PUT", url: "/stop" });
          }
          if (!this.#isTerminal(task)) task.stopped = true;
        },
      },
      list: {
        list: async function* (this: void, _query, options) {
          for (const [index, items] of provider.pages.entries()) {
            checkSignal(options);
            await provider.#hook("list", index);
            const page: TaskListPage<HyperAgentTask, { page: number }> = { items, page: { page: index + 1 } };
            yield page;
          }
        },
      },
      clientKey: {
        withClientKey: (input, clientKey) => ({ ...input, clientKey }),
        findByClientKey: async (clientKey, options) => {
          checkSignal(options);
          await this.#hook("findByClientKey", clientKey);
          for (const task of this.tasks.values()) if (task.input.clientKey === clientKey) return task.id;
          return null;
        },
      },
      outputSchema: {
        withOutputSchema: (input, outputSchema) => ({ ...input, outputSchema }),
      },
    };
    const provider = this;
    return Object.assign(base, ...operations.map((operation) => all[operation])) as FakeAdapterWith<Ops>;
  }

  /** Starts a task directly (not through an adapter), returning its id. */
  seed(input: FakeStartInput): string {
    const id = `task-${this.#nextId++}`;
    this.tasks.set(id, { id, input, timeline: input.timeline ?? [{ status: "running" }], reads: 0, stopped: false });
    return id;
  }
}
