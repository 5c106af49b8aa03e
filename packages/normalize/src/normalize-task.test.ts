import { AgentTasksError } from "@agent-tasks/core";
import { thrownBy } from "@agent-tasks/test-support";
import { describe, expect, it } from "vitest";
import { type AgentTaskSource, agentTaskSources } from "./model/agent-task.js";
import { NormalizeError } from "./normalize-error.js";
import { normalizeTask } from "./normalize-task.js";
import { fixturesBySource, sourceCases } from "./providers/__fixtures__/index.js";

/**
 * A copy of a fixture with its id field replaced (or removed when `id` is undefined): the first fixture that has
 * its id at the top (for Browser Use v4, a bare run rather than a `{run, events}`).
 */
function withId(source: AgentTaskSource, id: unknown): Record<string, unknown> {
  const { idField } = sourceCases[source];
  const fixture = Object.values(fixturesBySource[source]).find((candidate) => Object.hasOwn(candidate, idField));
  const { [sourceCases[source].idField]: _id, ...rest } = fixture as Record<string, unknown>;
  return id === undefined ? rest : { ...rest, [sourceCases[source].idField]: id };
}

const fixtureCases = agentTaskSources.flatMap((source) =>
  Object.entries(fixturesBySource[source]).map(([name, fixture]) => ({ source, name, fixture })),
);

