import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { generateSpec } from "./generate-spec.js";
import { changesetBump, diffSpecs, formatChangeReport, releaseLevel, type SpecChange } from "./spec-diff.js";
import { sha256, type VendoredSpec, validateOpenApiDocument } from "./specs.js";

const fixturesDir = path.join(import.meta.dirname, "../__fixtures__/spec-changes");
const TASK = "GET /tasks/{task_id} → 200";
const CREATE = "POST /tasks → request body";

type Doc = Record<string, unknown>;
type Level = ReturnType<typeof releaseLevel>;

/** Loads a fixture pair, checks both documents are valid OpenAPI, and diffs them. */
async function diffCase(name: string): Promise<SpecChange[]> {
  const [oldDoc, newDoc] = await Promise.all(
    ["old.yaml", "new.yaml"].map(async (file) => {
      const document = parse(await readFile(path.join(fixturesDir, name, file), "utf8")) as Doc;
      expect(await validateOpenApiDocument(document), `${name}/${file}`).toEqual([]);
      return document;
    }),
  );
  return diffSpecs(oldDoc as Doc, newDoc as Doc);
}

/** The change list without reasons, for compact expectations. */
function brief(changes: SpecChange[]): Omit<SpecChange, "reason">[] {
  return changes.map(({ reason: _reason, ...rest }) => rest);
}

function expectLevels(changes: SpecChange[], level: Level, below1: Level, above1: Level): void {
  expect(releaseLevel(changes)).toBe(level);
  expect(changesetBump(changes, "0.1.0")).toBe(below1);
  expect(changesetBump(changes, "1.2.0")).toBe(above1);
}

/** A minimal OpenAPI 3.1 document: GET /tasks/{task_id} returning `response`, POST /tasks taking `request`. */
function doc(options: {
  response?: unknown;
  request?: unknown;
  schemas?: Record<string, unknown>;
  parameters?: unknown[];
  pathParameters?: unknown[];
  openapi?: string;
  servers?: unknown[];
  securitySchemes?: Record<string, unknown>;
}): Doc {
  return {
    openapi: options.openapi ?? "3.1.0",
    info: { title: "Tasks API", version: "1.0.0" },
    servers: options.servers ?? [{ url: "https://api.example.com/v1" }],
    paths: {
      "/tasks/{task_id}": {
        parameters: options.pathParameters ?? [
          { name: "task_id", in: "path", required: true, schema: { type: "string" } },
        ],
        get: {
          operationId: "getTask",
          parameters: options.parameters ?? [],
          responses: {
            "200": {
              description: "The task.",
              content: { "application/json": { schema: options.response ?? { type: "object" } } },
            },
          },
        },
      },
      "/tasks": {
        post: {
          operationId: "createTask",
          requestBody: {
            required: true,
            content: { "application/json": { schema: options.request ?? { type: "object" } } },
          },
          responses: { "201": { description: "Created." } },
        },
      },
    },
    components: { schemas: options.schemas ?? {}, securitySchemes: options.securitySchemes ?? {} },
  };
}

