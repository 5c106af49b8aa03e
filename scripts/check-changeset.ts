/**
 * Fails when a change to what a package publishes comes without a changeset naming that package.
 *
 *   pnpm changeset:check [--since <git ref>]
 *
 * The range checked is `--since` (or `CHANGESET_SINCE`) up to the working tree. Without one: the merge base with
 * `origin/main` on a branch, or the last commit on main itself (CI runs on a fresh clone of main).
 *
 * A package counts as changed when a file it ships changes: sources, generated code, README, package.json,
 * build config. Tests, fixtures and test helpers don't ship and don't count. A package is covered by a changeset
 * added or edited in the range that names it, by an empty changeset (`pnpm changeset --empty`: "no release
 * needed"), or by a version bump in the range (the commit `pnpm version-packages` makes).
 */
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs, promisify } from "node:util";
import parseChangeset from "@changesets/parse";
import { repoRoot } from "./lib/specs.js";
import { readWorkspacePackages } from "./lib/workspace.js";

const exec = promisify(execFile);

async function git(...args: string[]): Promise<string> {
  const { stdout } = await exec("git", args, { cwd: repoRoot });
  return stdout.trim();
}

async function gitOrNull(...args: string[]): Promise<string | null> {
  return git(...args).catch(() => null);
}

async function resolveBase(since: string | undefined): Promise<{ base: string; why: string } | null> {
  if (since) return { base: since, why: "given" };
  const head = await git("rev-parse", "HEAD");
  const upstream = await gitOrNull("rev-parse", "--verify", "--quiet", "origin/main");
  if (upstream && upstream !== head) {
    const base = await gitOrNull("merge-base", "origin/main", "HEAD");
    if (base && base !== head) return { base, why: "merge base with origin/main" };
  }
  const parent = await gitOrNull("rev-parse", "--verify", "--quiet", "HEAD~1");
  return parent ? { base: parent, why: "the last commit" } : null;
}

/** Files that never reach a package's tarball. */
const unshipped =
  /(\.test\.ts|\.test-d\.ts)$|\/__fixtures__\/|\/test-support\/|\/(tsconfig|typedoc)\.json$|\/\.turbo\//;

/** Published packages by folder name (`dari` → `@agent-tasks/dari`). */
async function publishablePackages(): Promise<Map<string, string>> {
  const packages = await readWorkspacePackages();
  return new Map(packages.filter((pkg) => !pkg.manifest.private).map((pkg) => [pkg.dir, pkg.manifest.name]));
}

async function versionChanged(base: string, dir: string): Promise<boolean> {
  const before = await gitOrNull("show", `${base}:packages/${dir}/package.json`);
  if (before === null) return false;
  const now = JSON.parse(await readFile(path.join(repoRoot, "packages", dir, "package.json"), "utf8"));
  return JSON.parse(before).version !== now.version;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { since: { type: "string" } } });
  const range = await resolveBase(values.since ?? process.env.CHANGESET_SINCE);
  if (range === null) {
    console.log("changeset:check: no earlier commit to compare with; nothing to check.");
    return;
  }
  const changed = [
    ...(await git("diff", "--name-only", range.base)).split("\n"),
    ...(await git("ls-files", "--others", "--exclude-standard")).split("\n"),
  ].filter(Boolean);
  const packages = await publishablePackages();
  const changedPackages = new Map<string, string[]>();
  for (const file of changed) {
    const match = /^packages\/([^/]+)\//.exec(file);
    const name = match?.[1] === undefined ? undefined : packages.get(match[1]);
    if (name === undefined || unshipped.test(file)) continue;
    changedPackages.set(name, [...(changedPackages.get(name) ?? []), file]);
  }

  const covered = new Set<string>();
  let noReleaseNeeded: string | null = null;
  for (const file of changed.filter((name) => /^\.changeset\/[^/]+\.md$/.test(name) && !name.endsWith("README.md"))) {
    const text = await readFile(path.join(repoRoot, file), "utf8").catch(() => null);
    if (text === null) continue; // Deleted: consumed by `changeset version`.
    const { releases } = parseChangeset(text);
    if (releases.length === 0) noReleaseNeeded = file;
    for (const release of releases) covered.add(release.name);
  }
  for (const [dir, name] of packages)
    if (changedPackages.has(name) && (await versionChanged(range.base, dir))) covered.add(name);

  const base = (await git("rev-parse", "--short", range.base)).trim();
  console.log(`changeset:check: changes since ${base} (${range.why})`);
  const missing = [...changedPackages.keys()].filter((name) => !covered.has(name));
  for (const [name, files] of changedPackages) {
    const state = covered.has(name)
      ? "changeset found"
      : noReleaseNeeded
        ? `no release needed (${noReleaseNeeded})`
        : "NO CHANGESET";
    console.log(`  ${name}: ${state}\n    ${files.join("\n    ")}`);
  }
  if (changedPackages.size === 0) console.log("  no published package changed");
  if (missing.length > 0 && noReleaseNeeded === null) {
    console.error(
      `\n${missing.join(", ")} changed without a changeset. Run \`pnpm changeset\`, pick the package(s) and the bump, ` +
        "and commit the file it writes (or `pnpm changeset --empty` if the change needs no release).",
    );
    process.exit(1);
  }
}

await main();
