import { defaultPathSerializer, type PathSerializer } from "openapi-fetch";
import { InvalidPathParameterError } from "./errors.js";

const MAX_CACHED_PATHS = 256;

/** Decodes percent-escapes until the value stops changing, so `%2e%2e` and `%252e%252e` are seen as `..`. */
function fullyDecode(value: string): string {
  for (let round = 0; round < 5; round++) {
    try {
      const next = decodeURIComponent(value);
      if (next === value) break;
      value = next;
    } catch {
      break;
    }
  }
  return value;
}

function describeProblem(value: unknown): string | null {
  if (value == null) return "it is missing";
  if (typeof value !== "string" && typeof value !== "number") return `expected a string, got ${typeof value}`;
  const text = String(value);
  if (text.trim() === "") return "it is empty";
  // A dot segment needs a "." or a percent-escape of one; only values with "%" need decoding first.
  if (!/[.%]/.test(text)) return null;
  return /^\s*\.\.?\s*$/.test(fullyDecode(text)) ? "it is a dot segment ('.' or '..', maybe percent-encoded)" : null;
}

/**
 * A path serializer that rejects values which would point the request somewhere else
 * (empty, `.`/`..` in any percent-encoding, missing), then encodes the rest like openapi-fetch does.
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
