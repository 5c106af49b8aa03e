import { readFile } from "node:fs/promises";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { sha256, validateOpenApiDocument } from "./specs.js";

/** Why a spec could not be read: the network or the server (`fetch`), or its content (`invalid`). */
export class SpecSourceError extends Error {
  constructor(
    readonly kind: "fetch" | "invalid",
    message: string,
  ) {
    super(message);
    this.name = "SpecSourceError";
  }
}

export interface FetchedSpec {
  /** The URL or absolute file path it came from. */
  source: string;
  /** The bytes as received, vendored unchanged. */
  text: string;
  document: Record<string, unknown>;
  sha256: string;
}

const isUrl = (source: string): boolean => /^https?:\/\//i.test(source);

async function readSource(source: string, timeoutMs: number): Promise<string> {
  if (!isUrl(source)) {
    return readFile(path.resolve(source), "utf8").catch((error: NodeJS.ErrnoException) => {
      throw new SpecSourceError("fetch", `cannot read ${source}: ${error.code ?? error.message}`);
    });
  }
  let response: Response;
  try {
    response = await fetch(source, { signal: AbortSignal.timeout(timeoutMs), redirect: "follow" });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const why = cause?.code ?? cause?.message ?? (error as Error).message;
    throw new SpecSourceError("fetch", `cannot fetch ${source}: ${why} (offline, or the host is unreachable)`);
  }
  if (!response.ok) {
    throw new SpecSourceError("fetch", `cannot fetch ${source}: HTTP ${response.status} ${response.statusText}`.trim());
  }
  return response.text();
}

/** Reads a spec from a URL or a file, parses it (YAML or JSON) and validates it as OpenAPI. */
export async function fetchSpec(source: string, { timeoutMs = 30_000 } = {}): Promise<FetchedSpec> {
  const text = await readSource(source, timeoutMs);
  let document: unknown;
  try {
    document = parseYaml(text);
  } catch (error) {
    throw new SpecSourceError("invalid", `${source} is not YAML or JSON: ${(error as Error).message.split("\n")[0]}`);
  }
  if (typeof document !== "object" || document === null || Array.isArray(document)) {
    throw new SpecSourceError("invalid", `${source} is not an OpenAPI document (expected a mapping at the top level)`);
  }
  const problems = await validateOpenApiDocument(document as Record<string, unknown>);
  const errors = problems.filter((problem) => !problem.startsWith("warning:"));
  if (errors.length > 0) {
    throw new SpecSourceError("invalid", `${source} is not a valid OpenAPI document:\n  ${errors.join("\n  ")}`);
  }
  return { source, text, document: document as Record<string, unknown>, sha256: sha256(text) };
}
