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
