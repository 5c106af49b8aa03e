import { toJsonText } from "./coerce.js";

/** The output text parsed when it is a JSON object or array, else `null`. */
export function parseStructuredOutput(output: string | null): unknown | null {
  if (output === null) return null;
  const text = output.trim();
  if (!(text.startsWith("{") && text.endsWith("}")) && !(text.startsWith("[") && text.endsWith("]"))) return null;
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === "object" && parsed !== null ? parsed : null;
  } catch {
    return null;
  }
}

/**
 * An output a provider sends as data or as text (Dari's `final_result`, Skyvern's `output`): an object or array is
 * kept as `structuredOutput`, with its JSON text as `output`; text is the output, parsed when it is a JSON object or
 * array. Anything else (a number, a boolean, `null`) is no output, as for any optional field of the wrong type.
 */
export function outputFromData(value: unknown): { output: string | null; structuredOutput: unknown | null } {
  if (typeof value === "string") return { output: value, structuredOutput: parseStructuredOutput(value) };
  if (typeof value !== "object" || value === null) return { output: null, structuredOutput: null };
  return { output: toJsonText(value), structuredOutput: value };
}
