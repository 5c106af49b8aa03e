import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fingerprint } from "../lifecycle/poll-task.js";
import { agentTaskSources } from "../model/agent-task.js";
import { everyTaskMapper } from "../normalize-task.js";
import { fixturesBySource } from "../providers/__fixtures__/index.js";
import { idFieldBySource, nearValidRawTask } from "../test-support/raw-task-arbitraries.js";

// A poll loop skips normalizing an answer whose change key is the last one's. That is only right if two raw tasks
// with the same key always normalize to tasks a poll loop sees as the same (`fingerprint`: status, provider status,
// step count, step statuses). These check that, for every source, over fixtures mutated every which way.

/** The fingerprint of `rawTask` normalized, or `null` when it does not normalize. */
function normalizedFingerprint(source: (typeof agentTaskSources)[number], rawTask: unknown): string | null {
  try {
    return fingerprint(everyTaskMapper[source].normalize(rawTask));
  } catch {
    return null;
  }
}

describe("TaskMapper.changeKey", () => {
  it.each(agentTaskSources)("%s: raw tasks with the same key normalize to the same status and steps", (source) => {
    const { changeKey } = everyTaskMapper[source];
    // Pairs of independent raw tasks (they share a key when both come from one fixture, mutated elsewhere), and
    // pairs where the second is the first with one top-level field other than the id and status replaced or removed.
    const keyFields = new Set([idFieldBySource[source], "status"]);
    const independent = fc.tuple(nearValidRawTask(source), nearValidRawTask(source));
    const derived = fc
      .tuple(nearValidRawTask(source), fc.nat(), fc.option(fc.jsonValue({ maxDepth: 2 }), { nil: undefined }))
      .map(([first, pick, value]): [unknown, unknown] => {
        if (typeof first !== "object" || first === null || Array.isArray(first)) return [first, first];
        const names = Object.keys(first).filter((name) => !keyFields.has(name));
        const name = names[pick % Math.max(names.length, 1)] ?? "extra";
        const second: Record<string, unknown> = { ...first };
        if (value === undefined) delete second[name];
        else second[name] = value;
        return [first, second];
      });
    let sameKey = 0;
    fc.assert(
      fc.property(fc.oneof(independent, derived), ([first, second]) => {
        const key = changeKey(first);
        if (key === null || key !== changeKey(second)) return;
        sameKey++;
        const [a, b] = [normalizedFingerprint(source, first), normalizedFingerprint(source, second)];
        // A key is only ever read from a raw task that normalizes (a poll loop normalizes on every new key).
        if (a !== null && b !== null) expect(a).toBe(b);
      }),
      { numRuns: 1_500 },
    );
    // The property held for pairs that did share a key, not only vacuously.
    expect(sameKey).toBeGreaterThan(100);
  });

  it.each(agentTaskSources)(
    "%s: every fixture has a key, and fixtures that differ in status or steps differ in key",
    (source) => {
      const { changeKey } = everyTaskMapper[source];
      const fixtures = Object.values(fixturesBySource[source]);
      const byFingerprint = new Map<string, Set<string | null>>();
      for (const fixture of fixtures) {
        const key = changeKey(fixture);
        expect(key).not.toBeNull();
        const print = normalizedFingerprint(source, fixture);
        if (print === null) continue;
        for (const [otherPrint, keys] of byFingerprint) if (otherPrint !== print) expect(keys.has(key)).toBe(false);
        byFingerprint.set(print, (byFingerprint.get(print) ?? new Set()).add(key));
      }
    },
  );

  it("keys on the id, the raw status, the step count and (BrowserAct) each step's own status", () => {
    const hyperbrowser = everyTaskMapper.hyperbrowser.changeKey;
    const base = { jobId: "job-1", status: "running", data: { steps: [{}, {}] }, liveUrl: "https://live/1" };
    expect(hyperbrowser(base)).toBe(hyperbrowser({ ...base, liveUrl: "https://live/2", data: { steps: [1, 2] } }));
    expect(hyperbrowser(base)).not.toBe(hyperbrowser({ ...base, status: "completed" }));
    expect(hyperbrowser(base)).not.toBe(hyperbrowser({ ...base, data: { steps: [{}, {}, {}] } }));
    expect(hyperbrowser(base)).not.toBe(hyperbrowser({ ...base, jobId: "job-2" }));
    const browseract = everyTaskMapper.browseract.changeKey;
    const running = { id: "t-1", status: "running", steps: [{ status: "succeed" }, { status: "running" }] };
    expect(browseract(running)).not.toBe(
      browseract({ ...running, steps: [{ status: "succeed" }, { status: "succeed" }] }),
    );
  });

  it("is null for what normalizing would refuse or read differently: not a plain object, no usable id, a status that is no string", () => {
    const { changeKey } = everyTaskMapper.hyperbrowser;
    expect(changeKey(null)).toBeNull();
    expect(changeKey([{ jobId: "job-1", status: "running" }])).toBeNull();
    expect(changeKey(new (class Task {})())).toBeNull();
    expect(changeKey({ status: "running" })).toBeNull();
    expect(changeKey({ jobId: " ", status: "running" })).toBeNull();
    expect(changeKey({ jobId: 2 ** 60, status: "running" })).toBeNull();
    expect(changeKey({ jobId: "job-1", status: 3 })).toBeNull();
    expect(
      changeKey({
        jobId: "job-1",
        get status(): string {
          throw new Error("the getter broke");
        },
      }),
    ).toBeNull();
    expect(changeKey({ jobId: 42, status: "running" })).not.toBeNull();
  });

  it("counts the steps a mapper maps: a hole in a sparse array is not a step", () => {
    const { changeKey, normalize } = everyTaskMapper["browser-use"];
    // biome-ignore lint/suspicious/noSparseArray: the point of the test
    const sparse = { id: "t-1", status: "started", steps: [{ number: 1 }, , { number: 3 }] };
    const dense = { id: "t-1", status: "started", steps: [{ number: 1 }, { number: 3 }] };
    expect(normalize(sparse).steps).toHaveLength(2);
    expect(changeKey(sparse)).toBe(changeKey(dense));
  });
});
