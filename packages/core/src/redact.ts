/** What a secret is replaced with wherever it could show. */
export const REDACTED = "[redacted]";

// Below this length a "key" would match ordinary text, and redacting it would garble bodies.
const MIN_REDACTABLE_LENGTH = 6;
// Where an escape of a key character could start: a JSON `\`, a percent escape, an HTML character reference.
const ESCAPE_STARTS = /[\\%&]/;

/** `[aA]` for a letter, the character itself otherwise: hex digits match in either case, the key's own exactly. */
function eitherCase(char: string): string {
  const lower = char.toLowerCase();
  const upper = char.toUpperCase();
  return lower === upper ? char : `[${lower}${upper}]`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/-]/g, "\\$&");
}

/**
 * A pattern for one character of a secret as it is or as a text may escape it: JSON (`\u002B`, `\/`, `\"`,
 * `\\`), percent-encoding of its UTF-8 bytes (`%2F`), or an HTML character reference (`&#47;`, `&#x2f;`).
 */
function characterPattern(char: string): string {
  const code = char.charCodeAt(0);
  // Hex digits of `value`, at least `width` of them, each letter in either case.
  const hex = (value: number, width: number) => [...value.toString(16).padStart(width, "0")].map(eitherCase).join("");
  const forms = [
    escapeRegExp(char),
    `\\\\u${hex(code, 4)}`,
    [...new TextEncoder().encode(char)].map((byte) => `%${hex(byte, 2)}`).join(""),
    `&#0*${code};`,
    `&#[xX]0*${hex(code, 0)};`,
  ];
  if (char === "/" || char === '"' || char === "\\") forms.push(`\\\\${escapeRegExp(char)}`);
  return `(?:${forms.join("|")})`;
}

// One pattern per secret, built on first use; a process rarely holds more than a few keys.
const secretPatterns = new Map<string, RegExp>();

/** The pattern that finds `secret` written plainly or with any of its characters escaped. */
function secretPattern(secret: string): RegExp {
  let pattern = secretPatterns.get(secret);
  if (pattern === undefined) {
    if (secretPatterns.size >= 16) secretPatterns.clear();
    pattern = new RegExp([...secret].map(characterPattern).join(""), "g");
    secretPatterns.set(secret, pattern);
  }
  return pattern;
}

/**
 * Replaces every occurrence of `secret` in `text` (providers sometimes echo a bad key back in their error),
 * including one written with JSON, percent or HTML escapes (`sk_live\/...`, `\u002B`), which would decode back
 * to the key wherever the text is parsed or shown.
 */
export function redactSecret(text: string, secret: string): string {
  if (secret.length < MIN_REDACTABLE_LENGTH) return text;
  // Without an escape character only the plain key can be there, and a plain search is much cheaper.
  if (!ESCAPE_STARTS.test(text)) return text.replaceAll(secret, REDACTED);
  return text.replace(secretPattern(secret), REDACTED);
}

/**
 * Applies `redact` to every string of a parsed JSON value, property names included, in place (the caller owns
 * the value: it parsed it). Says whether anything changed. Iterative, so a body nested 100,000 levels deep
 * cannot overflow the stack.
 */
export function redactJsonInPlace(value: unknown, redact: (shown: string) => string): boolean {
  let changed = false;
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const node = pending.pop();
    if (typeof node !== "object" || node === null) continue;
    const record = node as Record<string, unknown>;
    for (const [name, field] of Object.entries(record)) {
      let shown = field;
      if (typeof field === "string") {
        shown = redact(field);
        if (shown !== field) record[name] = shown;
      } else pending.push(field);
      const shownName = Array.isArray(node) ? name : redact(name);
      if (shownName !== name) {
        delete record[name];
        record[shownName] = shown;
      }
      changed ||= shown !== field || shownName !== name;
    }
  }
  return changed;
}

const SENSITIVE_HEADERS = ["authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key"];

/** Headers as a plain object for logs, with credentials (and the client's own key header) shown as `[redacted]`. */
export function redactHeaders(headers: Headers, keyHeaderName: string): Record<string, string> {
  const sensitive = [...SENSITIVE_HEADERS, keyHeaderName.toLowerCase()];
  const plain: Record<string, string> = {};
  headers.forEach((value, name) => {
    plain[name] = sensitive.includes(name) ? REDACTED : value;
  });
  return plain;
}

// How deep `redactErrorChain` looks into causes and into the plain objects and arrays an error holds.
const MAX_ERROR_DEPTH = 5;

/** Whether `value` is an array or an object made by `{}`/JSON (or with no prototype): not a built-in or a class. */
export function isPlainContainer(value: object): boolean {
  const prototype = Object.getPrototypeOf(value);
  return Array.isArray(value) || prototype === Object.prototype || prototype === null;
}

/**
 * A field of an error as it may be shown: strings redacted, errors through `redactErrorChain`, plain objects and
 * arrays copied with their fields redacted, and any other object (a `Request` or `Headers` holding the key, a
 * `Map`, a buffer) replaced by `[redacted]`: what it holds cannot be known, and `util.inspect` would show it.
 */
function redactField(value: unknown, secret: string, depth: number): unknown {
  if (typeof value === "string") return redactSecret(value, secret);
  if (typeof value !== "object" || value === null) return value;
  if (value instanceof Error) return redactErrorChain(value, secret, depth + 1);
  if (!isPlainContainer(value) || depth >= MAX_ERROR_DEPTH) return REDACTED;
  const entries = Object.entries(value);
  const redacted = entries.map(([name, field]) => [name, redactField(field, secret, depth + 1)] as const);
  if (redacted.every(([, field], index) => field === entries[index]?.[1])) return value;
  return Array.isArray(value) ? redacted.map(([, field]) => field) : Object.fromEntries(redacted);
}

/**
 * `error` as it is, unless it could show `secret`: then a copy of the chain with the secret redacted, keeping
 * each error's name and primitive fields (`code` included, for the retry policy). Every own field is looked
 * at, hidden ones too (`util.inspect` shows them): strings and causes are redacted, and objects that could hold
 * the key out of sight (a custom fetch's `error.request = request`) are replaced (`redactField`).
 */
export function redactErrorChain(error: unknown, secret: string, depth = 0): unknown {
  if (!(error instanceof Error) || depth >= MAX_ERROR_DEPTH) return error;
  let changed = false;
  // The copy's fields, by name; no prototype, so a field named `__proto__` is one like any other.
  const fields: Record<PropertyKey, PropertyDescriptor> = Object.create(null);
  for (const name of Reflect.ownKeys(error)) {
    const descriptor = Object.getOwnPropertyDescriptor(error, name) as PropertyDescriptor;
    // A getter could compute anything, so it is not copied (V8's `stack` may be one: it is read below).
    if (!("value" in descriptor)) {
      changed ||= name !== "stack";
      continue;
    }
    const value = redactField(descriptor.value, secret, depth);
    changed ||= value !== descriptor.value;
    fields[name] = { ...descriptor, value };
  }
  // Message and stack are own properties of most errors, but not guaranteed to be. A property defined without
  // `enumerable` is not enumerable, as they are.
  for (const name of ["message", "stack"] as const) {
    const shown = error[name];
    if (fields[name] || typeof shown !== "string") continue;
    const value = redactSecret(shown, secret);
    changed ||= value !== shown;
    fields[name] = { value, writable: true, configurable: true };
  }
  if (!changed) return error;
  // The name shown is the original's, even when it comes from its class rather than an own field.
  fields.name ??= { value: error.name, writable: true, configurable: true };
  return Object.defineProperties(new Error(), fields);
}
