import { describe, expect, it } from "vitest";
import { createManualClock } from "./clock.js";
import { SimulatedTaskStateError, TaskStore } from "./task-store.js";

function storeOf(plan = { startDelayMs: 1_000, durationMs: 4_000, steps: 4 }) {
  const clock = createManualClock(0);
  const store = new TaskStore<{ task: string }, null>(clock, plan, (task) => task.phase.toUpperCase());
  return { clock, store };
}

describe("TaskStore", () => {
  it("dates each change when the task's progress reached it, however late it is read", () => {
    const { clock, store } = storeOf();
    store.create("a", { task: "x" }, null);
    clock.advance(60_000);
    const task = store.get("a");
    expect(task.phase).toBe("completed");
    expect(task.providerStatus).toBe("COMPLETED");
    expect(task.startedAt).toBe(1_000);
    expect(task.stepTimes).toEqual([2_000, 3_000, 4_000, 5_000]);
    expect(task.finishedAt).toBe(5_000);
    expect(task.transitions).toEqual([
      { phase: "pending", at: 0 },
      { phase: "running", at: 1_000 },
      { phase: "completed", at: 5_000 },
    ]);
  });

  it("freezes progress while paused and continues where it left off", () => {
    const { clock, store } = storeOf();
    store.create("a", { task: "x" }, null);
    clock.advance(2_500);
    expect(store.pause("a").stepTimes).toEqual([2_000]);
    clock.advance(10_000);
    expect(store.get("a").phase).toBe("paused");
    store.resume("a");
    clock.advance(2_500);
    expect(store.get("a")).toMatchObject({
      phase: "completed",
      finishedAt: 15_000,
      stepTimes: [2_000, 13_000, 14_000, 15_000],
    });
  });

  it("stops, fails and completes on demand, and refuses to change a terminal task", () => {
    const { clock, store } = storeOf();
    store.create("a", { task: "x" }, null);
    store.create("b", { task: "y" }, null);
    store.create("c", { task: "z" }, null);
    clock.advance(1_500);
    expect(store.stop("a")).toMatchObject({ phase: "stopped", finishedAt: 1_500 });
    expect(store.fail("b", "nope")).toMatchObject({ phase: "failed", error: "nope" });
    expect(store.complete("c", "out")).toMatchObject({
      phase: "completed",
      output: "out",
      stepTimes: [1_500, 1_500, 1_500, 1_500],
    });
    expect(store.activeCount()).toBe(0);
    expect(store.stop("a").finishedAt).toBe(1_500);
    expect(() => store.fail("a")).toThrow(SimulatedTaskStateError);
    expect(() => store.pause("c")).toThrow(SimulatedTaskStateError);
    expect(() => store.get("missing")).toThrow(SimulatedTaskStateError);
    expect(store.list().map((task) => task.id)).toEqual(["c", "b", "a"]);
  });

  it("takes a plan per task from a function of the input and index", () => {
    const clock = createManualClock(0);
    const store = new TaskStore<{ task: string }, null>(
      clock,
      (input, index) => ({ durationMs: 1_000 * (index + 1), outcome: input.task === "bad" ? "failed" : "completed" }),
      (task) => task.phase,
    );
    store.create("a", { task: "good" }, null);
    store.create("b", { task: "bad" }, null);
    clock.advance(2_000);
    expect(store.get("a")).toMatchObject({ phase: "completed", finishedAt: 1_000 });
    expect(store.get("b")).toMatchObject({
      phase: "failed",
      finishedAt: 2_000,
      error: "The agent could not complete the task",
    });
  });

  it("keeps the plan's files, copied, and has none by default", () => {
    const clock = createManualClock(0);
    const files = ["report.pdf"];
    const store = new TaskStore<{ task: string }, null>(
      clock,
      (_input, index) => (index === 0 ? { files } : {}),
      (task) => task.phase,
    );
    store.create("a", { task: "x" }, null);
    store.create("b", { task: "y" }, null);
    files.push("late.txt");
    expect(store.get("a").plan.files).toEqual(["report.pdf"]);
    expect(store.get("b").plan).not.toHaveProperty("files");
    expect(() => store.create("c", { task: "z" }, null, { files: [""] })).toThrow(RangeError);
    expect(store.has("c")).toBe(false);
  });
});
