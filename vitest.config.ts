import path from "node:path";
import { defineConfig } from "vitest/config";

const packagesDir = path.resolve(import.meta.dirname, "packages");

export default defineConfig({
  resolve: {
    // Tests run against the TypeScript sources; the build's exports maps are checked by the build itself.
    alias: [
      { find: /^@agent-tasks\/browser-use\/v1$/, replacement: `${packagesDir}/browser-use/src/v1/index.ts` },
      { find: /^@agent-tasks\/core\/public$/, replacement: `${packagesDir}/core/src/public.ts` },
      {
        find: /^@agent-tasks\/(core|hyperbrowser|browser-use|dari|browseract|normalize)$/,
        replacement: `${packagesDir}/$1/src/index.ts`,
      },
    ],
  },
  test: {
    include: ["packages/*/src/**/*.test.ts", "scripts/**/*.test.ts"],
    typecheck: {
      enabled: true,
      include: ["packages/*/src/**/*.test-d.ts"],
      tsconfig: "./tsconfig.json",
    },
  },
});
