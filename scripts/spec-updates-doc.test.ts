import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { diffSpecs, formatChangeReport } from "./lib/spec-diff.js";
import { repoRoot } from "./lib/specs.js";

// docs/spec-updates.md shows what `specs:update` reports when Browser Use v2 moves from the seed-era spec to the API in
// docs/providers.md ("Changes since the seed"). Its change report must be what the tool computes today from the two
// fixtures: seed.yaml (specs/browser-use/openapi.yaml as the seed gave it, byte for byte) and openapi.yaml.
describe("docs/spec-updates.md", () => {
  it("shows the change report specs:update computes for the Browser Use v2 fixture", async () => {
    const read = (file: string) => readFile(path.join(repoRoot, file), "utf8");
    const doc = await read("docs/spec-updates.md");
    const shown = /<!-- change-report:start -->\n([\s\S]*?)\n<!-- change-report:end -->/.exec(doc)?.[1];
    const computed = formatChangeReport(
      diffSpecs(
        parse(await read("scripts/__fixtures__/browser-use-v2-current/seed.yaml")),
        parse(await read("scripts/__fixtures__/browser-use-v2-current/openapi.yaml")),
      ),
    );
    expect(shown).toBe(computed.trim());
  });
});
