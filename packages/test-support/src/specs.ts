import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { parse } from "yaml";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

/**
 * A folder name under `specs/` (`dari`, `browser-use-v1`). A plain string: the list of specs lives in the
 * provider registry (scripts/providers.ts), which this package must not import; `loadSpec` checks the id.
 */
export type SpecId = string;

type JsonObject = Record<string, unknown>;

const documents = new Map<SpecId, JsonObject>();

/** The vendored OpenAPI document `specs/<id>/openapi.yaml`, parsed. */
export function loadSpec(id: SpecId): JsonObject {
  let document = documents.get(id);
  if (document === undefined) {
    const file = path.join(repoRoot, "specs", id, "openapi.yaml");
    if (!/^[a-z0-9-]+$/.test(id) || !existsSync(file)) {
      const known = readdirSync(path.join(repoRoot, "specs"), { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && existsSync(path.join(repoRoot, "specs", entry.name, "openapi.yaml")))
        .map((entry) => entry.name);
      throw new Error(`no spec "${id}": specs/${id}/openapi.yaml does not exist (known: ${known.join(", ")})`);
    }
    document = parse(readFileSync(file, "utf8")) as JsonObject;
    documents.set(id, document);
  }
  return document;
}

function mediaType(
  id: SpecId,
  pathKey: string,
  method: string,
  status: string,
  document: JsonObject = loadSpec(id),
): JsonObject {
  const paths = document.paths as Record<string, Record<string, { responses: Record<string, JsonObject> }>>;
  const response = paths[pathKey]?.[method]?.responses[status];
  const media = (response?.content as Record<string, JsonObject> | undefined)?.["application/json"];
  if (media === undefined)
    throw new Error(`${id}: no application/json response ${status} for ${method.toUpperCase()} ${pathKey}`);
  return media;
}

/** The example the spec gives for a response, as the provider documented it. */
export function specExample(id: SpecId, pathKey: string, method: string, status: string): unknown {
  const examples = mediaType(id, pathKey, method, status).examples as Record<string, { value: unknown }> | undefined;
  const first = examples === undefined ? undefined : Object.values(examples)[0];
  if (first === undefined)
    throw new Error(`${id}: response ${status} of ${method.toUpperCase()} ${pathKey} has no example`);
  return first.value;
}

const addFormats = addFormatsModule as unknown as (ajv: Ajv | Ajv2020) => void;

/** Adds `additionalProperties: false` to every object schema that lists properties and says nothing of extras. */
function closeObjects(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(closeObjects);
  if (typeof schema !== "object" || schema === null) return schema;
  const closed: JsonObject = {};
  for (const [key, value] of Object.entries(schema)) {
    // `examples`/`example` hold data, not schemas.
    closed[key] = key === "examples" || key === "example" ? value : closeObjects(value);
  }
  if ("properties" in closed && !("additionalProperties" in closed)) closed.additionalProperties = false;
  return closed;
}

export interface ResponseValidatorOptions {
  /**
   * Reject fields the schema does not list, even where the spec allows extras: catches a misspelled
   * optional field in a fixture, which the spec itself would let through.
   */
  rejectUnknownFields?: boolean;
}

/**
 * A validator for one response body of a spec, built from the spec's own schema with ajv
 * (draft 2020-12 for OpenAPI 3.1, OpenAPI 3.0's `nullable` for 3.0). Returns ajv's error text, or null.
 */
export function responseValidator(
  id: SpecId,
  pathKey: string,
  method: string,
  status: string,
  options: ResponseValidatorOptions = {},
): (body: unknown) => string | null {
  const document = options.rejectUnknownFields ? (closeObjects(loadSpec(id)) as JsonObject) : loadSpec(id);
  const is31 = String(document.openapi).startsWith("3.1");
  const ajv = is31 ? new Ajv2020({ strict: false, allErrors: true }) : new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ components: document.components }, "spec");
  const schema = mediaType(id, pathKey, method, status, document).schema as JsonObject;
  const rewritten = JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"spec#/components/'));
  const validate = ajv.compile(rewritten);
  return (body) => (validate(body) ? null : ajv.errorsText(validate.errors, { dataVar: "body" }));
}
