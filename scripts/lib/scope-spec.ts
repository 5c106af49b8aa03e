/**
 * Narrows a parsed OpenAPI document to what one package generates, as `meta.json#generate` says: the listed
 * operations, the components they reach (transitively, through any `$ref`), and a header API key declared as a
 * security scheme when the spec only has it as a per-operation parameter. Pure: the vendored file is not touched.
 */
import type { SpecGenerateOptions } from "./specs.js";

const methods = new Set(["get", "put", "post", "delete", "patch", "head", "options", "trace"]);

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Every `#/components/<kind>/<name>` that `value` refers to, directly. */
function refsIn(value: unknown, found: Set<string>): void {
  if (Array.isArray(value)) {
    for (const item of value) refsIn(item, found);
  } else if (isObject(value)) {
    for (const [key, item] of Object.entries(value)) {
      if (key === "$ref" && typeof item === "string" && item.startsWith("#/components/")) found.add(item);
      else refsIn(item, found);
    }
  }
}

function decodePointerToken(token: string): string {
  return token.replace(/~1/g, "/").replace(/~0/g, "~");
}

/**
 * The document `generate` should read. Throws, naming the entry, when an operation listed does not exist, so a
 * spec update that drops one fails loudly instead of generating less.
 */
export function scopeSpec(document: Json, options: SpecGenerateOptions | undefined, where: string): Json {
  if (options === undefined) return document;
  const scoped: Json = { ...document };
  const paths = (document.paths ?? {}) as Record<string, Json>;

  if (options.operations !== undefined) {
    const wanted = new Map<string, Set<string>>();
    for (const entry of options.operations) {
      const match = /^([a-z]+) (\/\S*)$/.exec(entry);
      const method = match?.[1];
      const route = match?.[2];
      if (method === undefined || route === undefined || !methods.has(method)) {
        throw new Error(`${where}: generate.operations entry ${JSON.stringify(entry)} is not "<method> <path>"`);
      }
      if (!isObject(paths[route]?.[method])) {
        throw new Error(`${where}: generate.operations names ${JSON.stringify(entry)}, which the spec does not have`);
      }
      wanted.set(route, (wanted.get(route) ?? new Set()).add(method));
    }
    // In the document's own order, so the generated file reads like the spec.
    const keptPaths: Record<string, Json> = {};
    for (const [route, pathItem] of Object.entries(paths)) {
      const methodsKept = wanted.get(route);
      if (methodsKept === undefined) continue;
      keptPaths[route] = Object.fromEntries(
        Object.entries(pathItem).filter(([key]) => !methods.has(key) || methodsKept.has(key)),
      );
    }
    scoped.paths = keptPaths;

    // Keep exactly the components the kept operations reach.
    const components = (document.components ?? {}) as Record<string, Json>;
    // A Set visits what is added while it is iterated: each component's own refs are followed once.
    const reached = new Set<string>();
    refsIn(keptPaths, reached);
    for (const ref of reached) {
      const [, , kind = "", name = ""] = ref.split("/").map(decodePointerToken);
      const target = components[kind]?.[name];
      if (target === undefined) throw new Error(`${where}: ${ref} is referenced but not defined`);
      refsIn(target, reached);
    }
    const keptComponents: Record<string, Json> = {};
    for (const [kind, members] of Object.entries(components)) {
      if (kind === "securitySchemes") {
        keptComponents[kind] = members;
        continue;
      }
      const kept = Object.fromEntries(
        Object.entries(members).filter(([name]) =>
          reached.has(`#/components/${kind}/${name.replace(/~/g, "~0").replace(/\//g, "~1")}`),
        ),
      );
      if (Object.keys(kept).length > 0) keptComponents[kind] = kept;
    }
    scoped.components = keptComponents;
  }

  if (options.security !== undefined) {
    const header = options.security.name.toLowerCase();
    const schemeName = "ApiKeyHeader";
    const components = { ...((scoped.components ?? {}) as Json) };
    components.securitySchemes = { ...((components.securitySchemes ?? {}) as Json), [schemeName]: options.security };
    scoped.components = components;
    scoped.security = [{ [schemeName]: [] }];
    const withoutKeyParameter: Record<string, Json> = {};
    for (const [route, pathItem] of Object.entries((scoped.paths ?? {}) as Record<string, Json>)) {
      withoutKeyParameter[route] = Object.fromEntries(
        Object.entries(pathItem).map(([method, operation]) => {
          if (!methods.has(method) || !isObject(operation) || !Array.isArray(operation.parameters)) {
            return [method, operation];
          }
          const parameters = operation.parameters.filter(
            (parameter) =>
              !(isObject(parameter) && parameter.in === "header" && String(parameter.name).toLowerCase() === header),
          );
          return [method, { ...operation, parameters }];
        }),
      );
    }
    scoped.paths = withoutKeyParameter;
  }
  return scoped;
}