describe("diffSpecs on fixture pairs (scripts/__fixtures__/spec-changes)", () => {
  it("renamed-field: removed + added, with a rename hint on the removal", async () => {
    const changes = await diffCase("renamed-field");
    expect(brief(changes)).toEqual([
      {
        severity: "breaking",
        category: "response-field",
        location: `${TASK} → TaskView.doneOutput`,
        change: 'removed (renamed to "output"?)',
      },
      {
        severity: "addition",
        category: "response-field",
        location: `${TASK} → TaskView.output`,
        change: "added (optional)",
      },
    ]);
    expectLevels(changes, "major", "minor", "major");
  });

  it("removed-field: breaking for readers", async () => {
    const changes = await diffCase("removed-field");
    expect(changes).toEqual([
      {
        severity: "breaking",
        category: "response-field",
        location: `${TASK} → TaskView.doneOutput`,
        change: "removed",
        reason: "code reading it no longer compiles",
      },
    ]);
    expectLevels(changes, "major", "minor", "major");
  });

  it("added-optional-field: an optional request field is an addition", async () => {
    const changes = await diffCase("added-optional-field");
    expect(changes).toEqual([
      {
        severity: "addition",
        category: "request-field",
        location: `${CREATE} → CreateTaskRequest.maxSteps`,
        change: "added (optional)",
        reason: "callers may set it; existing calls still compile",
      },
    ]);
    expectLevels(changes, "minor", "patch", "minor");
  });

  it("new-enum-value: a new response enum value breaks exhaustive switches", async () => {
    const changes = await diffCase("new-enum-value");
    expect(brief(changes)).toEqual([
      {
        severity: "breaking",
        category: "enum",
        location: `${TASK} → TaskStatus`,
        change: 'enum value "created" added',
      },
    ]);
    expect(changes[0]?.reason).toMatch(/exhaustive switch/);
    expectLevels(changes, "major", "minor", "major");
  });

  it("removed-enum-value: breaking, because a `case` for it no longer compiles", async () => {
    const changes = await diffCase("removed-enum-value");
    expect(brief(changes)).toEqual([
      {
        severity: "breaking",
        category: "enum",
        location: `${TASK} → TaskStatus`,
        change: 'enum value "stopped" removed',
      },
    ]);
    expect(changes[0]?.reason).toMatch(/`case`.*no longer compiles/);
    expectLevels(changes, "major", "minor", "major");
  });

  it("new-required-request-field: breaking for callers", async () => {
    const changes = await diffCase("new-required-request-field");
    expect(changes).toEqual([
      {
        severity: "breaking",
        category: "request-field",
        location: `${CREATE} → CreateTaskRequest.llm`,
        change: "added (required)",
        reason: "existing calls do not set it and no longer compile",
      },
    ]);
    expectLevels(changes, "major", "minor", "major");
  });

  it("added-operation: an addition", async () => {
    const changes = await diffCase("added-operation");
    expect(brief(changes)).toEqual([
      { severity: "addition", category: "operation", location: "POST /tasks/{task_id}/stop", change: "added" },
    ]);
    expectLevels(changes, "minor", "patch", "minor");
  });

  it("changed-type: breaking", async () => {
    const changes = await diffCase("changed-type");
    expect(brief(changes)).toEqual([
      { severity: "breaking", category: "type", location: `${TASK} → TaskView.cost`, change: "type string → number" },
    ]);
    expectLevels(changes, "major", "minor", "major");
  });

  it("description-only: docs, one entry per location", async () => {
    const changes = await diffCase("description-only");
    expect(brief(changes)).toEqual([
      { severity: "docs", category: "description", location: "GET /tasks/{task_id}", change: "summary changed" },
      {
        severity: "docs",
        category: "description",
        location: `${TASK} → TaskView.doneOutput`,
        change: "description changed",
      },
    ]);
    expectLevels(changes, "patch", "patch", "patch");
  });

  it("operation-id-added: an operationId where there was none is an addition, since nothing could name the operation before", async () => {
    const changes = await diffCase("operation-id-added");
    expect(brief(changes)).toEqual([
      {
        severity: "addition",
        category: "operation",
        location: "GET /tasks/{task_id}",
        change: 'operationId "getTask" added',
      },
    ]);
    expectLevels(changes, "minor", "patch", "minor");
  });

  it("shared-enum-value: an enum change in a component several operations use is reported once, naming where it is used", async () => {
    const changes = await diffCase("shared-enum-value");
    expect(brief(changes)).toEqual([
      {
        severity: "breaking",
        category: "enum",
        location: "TaskStatus",
        usedBy: ["GET /tasks → 200", "GET /tasks/{task_id} → 200", "GET /tasks/{task_id}/status → 200"],
        change: 'enum value "created" added',
      },
    ]);
    expect(formatChangeReport(changes)).toContain(
      '- `TaskStatus` (used by `GET /tasks → 200`, `GET /tasks/{task_id} → 200`, `GET /tasks/{task_id}/status → 200`): enum value "created" added — ',
    );
  });

  it("defaulted-request-fields: a default added or removed is docs only and leaves required-ness alone; a newly required request field is breaking", async () => {
    const changes = await diffCase("defaulted-request-fields");
    const FIELD = `${CREATE} → CreateTaskRequest`;
    expect(brief(changes)).toEqual([
      { severity: "breaking", category: "required", location: `${FIELD}.llm`, change: "now required" },
      { severity: "addition", category: "request-field", location: `${FIELD}.useVision`, change: "added (optional)" },
      { severity: "docs", category: "description", location: `${FIELD}.llm`, change: "default changed" },
      { severity: "docs", category: "description", location: `${FIELD}.maxSteps`, change: "default changed" },
    ]);
  });

  it("an identical document has no changes", async () => {
    const text = await readFile(path.join(fixturesDir, "renamed-field", "old.yaml"), "utf8");
    const changes = diffSpecs(parse(text) as Doc, parse(text) as Doc);
    expect(changes).toEqual([]);
    expectLevels(changes, null, null, null);
    expect(formatChangeReport(changes)).toBe("No changes.");
  });
});

