import { execFile } from "node:child_process";
import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateSpec } from "./lib/generate-spec.js";
import { copyRepo } from "./lib/scratch-repo.js";
import { loadVendoredSpecs } from "./lib/specs.js";
import { SLOW_TEST_TIMEOUT_MS } from "./lib/test-timeouts.js";

const run = promisify(execFile);
const specs = await loadVendoredSpecs();

describe("generateSpec", { timeout: SLOW_TEST_TIMEOUT_MS }, () => {
  it("gives byte-identical output on two runs", async () => {
    for (const spec of specs) {
      expect(await generateSpec(spec)).toEqual(await generateSpec(spec));
    }
  });

  it("starts every file with a header naming the spec, the command and 'do not edit'", async () => {
    for (const spec of specs) {
      for (const file of await generateSpec(spec)) {
        const [line1, line2, line3] = file.contents.split("\n");
        expect(line1).toMatch(
          new RegExp(`^// Generated from specs/${spec.meta.id}/openapi\\.yaml \\(sha256 [0-9a-f]{64}\\)$`),
        );
        expect(line2).toContain("by `pnpm generate`");
        expect(line3).toContain("Do not edit");
        expect(file.path.startsWith(`packages/${spec.meta.package}/src/generated/`)).toBe(true);
      }
    }
  });

  it("reads the default server URL and the security scheme from the spec", async () => {
    const runtime = Object.fromEntries(
      await Promise.all(
        specs.map(async (spec) => {
          const file = (await generateSpec(spec)).find((generated) => generated.path.endsWith("-spec.ts"));
          const json = file?.contents.slice(file.contents.indexOf("= ") + 2, file.contents.lastIndexOf(" as const"));
          return [spec.meta.id, JSON.parse(json ?? "null")];
        }),
      ),
    );
    expect(runtime).toEqual({
      hyperbrowser: {
        specId: "hyperbrowser",
        serverUrl: "https://api.hyperbrowser.ai",
        security: { type: "apiKey", in: "header", name: "x-api-key" },
      },
      "browser-use": {
        specId: "browser-use",
        serverUrl: "https://api.browser-use.com/api/v2",
        security: { type: "apiKey", in: "header", name: "X-Browser-Use-API-Key" },
      },
      "browser-use-v1": {
        specId: "browser-use-v1",
        serverUrl: "https://api.browser-use.com",
        security: { type: "http", scheme: "bearer" },
      },
      dari: {
        specId: "dari",
        serverUrl: "https://agent.usedari.com",
        security: { type: "apiKey", in: "header", name: "X-API-Key" },
      },
      browseract: {
        specId: "browseract",
        serverUrl: "https://api.browseract.com",
        security: { type: "http", scheme: "bearer" },
      },
      "browser-use-v4": {
        specId: "browser-use-v4",
        serverUrl: "https://api.browser-use.com/api/v4",
        security: { type: "apiKey", in: "header", name: "X-Browser-Use-API-Key" },
      },
      // The spec declares the key only as an `x-api-key` header parameter; meta.json#generate makes it the scheme.
      skyvern: {
        specId: "skyvern",
        serverUrl: "https://api.skyvern.com",
        security: { type: "apiKey", in: "header", name: "x-api-key" },
      },
    });
  });
});

describe("pnpm generate --check", () => {
  let scratch = "";
  const generated = "packages/dari/src/generated";

  beforeAll(async () => {
    scratch = await copyRepo("generate-check-", [
      "package.json",
      "specs",
      "scripts",
      ...specs.map((spec) => `packages/${spec.meta.package}/src/generated`),
    ]);
  }, SLOW_TEST_TIMEOUT_MS);
  afterAll(() => rm(scratch, { recursive: true, force: true }), SLOW_TEST_TIMEOUT_MS);

  const check = () =>
    run(process.execPath, ["--import", "tsx", "scripts/generate.ts", "--check"], { cwd: scratch }).then(
      ({ stdout }) => ({ code: 0, output: stdout }),
      (error: { code: number; stderr: string }) => ({ code: error.code, output: error.stderr }),
    );

  it(
    "passes when the committed output is fresh",
    async () => {
      expect(await check()).toEqual({ code: 0, output: expect.stringContaining("up to date") });
    },
    SLOW_TEST_TIMEOUT_MS,
  );

  it(
    "fails naming each stale and each orphaned file, and a plain generate repairs both",
    async () => {
      const typesFile = path.join(scratch, generated, "dari.ts");
      await writeFile(typesFile, `${await readFile(typesFile, "utf8")}// hand edit\n`);
      await writeFile(path.join(scratch, generated, "leftover.ts"), "export {};\n");
      const result = await check();
      expect(result.code).toBe(1);
      expect(result.output).toContain(`${generated}/dari.ts (differs from a fresh generate)`);
      expect(result.output).toContain(`${generated}/leftover.ts (no spec generates it)`);

      await run(process.execPath, ["--import", "tsx", "scripts/generate.ts"], { cwd: scratch });
      expect((await check()).code).toBe(0);
    },
    SLOW_TEST_TIMEOUT_MS,
  );
});
