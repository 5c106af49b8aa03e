import { readFileSync } from "node:fs";
import { responseValidator, type SpecId } from "@agent-tasks/test-support";
import { describe, expect, it } from "vitest";
import { loadVendoredSpecs, parseSpec, sha256, validateOpenApiDocument } from "./lib/specs.js";
import { SLOW_TEST_TIMEOUT_MS } from "./lib/test-timeouts.js";

// Provenance lives in each specs/<id>/meta.json: the seed it names is the seed's identity, and the sha256 it records
// is checked against the vendored openapi.yaml below. The seed documents are not in the repo (their sources are in
// docs/providers.md, "Where the specs come from"), so nothing here reads them.
const specs = await loadVendoredSpecs();

it("vendors one spec per API", () => {
  expect(specs.map((spec) => spec.meta.id)).toEqual([
    "browser-use",
    "browser-use-v1",
    "browser-use-v4",
    "browseract",
    "dari",
    "hyperbrowser",
    "skyvern",
  ]);
});

describe.each(specs.map((spec) => [spec.meta.id, spec] as const))(
  "specs/%s",
  { timeout: SLOW_TEST_TIMEOUT_MS },
  (id, spec) => {
    it("records provenance: seed, upstream URL, date, sha256 and notes", () => {
      // APIs added after the seed documents (Browser Use v4, Skyvern) have none, and say where they come from.
      if (spec.meta.seed === null)
        expect(spec.meta.notes.join("\n")).toMatch(/vendored byte for byte from \S+@[0-9a-f]{40}:/);
      else expect(spec.meta.seed).toMatch(/^\d{3}_[0-9a-f]{16}\.txt$/);
      for (const url of [spec.meta.upstreamDocUrl, spec.meta.specUrl])
        expect(url === null || url.startsWith("https://")).toBe(true);
      expect(spec.meta.retrieved).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(["upstream", "embedded", "transcribed"]).toContain(spec.meta.origin);
      expect(spec.meta.notes.length).toBeGreaterThan(0);
      expect(spec.meta.package).toMatch(/^[a-z-]+$/);
    });

    it("matches the sha256 recorded in meta.json", () => {
      expect(sha256(readFileSync(spec.specPath))).toBe(spec.meta.sha256);
    });

    it("is a valid OpenAPI document, without warnings", async () => {
      expect(await validateOpenApiDocument(parseSpec(spec))).toEqual([]);
    });

    it("has examples that satisfy their own response schemas", () => {
      const document = parseSpec(spec) as {
        paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
      };
      let checked = 0;
      for (const [pathKey, pathItem] of Object.entries(document.paths)) {
        for (const [method, operation] of Object.entries(pathItem)) {
          for (const [status, response] of Object.entries(operation.responses ?? {})) {
            const media = (response as { content?: Record<string, { examples?: Record<string, { value: unknown }> }> })
              .content?.["application/json"];
            for (const example of Object.values(media?.examples ?? {})) {
              expect(
                responseValidator(id as SpecId, pathKey, method, status)(example.value),
                `${method} ${pathKey} ${status}`,
              ).toBeNull();
              checked++;
            }
          }
        }
      }
      expect(checked).toBe(
        {
          "browser-use": 0,
          "browser-use-v1": 2,
          "browser-use-v4": 0,
          dari: 4,
          hyperbrowser: 0,
          browseract: 2,
          skyvern: 0,
        }[id],
      );
    });
  },
);

it(
  "rejects a document that breaks the OpenAPI schema, so the validity test can fail",
  async () => {
    const [first] = specs;
    const broken = structuredClone(parseSpec(first as (typeof specs)[number])) as { paths: Record<string, unknown> };
    broken.paths["/broken"] = { get: { responses: { "200": { content: {} } } } };
    const problems = await validateOpenApiDocument(broken);
    expect(problems.join("\n")).toContain("must have required property 'description'");
  },
  SLOW_TEST_TIMEOUT_MS,
);
