/**
 * Builds the workspace package in the current folder: each package's `build` script runs it.
 *
 *   tsx ../../scripts/build-package.ts
 *
 * - JavaScript: one ES module per entry point, bundled by esbuild from `src/`. The entry points are the JavaScript
 *   targets of the package's `exports` (`./dist/x.js` is built from `src/x.ts`) and the `../dist/x.js` files its
 *   `bin` scripts import. Code that several entry points of the package use goes into a shared chunk
 *   (`dist/chunk-<hash>.js`), so a class has one identity whichever entry point it is reached through
 *   (`@agent-tasks/core` and `@agent-tasks/core/internal`). Every bare import stays an import: dependencies,
 *   other `@agent-tasks/*` packages, `node:` built-ins. Not minified: the code reads as written, less its types and
 *   most comments, with source maps into `src/`, which the packages ship.
 * - Types: `tsc -p tsconfig.build.json`, which emits only declarations (`emitDeclarationOnly`), so a `.d.ts` per
 *   source file and declaration maps, as before.
 *
 * Why bundle: Node loads an ES module per file, and at cold start the number of files costs more than their size
 * (bench/cold-start.ts measures it). Consumers' bundlers still tree-shake the output: it is plain ESM with
 * `sideEffects: false`, and scripts/bundle-contents.test.ts checks what they keep.
 *
 * Exits 1, with tsc's or esbuild's messages, if either fails. Files are written over the old ones (a program reading
 * dist/ meanwhile never finds it missing), then any `.js` or `.js.map` in dist/ that this build did not write (an
 * older layout, a chunk of an older build) is removed, so it is neither imported by mistake nor packed.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { readdir, readFile, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { promisify } from "node:util";
import { type BuildFailure, build, type Metafile } from "esbuild";
import { builtEntryPoints } from "./lib/entry-points.js";

const exec = promisify(execFile);

interface PackageManifest {
  name: string;
  exports?: unknown;
  bin?: unknown;
}

/** One entry point: `src/<out>.ts` bundled to `dist/<out>.js`. */
interface EntryPoint {
  in: string;
  out: string;
}

/** The entry points of the package in `packageDir`; throws if one has no `src/*.ts` to build it from. */
async function entryPointsOf(packageDir: string, manifest: PackageManifest): Promise<EntryPoint[]> {
  return (await builtEntryPoints(packageDir, manifest)).map((out) => {
    const source = `src/${out}.ts`;
    if (!existsSync(path.join(packageDir, source))) {
      throw new Error(`${manifest.name}: dist/${out}.js is an entry point, but there is no ${source} to build it from`);
    }
    return { in: source, out };
  });
}

/** Bundles the entry points into `dist/`; returns esbuild's metafile. */
async function bundle(packageDir: string, entryPoints: EntryPoint[]): Promise<Metafile> {
  const result = await build({
    absWorkingDir: packageDir,
    entryPoints,
    outdir: "dist",
    bundle: true,
    splitting: true,
    format: "esm",
    // No platform defaults (no `process.env.NODE_ENV` define, no Node or browser resolution): nothing from
    // outside the package is bundled, see `packages`.
    platform: "neutral",
    packages: "external",
    target: "es2022",
    tsconfig: "tsconfig.build.json",
    minify: false,
    treeShaking: true,
    sourcemap: "linked",
    // The packages ship src/, which the maps point at.
    sourcesContent: false,
    charset: "utf8",
    metafile: true,
    logLevel: "silent",
  });
  return result.metafile;
}

/** Emits the declarations (tsconfig.build.json has `emitDeclarationOnly`), printing tsc's messages as tsc does. */
async function declarations(packageDir: string): Promise<void> {
  const tsc = createRequire(path.join(packageDir, "package.json")).resolve("typescript/bin/tsc");
  try {
    await exec(process.execPath, [tsc, "-p", "tsconfig.build.json"], { cwd: packageDir, maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    process.stdout.write(stdout);
    process.stderr.write(stderr);
    throw new Error("tsc failed", { cause: error });
  }
}

/** Removes the `.js` and `.js.map` files of dist/ that are not in `metafile.outputs`. */
async function removeStaleJavaScript(packageDir: string, metafile: Metafile): Promise<void> {
  const written = new Set(Object.keys(metafile.outputs).map((file) => path.resolve(packageDir, file)));
  const dist = path.join(packageDir, "dist");
  const files = await readdir(dist, { recursive: true });
  const stale = files
    .map((file) => path.join(dist, file))
    .filter((file) => /\.js(\.map)?$/.test(file) && !written.has(file));
  await Promise.all(stale.map((file) => rm(file)));
}

async function main(): Promise<number> {
  const packageDir = process.cwd();
  const manifest = JSON.parse(await readFile(path.join(packageDir, "package.json"), "utf8")) as PackageManifest;
  const entryPoints = await entryPointsOf(packageDir, manifest);
  if (entryPoints.length === 0) {
    console.error(`${manifest.name}: no dist/*.js entry point in "exports" or "bin"; nothing to build.`);
    return 1;
  }
  const [types, code] = await Promise.allSettled([declarations(packageDir), bundle(packageDir, entryPoints)]);
  if (code.status === "rejected") {
    const failure = code.reason as Partial<BuildFailure>;
    const messages = Array.isArray(failure.errors)
      ? failure.errors.map((message) =>
          message.location
            ? `${message.location.file}:${message.location.line}:${message.location.column}: ${message.text}`
            : message.text,
        )
      : [String(code.reason)];
    console.error(`${manifest.name}: esbuild failed:\n  ${messages.join("\n  ")}`);
  }
  if (types.status === "rejected" || code.status === "rejected") return 1;
  await removeStaleJavaScript(packageDir, code.value);
  const chunks = Object.entries(code.value.outputs).filter(
    ([file, output]) => file.endsWith(".js") && output.entryPoint === undefined,
  );
  console.log(
    `${manifest.name}: bundled ${entryPoints.map((entry) => `dist/${entry.out}.js`).join(", ")}` +
      `${chunks.length > 0 ? ` and ${chunks.length} shared chunk(s)` : ""}; declarations from tsc.`,
  );
  return 0;
}

process.exitCode = await main();
