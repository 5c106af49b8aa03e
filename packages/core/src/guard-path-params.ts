import { defaultPathSerializer, type PathSerializer } from "openapi-fetch";
import { InvalidPathParameterError } from "./errors.js";

const PLACEHOLDER = /\{([^{}]+)\}/g;
const DOT_SEGMENTS = new Set([".", ".."]);

/** Decodes percent-escapes until the value stops changing, so `%2e%2e` and `%252e%252e` are seen as `..`. */
function fullyDecode(value: string): string {
  let current = value;
  for (let round = 0; round < 5; round++) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      return current;
    }
    if (next === current) return current;
    current = next;
  }
  return current;
}

function describeProblem(value: unknown): string | null {
  if (value === undefined || value === null) return "it is missing";
  if (typeof value !== "string" && typeof value !== "number") return `expected a string, got ${typeof value}`;
  const text = String(value);
  if (text.trim() === "") return "it is empty";
  if (DOT_SEGMENTS.has(fullyDecode(text).trim())) return "it is a dot segment ('.' or '..', maybe percent-encoded)";
  return null;
}

/**
 * A path serializer that rejects values which would point the request somewhere else
 * (empty, `.`/`..` in any percent-encoding, missing), then encodes the rest like openapi-fetch does.
 * Pass the client's `baseUrl` so errors name the schema path, not the whole URL.
 */
export function createGuardedPathSerializer(provider: string | null, baseUrl = ""): PathSerializer {
  return (pathname, pathParams) => {
    // openapi-fetch hands over base URL + schema path.
    const schemaPath = baseUrl !== "" && pathname.startsWith(baseUrl) ? pathname.slice(baseUrl.length) : pathname;
    for (const match of schemaPath.matchAll(PLACEHOLDER)) {
      const name = (match[1] ?? "").replace(/^[.;]/, "").replace(/\*$/, "");
      const problem = describeProblem(pathParams?.[name]);
      if (problem !== null) throw new InvalidPathParameterError(provider, schemaPath, name, problem);
    }
    return defaultPathSerializer(pathname, pathParams);
  };
}
