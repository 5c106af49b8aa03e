/**
 * Updates one vendored spec and tells you what that means for users of the generated client.
 *
 *   pnpm specs:update <id> [--from <url-or-file>]
 *
 * 1. Reads the new spec from `--from`, or from `specUrl` in specs/<id>/meta.json. Offline or on an HTTP error it
 *    says so and changes nothing (exit 2). An invalid spec is refused with the validator's messages, and nothing
 *    changes (exit 1).
 * 2. Compares it with the vendored one (scripts/lib/spec-diff.ts) and classifies every change as breaking,
 *    an addition or docs only, from the point of view of code that uses the generated client.
 * 3. Vendors it byte for byte, records its sha256, the date and the source in meta.json, regenerates the
 *    provider package, builds it, and type-checks it and every package that depends on it (normalize included),
 *    naming each normalize mapper that no longer compiles, with the compiler's message.
 * 4. Writes a changeset for the provider package (and for normalize when it depends on the package), with the
 *    report as its summary, and prints the report.
 *
 * Exit codes: 0 updated (or already up to date), 1 refused (invalid spec, unknown id), 2 could not fetch,
 * 3 updated but a dependent package no longer type-checks (the report names where).
 */
import { execFile } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs, promisify } from "node:util";
import { type FetchedSpec, fetchSpec, SpecSourceError } from "./lib/fetch-spec.js";
import { changesetBump, diffSpecs, formatChangeReport, type SpecChange } from "./lib/spec-diff.js";
import { loadVendoredSpecs, parseSpec, repoRoot, type SpecMeta, type VendoredSpec } from "./lib/specs.js";
import { readWorkspacePackages, type WorkspacePackage } from "./lib/workspace.js";

const exec = promisify(execFile);
const tsc = path.join(repoRoot, "node_modules/typescript/bin/tsc");

// Dev dependencies count: normalize reads the providers' generated types at build time only (they are
// devDependencies of it, and each provider registers its raw task type by module augmentation).
const dependsOn = (pkg: WorkspacePackage, name: string): boolean =>
  name in { ...pkg.manifest.dependencies, ...pkg.manifest.peerDependencies, ...pkg.manifest.devDependencies };

