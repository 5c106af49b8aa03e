import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isTerminalStatus } from "./is-terminal-status.js";
import { type AgentTask, type AgentTaskSource, agentTaskSources, agentTaskStatuses } from "./model/agent-task.js";
import { NormalizeError } from "./normalize-error.js";
import { normalizeTask } from "./normalize-task.js";
import { taskObjectOf } from "./providers/__fixtures__/index.js";
import { idFieldBySource, nearValidRawTask, rawTaskWithPrototypeKeys } from "./test-support/raw-task-arbitraries.js";

// Whatever a provider (or a proxy, or a bad JSON reviver) sends, normalizeTask either gives a task every
// consumer can rely on field by field, or a NormalizeError naming the source: never a TypeError from deep
// inside a mapper, and never a task with a field of the wrong shape.

const agentTaskFieldNames = [
  "source",
  "id",
  "status",
  "providerStatus",
  "isTerminal",
  "success",
  "instructions",
  "output",
  "structuredOutput",
  "error",
  "liveUrl",
  "steps",
  "files",
  "createdAt",
  "startedAt",
  "finishedAt",
  "updatedAt",
  "cost",
  "recordingUrl",
  "logUrl",
  "shareUrl",
  "downloadsUrl",
  "metadata",
  "raw",
].sort();

const agentTaskStepFieldNames = [
  "index",
  "status",
  "goal",
  "evaluation",
  "memory",
  "url",
  "screenshotUrl",
  "actions",
  "timestamp",
  "raw",
].sort();

const source = fc.constantFrom(...agentTaskSources);

/** Taken before any run, to see that no input adds to or replaces what every object inherits. */
const objectPrototypeBefore = new Map(
  Object.getOwnPropertyNames(Object.prototype).map((name) => [name, Reflect.get(Object.prototype, name)]),
);

function objectPrototypeIsUntouched(): boolean {
  const names = Object.getOwnPropertyNames(Object.prototype);
  return (
    names.length === objectPrototypeBefore.size &&
    names.every(
      (name) =>
        objectPrototypeBefore.has(name) && Reflect.get(Object.prototype, name) === objectPrototypeBefore.get(name),
    )
  );
}

function isIsoTimestamp(value: unknown): boolean {
  if (typeof value !== "string") return false;
  const date = new Date(value);
  return !Number.isNaN(date.getTime()) && date.toISOString() === value;
}

function isNullOrIsoTimestamp(value: unknown): boolean {
  return value === null || isIsoTimestamp(value);
}

function isNullOrString(value: unknown): boolean {
  return value === null || typeof value === "string";
}

/** Mappers read URLs with asNonBlankString, so a blank URL is absent, never `""`. */
function isNullOrNonBlankString(value: unknown): boolean {
  return value === null || (typeof value === "string" && value.trim() !== "");
}

function isNullOrFiniteNumber(value: unknown): boolean {
  return value === null || (typeof value === "number" && Number.isFinite(value));
}

function readField(rawTask: unknown, field: string): unknown {
  return typeof rawTask === "object" && rawTask !== null && Object.hasOwn(rawTask, field)
    ? (rawTask as Record<string, unknown>)[field]
    : undefined;
}

