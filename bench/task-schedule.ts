import type { HyperAgentTaskStatus } from "@agent-tasks/hyperbrowser";

/** When one mock task starts running, adds steps and finishes, in epoch milliseconds. */
export interface ScheduledTask {
  id: string;
  /** `pending` before this, `running` from here on. */
  startsAt: number;
  /** Terminal (`outcome`) from here on. */
  finishesAt: number;
  /** A new step appears this often while the task runs; the first one when it starts. */
  stepEveryMs: number;
  outcome: Extract<HyperAgentTaskStatus, "completed" | "failed" | "stopped">;
}

/** Ranges of the schedule, in milliseconds before time scaling. */
export const scheduleShape = {
  startWithinMs: [0, 2_000],
  finishWithinMs: [5_000, 60_000],
  stepEveryMs: [2_000, 6_000],
} as const;

/** mulberry32: a small seeded PRNG, so every run (and both strategies) sees the same tasks. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * `count` tasks starting at `epochMs`: each runs from 0–2 s, finishes uniformly 5–60 s in, and adds a step
 * every 2–6 s meanwhile; 90% complete, 7% fail, 3% are stopped. `timeScale` multiplies every duration.
 */
export function createTaskSchedule(count: number, seed: number, epochMs: number, timeScale: number): ScheduledTask[] {
  const random = createRandom(seed);
  const between = ([low, high]: readonly [number, number]) => (low + (high - low) * random()) * timeScale;
  return Array.from({ length: count }, (_, index) => {
    const startsAt = epochMs + between(scheduleShape.startWithinMs);
    const finishesAt = Math.max(startsAt, epochMs + between(scheduleShape.finishWithinMs));
    const stepEveryMs = between(scheduleShape.stepEveryMs);
    const draw = random();
    const outcome = draw < 0.9 ? "completed" : draw < 0.97 ? "failed" : "stopped";
    return { id: `task-${String(index).padStart(4, "0")}-${seed}`, startsAt, finishesAt, stepEveryMs, outcome };
  });
}

/** The status and step count `task` shows at `nowMs`. */
export function taskStateAt(task: ScheduledTask, nowMs: number): { status: HyperAgentTaskStatus; stepCount: number } {
  if (nowMs < task.startsAt) return { status: "pending", stepCount: 0 };
  const stepsBy = (time: number) => 1 + Math.floor((time - task.startsAt) / task.stepEveryMs);
  if (nowMs < task.finishesAt) return { status: "running", stepCount: stepsBy(nowMs) };
  return { status: task.outcome, stepCount: stepsBy(task.finishesAt) };
}
