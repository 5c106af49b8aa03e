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
 * 3. Builds what the type-checks read (the workspace packages the provider and its dependents depend on, then the
 *    provider itself: a fresh clone has no dist/), and type-checks the provider and every package that depends on
 *    it (normalize included) once before changing anything, as the baseline.
 * 4. Vendors it byte for byte, records its sha256, the date and the source in meta.json, regenerates the
 *    provider package, builds it, and type-checks it and its dependents again. Only errors that were not there
 *    before count as caused by the update; the report names each normalize mapper that no longer compiles, with
 *    the compiler's message, and mentions errors that were already there apart.
 * 5. Writes a changeset for the provider package by what changed, and one for normalize only when one of its
 *    mappers stopped compiling (normalize's raw task types come from the provider package, so normalize itself
 *    changes only when a mapper has to), with the report as the summary, and prints the report.
 *
 * Exit codes: 0 updated (or already up to date), 1 refused (invalid spec, unknown id, generation failed),
 * 2 could not fetch, 3 updated but a package that depends on the provider (normalize) no longer type-checks,
 * 4 updated but the provider package itself no longer builds or type-checks (its own sources or type tests) while
 * every dependent still does. The report names where; 3 wins when both happen.
 */
import { execFile } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs, promisify } from "node:util";
import { type FetchedSpec, fetchSpec, SpecSourceError } from "./lib/fetch-spec.js";
import { changesetBump, diffSpecs, formatChangeReport, type SpecChange } from "./lib/spec-diff.js";
import { loadVendoredSpecs, parseSpec, repoRoot, type SpecMeta, type VendoredSpec } from "./lib/specs.js";
import {
  buildLevels,
  dependsOnPackage,
  readWorkspacePackages,
  type WorkspacePackage,
  workspaceDependencies,
} from "./lib/workspace.js";

const exec = promisify(execFile);
const tsc = path.join(repoRoot, "node_modules/typescript/bin/tsc");

/** Exit codes (see the header). */
const EXIT = { ok: 0, refused: 1, fetchFailed: 2, dependentBroke: 3, providerBroke: 4 } as const;