describe("diffSpecs rules", () => {
  const task = (properties: Record<string, unknown>, required: string[] = []) => ({
    type: "object",
    required,
    properties,
  });

  it("3.1 nullability: response becoming nullable is breaking, request becoming nullable an addition", () => {
    const changes = diffSpecs(
      doc({ response: task({ output: { type: "string" } }), request: task({ task: { type: "string" } }) }),
      doc({
        response: task({ output: { type: ["string", "null"] } }),
        request: task({ task: { anyOf: [{ type: "string" }, { type: "null" }] } }),
      }),
    );
    expect(brief(changes)).toEqual([
      { severity: "breaking", category: "nullability", location: `${TASK} → output`, change: "now nullable" },
      { severity: "addition", category: "nullability", location: `${CREATE} → task`, change: "now nullable" },
    ]);
  });

  it("3.1 nullability: no longer nullable is an addition for responses and breaking for requests", () => {
    const changes = diffSpecs(
      doc({
        response: task({ output: { anyOf: [{ $ref: "#/components/schemas/Out" }, { type: "null" }] } }),
        request: task({ task: { type: ["string", "null"] } }),
        schemas: { Out: { type: "string" } },
      }),
      doc({
        response: task({ output: { $ref: "#/components/schemas/Out" } }),
        request: task({ task: { type: "string" } }),
        schemas: { Out: { type: "string" } },
      }),
    );
    expect(brief(changes)).toEqual([
      { severity: "breaking", category: "nullability", location: `${CREATE} → task`, change: "no longer nullable" },
      { severity: "addition", category: "nullability", location: `${TASK} → Out`, change: "no longer nullable" },
    ]);
  });

  it("3.0 `nullable: true` counts as nullability", () => {
    const changes = diffSpecs(
      doc({ openapi: "3.0.3", response: task({ output: { type: "string" } }) }),
      doc({ openapi: "3.0.3", response: task({ output: { type: "string", nullable: true } }) }),
    );
    expect(brief(changes)).toEqual([
      { severity: "breaking", category: "nullability", location: `${TASK} → output`, change: "now nullable" },
    ]);
  });

  it("required-ness flips: response required→optional breaks, request optional→required breaks, the reverses are additions", () => {
    const oldDoc = doc({
      response: task({ id: { type: "string" }, label: { type: "string" } }, ["id"]),
      request: task({ task: { type: "string" }, llm: { type: "string" } }, ["task"]),
    });
    const newDoc = doc({
      response: task({ id: { type: "string" }, label: { type: "string" } }, ["label"]),
      request: task({ task: { type: "string" }, llm: { type: "string" } }, ["llm"]),
    });
    expect(brief(diffSpecs(oldDoc, newDoc))).toEqual([
      { severity: "breaking", category: "required", location: `${TASK} → id`, change: "now optional" },
      { severity: "breaking", category: "required", location: `${CREATE} → llm`, change: "now required" },
      { severity: "addition", category: "required", location: `${TASK} → label`, change: "now required" },
      { severity: "addition", category: "required", location: `${CREATE} → task`, change: "now optional" },
    ]);
  });

  it("parameters: removed, new required, new optional, flips, schema changes, path-level parameters", () => {
    const query = (name: string, required: boolean, schema: unknown = { type: "integer" }) => ({
      name,
      in: "query",
      required,
      schema,
    });
    const oldDoc = doc({
      parameters: [
        query("pageSize", false),
        query("gone", false),
        query("cursor", false),
        query("mode", true, { type: "string", enum: ["fast", "full"] }),
      ],
    });
    const newDoc = doc({
      pathParameters: [
        { name: "task_id", in: "path", required: true, schema: { type: "integer" } },
        { name: "X-Team", in: "header", required: true, schema: { type: "string" } },
      ],
      parameters: [
        query("pageSize", true),
        query("cursor", false),
        query("mode", false, { type: "string", enum: ["fast", "full", "lite"] }),
        query("verbose", false, { type: "boolean" }),
      ],
    });
    const at = (what: string) => `GET /tasks/{task_id} → ${what}`;
    expect(brief(diffSpecs(oldDoc, newDoc))).toEqual([
      {
        severity: "breaking",
        category: "parameter",
        location: at("header parameter x-team"),
        change: "added (required)",
      },
      {
        severity: "breaking",
        category: "type",
        location: at("path parameter task_id"),
        change: "type string → integer",
      },
      { severity: "breaking", category: "parameter", location: at("query parameter gone"), change: "removed" },
      { severity: "breaking", category: "required", location: at("query parameter pageSize"), change: "now required" },
      {
        severity: "addition",
        category: "enum",
        location: at("query parameter mode"),
        change: 'enum value "lite" added',
      },
      { severity: "addition", category: "required", location: at("query parameter mode"), change: "now optional" },
      {
        severity: "addition",
        category: "parameter",
        location: at("query parameter verbose"),
        change: "added (optional)",
      },
    ]);
  });

  it("request enum values: added is an addition, removed is breaking", () => {
    const changes = diffSpecs(
      doc({ request: task({ llm: { type: "string", enum: ["a", "b"] } }) }),
      doc({ request: task({ llm: { type: "string", enum: ["b", "c"] } }) }),
    );
    expect(brief(changes)).toEqual([
      { severity: "breaking", category: "enum", location: `${CREATE} → llm`, change: 'enum value "a" removed' },
      { severity: "addition", category: "enum", location: `${CREATE} → llm`, change: 'enum value "c" added' },
    ]);
  });

  it("format changes are breaking type changes; request field removal is breaking", () => {
    const changes = diffSpecs(
      doc({
        response: task({ at: { type: "string", format: "date-time" } }),
        request: task({ a: { type: "string" } }),
      }),
      doc({ response: task({ at: { type: "string", format: "date" } }), request: task({}) }),
    );
    expect(brief(changes)).toEqual([
      { severity: "breaking", category: "type", location: `${TASK} → at`, change: "format date-time → date" },
      { severity: "breaking", category: "request-field", location: `${CREATE} → a`, change: "removed" },
    ]);
  });

  it("walks items, allOf and nested components, naming locations by the component followed", () => {
    const schemas = (stepFields: Record<string, unknown>) => ({
      Base: task({ id: { type: "string" } }, ["id"]),
      TaskView: {
        allOf: [
          { $ref: "#/components/schemas/Base" },
          task({ steps: { type: "array", items: { $ref: "#/components/schemas/Step" } } }),
        ],
      },
      Step: task(stepFields),
    });
    const changes = diffSpecs(
      doc({ response: { $ref: "#/components/schemas/TaskView" }, schemas: schemas({ url: { type: "string" } }) }),
      doc({
        response: { $ref: "#/components/schemas/TaskView" },
        schemas: { ...schemas({ url: { type: "string" }, n: { type: "integer" } }), Base: task({}) },
      }),
    );
    expect(brief(changes)).toEqual([
      { severity: "breaking", category: "response-field", location: `${TASK} → TaskView.id`, change: "removed" },
      { severity: "addition", category: "response-field", location: `${TASK} → Step.n`, change: "added (optional)" },
    ]);
  });

  it("$ref cycles terminate and report each change once", () => {
    const node = (extra: Record<string, unknown>) => ({
      Node: task({
        children: { type: "array", items: { $ref: "#/components/schemas/Node" } },
        parent: { $ref: "#/components/schemas/Node" },
        ...extra,
      }),
      Loop: { $ref: "#/components/schemas/Loop" },
    });
    const changes = diffSpecs(
      doc({
        response: { $ref: "#/components/schemas/Node" },
        request: { $ref: "#/components/schemas/Loop" },
        schemas: node({}),
      }),
      doc({
        response: { $ref: "#/components/schemas/Node" },
        request: { $ref: "#/components/schemas/Loop" },
        schemas: node({ label: { type: "string" } }),
      }),
    );
    expect(brief(changes)).toEqual([
      {
        severity: "addition",
        category: "response-field",
        location: `${TASK} → Node.label`,
        change: "added (optional)",
      },
    ]);
  });

  it("operationId removed or renamed stays breaking", () => {
    const withIds = (getTask: string | undefined, createTask: string | undefined): Doc => {
      const document = doc({});
      const paths = document.paths as Record<string, Record<string, Record<string, unknown>>>;
      const get = paths["/tasks/{task_id}"]?.get as Record<string, unknown>;
      const post = paths["/tasks"]?.post as Record<string, unknown>;
      if (getTask === undefined) delete get.operationId;
      else get.operationId = getTask;
      if (createTask === undefined) delete post.operationId;
      else post.operationId = createTask;
      return document;
    };
    const changes = diffSpecs(withIds("getTask", "createTask"), withIds(undefined, "startTask"));
    expect(brief(changes)).toEqual([
      {
        severity: "breaking",
        category: "operation",
        location: "GET /tasks/{task_id}",
        change: 'operationId "getTask" removed',
      },
      {
        severity: "breaking",
        category: "operation",
        location: "POST /tasks",
        change: 'operationId "createTask" → "startTask"',
      },
    ]);
  });

  it("servers and security schemes", () => {
    const apiKey = (name: string) => ({ ApiKey: { type: "apiKey", in: "header", name } });
    const changes = diffSpecs(
      doc({ securitySchemes: { ...apiKey("X-API-Key"), Old: { type: "http", scheme: "bearer" } } }),
      doc({ servers: [{ url: "https://api.example.com/v2" }], securitySchemes: apiKey("Authorization") }),
    );
    expect(brief(changes)).toEqual([
      {
        severity: "breaking",
        category: "security",
        location: "security scheme ApiKey",
        change: 'name "X-API-Key" → "Authorization"',
      },
      { severity: "breaking", category: "security", location: "security scheme Old", change: "removed" },
      {
        severity: "breaking",
        category: "server",
        location: "servers[0]",
        change: 'url "https://api.example.com/v1" → "https://api.example.com/v2"',
      },
    ]);
  });

  it("removed operations are breaking, and the order is deterministic", () => {
    const oldDoc = doc({});
    const newDoc = doc({});
    const paths = newDoc.paths as Record<string, unknown>;
    delete paths["/tasks"];
    const changes = diffSpecs(oldDoc, newDoc);
    expect(brief(changes)).toEqual([
      { severity: "breaking", category: "operation", location: "POST /tasks", change: "removed" },
    ]);
    expect(diffSpecs(oldDoc, newDoc)).toEqual(changes);
  });
});

