import { defaultPathSerializer, type PathSerializer } from "openapi-fetch";
import { InvalidPathParameterError } from "./errors.js";

const MAX_CACHED_PATHS = 256;

// Rounds of percent-decoding checked; a value still changing after them is refused rather than half-checked.
const MAX_DECODE_ROUNDS = 10;
// `.` or `..`, maybe padded, maybe followed by `;...` (a parameter some servers drop), `?...` or `#...` (a query or
// fragment, once decoded a second time) or NUL (where C strings end).
const DOT_SEGMENT = /^\s*\.\.?\s*(?:[;?#\0].*)?$/s;
const SEPARATOR = /[/\\]/;
// C0 controls and DEL: whatever is neither printable ASCII nor above DEL.
const CONTROL_CHARACTER = /[^\x20-\x7e\x80-\uffff]/;

/**
 * Decodes percent-escapes until the value stops changing, so `%2e%2e` and `%252e%252e` are seen as `..`; `null`
 * when it still changes after `MAX_DECODE_ROUNDS`. Each `%XX` becomes the character with that code, one byte at a
 * time and whatever surrounds it (a malformed escape elsewhere does not stop it, as it stops `decodeURIComponent`),
 * which is exact for the ASCII characters checked here.
 */
function fullyDecode(value: string): string | null {
  for (let round = 0; round < MAX_DECODE_ROUNDS; round++) {
    const next = value.replace(/%([0-9a-f]{2})/gi, (_escape, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    if (next === value) return value;
    value = next;
  }
  return null;
}

/** What is wrong with `value` as one path segment, or `null` when it is safe to send. */
function describeProblem(value: unknown): string | null {
  if (value == null) return "it is missing";
  if (typeof value !== "string" && typeof value !== "number") return `expected a string, got ${typeof value}`;
  const text = String(value);
  if (text.trim() === "") return "it is empty";
  const decoded = fullyDecode(text);
  if (decoded === null) return "it is percent-encoded too many times to check";
  if (DOT_SEGMENT.test(decoded))
    return "it is a dot segment ('.' or '..', maybe percent-encoded or followed by ';', '?', '#' or NUL)";
  if (SEPARATOR.test(decoded))
    return "it contains '/' or '\\' (maybe percent-encoded), but a path parameter is one segment";
  if (CONTROL_CHARACTER.test(decoded))
    return "it contains a control character such as NUL or a newline (maybe percent-encoded)";
  return null;
}

/**
 * A path serializer that rejects values which would point the request somewhere else, then encodes the rest like
 * openapi-fetch does. A value must be one path segment: not missing or empty, and after percent-decoding as many
 * times as it takes, not `.`/`..` (alone, padded, or followed by `;...`, `?...`, `#...` or NUL), and free of `/`, `\` and control
 * characters. openapi-fetch's `defaultPathSerializer` already sends every value `encodeURIComponent`-ed, so `../`
 * goes out as `..%2F`; the checks on decoded text are for servers and proxies that decode the path twice, drop
 * `;` parameters or stop at NUL, where `%2e%2e%2f` (sent as `%252e%252e%252f`) or `..;` would climb a level.
 * Ids with dots (`a.b`, `...`, `.well-known`), `;` elsewhere and `%` that decodes to plain text are sent as given.
 * Pass the client's `baseUrl` so errors name the schema path, not the whole URL.
 */
export function createGuardedPathSerializer(provider: string | null, baseUrl = ""): PathSerializer {
  // Placeholder names per path: a client calls few distinct paths, many times.
  const namesByPath = new Map<string, string[]>();
  return (pathname, pathParams) => {
    // openapi-fetch hands over base URL + schema path.
    const schemaPath = baseUrl !== "" && pathname.startsWith(baseUrl) ? pathname.slice(baseUrl.length) : pathname;
    let names = namesByPath.get(schemaPath);
    if (names === undefined) {
      // `{.id}`, `{;id}` and `{id*}` are label, matrix and exploded forms of `id`.
      names = [...schemaPath.matchAll(/\{([^{}]+)\}/g)].map((match) => `${match[1]}`.replace(/^[.;]|\*$/g, ""));
      if (namesByPath.size < MAX_CACHED_PATHS) namesByPath.set(schemaPath, names);
    }
    for (const name of names) {
      const problem = describeProblem(pathParams?.[name]);
      if (problem !== null) throw new InvalidPathParameterError(provider, schemaPath, name, problem);
    }
    return defaultPathSerializer(pathname, pathParams);
  };
}
