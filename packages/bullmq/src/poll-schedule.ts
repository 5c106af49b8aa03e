import { AgentTasksError } from "@agent-tasks/core";

/** How a watch polls: the pause grows from `intervalMs` by `factor` up to `maxIntervalMs`, with ±`jitter`. */
export interface PollSchedule {
  /** The first pause, and the pause after the task changed. Default 2,000 ms. */
  intervalMs?: number;
  /** The longest pause. Default 30,000 ms (or `intervalMs` when that is longer); with webhooks, polling is only the fallback and can be rarer. */
  maxIntervalMs?: number;
  /** How much each unchanged poll lengthens the pause. Default 1.5. */
  factor?: number;
  /** Random spread of each pause, as a share of it (0 to 1). Default 0.2, so workers do not poll in step. */
  jitter?: number;
  /** Failed polls in a row (timeouts, 5xx, connection errors) before the watch fails. Default 10. */
  maxConsecutiveErrors?: number;
}

export type PollSettings = Required<PollSchedule>;

const defaults: PollSettings = {
  intervalMs: 2_000,
  maxIntervalMs: 30_000,
  factor: 1.5,
  jitter: 0.2,
  maxConsecutiveErrors: 10,
};

/** The settings, checked: each a finite number in its range, or a clear error naming it. */
export function pollSettings(schedule: PollSchedule | undefined): PollSettings {
  const settings = { ...defaults, ...schedule };
  // A long first interval with no maximum given: the maximum follows it.
  if (schedule?.maxIntervalMs === undefined && typeof settings.intervalMs === "number") {
    settings.maxIntervalMs = Math.max(defaults.maxIntervalMs, settings.intervalMs);
  }
  const checks: [keyof PollSettings, (value: number) => boolean, string][] = [
    ["intervalMs", (value) => value > 0, "a positive number"],
    ["maxIntervalMs", (value) => value >= settings.intervalMs, "at least `intervalMs`"],
    ["factor", (value) => value >= 1, "at least 1"],
    ["jitter", (value) => value >= 0 && value <= 1, "between 0 and 1"],
    ["maxConsecutiveErrors", (value) => Number.isInteger(value) && value >= 1, "a positive integer"],
  ];
  for (const [name, valid, expected] of checks) {
    const value = settings[name];
    if (typeof value !== "number" || !Number.isFinite(value) || !valid(value)) {
      throw new AgentTasksError(`createTaskWatchWorker: \`poll.${name}\` must be ${expected}, got ${String(value)}`);
    }
  }
  return settings;
}

/** The pause before the next poll, after `unchangedPolls` polls that saw no change (0: the task just changed). */
export function nextPollDelay(
  settings: PollSettings,
  unchangedPolls: number,
  random: () => number = Math.random,
): number {
  const base = Math.min(settings.maxIntervalMs, settings.intervalMs * settings.factor ** Math.min(unchangedPolls, 64));
  const spread = base * settings.jitter * (2 * random() - 1);
  return Math.max(0, Math.round(base + spread));
}