describe("defaults, as the generator emits them (defaultNonNullable: false)", () => {
  /** The generated `CreateTaskRequest` type of a defaulted-request-fields document, without its JSDoc. */
  async function generatedRequestType(file: "old.yaml" | "new.yaml"): Promise<string> {
    const source = await readFile(path.join(fixturesDir, "defaulted-request-fields", file), "utf8");
    const spec: VendoredSpec = {
      meta: {
        id: "tasks",
        package: "tasks",
        title: "Tasks API",
        seed: "none",
        origin: "upstream",
        upstreamDocUrl: null,
        specUrl: null,
        retrieved: "2026-01-01",
        sha256: sha256(source),
        notes: [],
      },
      specPath: path.join(fixturesDir, "defaulted-request-fields", file),
      specRelativePath: `scripts/__fixtures__/spec-changes/defaulted-request-fields/${file}`,
      source,
    };
    const [types] = await generateSpec(spec);
    const body = /\bCreateTaskRequest: \{\n([\s\S]*?)\n\s*\};/.exec(types?.contents ?? "")?.[1] ?? "";
    return body
      .replace(/\/\*\*[\s\S]*?\*\//g, "")
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line !== "")
      .join(" ");
  }

  it("a request body with required: [task] and defaulted fields requires only task; a default never makes a field required", async () => {
    // old.yaml: required [task], llm has a default. new.yaml: required [task, llm], maxSteps and useVision have defaults.
    expect(await generatedRequestType("old.yaml")).toBe("task: string; maxSteps?: number; llm?: string;");
    expect(await generatedRequestType("new.yaml")).toBe(
      "task: string; maxSteps?: number; llm: string; useVision?: boolean;",
    );
  });
});

