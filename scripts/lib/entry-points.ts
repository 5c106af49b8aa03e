import { readFile } from "node:fs/promises";
import path from "node:path";

/** The fields of a package.json that name its entry points. */
interface EntryPointFields {
  exports?: unknown;
  bin?: unknown;
}

/** Every string in an `exports` map, conditions and subpaths alike. */
function exportMapTargets(exports: unknown): string[] {
  if (typeof exports === "string") return [exports];
  if (exports === null || typeof exports !== "object") return [];
  return Object.values(exports).flatMap(exportMapTargets);
}

/**
 * The built entry points of the package in `packageDir`, as paths below `dist/` without `.js` (`index`, `v1/index`):
 * the `./dist/*.js` targets of its `exports`, and the `../dist/*.js` modules its bin scripts import (statically or
 * with `import()`). scripts/build-package.ts builds each from `src/<name>.ts`. Sorted, without duplicates.
 */
export async function builtEntryPoints(packageDir: string, manifest: EntryPointFields): Promise<string[]> {
  const bins =
    typeof manifest.bin === "string" ? [manifest.bin] : Object.values((manifest.bin ?? {}) as Record<string, string>);
  const binImports = await Promise.all(
    bins.map(async (bin) => {
      const source = await readFile(path.join(packageDir, bin), "utf8");
      return [...source.matchAll(/(?:from\s*|import\s*\(\s*)["']\.\.\/(dist\/[^"']+\.js)["']/g)].map(
        (match) => match[1] as string,
      );
    }),
  );
  const targets = [
    ...exportMapTargets(manifest.exports).map((target) => target.replace(/^\.\//, "")),
    ...binImports.flat(),
  ];
  const names = targets
    .filter((target) => target.startsWith("dist/") && target.endsWith(".js"))
    .map((target) => target.slice("dist/".length, -".js".length));
  return [...new Set(names)].sort();
}
