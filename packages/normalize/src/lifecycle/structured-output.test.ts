import { rejectionOf } from "@agent-tasks/test-support";
import type { StandardSchemaV1 } from "@standard-schema/spec";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { runTask } from "../every-provider.js";
import { FakeProvider } from "./__fixtures__/fake-adapter.js";
import { StructuredOutputError, UnsupportedOutputSchemaError } from "./errors.js";
import { jsonSchema } from "./structured-output.js";

const fast = { intervalMs: 1, maxIntervalMs: 1 };
const done = (output: string) => ({ timeline: [{ status: "completed" as const }], output });

const Post = z.object({ title: z.string(), points: z.number() });
const postJsonSchema = {
  type: "object",
  properties: { title: { type: "string" }, points: { type: "number" } },
  required: ["title", "points"],
};

describe("runTask with a schema", () => {
  it("validates a zod schema, types structuredOutput, and never sends the schema to start", async () => {
    const provider = new FakeProvider();

    const task = await runTask(
      provider.adapter(),
      { task: "top post", schema: Post, ...done('{"title":"Show HN","points":42}') },
      fast,
    );

    expect(task.status).toBe("completed");
    if (task.status !== "completed") return;
    expect(task.structuredOutput).toEqual({ title: "Show HN", points: 42 });
    expect(provider.startInputs).toHaveLength(1);
    expect(provider.startInputs[0]).not.toHaveProperty("schema");
    expect(provider.startInputs[0]).not.toHaveProperty("outputSchema");
  });

  it("gives an adapter with withOutputSchema the zod schema as JSON Schema (Standard JSON Schema, draft-07)", async () => {
    const provider = new FakeProvider();

    await runTask(
      provider.adapter("outputSchema"),
      { task: "top post", schema: Post, ...done('{"title":"a","points":1}') },
      fast,
    );

    expect(provider.startInputs[0]).toMatchObject({
      task: "top post",
      outputSchema: {
        $schema: "http://json-schema.org/draft-07/schema#",
        type: "object",
        properties: { title: { type: "string" }, points: { type: "number" } },
        required: ["title", "points"],
      },
    });
    expect(provider.startInputs[0]).not.toHaveProperty("schema");
  });

  it("uses the Standard Schema's output value, transforms included", async () => {
    const provider = new FakeProvider();
    const schema = z.object({ points: z.string().transform((text) => Number(text)) });

    const task = await runTask(provider.adapter(), { task: "x", schema, ...done('{"points":"7"}') }, fast);

    expect(task.status === "completed" && task.structuredOutput).toEqual({ points: 7 });
  });

  it("validates a valibot schema when the adapter needs no JSON Schema", async () => {
    const provider = new FakeProvider();
    const schema = v.object({ title: v.string() });

    const task = await runTask(provider.adapter(), { task: "x", schema, ...done('{"title":"ok"}') }, fast);

    expect(task.status === "completed" && task.structuredOutput).toEqual({ title: "ok" });
  });

  it("refuses, before starting anything, a Standard Schema without JSON Schema for an adapter that needs one", async () => {
    const provider = new FakeProvider();
    const schema = v.object({ title: v.string() });

    const error = await rejectionOf(runTask(provider.adapter("outputSchema"), { task: "x", schema }, fast));

    expect(error).toBeInstanceOf(UnsupportedOutputSchemaError);
    expect(error).toMatchObject({ name: "UnsupportedOutputSchemaError", vendor: "valibot", provider: "hyperbrowser" });
    expect((error as Error).message).toContain("does not implement Standard JSON Schema");
    expect(provider.calls.start).toBe(0);
  });

  it("refuses a zod schema that cannot be converted to JSON Schema, keeping the conversion's error", async () => {
    const provider = new FakeProvider();
    const schema = z.object({ at: z.date() });

    const error = await rejectionOf(runTask(provider.adapter("outputSchema"), { task: "x", schema }, fast));

    expect(error).toBeInstanceOf(UnsupportedOutputSchemaError);
    expect(error).toMatchObject({ vendor: "zod", cause: expect.any(Error) });
    expect(provider.calls.start).toBe(0);
  });

  it("rejects with StructuredOutputError carrying the output, the issues and the task on a mismatch", async () => {
    const provider = new FakeProvider();

    const error = await rejectionOf(
      runTask(provider.adapter(), { task: "x", schema: Post, ...done('{"title":"Show HN","points":"many"}') }, fast),
    );

    expect(error).toBeInstanceOf(StructuredOutputError);
    const mismatch = error as StructuredOutputError<"hyperbrowser">;
    expect(mismatch.output).toEqual({ title: "Show HN", points: "many" });
    expect(mismatch.issues).toHaveLength(1);
    expect(mismatch.issues[0]).toMatchObject({ path: ["points"] });
    expect(mismatch.task).toMatchObject({ id: "task-1", status: "completed" });
    expect(mismatch.message).toMatch(
      /^runTask: the output of hyperbrowser task task-1 does not match the schema: .* at points$/,
    );
  });

  it("validates output that is JSON but not an object (parsed), or plain text (as the text)", async () => {
    const provider = new FakeProvider();

    const number = await runTask(provider.adapter(), { task: "x", schema: z.number(), ...done("42") }, fast);
    const text = await runTask(provider.adapter(), { task: "x", schema: z.string(), ...done("just words") }, fast);
    const error = await rejectionOf(
      runTask(provider.adapter(), { task: "x", schema: Post, ...done("not json") }, fast),
    );

    expect(number.status === "completed" && number.structuredOutput).toBe(42);
    expect(text.status === "completed" && text.structuredOutput).toBe("just words");
    expect(error).toMatchObject({ output: "not json" });
  });

  it("awaits an async Standard Schema validate", async () => {
    const provider = new FakeProvider();
    const calls: unknown[] = [];
    const schema: StandardSchemaV1<unknown, { ok: true }> = {
      "~standard": {
        version: 1,
        vendor: "custom",
        validate: async (value) => {
          calls.push(value);
          return { value: { ok: true } };
        },
      },
    };

    const task = await runTask(provider.adapter(), { task: "x", schema, ...done('{"any":1}') }, fast);

    expect(task.status === "completed" && task.structuredOutput).toEqual({ ok: true });
    expect(calls).toEqual([{ any: 1 }]);
  });

  it("leaves a failed task's output alone: it resolves without validation", async () => {
    const provider = new FakeProvider();

    const task = await runTask(
      provider.adapter(),
      { task: "x", schema: Post, timeline: [{ status: "failed" }], output: "not json" },
      fast,
    );

    expect(task).toMatchObject({ status: "failed", output: "not json", structuredOutput: null });
  });

  describe("JSON Schema", () => {
    it("validates with jsonSchema<T>() and passes the schema itself to withOutputSchema", async () => {
      const provider = new FakeProvider();
      const schema = jsonSchema<{ title: string; points: number }>(postJsonSchema);

      const task = await runTask(
        provider.adapter("outputSchema"),
        { task: "x", schema, ...done('{"title":"a","points":3}') },
        fast,
      );

      expect(task.status === "completed" && task.structuredOutput).toEqual({ title: "a", points: 3 });
      expect(provider.startInputs[0]).toEqual({
        task: "x",
        outputSchema: postJsonSchema,
        ...done('{"title":"a","points":3}'),
      });
    });

    it("validates with a plain JSON Schema object", async () => {
      const provider = new FakeProvider();

      const task = await runTask(
        provider.adapter("outputSchema"),
        { task: "x", schema: postJsonSchema, ...done('{"title":"a","points":3}') },
        fast,
      );

      expect(task.status === "completed" && task.structuredOutput).toEqual({ title: "a", points: 3 });
      expect(provider.startInputs[0]).toMatchObject({ outputSchema: postJsonSchema });
    });

    it("rejects with StructuredOutputError listing the JSON Schema's issues with their paths", async () => {
      const provider = new FakeProvider();

      const error = await rejectionOf(
        runTask(provider.adapter(), { task: "x", schema: jsonSchema(postJsonSchema), ...done('{"title":5}') }, fast),
      );

      expect(error).toBeInstanceOf(StructuredOutputError);
      const mismatch = error as StructuredOutputError;
      expect(mismatch.output).toEqual({ title: 5 });
      expect(mismatch.issues).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ path: ["title"], message: expect.stringContaining("string") }),
          expect.objectContaining({ path: [], message: expect.stringContaining("points") }),
        ]),
      );
    });

    it("validates with a frozen JSON Schema, and leaves the caller's schema as it was", async () => {
      const provider = new FakeProvider();
      const deepFreeze = <T>(value: T): T => {
        if (typeof value === "object" && value !== null) {
          for (const inner of Object.values(value)) deepFreeze(inner);
          Object.freeze(value);
        }
        return value;
      };
      const frozen = deepFreeze({
        $defs: { Title: { type: "string" } },
        type: "object",
        properties: { title: { $ref: "#/$defs/Title" } },
        required: ["title"],
      });
      const open = structuredClone(postJsonSchema);

      const task = await runTask(
        provider.adapter(),
        { task: "x", schema: jsonSchema(frozen), ...done('{"title":"a"}') },
        fast,
      );
      await runTask(provider.adapter(), { task: "x", schema: open, ...done('{"title":"a","points":3}') }, fast);

      expect(task.status === "completed" && task.structuredOutput).toEqual({ title: "a" });
      expect(Object.getOwnPropertyNames(open)).toEqual(Object.keys(postJsonSchema));
    });

    it("gives issue paths with the property names as they are, not URI-encoded", async () => {
      const provider = new FakeProvider();
      const schema = {
        type: "object",
        properties: { "my key": { type: "number" }, "é#%/~": { type: "number" } },
      };

      const error = await rejectionOf(
        runTask(provider.adapter(), { task: "x", schema, ...done('{"my key":"1","é#%/~":"2"}') }, fast),
      );

      expect(error).toBeInstanceOf(StructuredOutputError);
      const paths = (error as StructuredOutputError).issues.map((issue) => issue.path).filter((path) => path?.length);
      expect(paths).toEqual([["my key"], ["é#%/~"]]);
    });

    it("refuses a schema that is not one, before starting", async () => {
      const provider = new FakeProvider();

      const error = await rejectionOf(runTask(provider.adapter(), { task: "x", schema: "a string" as never }, fast));

      expect(error).toBeInstanceOf(UnsupportedOutputSchemaError);
      expect(provider.calls.start).toBe(0);
      expect(() => jsonSchema(null as never)).toThrow(TypeError);
    });
  });
});
