/** What `pnpm generate` writes for one spec, computed in memory (scripts/generate.ts writes or checks it). */
import openapiTS, { astToString } from "openapi-typescript";
import { scopeSpec } from "./scope-spec.js";
import { parseSpec, sha256, type VendoredSpec, validateOpenApiDocument } from "./specs.js";

const require = (await import("node:module")).createRequire(import.meta.url);
const openapiTypescriptVersion: string = require("openapi-typescript/package.json").version;

export interface GeneratedFile {
  /** Repo-relative path with forward slashes. */
  path: string;
  contents: string;
}

type SecurityScheme = { type: "apiKey"; in: "header"; name: string } | { type: "http"; scheme: "bearer" };

function header(spec: VendoredSpec): string {
  return [
    `// Generated from ${spec.specRelativePath} (sha256 ${sha256(spec.source)})`,
    `// by \`pnpm generate\` (scripts/generate.ts, openapi-typescript ${openapiTypescriptVersion}).`,
    "// Do not edit: change the spec or the generator, then run `pnpm generate`.",
    "",
  ].join("\n");
}

function camelCase(id: string): string {
  return id.replace(/-([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}

/** The one security scheme the spec's operations require, or an error naming what is unsupported. */
function pickSecurityScheme(spec: VendoredSpec, document: Record<string, unknown>): SecurityScheme {
  type Requirement = Record<string, string[]>;
  const rootSecurity = (document.security as Requirement[] | undefined) ?? [];
  const used = new Set<string>();
  for (const pathItem of Object.values((document.paths ?? {}) as Record<string, Record<string, unknown>>)) {
    for (const [method, operation] of Object.entries(pathItem)) {
      if (!["get", "put", "post", "delete", "patch", "head", "options"].includes(method)) continue;
      const requirements = ((operation as { security?: Requirement[] }).security ?? rootSecurity) as Requirement[];
      for (const requirement of requirements) for (const name of Object.keys(requirement)) used.add(name);
    }
  }
  if (used.size !== 1) {
    throw new Error(
      `${spec.specRelativePath}: expected exactly one security scheme across its operations, found ${used.size} (${[...used].join(", ") || "none"})`,
    );
  }
  const [name] = [...used] as [string];
  const schemes = ((document.components as { securitySchemes?: Record<string, Record<string, unknown>> })
    ?.securitySchemes ?? {}) as Record<string, Record<string, unknown>>;
  const scheme = schemes[name];
  if (scheme?.type === "apiKey" && scheme.in === "header" && typeof scheme.name === "string") {
    return { type: "apiKey", in: "header", name: scheme.name };
  }
  if (scheme?.type === "http" && String(scheme.scheme).toLowerCase() === "bearer") {
    return { type: "http", scheme: "bearer" };
  }
  throw new Error(
    `${spec.specRelativePath}: security scheme "${name}" is ${JSON.stringify(scheme)}; only header API keys and HTTP bearer are supported (keys never go in URLs)`,
  );
}

function serverUrl(spec: VendoredSpec, document: Record<string, unknown>): string {
  const url = (document.servers as Array<{ url?: unknown }> | undefined)?.[0]?.url;
  if (typeof url !== "string" || !/^https?:\/\//.test(url)) {
    throw new Error(`${spec.specRelativePath}: servers[0].url must be an absolute http(s) URL`);
  }
  return url;
}

/** Everything `pnpm generate` writes for one spec, computed in memory. */
export async function generateSpec(spec: VendoredSpec): Promise<GeneratedFile[]> {
  const vendored = parseSpec(spec);
  const problems = await validateOpenApiDocument(vendored);
  if (problems.length > 0) {
    throw new Error(`${spec.specRelativePath} is not a valid OpenAPI document:\n${problems.join("\n")}`);
  }
  // `meta.json#generate` may narrow the document to the operations the package wraps (Skyvern's 885 kB spec).
  const document = scopeSpec(vendored, spec.meta.generate, `specs/${spec.meta.id}/meta.json`);
  // `type: object` with no properties is free-form JSON (Dari's final_result, Hyperbrowser's steps), not `{}`.
  const ast = await openapiTS(structuredClone(document) as never, {
    silent: true,
    emptyObjectsUnknown: true,
    // A field with a `default` stays optional unless the spec lists it in `required`: request bodies then require
    // exactly what the spec requires (openapi-typescript would otherwise make every defaulted field required).
    defaultNonNullable: false,
  });
  const outDir = `packages/${spec.meta.package}/src/generated`;
  const name = camelCase(spec.meta.id);
  const runtime = {
    specId: spec.meta.id,
    serverUrl: serverUrl(spec, document),
    security: pickSecurityScheme(spec, document),
  };
  return [
    { path: `${outDir}/${spec.meta.id}.ts`, contents: `${header(spec)}\n${astToString(ast)}` },
    {
      path: `${outDir}/${spec.meta.id}-spec.ts`,
      contents: `${header(spec)}\n/** Server and auth scheme of ${spec.specRelativePath}. */\nexport const ${name}Spec = ${JSON.stringify(runtime, null, 2)} as const;\n`,
    },
  ];
}
