import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { repoRoot } from "./specs.js";

/** The fields of a package.json our scripts read. */
export interface Manifest {
  name: string;
  version: string;
  private?: boolean;
  exports?: unknown;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  [field: string]: unknown;
}

export interface WorkspacePackage {
  /** Folder name under `packages/` (`browser-use`). */
  dir: string;
  /** Absolute path of that folder. */
  path: string;
  manifest: Manifest;
}

/** Every package under `packages/`, sorted by folder, with its package.json. */
export async function readWorkspacePackages(root: string = repoRoot): Promise<WorkspacePackage[]> {
  const dirs = (await readdir(path.join(root, "packages"))).sort();
  return Promise.all(
    dirs.map(async (dir) => {
      const packagePath = path.join(root, "packages", dir);
      const manifest = JSON.parse(await readFile(path.join(packagePath, "package.json"), "utf8")) as Manifest;
      return { dir, path: packagePath, manifest };
    }),
  );
}

/** The workspace packages `pkg` depends on directly, counting dependencies, peerDependencies and devDependencies. */
export function workspaceDependencies(
  pkg: WorkspacePackage,
  packages: readonly WorkspacePackage[],
): WorkspacePackage[] {
  const { dependencies, peerDependencies, devDependencies } = pkg.manifest;
  const names = new Set(Object.keys({ ...dependencies, ...peerDependencies, ...devDependencies }));
  return packages.filter((other) => other !== pkg && names.has(other.manifest.name));
}

/** Whether `pkg` depends on `target`, directly or through other workspace packages. */
export function dependsOnPackage(
  pkg: WorkspacePackage,
  target: WorkspacePackage,
  packages: readonly WorkspacePackage[],
): boolean {
  const seen = new Set<WorkspacePackage>();
  const visit = (current: WorkspacePackage): boolean =>
    workspaceDependencies(current, packages).some((dependency) => {
      if (dependency === target) return true;
      if (seen.has(dependency)) return false;
      seen.add(dependency);
      return visit(dependency);
    });
  return visit(pkg);
}

/**
 * `roots` and every workspace package they depend on (transitively), in build levels: each level depends only on
 * packages of earlier levels, so a level's packages can be built in parallel once the earlier levels are built.
 * Each level is sorted by folder. Throws on a dependency cycle.
 */
export function buildLevels(
  roots: readonly WorkspacePackage[],
  packages: readonly WorkspacePackage[],
): WorkspacePackage[][] {
  const selected = new Set<WorkspacePackage>();
  const collect = (pkg: WorkspacePackage): void => {
    if (selected.has(pkg)) return;
    selected.add(pkg);
    for (const dependency of workspaceDependencies(pkg, packages)) collect(dependency);
  };
  for (const root of roots) collect(root);
  const levels: WorkspacePackage[][] = [];
  const placed = new Set<WorkspacePackage>();
  while (placed.size < selected.size) {
    const level = [...selected]
      .filter((pkg) => !placed.has(pkg))
      .filter((pkg) => workspaceDependencies(pkg, packages).every((dependency) => placed.has(dependency)))
      .sort((a, b) => (a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0));
    if (level.length === 0) {
      const rest = [...selected].filter((pkg) => !placed.has(pkg)).map((pkg) => pkg.manifest.name);
      throw new Error(`workspace dependency cycle among ${rest.join(", ")}`);
    }
    for (const pkg of level) placed.add(pkg);
    levels.push(level);
  }
  return levels;
}

/** Every file an `exports` map names (`./dist/index.js`, `./dist/index.d.ts`, …), without the leading `./`. */
export function exportTargets(manifest: Manifest): string[] {
  const collect = (value: unknown): string[] =>
    typeof value === "string"
      ? [value]
      : value !== null && typeof value === "object"
        ? Object.values(value).flatMap(collect)
        : [];
  return collect(manifest.exports).map((target) => target.replace(/^\.\//, ""));
}

/**
 * What is wrong with a packed or published manifest's dependency ranges: a `workspace:` or `catalog:` range left
 * anywhere, or a dependency on one of our packages that is not `^<its current version>`.
 */
export function dependencyRangeProblems(manifest: Manifest, versions: ReadonlyMap<string, string>): string[] {
  const problems = (JSON.stringify(manifest).match(/"(workspace|catalog):[^"]*"/g) ?? []).map(
    (range) => `still has ${range}`,
  );
  for (const [name, range] of Object.entries(manifest.dependencies ?? {})) {
    const version = versions.get(name);
    if (version !== undefined && range !== `^${version}`)
      problems.push(`${name} is "${range}", expected "^${version}"`);
  }
  return problems;
}
