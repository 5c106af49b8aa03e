import { NormalizeError } from "../normalize-error.js";
import { asRecord, type JsonRecord, toJsonText } from "./coerce.js";

function describe(value: unknown): string {
  if (value === undefined) return "it is missing";
  if (value === null) return "got null";
  if (Array.isArray(value)) return "got an array";
  if (typeof value === "string" && value.trim() === "") return "got an empty string";
  return `got ${typeof value}`;
}

/** The raw task as a record, or a `NormalizeError` saying what it is instead. */
export function readTaskRecord(source: string, rawTask: unknown): JsonRecord {
  const record = asRecord(rawTask);
  if (record === null) {
    throw new NormalizeError(
      source,
      "(root)",
      `expected the task object, ${describe(rawTask).replace("it is missing", "got undefined")}`,
      { raw: rawTask },
    );
  }
  return record;
}

/**
 * The task id as a string (`record` is the raw task, read as a record). Ids are never parsed as numbers: a numeric id beyond
 * `Number.MAX_SAFE_INTEGER` has already lost digits, so it is refused rather than passed on wrong.
 */
export function readTaskId(source: string, record: JsonRecord, field: string): string {
  const value = record[field];
  if (typeof value === "string" && value.trim() !== "") return value;
  if (typeof value === "number" && Number.isSafeInteger(value)) return String(value);
  if (typeof value === "number" && Number.isInteger(value)) {
    throw new NormalizeError(
      source,
      field,
      "the id is a number beyond Number.MAX_SAFE_INTEGER, so its digits are already lost; keep ids as strings when parsing",
      { raw: record },
    );
  }
  throw new NormalizeError(source, field, `expected a non-empty string id, ${describe(value)}`, { raw: record });
}

/** The provider's status, unchanged when it is a string; anything else becomes "" or its JSON text. */
export function readProviderStatus(record: JsonRecord, field: string): string {
  const value = record[field];
  if (typeof value === "string") return value;
  if (value === undefined || value === null) return "";
  return toJsonText(value) ?? textOf(value);
}

/** Text for a value JSON cannot write (a BigInt, or an object holding one), without throwing. */
function textOf(value: unknown): string {
  try {
    return String(value);
  } catch {
    // An object without a usable toString, such as one with a null prototype.
    return Object.prototype.toString.call(value);
  }
}