async function run(command: string, args: string[], cwd = repoRoot): Promise<{ ok: boolean; output: string }> {
  try {
    const { stdout, stderr } = await exec(command, args, { cwd, maxBuffer: 32 * 1024 * 1024 });
    return { ok: true, output: `${stdout}${stderr}` };
  } catch (error) {
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${stdout}${stderr}` };
  }
}

/** One compiler error, placed in the function that contains it. */
interface CompilerError {
  file: string;
  line: number;
  /** The enclosing function or constant (`mapBrowserUseTaskStatus`), when one is found. */
  symbol: string | null;
  message: string;
}

/** The top-level function or constant that contains 1-based `line` (`mapBrowserUseTaskStatus`), if any. */
function enclosingSymbol(lines: string[], line: number): string | null {
  for (let index = line - 1; index >= 0; index--) {
    const declared = /^export (?:async )?(?:function|const|class) (\w+)|^(?:async )?function (\w+)|^const (\w+) =/.exec(
      lines[index] ?? "",
    );
    if (declared) return (declared[1] ?? declared[2] ?? declared[3]) as string;
  }
  return null;
}

/** Parses `tsc` output (`file(line,col): error TSxxxx: message` plus indented continuation lines). */
async function compilerErrors(output: string, packageDir: string): Promise<CompilerError[]> {
  const errors: CompilerError[] = [];
  for (const match of output.matchAll(/^(.+?)\((\d+),\d+\): error (TS\d+: .*(?:\n {2,}.*)*)/gm)) {
    const file = path
      .relative(repoRoot, path.resolve(packageDir, match[1] as string))
      .split(path.sep)
      .join("/");
    const line = Number(match[2]);
    const lines = (await readFile(path.join(repoRoot, file), "utf8").catch(() => "")).split("\n");
    errors.push({
      file,
      line,
      symbol: enclosingSymbol(lines, line),
      message: (match[3] as string).replace(/\n\s+/g, " "),
    });
  }
  return errors;
}

interface TypeCheck {
  target: string;
  ok: boolean;
  errors: CompilerError[];
  /** Raw output when it failed without parseable errors. */
  output: string;
}

async function compile(target: string, packageDir: string, args: string[]): Promise<TypeCheck> {
  const result = await run(process.execPath, [tsc, ...args], packageDir);
  return {
    target,
    ok: result.ok,
    errors: result.ok ? [] : await compilerErrors(result.output, packageDir),
    output: result.output,
  };
}

function today(): string {
  return process.env.SPECS_UPDATE_DATE ?? new Date().toISOString().slice(0, 10);
}

function changesetText(packages: Array<[name: string, bump: string]>, summary: string): string {
  return `---\n${packages.map(([name, bump]) => `"${name}": ${bump}`).join("\n")}\n---\n\n${summary.trim()}\n`;
}

function formatTypeChecks(checks: TypeCheck[]): string {
  const lines: string[] = [];
  for (const check of checks) {
    if (check.ok) {
      lines.push(`- ${check.target}: ${check.target.endsWith("(build)") ? "builds" : "type-checks"}`);
      continue;
    }
    lines.push(`- ${check.target}: **no longer type-checks**`);
    for (const error of check.errors) {
      lines.push(
        `  - \`${error.file}:${error.line}\`${error.symbol ? ` in \`${error.symbol}\`` : ""}: ${error.message}`,
      );
    }
    if (check.errors.length === 0) lines.push(`  - ${check.output.trim().split("\n").slice(0, 5).join(" ")}`);
  }
  return lines.join("\n");
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: { from: { type: "string" } },
    allowPositionals: true,
  });
  const specs = await loadVendoredSpecs();
  const [id] = positionals;
  const spec: VendoredSpec | undefined = specs.find((candidate) => candidate.meta.id === id);
  if (positionals.length !== 1 || spec === undefined) {
    console.error(
      `Usage: pnpm specs:update <id> [--from <url-or-file>]\nKnown ids: ${specs.map((candidate) => candidate.meta.id).join(", ")}`,
    );
    return 1;
  }
  const source = values.from ?? spec.meta.specUrl;
  if (!source) {
    console.error(`${spec.meta.id}: meta.json records no specUrl to fetch from; pass --from <url-or-file>.`);
    return 1;
  }

  console.log(`specs:update ${spec.meta.id}: reading ${source}`);
  let fetched: FetchedSpec;
  try {
    fetched = await fetchSpec(source);
  } catch (error) {
    if (!(error instanceof SpecSourceError)) throw error;
    console.error(`${error.message}\nNothing was changed.`);
    return error.kind === "fetch" ? 2 : 1;
  }
  if (fetched.sha256 === spec.meta.sha256) {
    console.log(
      `${spec.specRelativePath} is already this document (sha256 ${fetched.sha256.slice(0, 12)}). Nothing to do.`,
    );
    return 0;
  }

  const changes: SpecChange[] = diffSpecs(parseSpec(spec), fetched.document);
  const packages = await readWorkspacePackages();
  const provider = packages.find((pkg) => pkg.dir === spec.meta.package);
  if (provider === undefined)
    throw new Error(`specs/${spec.meta.id}/meta.json names package ${spec.meta.package}, which does not exist`);

  // Vendor the bytes and record where they came from.
  await writeFile(spec.specPath, fetched.text);
  const metaPath = path.join(path.dirname(spec.specPath), "meta.json");
  const meta: SpecMeta = {
    ...spec.meta,
    retrieved: today(),
    sha256: fetched.sha256,
    notes: [
      ...spec.meta.notes,
      `${today()}: replaced by \`pnpm specs:update ${spec.meta.id}\` from ${fetched.source} (sha256 ${fetched.sha256}; was ${spec.meta.sha256}).`,
    ],
  };
  if (values.from !== undefined && /^https?:\/\//i.test(values.from)) meta.specUrl = values.from;
  await writeFile(metaPath, `${JSON.stringify(meta, null, 2)}\n`);

  const generated = await run(process.execPath, ["--import", "tsx", "scripts/generate.ts", spec.meta.id]);
  if (!generated.ok) {
    await writeFile(spec.specPath, spec.source);
    await writeFile(metaPath, `${JSON.stringify(spec.meta, null, 2)}\n`);
    await run(process.execPath, ["--import", "tsx", "scripts/generate.ts", spec.meta.id]);
    console.error(`Generating from the new spec failed; the old spec was restored.\n${generated.output}`);
    return 1;
  }

  // Build the provider package (dependents read its .d.ts), then type-check it and everything that depends on it.
  const providerName = provider.manifest.name;
  const checks: TypeCheck[] = [await compile(`${providerName} (build)`, provider.path, ["-p", "tsconfig.build.json"])];
  checks.push(await compile(providerName, provider.path, ["--noEmit", "-p", "tsconfig.json"]));
  const dependents = packages.filter((pkg) => dependsOn(pkg, providerName));
  for (const dependent of dependents) {
    checks.push(await compile(dependent.manifest.name, dependent.path, ["--noEmit", "-p", "tsconfig.json"]));
  }
  const brokenMappers = checks
    .filter((check) => check.target === "@agent-tasks/normalize")
    .flatMap((check) => check.errors)
    .filter(
      (error) => /^packages\/normalize\/src\/providers\/[^/]+\.ts$/.test(error.file) && !error.file.includes(".test"),
    );

  const report = [
    `## ${providerName}: ${spec.meta.title} spec update (${today()})`,
    "",
    `Source: \`${fetched.source}\` (sha256 \`${fetched.sha256.slice(0, 12)}\`, was \`${spec.meta.sha256.slice(0, 12)}\`)`,
    "",
    formatChangeReport(changes),
    "",
    "### Type-check after regenerating",
    "",
    formatTypeChecks(checks),
    ...(brokenMappers.length > 0
      ? [
          "",
          "### Normalize mappers to update",
          "",
          ...brokenMappers.map(
            (error) => `- \`${error.symbol ?? "(top level)"}\` (\`${error.file}:${error.line}\`): ${error.message}`,
          ),
        ]
      : []),
  ].join("\n");

  // Changesets: the provider package by what changed; normalize only when a mapper broke.
  const bump = changesetBump(changes, provider.manifest.version);
  const written: string[] = [];
  if (bump !== null) {
    const file = path.join(repoRoot, ".changeset", `spec-${spec.meta.id}-${today()}.md`);
    await writeFile(file, changesetText([[providerName, bump]], report));
    written.push(path.relative(repoRoot, file));
    // normalize's raw task types come from the provider package (module augmentation), so normalize itself
    // changes only when one of its mappers has to: then a changeset names them, for the author to complete.
    const normalize = dependents.find((pkg) => pkg.dir === "normalize");
    const mappers = [...new Set(brokenMappers.map((error) => error.symbol ?? error.file))];
    const normalizeBump = normalize && changesetBump(changes, normalize.manifest.version);
    if (normalize !== undefined && normalizeBump && mappers.length > 0) {
      const text = [
        `Follows the ${spec.meta.title} spec update in ${providerName}.`,
        `These mappers stopped type-checking and must be updated before release: ${mappers.map((name) => `\`${name}\``).join(", ")}. Edit this changeset to describe the new mapping.`,
      ].join("\n\n");
      const normalizeFile = path.join(repoRoot, ".changeset", `spec-${spec.meta.id}-${today()}-normalize.md`);
      await writeFile(normalizeFile, changesetText([[normalize.manifest.name, normalizeBump]], text));
      written.push(path.relative(repoRoot, normalizeFile));
    }
  }

  console.log(`\n${report}\n`);
  console.log(
    `Vendored ${spec.specRelativePath} and updated meta.json; regenerated packages/${provider.dir}/src/generated/.`,
  );
  console.log(
    written.length > 0 ? `Changesets: ${written.join(", ")}` : "No changeset: nothing a user can see changed.",
  );
  if (checks.some((check) => !check.ok)) {
    console.error("\nSome packages no longer type-check (see above). Fix them, then run `pnpm test`.");
    return 3;
  }
  return 0;
}

process.exitCode = await main();
