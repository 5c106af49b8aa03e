import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { defineConfig } from "vitest/config";

const packagesDir = path.resolve(import.meta.dirname, "packages");

/**
 * Tests run against the TypeScript sources: every entry point in a package's `exports` map
 * (`./dist/v1/index.js`) is aliased to its source (`src/v1/index.ts`), so a new package or subpath needs no edit
 * here. The build's exports maps themselves are checked by `pnpm packages:check`.
 */
function sourceAliases(): { find: RegExp; replacement: string }[] {
  const aliases: { find: RegExp; replacement: string }[] = [];
  for (const dir of readdirSync(packagesDir)) {
    const manifest = JSON.parse(readFileSync(path.join(packagesDir, dir, "package.json"), "utf8")) as {
      name: string;
      exports?: Record<string, string | { default?: string }>;
    };
    for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
      const built = typeof target === "string" ? target : target.default;
      if (built === undefined || !built.endsWith(".js")) continue;
      const specifier = path.posix.join(manifest.name, subpath);
      const source = built.replace(/^\.\/dist\//, "./src/").replace(/\.js$/, ".ts");
      const escaped = specifier.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
      aliases.push({ find: new RegExp(`^${escaped}$`), replacement: path.join(packagesDir, dir, source) });
    }
  }
  return aliases;
}

export default defineConfig({
  resolve: { alias: sourceAliases() },
  test: {
    include: ["packages/*/src/**/*.test.ts", "scripts/**/*.test.ts"],
    // Generous on purpose: vitest's 5 s default is a wall-clock budget a loaded 2-core machine can miss. Time
    // behaviour is tested with fake timers; these limits only stop a hung test.
    testTimeout: 60_000,
    hookTimeout: 10 * 60_000,
    typecheck: {
      enabled: true,
      include: ["packages/*/src/**/*.test-d.ts"],
      tsconfig: "./tsconfig.json",
    },
  },
});
