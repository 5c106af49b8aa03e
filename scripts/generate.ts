/**
 * specs/<id>/openapi.yaml -> packages/<package>/src/generated/<id>.ts (types) and <id>-spec.ts (server + auth).
 *
 *   pnpm generate            regenerate every provider package
 *   pnpm generate <id>...    regenerate only these specs
 *   pnpm generate --check    write nothing; exit 1 naming each stale or orphaned file
 */
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { generateSpec } from "./lib/generate-spec.js";
import { loadVendoredSpecs, repoRoot } from "./lib/specs.js";

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

process.exitCode = await main();
