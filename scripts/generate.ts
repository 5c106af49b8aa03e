/**
 * specs/<id>/openapi.yaml -> packages/<package>/src/generated/<id>.ts (types) and <id>-spec.ts (server + auth).
 *
 *   pnpm generate            regenerate every provider package
 *   pnpm generate <id>...    regenerate only these specs
 *   pnpm generate --check    write nothing; exit 1 naming each stale or orphaned file
 */
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import openapiTS, { astToString } from "openapi-typescript";
import { loadVendoredSpecs, parseSpec, repoRoot, type VendoredSpec, validateOpenApiDocument } from "./lib/specs.js";

const require = (await import("node:module")).createRequire(import.meta.url);
const openapiTypescriptVersion: string = require("openapi-typescript/package.json").version;

export interface GeneratedFile {
  /** Repo-relative path with forward slashes. */
  path: string;
  contents: string;
}

type SecurityScheme = { type: "apiKey"; in: "header"; name: string } | { type: "http"; scheme: "bearer" };

function header(spec: VendoredSpec): string {
  const sha = createHash("sha256").update(spec.source).digest("hex");
  return [
    `// Generated from ${spec.specRelativePath} (sha256 ${sha})`,
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
  const document = parseSpec(spec);
  const problems = await validateOpenApiDocument(document);
  if (problems.length > 0) {
    throw new Error(`${spec.specRelativePath} is not a valid OpenAPI document:\n${problems.join("\n")}`);
  }
  // `type: object` with no properties is free-form JSON (Dari's final_result, Hyperbrowser's steps), not `{}`.
  const ast = await openapiTS(structuredClone(document) as never, { silent: true, emptyObjectsUnknown: true });
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

async function listGeneratedFiles(packageNames: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const name of packageNames) {
    const dir = path.join(repoRoot, "packages", name, "src", "generated");
    const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (entry.isFile()) {
        found.push(path.relative(repoRoot, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"));
      }
    }
  }
  return found.sort();
}

async function readIfExists(file: string): Promise<string | null> {
  return readFile(path.join(repoRoot, file), "utf8").catch(() => null);
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: { check: { type: "boolean", default: false } },
    allowPositionals: true,
  });
  const allSpecs = await loadVendoredSpecs();
  const unknownIds = positionals.filter((id) => !allSpecs.some((spec) => spec.meta.id === id));
  if (unknownIds.length > 0) {
    console.error(
      `Unknown spec id(s): ${unknownIds.join(", ")}. Known: ${allSpecs.map((spec) => spec.meta.id).join(", ")}`,
    );
    return 2;
  }
  const started = performance.now();
  // Everything is generated in memory (it is fast), so orphans are judged against all specs.
  const outputs = await Promise.all(allSpecs.map(async (spec) => ({ spec, files: await generateSpec(spec) })));
  const expected = new Set(outputs.flatMap((output) => output.files.map((file) => file.path)));
  const selected = outputs.filter((output) => positionals.length === 0 || positionals.includes(output.spec.meta.id));
  const files = selected.flatMap((output) => output.files);
  const packages = [...new Set(allSpecs.map((spec) => spec.meta.package))];
  const orphans = (await listGeneratedFiles(packages)).filter((file) => !expected.has(file));

  if (values.check) {
    const stale: string[] = [];
    for (const file of files) {
      if ((await readIfExists(file.path)) !== file.contents) stale.push(`${file.path} (differs from a fresh generate)`);
    }
    for (const file of orphans) stale.push(`${file} (no spec generates it)`);
    if (stale.length > 0) {
      console.error(`Generated code is stale. Run \`pnpm generate\` and commit the result:\n  ${stale.join("\n  ")}`);
      return 1;
    }
    console.log(`generate --check: ${files.length} files up to date (${selected.length} specs).`);
    return 0;
  }

  for (const file of files) {
    await mkdir(path.dirname(path.join(repoRoot, file.path)), { recursive: true });
    await writeFile(path.join(repoRoot, file.path), file.contents);
  }
  for (const file of orphans) await rm(path.join(repoRoot, file));
  console.log(
    `generate: wrote ${files.length} files from ${selected.length} specs in ${Math.round(performance.now() - started)} ms${orphans.length ? `, removed ${orphans.join(", ")}` : ""}.`,
  );
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename ?? "")) {
  process.exitCode = await main();
}
