import type { StandardJSONSchemaV1, StandardSchemaV1 } from "@standard-schema/spec";
import type { AgentTask, AgentTaskSource } from "../model/agent-task.js";
import { StructuredOutputError, UnsupportedOutputSchemaError } from "./errors.js";

const jsonSchemaKey = "~jsonSchema";

/**
 * A JSON Schema typed with the output it describes, from `jsonSchema<T>(schema)`. `"~output"` is a type only:
 * it is never set at run time.
 */
export interface JsonSchema<Output = unknown> {
  /** The JSON Schema itself. */
  readonly "~jsonSchema": Record<string, unknown>;
  /** Type only, never set: the output the schema describes. */
  readonly "~output": Output;
}

/**
 * What `runTask`'s `schema` takes: a Standard Schema (zod 4, valibot, ArkType...), a JSON Schema typed with
 * `jsonSchema<T>()`, or a plain JSON Schema object (whose output is then `unknown`).
 */
export type TaskOutputSchema = StandardSchemaV1 | JsonSchema<unknown> | Record<string, unknown>;

/** The output type a `TaskOutputSchema` validates to: Standard Schema's output, `T` of `jsonSchema<T>`, else `unknown`. */
export type InferTaskOutput<Schema> = Schema extends StandardSchemaV1
  ? StandardSchemaV1.InferOutput<Schema>
  : Schema extends JsonSchema<infer Output>
    ? Output
    : unknown;

/**
 * A terminal task of `runTask` with a `schema`: when `status` is `"completed"`, `structuredOutput` is the output
 * validated by the schema, typed `Output`; a failed or stopped task is left as it is (check `status` first).
 */
export type StructuredAgentTask<Source extends AgentTaskSource, Output> =
  | (AgentTask<Source> & { status: "completed"; structuredOutput: Output })
  | (AgentTask<Source> & { status: "failed" | "stopped" });

/**
 * Types a JSON Schema with the output it describes, for `runTask`'s `schema`:
 * `jsonSchema<{ title: string }>({ type: "object", properties: { title: { type: "string" } }, required: ["title"] })`.
 * The output is validated against the schema (by `@cfworker/json-schema`, loaded only then), not against `T`.
 */
export function jsonSchema<Output = unknown>(schema: Record<string, unknown>): JsonSchema<Output> {
  if (typeof schema !== "object" || schema === null || Array.isArray(schema)) {
    throw new TypeError("jsonSchema: expected a JSON Schema object");
  }
  return { [jsonSchemaKey]: schema } as unknown as JsonSchema<Output>;
}

/** A schema ready to use: its JSON Schema for the start request (when it has one), and how to validate with it. */
export type PreparedSchema =
  | { kind: "standard"; schema: StandardSchemaV1; vendor: string }
  | { kind: "json"; jsonSchema: Record<string, unknown> };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Reads what kind of schema `schema` is; throws `UnsupportedOutputSchemaError` when it is none. */
export function prepareSchema(provider: string, schema: unknown): PreparedSchema {
  if (isObject(schema) || typeof schema === "function") {
    const standard = (schema as Partial<StandardSchemaV1>)["~standard"];
    if (isObject(standard) && typeof standard.validate === "function") {
      return { kind: "standard", schema: schema as unknown as StandardSchemaV1, vendor: String(standard.vendor) };
    }
    const wrapped = (schema as Record<string, unknown>)[jsonSchemaKey];
    if (isObject(wrapped)) return { kind: "json", jsonSchema: wrapped };
    if (isObject(schema) && standard === undefined) return { kind: "json", jsonSchema: schema };
  }
  throw new UnsupportedOutputSchemaError(
    provider,
    null,
    "expected a Standard Schema (zod, valibot...), jsonSchema<T>(...) or a JSON Schema object",
  );
}

/**
 * The JSON Schema to send with the start request: the given one, or the Standard Schema's own through Standard
 * JSON Schema (`~standard.jsonSchema.output`, draft-07 first, then draft 2020-12). Throws
 * `UnsupportedOutputSchemaError` when a Standard Schema has none.
 */
