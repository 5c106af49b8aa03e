// Readers for untrusted JSON: a value of the wrong type becomes null or empty, never an exception.

export type JsonRecord = Record<string, unknown>;

export function asRecord(value: unknown): JsonRecord | null {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as JsonRecord) : null;
}

export function asString(value: unknown): string | null {
  return typeof value === "string" ? value : null;
}

/** A string with something in it besides whitespace, else `null`. */
export function asNonBlankString(value: unknown): string | null {
  return typeof value === "string" && value.trim() !== "" ? value : null;
}

export function asFiniteNumber(value: unknown): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

export function asBoolean(value: unknown): boolean | null {
  return typeof value === "boolean" ? value : null;
}

export function asArray(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Keeps the strings of an array; an action that is an object is written as JSON. */
export function asStringList(value: unknown): string[] {
  const items = asArray(value);
  const strings: string[] = [];
  for (let index = 0; index < items.length; index++) {
    if (!(index in items)) continue;
    const item = items[index];
    if (typeof item === "string") strings.push(item);
    else if (typeof item === "object" && item !== null) {
      const json = toJsonText(item);
      if (json !== null) strings.push(json);
    }
  }
  return strings;
}

/** A shallow copy of a JSON object, or `{}`; the copy keeps callers from mutating the raw task. */
export function copyRecord(value: unknown): JsonRecord {
  const record = asRecord(value);
  return record === null ? {} : { ...record };
}

/** JSON text of a value, or `null` when it has none (cycles, BigInt, functions). */
export function toJsonText(value: unknown): string | null {
  try {
    return JSON.stringify(value) ?? null;
  } catch {
    return null;
  }
}
