import { describe, expect, it } from "vitest";
import { generateSpec } from "./generate-spec.js";
import { scopeSpec } from "./scope-spec.js";
import { loadVendoredSpecs, parseSpec } from "./specs.js";

const keyParameter = { name: "x-api-key", in: "header", required: false, schema: { type: "string" } };
const document = {
  openapi: "3.1.0",
  info: { title: "t", version: "1" },
  paths: {
    "/runs/{id}": {
      parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
      get: {
        parameters: [keyParameter, { name: "x-user-agent", in: "header", schema: { type: "string" } }],
        responses: {
          "200": {
            description: "ok",
            content: { "application/json": { schema: { $ref: "#/components/schemas/Run" } } },
          },
        },
      },
      delete: { responses: { "204": { description: "gone" } } },
    },
    "/folders": {
      get: {
        responses: {
          "200": {
            description: "ok",
            content: { "application/json": { schema: { $ref: "#/components/schemas/Folder" } } },
          },
        },
      },
    },
  },
  components: {
    schemas: {
      Run: {
        type: "object",
        properties: { status: { $ref: "#/components/schemas/Status" }, child: { $ref: "#/components/schemas/Run" } },
      },
      Status: { type: "string", enum: ["a", "b"] },
      Folder: { type: "object", properties: { name: { type: "string" } } },
      "Weird/Name~": { type: "string" },
    },
  },
};

describe("scopeSpec", () => {
  it("returns the document itself when meta.json has no generate options", () => {
    expect(scopeSpec(document, undefined, "here")).toBe(document);
  });

  it("keeps only the listed operations, their path-level parameters, and the components they reach", () => {
    const scoped = scopeSpec(document, { operations: ["get /runs/{id}"] }, "here") as typeof document;
    expect(Object.keys(scoped.paths)).toEqual(["/runs/{id}"]);
    expect(Object.keys(scoped.paths["/runs/{id}"])).toEqual(["parameters", "get"]);
    // Run reaches Status and itself; Folder is reached by nothing kept, and the odd name by nothing at all.
    expect(Object.keys(scoped.components.schemas).sort()).toEqual(["Run", "Status"]);
    // The input is not changed.
    expect(Object.keys(document.paths)).toEqual(["/runs/{id}", "/folders"]);
  });

  it("follows refs whose names need JSON-pointer escaping", () => {
    const withWeird = structuredClone(document);
    (withWeird.components.schemas.Folder.properties as Record<string, unknown>).odd = {
      $ref: "#/components/schemas/Weird~1Name~0",
    };
    const scoped = scopeSpec(withWeird, { operations: ["get /folders"] }, "here") as typeof document;
    expect(Object.keys(scoped.components.schemas).sort()).toEqual(["Folder", "Weird/Name~"]);
  });

  it("refuses an operation the spec does not have, or a malformed entry, naming it and the file", () => {
    expect(() => scopeSpec(document, { operations: ["post /runs/{id}"] }, "specs/x/meta.json")).toThrow(
      'specs/x/meta.json: generate.operations names "post /runs/{id}", which the spec does not have',
    );
    expect(() => scopeSpec(document, { operations: ["GET /runs/{id}"] }, "specs/x/meta.json")).toThrow(
      'generate.operations entry "GET /runs/{id}" is not "<method> <path>"',
    );
  });

  it("declares a header key as the security scheme and drops that header parameter (any case), not others", () => {
    const scoped = scopeSpec(
      document,
      { operations: ["get /runs/{id}"], security: { type: "apiKey", in: "header", name: "X-API-Key" } },
      "here",
    ) as typeof document & { security: unknown; components: { securitySchemes: unknown } };
    expect(scoped.security).toEqual([{ ApiKeyHeader: [] }]);
    expect(scoped.components.securitySchemes).toEqual({
      ApiKeyHeader: { type: "apiKey", in: "header", name: "X-API-Key" },
    });
    expect(scoped.paths["/runs/{id}"].get.parameters).toEqual([
      { name: "x-user-agent", in: "header", schema: { type: "string" } },
    ]);
  });
});

describe("the Skyvern spec as generated", () => {
  it("holds the task-run operations of meta.json#generate and none of the rest of the 885 kB document", async () => {
    const specs = await loadVendoredSpecs();
    const skyvern = specs.find((spec) => spec.meta.id === "skyvern");
    if (skyvern === undefined) throw new Error("specs/skyvern is missing");
    expect(Object.keys(parseSpec(skyvern).paths as object).length).toBeGreaterThan(50);
    const files = await generateSpec(skyvern);
    const types = files.find((file) => file.path === "packages/skyvern/src/generated/skyvern.ts")?.contents ?? "";
    const paths = types.slice(types.indexOf("export interface paths"), types.indexOf("export type webhooks"));
    expect([...paths.matchAll(/^ {4}"(\/[^"]+)": \{$/gm)].map((match) => match[1])).toEqual([
      "/v1/run/tasks",
      "/v1/runs/{run_id}",
      "/v1/runs/{run_id}/cancel",
      "/v1/runs/{run_id}/artifacts",
      "/v1/runs/{run_id}/retry_webhook",
      "/v1/runs/{run_id}/timeline",
      "/v1/runs",
    ]);
    expect(types).toContain("TaskRunResponse: {");
    expect(types).not.toContain("WorkflowSchedule");
    // The key goes through the request layer's auth, not a per-call header parameter.
    expect(types).not.toMatch(/"x-api-key"\??:/);
  });
});