export function jsonSchemaOf(provider: string, prepared: PreparedSchema): Record<string, unknown> {
  if (prepared.kind === "json") return prepared.jsonSchema;
  const converter = (prepared.schema["~standard"] as Partial<StandardJSONSchemaV1.Props>).jsonSchema;
  if (!isObject(converter) || typeof converter.output !== "function") {
    throw new UnsupportedOutputSchemaError(
      provider,
      prepared.vendor,
      `this ${prepared.vendor} schema does not implement Standard JSON Schema (\`~standard.jsonSchema\`), and the ` +
        "adapter sends a JSON Schema with the start request: pass a JSON Schema (jsonSchema<T>(...)) or a schema " +
        "library that implements it (zod 4 does; valibot needs @valibot/to-json-schema)",
    );
  }
  let lastError: unknown;
  for (const target of ["draft-07", "draft-2020-12"] as const) {
    try {
      const converted = converter.output({ target });
      if (isObject(converted)) return converted;
    } catch (error) {
      lastError = error;
    }
  }
  throw new UnsupportedOutputSchemaError(
    provider,
    prepared.vendor,
    `this ${prepared.vendor} schema cannot be converted to JSON Schema`,
    lastError,
  );
}

/** The value to validate: `structuredOutput`, else `output` parsed as JSON, else `output` as text (or `null`). */
function outputValue(task: AgentTask): unknown {
  if (task.structuredOutput !== null && task.structuredOutput !== undefined) return task.structuredOutput;
  if (task.output === null) return null;
  try {
    return JSON.parse(task.output);
  } catch {
    return task.output;
  }
}

function jsonDraftOf(schema: Record<string, unknown>): "4" | "7" | "2019-09" | "2020-12" {
  const declared = typeof schema.$schema === "string" ? schema.$schema : "";
  if (declared.includes("draft-04")) return "4";
  if (declared.includes("draft-07") || declared.includes("draft-06")) return "7";
  if (declared.includes("2019-09")) return "2019-09";
  return "2020-12";
}

/** Splits a JSON Pointer (`#/items/0`, `/items/0`) into path segments. */
function pointerPath(pointer: string): string[] {
  return pointer
    .replace(/^#/, "")
    .split("/")
    .slice(1)
    .map((segment) => {
      // @cfworker/json-schema URI-encodes each segment (encodeURI, and `#` as %23).
      let decoded = segment;
      try {
        decoded = decodeURIComponent(segment);
      } catch {}
      return decoded.replace(/~1/g, "/").replace(/~0/g, "~");
    });
}

/**
 * Validates a completed task's output with the schema and returns the task with the validated `structuredOutput`
 * (a Standard Schema's output value, which may be transformed). Throws `StructuredOutputError` on a mismatch.
 */
export async function validateTaskOutput<Source extends AgentTaskSource>(
  task: AgentTask<Source>,
  prepared: PreparedSchema,
): Promise<AgentTask<Source>> {
  const value = outputValue(task);
  if (prepared.kind === "standard") {
    const result = await prepared.schema["~standard"].validate(value);
    if (result.issues) throw new StructuredOutputError(task, value, result.issues);
    return { ...task, structuredOutput: result.value };
  }
  // Loaded only here, so a bundle that never validates a JSON Schema does not carry the validator.
  const { Validator } = await import("@cfworker/json-schema");
  // The validator defines properties on the schema objects it is given: give it a copy, so a frozen schema works
  // and the caller's schema is left as it was.
  let schema = prepared.jsonSchema;
  try {
    schema = structuredClone(schema);
  } catch {
    // Not plain data (a function in it...): validated as it is.
  }
  const result = new Validator(schema, jsonDraftOf(schema), false).validate(value);
  if (!result.valid) {
    const issues = result.errors.map((unit) => ({
      message: `${unit.error} (${unit.keywordLocation})`,
      path: pointerPath(unit.instanceLocation),
    }));
    throw new StructuredOutputError(task, value, issues);
  }
  return { ...task, structuredOutput: value };
}
