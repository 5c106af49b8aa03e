/**
 * When one task of the many-waits run starts running, adds steps and finishes, in milliseconds after the run's
 * epoch. The simulation serving it (`simulation-process.ts`) turns this into its task plan.
 */
export interface ScheduledTask {
  /** `pending` before this, `running` from here on. */
  startOffsetMs: number;
  /** Terminal (`outcome`) from here on. */
  finishOffsetMs: number;
  /** About this often a new step appears while the task runs. */
  stepEveryMs: number;
  outcome: "completed" | "failed" | "stopped";
}

/** Ranges of the schedule, in milliseconds before time scaling. */
export const scheduleShape = {
  startWithinMs: [0, 2_000],
  finishWithinMs: [5_000, 60_000],
  stepEveryMs: [2_000, 6_000],
} as const;

/** mulberry32: a small seeded PRNG, so every run (and both strategies) sees the same tasks. */
export function createRandom(seed: number): () => number {
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
 * `count` tasks: each runs from 0–2 s after the epoch, finishes uniformly 5–60 s after it, and adds a step every
 * 2–6 s meanwhile; 90% complete, 7% fail, 3% are stopped. `timeScale` multiplies every duration.
 */
export function createTaskSchedule(count: number, seed: number, timeScale: number): ScheduledTask[] {
  const random = createRandom(seed);
  const between = ([low, high]: readonly [number, number]) => (low + (high - low) * random()) * timeScale;
  return Array.from({ length: count }, () => {
    const startOffsetMs = between(scheduleShape.startWithinMs);
    const finishOffsetMs = Math.max(startOffsetMs, between(scheduleShape.finishWithinMs));
    const stepEveryMs = between(scheduleShape.stepEveryMs);
    const draw = random();
    const outcome = draw < 0.9 ? "completed" : draw < 0.97 ? "failed" : "stopped";
    return { startOffsetMs, finishOffsetMs, stepEveryMs, outcome };
  });
}
