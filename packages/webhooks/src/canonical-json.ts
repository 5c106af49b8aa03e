/**
 * Browser Use signs a canonical form of the JSON body, not its bytes: the parsed value re-serialised with the keys
 * of every object sorted and no whitespace. Its two reference verifiers disagree on non-ASCII text: the Python one
 * (`json.dumps(..., sort_keys=True, separators=(",", ":"))`) escapes it as `\uXXXX`, the TypeScript one
 * (`JSON.stringify` over sorted keys) writes it as is. `canonicalJsonForms` gives both, so a delivery signed either
 * way verifies. Keys are sorted as strings (`"10"` before `"2"`), as Python does; `JSON.stringify` alone would put
 * integer-like keys first, so the serialiser here writes objects itself.
 */

/** `value` (parsed JSON) written with every object's keys sorted and no whitespace. Throws on a cycle or depth. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const record = value as Record<string, unknown>;
    const members = Object.keys(record)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`);
    return `{${members.join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/**
 * `canonicalJson(value)`, and the same with every character outside printable ASCII (DEL and above) written as
 * `\uXXXX`, as Python's `ensure_ascii` default does.
 */
export function canonicalJsonForms(value: unknown): string[] {
  const plain = canonicalJson(value);
  const ascii = plain.replace(/[\u007f-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return ascii === plain ? [plain] : [plain, ascii];
}