describe("changesetBump", () => {
  const breaking: SpecChange = { severity: "breaking", category: "type", location: "x", change: "y", reason: "z" };
  const docs: SpecChange = { ...breaking, severity: "docs", category: "description" };
  it("maps below 1.0.0 one level down, except docs, and rejects a non-version", () => {
    expect(changesetBump([breaking, docs], "0.0.3")).toBe("minor");
    expect(changesetBump([docs], "0.4.0")).toBe("patch");
    expect(changesetBump([breaking], "2.0.0-beta.1")).toBe("major");
    expect(changesetBump([], "0.1.0")).toBeNull();
    expect(() => changesetBump([breaking], "latest")).toThrow(/not a semver version/);
  });
});

describe("formatChangeReport", () => {
  it("renders the summary and the three sections", async () => {
    const changes = [...(await diffCase("renamed-field")), ...(await diffCase("description-only"))];
    expect(formatChangeReport(changes)).toBe(
      [
        "1 breaking, 1 addition, 2 docs-only",
        "",
        "### Breaking",
        "",
        '- `GET /tasks/{task_id} → 200 → TaskView.doneOutput`: removed (renamed to "output"?) — code reading it no longer compiles',
        "",
        "### Additions",
        "",
        "- `GET /tasks/{task_id} → 200 → TaskView.output`: added (optional) — a new field to read; existing code still compiles",
        "",
        "### Docs only",
        "",
        "- `GET /tasks/{task_id}`: summary changed — documentation only: the generated types are unchanged apart from comments",
        "- `GET /tasks/{task_id} → 200 → TaskView.doneOutput`: description changed — documentation only: the generated types are unchanged apart from comments",
      ].join("\n"),
    );
  });
});