describe("normalizeTask", () => {
  it.each(fixtureCases)("dispatches $source/$name to the $source mapper", ({ source, fixture }) => {
    const task = normalizeTask(source, fixture);
    expect(task).toEqual(sourceCases[source].normalize(fixture));
    expect(task.source).toBe(source);
    expect(task.raw).toBe(fixture);
    expect(typeof task.id).toBe("string");
  });

  describe("an unknown source", () => {
    it("throws a NormalizeError that names the source and lists the valid ones", () => {
      const error = thrownBy(() => normalizeTask("browser_use" as AgentTaskSource, {}), NormalizeError);
      expect(error.message).toBe(
        'normalizeTask("browser_use"): unknown source; expected one of hyperbrowser, browser-use, browser-use-v1, dari, browseract, browser-use-v4, skyvern',
      );
      expect([error.source, error.path]).toEqual(["browser_use", null]);
    });

    it("is an AgentTasksError with the source as its provider", () => {
      const error = thrownBy(() => normalizeTask("nope" as AgentTaskSource, {}), NormalizeError);
      expect(error).toBeInstanceOf(AgentTasksError);
      expect([error.name, error.provider]).toEqual(["NormalizeError", "nope"]);
    });

    it("does not mistake inherited object keys for sources", () => {
      for (const source of ["toString", "__proto__", "constructor"]) {
        expect(thrownBy(() => normalizeTask(source as AgentTaskSource, {}), NormalizeError).message).toContain(
          "unknown source",
        );
      }
    });
  });

  describe("a raw task that is not an object", () => {
    it.each([
      ["null", null, "got null"],
      ["undefined", undefined, "got undefined"],
      ["an array", [{ id: "78412563098214567" }], "got an array"],
      ["a number", 78412563, "got number"],
      ["an empty string", "", "got an empty string"],
    ])("throws a NormalizeError at (root) for %s", (_description, rawTask, problem) => {
      const error = thrownBy(() => normalizeTask("browseract", rawTask), NormalizeError);
      expect(error.message).toBe(`normalizeTask("browseract"): (root): expected the task object, ${problem}`);
      expect([error.source, error.path]).toEqual(["browseract", "(root)"]);
    });

    it("says it got a string, not an empty one, when given JSON text that was never parsed", () => {
      const error = thrownBy(
        () => normalizeTask("dari", '{"job_id":"550e8400-e29b-41d4-a716-446655440000"}'),
        NormalizeError,
      );
      expect(error.message).toBe('normalizeTask("dari"): (root): expected the task object, got string');
    });
  });

  describe("the id", () => {
    it.each(agentTaskSources)("throws a NormalizeError naming the id field when a %s task has none", (source) => {
      const field = sourceCases[source].idField;
      const error = thrownBy(() => normalizeTask(source, withId(source, undefined)), NormalizeError);
      expect(error.message).toBe(`normalizeTask("${source}"): ${field}: expected a non-empty string id, it is missing`);
      expect([error.source, error.path]).toEqual([source, field]);
    });

    it.each(agentTaskSources)("throws a NormalizeError naming the id field when a %s id is blank", (source) => {
      const field = sourceCases[source].idField;
      expect(thrownBy(() => normalizeTask(source, withId(source, "")), NormalizeError).message).toBe(
        `normalizeTask("${source}"): ${field}: expected a non-empty string id, got an empty string`,
      );
      expect(thrownBy(() => normalizeTask(source, withId(source, "   ")), NormalizeError).path).toBe(field);
    });

    it("names what the id is instead when it has the wrong type", () => {
      expect(thrownBy(() => normalizeTask("dari", withId("dari", null)), NormalizeError).message).toBe(
        'normalizeTask("dari"): job_id: expected a non-empty string id, got null',
      );
      expect(
        thrownBy(() => normalizeTask("hyperbrowser", withId("hyperbrowser", { id: "x" })), NormalizeError).message,
      ).toBe('normalizeTask("hyperbrowser"): jobId: expected a non-empty string id, got object');
      expect(thrownBy(() => normalizeTask("browseract", withId("browseract", 1.5)), NormalizeError).path).toBe("id");
    });

    it("turns a numeric id within Number.MAX_SAFE_INTEGER into its string", () => {
      expect(normalizeTask("browseract", withId("browseract", 123456789)).id).toBe("123456789");
      expect(normalizeTask("browser-use-v1", withId("browser-use-v1", Number.MAX_SAFE_INTEGER)).id).toBe(
        "9007199254740991",
      );
    });

    it("refuses a numeric id beyond Number.MAX_SAFE_INTEGER, whose digits JSON.parse has already lost", () => {
      const parsed: unknown = JSON.parse('{"id":78412563098214567,"status":"finished","steps":[]}');
      const error = thrownBy(() => normalizeTask("browseract", parsed), NormalizeError);
      expect(error.message).toBe(
        'normalizeTask("browseract"): id: the id is a number beyond Number.MAX_SAFE_INTEGER, so its digits are already lost; keep ids as strings when parsing',
      );
      expect(error.path).toBe("id");
    });

    it("keeps a 17-digit string id exactly as it is", () => {
      expect(normalizeTask("browseract", withId("browseract", "78412563098214567")).id).toBe("78412563098214567");
    });
  });

  describe("a raw task whose getter throws (defect 15c)", () => {
    /** The Hyperbrowser fixture, with a getter that throws at `data.steps[1].agentOutput` (or at `status`). */
    function withThrowingGetter(where: "status" | "step") {
      const fixture = structuredClone(fixturesBySource.hyperbrowser.taskRunning) as Record<string, unknown>;
      const failure = new TypeError("the getter broke");
      const host = where === "status" ? fixture : ((fixture.data as { steps: object[] }).steps[1] as object);
      Object.defineProperty(host, where === "status" ? "status" : "agentOutput", {
        enumerable: true,
        get() {
          throw failure;
        },
      });
      return { raw: fixture, failure };
    }

    it.each([
      ["status", "status"],
      ["step", "data.steps[1].agentOutput"],
    ] as const)(
      "throws a NormalizeError saying where (%s), with the getter's error as cause and the raw task kept",
      (where, path) => {
        const { raw, failure } = withThrowingGetter(where);

        const error = thrownBy(() => normalizeTask("hyperbrowser", raw));

        expect(error).toBeInstanceOf(NormalizeError);
        expect(error).toMatchObject({
          source: "hyperbrowser",
          provider: "hyperbrowser",
          path,
          cause: failure,
          message: `normalizeTask("hyperbrowser"): ${path}: reading it threw TypeError: the getter broke`,
        });
        expect((error as NormalizeError).raw).toBe(raw);
        // The raw task is not enumerable on the error, so logging or serializing the error never runs the getter.
        expect(() => JSON.stringify(error)).not.toThrow();
      },
    );

    it("still throws NormalizeError when what the getter throws cannot even be turned into text", () => {
      const fixture = structuredClone(fixturesBySource.hyperbrowser.taskRunning) as Record<string, unknown>;
      const unprintable = Object.create(null);
      Object.defineProperty(fixture, "status", {
        enumerable: true,
        get() {
          throw unprintable;
        },
      });

      const error = thrownBy(() => normalizeTask("hyperbrowser", fixture));

      expect(error).toBeInstanceOf(NormalizeError);
      expect(error).toMatchObject({ path: "status", cause: unprintable });
      expect((error as Error).message).toBe('normalizeTask("hyperbrowser"): status: reading it threw [object Object]');
    });

    it("names the failing field when the raw task also holds a Date (built-ins are read on themselves)", () => {
      const [fixture] = Object.values(structuredClone(fixturesBySource["browser-use"])) as Record<string, unknown>[];
      const raw = {
        ...fixture,
        startedAt: new Date("2026-01-02T03:04:05Z"),
        createdAt: new Date("2026-01-02T03:00:00Z"),
      };
      const failure = new TypeError("the getter broke");
      Object.defineProperty(raw, "cost", {
        enumerable: true,
        get() {
          throw failure;
        },
      });

      const error = thrownBy(() => normalizeTask("browser-use", raw));

      expect(error).toMatchObject({ path: "cost", cause: failure });
    });

    it("keeps the raw task on every NormalizeError it throws, e.g. a task without an id", () => {
      const raw = withId("dari", undefined);

      expect((thrownBy(() => normalizeTask("dari", raw)) as NormalizeError).raw).toBe(raw);
      expect((thrownBy(() => normalizeTask("dari", "not a task")) as NormalizeError).raw).toBe("not a task");
    });
  });

  it("maps a task without a status to unknown, with an empty provider status", () => {
    const { status: _status, ...withoutStatus } = fixturesBySource.dari.taskRunning as Record<string, unknown>;
    expect(normalizeTask("dari", withoutStatus)).toMatchObject({ status: "unknown", providerStatus: "" });
  });

  it("keeps a non-string status as its JSON text and maps it to unknown", () => {
    const task = normalizeTask("hyperbrowser", { jobId: "0c8e4a1f", status: { code: 3 } });
    expect([task.status, task.providerStatus]).toEqual(["unknown", '{"code":3}']);
  });
});