function expectWellFormedAgentTask(task: AgentTask, expectedSource: AgentTaskSource, rawTask: unknown): void {
  expect(Object.keys(task).sort()).toEqual(agentTaskFieldNames);
  expect(task.source).toBe(expectedSource);
  expect(task.raw).toBe(rawTask);

  expect(typeof task.id === "string" && task.id.trim() !== "", `id ${String(task.id)}`).toBe(true);
  // The id and status are the task object's: the raw task's own, or (Browser Use v4's `{run, events}`) its run's.
  const taskObject = taskObjectOf(expectedSource, rawTask);
  const rawId = readField(taskObject, idFieldBySource[expectedSource]);
  // The id is the provider's, as text: a string unchanged, a safe integer as its digits.
  expect(task.id).toBe(typeof rawId === "number" ? String(rawId) : rawId);

  expect(agentTaskStatuses).toContain(task.status);
  expect(typeof task.providerStatus).toBe("string");
  const rawStatus = readField(taskObject, "status");
  if (typeof rawStatus === "string") expect(task.providerStatus).toBe(rawStatus);
  if (rawStatus === undefined || rawStatus === null) expect(task.providerStatus).toBe("");

  expect(task.isTerminal).toBe(isTerminalStatus(task.status));
  expect(task.isTerminal).toBe(["completed", "failed", "stopped"].includes(task.status));

  expect([true, false, null]).toContain(task.success);
  if (task.status !== "completed" && task.status !== "failed") expect(task.success).toBeNull();
  if (task.status === "failed") expect(task.success).toBe(false);
  if (expectedSource === "browser-use") {
    // Browser Use v2's finished covers success and failure alike: it carries the agent's own verdict, when it
    // gave one (in both eras).
    const isSuccess = readField(rawTask, "isSuccess");
    if (task.status === "completed") expect(task.success).toBe(typeof isSuccess === "boolean" ? isSuccess : null);
  } else if (task.status === "completed") expect(task.success).toBe(true);

  for (const field of ["createdAt", "startedAt", "finishedAt", "updatedAt"] as const) {
    expect(isNullOrIsoTimestamp(task[field]), `${field} ${String(task[field])}`).toBe(true);
  }
  for (const field of ["instructions", "output"] as const) {
    expect(isNullOrString(task[field]), field).toBe(true);
  }
  for (const field of ["liveUrl", "recordingUrl", "logUrl", "shareUrl", "downloadsUrl"] as const) {
    expect(isNullOrNonBlankString(task[field]), `${field} ${JSON.stringify(task[field])}`).toBe(true);
  }
  expect(task.structuredOutput === null || typeof task.structuredOutput === "object").toBe(true);

  if (task.error !== null) {
    expect(Object.keys(task.error).sort()).toEqual(["code", "message"]);
    expect(isNullOrNonBlankString(task.error.message) && task.error.message !== null).toBe(true);
    expect(isNullOrString(task.error.code)).toBe(true);
  }
  if (task.cost !== null) {
    expect(Object.keys(task.cost).sort()).toEqual(["credits", "usd"]);
    expect(isNullOrFiniteNumber(task.cost.usd) && isNullOrFiniteNumber(task.cost.credits)).toBe(true);
  }
  if ((expectedSource === "browser-use" || expectedSource === "browser-use-v4") && task.cost !== null) {
    // Browser Use's cost (v2 `cost`, v4 `totalCostUsd`) is a USD amount; one that cannot be read gives no cost at all.
    expect(task.cost.usd !== null && task.cost.usd >= 0 && !Object.is(task.cost.usd, -0)).toBe(true);
  }

  expect(Array.isArray(task.steps)).toBe(true);
  for (const step of task.steps) {
    expect(Object.keys(step).sort()).toEqual(agentTaskStepFieldNames);
    expect(Number.isInteger(step.index), `step index ${step.index}`).toBe(true);
    expect([null, "running", "succeeded", "failed"]).toContain(step.status);
    expect(isNullOrString(step.goal) && isNullOrString(step.evaluation) && isNullOrString(step.memory)).toBe(true);
    expect(isNullOrNonBlankString(step.url) && isNullOrNonBlankString(step.screenshotUrl)).toBe(true);
    expect(Array.isArray(step.actions) && step.actions.every((action) => typeof action === "string")).toBe(true);
    expect(isNullOrIsoTimestamp(step.timestamp), `step timestamp ${String(step.timestamp)}`).toBe(true);
  }

  expect(Array.isArray(task.files)).toBe(true);
  for (const file of task.files) {
    expect(Object.keys(file).sort()).toEqual(["id", "name", "sizeBytes", "url"]);
    // A file with nothing to name it by is dropped, so every listed file has a name to show.
    expect(typeof file.name === "string" && file.name.trim() !== "", `file name ${JSON.stringify(file.name)}`).toBe(
      true,
    );
    expect(isNullOrNonBlankString(file.id) && isNullOrNonBlankString(file.url)).toBe(true);
    expect(file.sizeBytes === null || (Number.isFinite(file.sizeBytes) && file.sizeBytes >= 0)).toBe(true);
  }

  // A plain object of its own, so a consumer can spread or change it without touching the raw task.
  expect(Object.getPrototypeOf(task.metadata)).toBe(Object.prototype);
  expect(task.metadata).not.toBe(readField(rawTask, "metadata"));
}

function expectTaskOrNormalizeError(expectedSource: AgentTaskSource, rawTask: unknown): void {
  let task: AgentTask;
  try {
    task = normalizeTask(expectedSource, rawTask);
  } catch (error) {
    expect(error).toBeInstanceOf(NormalizeError);
    const normalizeError = error as NormalizeError;
    expect(normalizeError.source).toBe(expectedSource);
    expect(normalizeError.message.trim()).not.toBe("");
    return;
  }
  expectWellFormedAgentTask(task, expectedSource, rawTask);
}

describe("normalizeTask on generated input", () => {
  it("gives a well-formed task or a NormalizeError for any value at all", () => {
    fc.assert(
      fc.property(source, fc.anything(), (taskSource, rawTask) => expectTaskOrNormalizeError(taskSource, rawTask)),
      { numRuns: 1000 },
    );
  });

  it("gives a well-formed task or a NormalizeError for any JSON value", () => {
    fc.assert(
      fc.property(source, fc.jsonValue(), (taskSource, rawTask) => expectTaskOrNormalizeError(taskSource, rawTask)),
      { numRuns: 1000 },
    );
  });

  it.each(agentTaskSources)(
    "gives a well-formed task or a NormalizeError for %s fixtures with fields deleted, replaced or added at any depth",
    (taskSource) => {
      fc.assert(
        fc.property(nearValidRawTask(taskSource), (rawTask) => expectTaskOrNormalizeError(taskSource, rawTask)),
        { numRuns: 600 },
      );
    },
  );

  it("gives a well-formed task or a NormalizeError for fixtures holding values JSON has not (BigInt, Date, Map, boxed, null-prototype)", () => {
    // A JSON reviver or a hand-built object can put any value in a task; the mappers take `unknown`.
    const beyondJson = fc.anything({
      maxDepth: 2,
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withNullPrototype: true,
      withObjectString: true,
      withSet: true,
      withSparseArray: true,
      withTypedArray: true,
    });
    fc.assert(
      fc.property(
        source.chain((taskSource) =>
          fc.tuple(fc.constant(taskSource), nearValidRawTask(taskSource, { extraLeaves: beyondJson })),
        ),
        ([taskSource, rawTask]) => expectTaskOrNormalizeError(taskSource, rawTask),
      ),
      { numRuns: 1000 },
    );
  });

  it("gives a well-formed task or a NormalizeError for JSON with __proto__, constructor and toString as own keys, and leaves Object.prototype alone", () => {
    fc.assert(
      fc.property(
        source.chain((taskSource) => fc.tuple(fc.constant(taskSource), rawTaskWithPrototypeKeys(taskSource))),
        ([taskSource, rawTask]) => {
          expectTaskOrNormalizeError(taskSource, rawTask);
          expect(objectPrototypeIsUntouched()).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});