async function run(
  command: string,
  args: string[],
  cwd = repoRoot,
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ ok: boolean; output: string }> {
  try {
    const { stdout, stderr } = await exec(command, args, { cwd, env, maxBuffer: 32 * 1024 * 1024 });
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

/** One build or type-check of one package. */
interface TypeCheck {
  /** `@agent-tasks/browser-use (build)` or `@agent-tasks/normalize` */
  target: string;
  ok: boolean;
  errors: CompilerError[];
  /** Raw output, for a failure without parseable errors. */
  output: string;
}

/** A check after the update, set against the same check before it. */
interface CheckResult extends TypeCheck {
  /** Errors that were not there before the update: the ones it caused. */
  newErrors: CompilerError[];
  /** How many of its errors were there before the update. */
  knownErrors: number;
  /** Whether the update broke it: new errors, or a failure without parseable errors that did not happen before. */
  broken: boolean;
}

const typeCheckArgs = ["--noEmit", "-p", "tsconfig.json"];

async function compile(target: string, packageDir: string, args: string[]): Promise<TypeCheck> {
  const result = await run(process.execPath, [tsc, ...args], packageDir);
  return {
    target,
    ok: result.ok,
    errors: result.ok ? [] : await compilerErrors(result.output, packageDir),
    output: result.output,
  };
}

/** Runs a package's `build` script (`tsc -p tsconfig.build.json`) as a package manager would; null if it has none. */
async function build(pkg: WorkspacePackage): Promise<TypeCheck | null> {
  const scripts = (pkg.manifest.scripts ?? {}) as Record<string, string | undefined>;
  if (scripts.build === undefined) return null;
  const bins = [path.join(pkg.path, "node_modules/.bin"), path.join(repoRoot, "node_modules/.bin")];
  const env = { ...process.env, PATH: [...bins, process.env.PATH ?? ""].join(path.delimiter) };
  const result = await run("sh", ["-c", scripts.build], pkg.path, env);
  return {
    target: `${pkg.manifest.name} (build)`,
    ok: result.ok,
    errors: result.ok ? [] : await compilerErrors(result.output, pkg.path),
    output: result.output,
  };
}

/** Sets a check after the update against the same check before it: errors already there are not the update's. */
function againstBaseline(after: TypeCheck, before: TypeCheck | undefined): CheckResult {
  const key = (error: CompilerError): string => `${error.file}\u0000${error.message}`;
  const known = new Map<string, number>();
  for (const error of before?.errors ?? []) known.set(key(error), (known.get(key(error)) ?? 0) + 1);
  const newErrors = after.errors.filter((error) => {
    const left = known.get(key(error)) ?? 0;
    if (left > 0) known.set(key(error), left - 1);
    return left === 0;
  });
  const unexplained = !after.ok && after.errors.length === 0 && before?.ok !== false;
  return {
    ...after,
    newErrors,
    knownErrors: after.errors.length - newErrors.length,
    broken: newErrors.length > 0 || unexplained,
  };
}

function today(): string {
  return process.env.SPECS_UPDATE_DATE ?? new Date().toISOString().slice(0, 10);
}

function changesetText(packages: Array<[name: string, bump: string]>, summary: string): string {
  return `---\n${packages.map(([name, bump]) => `"${name}": ${bump}`).join("\n")}\n---\n\n${summary.trim()}\n`;
}

function formatTypeChecks(checks: CheckResult[]): string {
  const lines: string[] = [];
  for (const check of checks) {
    const verb = check.target.endsWith("(build)") ? "builds" : "type-checks";
    const known = `${check.knownErrors} ${check.knownErrors === 1 ? "error" : "errors"} that were there before this update (not caused by it)`;
    if (check.ok) {
      lines.push(`- ${check.target}: ${verb}`);
    } else if (!check.broken) {
      lines.push(`- ${check.target}: no new errors; it failed before this update too, with ${known}`);
    } else {
      lines.push(`- ${check.target}: **no longer ${verb}**`);
      for (const error of check.newErrors) {
        lines.push(
          `  - \`${error.file}:${error.line}\`${error.symbol ? ` in \`${error.symbol}\`` : ""}: ${error.message}`,
        );
      }
      if (check.errors.length === 0) lines.push(`  - ${check.output.trim().split("\n").slice(0, 5).join(" ")}`);
      if (check.knownErrors > 0) lines.push(`  - and ${known}`);
    }
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
    return EXIT.refused;
  }
  const source = values.from ?? spec.meta.specUrl;
  if (!source) {
    console.error(`${spec.meta.id}: meta.json records no specUrl to fetch from; pass --from <url-or-file>.`);
    return EXIT.refused;
  }

  console.log(`specs:update ${spec.meta.id}: reading ${source}`);
  let fetched: FetchedSpec;
  try {
    fetched = await fetchSpec(source);
  } catch (error) {
    if (!(error instanceof SpecSourceError)) throw error;
    console.error(`${error.message}\nNothing was changed.`);
    return error.kind === "fetch" ? EXIT.fetchFailed : EXIT.refused;
  }
  if (fetched.sha256 === spec.meta.sha256) {
    console.log(
      `${spec.specRelativePath} is already this document (sha256 ${fetched.sha256.slice(0, 12)}). Nothing to do.`,
    );
    return EXIT.ok;
  }

  const changes: SpecChange[] = diffSpecs(parseSpec(spec), fetched.document);
  const packages = await readWorkspacePackages();
  const provider = packages.find((pkg) => pkg.dir === spec.meta.package);
  if (provider === undefined)
    throw new Error(`specs/${spec.meta.id}/meta.json names package ${spec.meta.package}, which does not exist`);
  const providerName = provider.manifest.name;
  // Dev dependencies count: normalize reads the providers' generated types at build time only (they are
  // devDependencies of it, and each provider registers its raw task type by module augmentation).
  const dependents = packages.filter((pkg) => workspaceDependencies(pkg, packages).includes(provider));

  // The type-checks resolve workspace packages through their dist/ types, which a fresh clone does not have. Build
  // what they read first: every package the provider and its dependents depend on, none of which depends on the
  // provider (so none changes with the update), then the provider as it is now. Then type-check the provider and its
  // dependents as the baseline: errors already there are not the update's.
  console.log(
    `Building and type-checking ${[providerName, ...dependents.map((pkg) => pkg.manifest.name)].join(", ")} before the update…`,
  );
  const supportBuilds: TypeCheck[] = [];
  for (const level of buildLevels([provider, ...dependents], packages)) {
    const support = level.filter(
      (pkg) => pkg !== provider && !dependents.includes(pkg) && !dependsOnPackage(pkg, provider, packages),
    );
    const built = await Promise.all(support.map(build));
    supportBuilds.push(...built.filter((check): check is TypeCheck => check !== null));
  }
  const typeCheckAll = (): Promise<TypeCheck[]> =>
    Promise.all([
      compile(providerName, provider.path, typeCheckArgs),
      ...dependents.map((dependent) => compile(dependent.manifest.name, dependent.path, typeCheckArgs)),
    ]);
  const baseline = new Map<string, TypeCheck>();
  const providerBuildBefore = await build(provider);
  if (providerBuildBefore !== null) baseline.set(providerBuildBefore.target, providerBuildBefore);
  for (const check of await typeCheckAll()) baseline.set(check.target, check);

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
    return EXIT.refused;
  }

  // Build the provider package again (dependents read its .d.ts), then type-check it and everything that depends on
  // it, each set against its baseline.
  const providerBuild = await build(provider);
  const after = [...(providerBuild === null ? [] : [providerBuild]), ...(await typeCheckAll())];
  const checks = after.map((check) => againstBaseline(check, baseline.get(check.target)));
  const providerTargets = new Set([providerName, `${providerName} (build)`]);
  const providerBroke = checks.some((check) => providerTargets.has(check.target) && check.broken);
  const dependentBroke = checks.some((check) => !providerTargets.has(check.target) && check.broken);
  const brokenMappers = checks
    .filter((check) => check.target === "@agent-tasks/normalize")
    .flatMap((check) => check.newErrors)
    .filter(
      (error) => /^packages\/normalize\/src\/providers\/[^/]+\.ts$/.test(error.file) && !error.file.includes(".test"),
    );
  // Packages built only so the type-checks could resolve them; listed when their build failed (not the update's doing).
  const failedSupport = supportBuilds.filter((check) => !check.ok);

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
    ...failedSupport.map(
      (check) =>
        `- ${check.target}: fails to build, before and after this update (not caused by it); the type-checks above read what it emitted`,
    ),
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
  if (dependentBroke) {
    console.error(
      `\nA package that depends on ${providerName} no longer type-checks (see above). Fix it, then run \`pnpm test\`.`,
    );
    return EXIT.dependentBroke;
  }
  if (providerBroke) {
    console.error(
      `\n${providerName} itself no longer builds or type-checks (its own sources or type tests, see above); every package that depends on it still type-checks. Fix it, then run \`pnpm test\`.`,
    );
    return EXIT.providerBroke;
  }
  return EXIT.ok;
}

process.exitCode = await main();
