import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { compileErrors, validate } from "@readme/openapi-parser";
import { parse as parseYaml } from "yaml";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** Hex sha256 of a spec's bytes, as `meta.json#sha256` and generated file headers record it. */
export const sha256 = (bytes: string | Uint8Array): string => createHash("sha256").update(bytes).digest("hex");

/** Provenance of one vendored spec, as stored in `specs/<id>/meta.json`. */
export interface SpecMeta {
  id: string;
  package: string;
  title: string;
  /** The seed document this spec started from; `null` for an API added after the seeds (Browser Use v4, Skyvern). */
  seed: string | null;
  /** `upstream`: a published OpenAPI document, vendored as published; `embedded`: the OpenAPI document in a seed; `transcribed`: rebuilt from a doc page. */
  origin: "upstream" | "embedded" | "transcribed";
  /** The documentation URL the seed names, exactly as written there; `null` when it names none. */
  upstreamDocUrl: string | null;
  /** Where the spec document itself can be fetched (derived where the seed gives only a path); `null` if unknown. */
  specUrl: string | null;
  retrieved: string;
  sha256: string;
  /** How `pnpm generate` reads this spec, when not the whole document as it is (see `SpecGenerateOptions`). */
  generate?: SpecGenerateOptions;
  notes: string[];
}

/**
 * Scope and auth for a spec that is bigger than its package needs, or declares its key as a parameter. The vendored
 * file stays byte for byte; only what is generated from it changes (scripts/lib/scope-spec.ts).
 */
export interface SpecGenerateOptions {
  /** `"<method> <path>"` of every operation to generate; the components they reach come along, nothing else. */
  operations?: string[];
  /** The key's header, for a spec that declares no security scheme; the same-named header parameter is dropped. */
  security?: { type: "apiKey"; in: "header"; name: string };
}

export interface VendoredSpec {
  meta: SpecMeta;
  /** Absolute path of `specs/<id>/openapi.yaml`. */
  specPath: string;
  /** Repo-relative path with forward slashes, for headers and messages. */
  specRelativePath: string;
  source: string;
}

/** Reads every `specs/<id>/` folder, sorted by id so output order never depends on the file system. */
export async function loadVendoredSpecs(root: string = repoRoot): Promise<VendoredSpec[]> {
  const dir = path.join(root, "specs");
  const entries = await readdir(dir, { withFileTypes: true });
  const ids = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    ids.map(async (id) => {
      const metaPath = path.join(dir, id, "meta.json");
      const meta = JSON.parse(await readFile(metaPath, "utf8")) as SpecMeta;
      if (meta.id !== id) {
        throw new Error(`${metaPath}: "id" is ${JSON.stringify(meta.id)} but the folder is ${JSON.stringify(id)}`);
      }
      const specPath = path.join(dir, id, "openapi.yaml");
      return {
        meta,
        specPath,
        specRelativePath: `specs/${id}/openapi.yaml`,
        source: await readFile(specPath, "utf8"),
      };
    }),
  );
}

export function parseSpec(spec: VendoredSpec): Record<string, unknown> {
  const document: unknown = parseYaml(spec.source);
  if (typeof document !== "object" || document === null || Array.isArray(document)) {
    throw new Error(`${spec.specRelativePath}: not a YAML mapping`);
  }
  return document as Record<string, unknown>;
}

/** Validates an OpenAPI document against the OpenAPI schema; returns the validator's messages, empty when valid. */
export async function validateOpenApiDocument(document: Record<string, unknown>): Promise<string[]> {
  const result = await validate(structuredClone(document) as never);
  const warnings = result.warnings.map((warning) => `warning: ${warning.message}`);
  return result.valid ? warnings : [compileErrors(result), ...warnings];
}
