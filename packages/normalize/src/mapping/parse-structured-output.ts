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
