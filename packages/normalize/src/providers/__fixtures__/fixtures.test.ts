import { responseValidator, type SpecId, specExample } from "@agent-tasks/test-support";
import { describe, expect, it } from "vitest";
import { type AgentTaskSource, agentTaskSources } from "../../model/agent-task.js";
import { seedEraFixtures, taskItemFixtures, taskStatusViewFixtures, taskViewFixtures } from "./browser-use/eras.js";
import * as browserUseFixtures from "./browser-use/index.js";
import { taskViewStarted } from "./browser-use/index.js";
import { specExampleTask as browserUseV1SpecExample } from "./browser-use-v1/index.js";
import { taskFinishedWithJsonOutput } from "./browseract/index.js";
import { specExampleTask as dariSpecExample } from "./dari/index.js";
import { taskRunning } from "./hyperbrowser/index.js";
import { fixturesBySource, sourceCases } from "./index.js";

function getTaskValidator(source: AgentTaskSource): (body: unknown) => string | null {
  return responseValidator(source satisfies SpecId, sourceCases[source].getTaskPath, "get", "200", {
    rejectUnknownFields: true,
  });
}

const BROWSER_USE_TIMESTAMP_FIELDS = new Set(["createdAt", "startedAt", "finishedAt"]);
const NAIVE_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?$/;

/**
 * Browser Use v2 sends naive-UTC timestamps (docs/providers.md#browser-use-v2), but its spec declares `format: date-time`, which
 * requires a zone. A copy with `Z` appended to those timestamps lets the contract check everything else.
 */
function withZonedBrowserUseTimestamps(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withZonedBrowserUseTimestamps);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, field]) => [
      key,
      BROWSER_USE_TIMESTAMP_FIELDS.has(key) && typeof field === "string" && NAIVE_TIMESTAMP.test(field)
        ? `${field}Z`
        : withZonedBrowserUseTimestamps(field),
    ]),
  );
}

const seedEraNames = new Set(Object.keys(seedEraFixtures));
const taskItemNames = new Set(Object.keys(taskItemFixtures));

/** Every fixture checked against the get-task response of its source's spec; Browser Use's other shapes apart. */
const fixtureCases = agentTaskSources.flatMap((source) =>
  Object.entries(fixturesBySource[source])
    .filter(([name]) => source !== "browser-use" || !(seedEraNames.has(name) || taskItemNames.has(name)))
    .map(([name, fixture]) => ({ source, name, fixture })),
);

const browserUseValidator = (pathKey: string) =>
  responseValidator("browser-use", pathKey, "get", "200", { rejectUnknownFields: true });

describe("fixtures", () => {
  it("has fixtures for every source", () => {
    expect(Object.keys(fixturesBySource)).toEqual([...agentTaskSources]);
    for (const source of agentTaskSources) {
      expect(Object.keys(fixturesBySource[source]).length).toBeGreaterThanOrEqual(5);
    }
  });

  it.each(fixtureCases)("$source/$name matches the spec's 200 response schema", ({ source, fixture }) => {
    const body = source === "browser-use" ? withZonedBrowserUseTimestamps(fixture) : fixture;
    expect(getTaskValidator(source)(body)).toBeNull();
  });

  it.each([
    ["browser-use-v1", "/api/v1/task/{task_id}", browserUseV1SpecExample],
    ["dari", "/task/{org_id}/{endpoint_name}/status", dariSpecExample],
  ] as const)("the %s spec-example fixture is the spec's own 200 example, verbatim", (source, pathKey, fixture) => {
    expect(fixture).toEqual(specExample(source, pathKey, "get", "200"));
  });
});

describe("Browser Use v2 fixtures of both eras", () => {
  it("sorts every fixture into exactly one group: seed era, today's TaskView, today's TaskItemView", () => {
    const grouped = [seedEraFixtures, taskViewFixtures, taskItemFixtures].flatMap((group) => Object.entries(group));
    expect(Object.fromEntries(grouped)).toEqual({ ...browserUseFixtures });
    expect(grouped).toHaveLength(Object.keys(browserUseFixtures).length);
    expect(Object.keys(taskViewFixtures).length).toBeGreaterThanOrEqual(5);
  });

  it("covers every status of today's enum with a TaskView fixture", () => {
    expect(new Set(Object.values(taskViewFixtures).map((task) => task.status))).toEqual(
      new Set(["created", "started", "finished", "failed", "stopped"]),
    );
  });

  it.each(Object.entries(taskItemFixtures))(
    "%s, in a page of GET /tasks, matches today's spec (TaskListResponse)",
    (_name, item) => {
      const page = { items: [item], totalItems: 1, pageNumber: 1, pageSize: 10 };
      expect(browserUseValidator("/tasks")(withZonedBrowserUseTimestamps(page))).toBeNull();
    },
  );

  it.each(Object.entries(taskStatusViewFixtures))(
    "%s matches today's spec for GET /tasks/{task_id}/status (TaskStatusView)",
    (_name, statusView) => {
      expect(browserUseValidator("/tasks/{task_id}/status")(withZonedBrowserUseTimestamps(statusView))).toBeNull();
    },
  );

  it.each(Object.entries(seedEraFixtures))(
    "%s is of the seed era, which today's spec no longer describes (checked against BrowserUseSeedEraTask instead)",
    (_name, fixture) => {
      const errors = browserUseValidator("/tasks/{task_id}")(withZonedBrowserUseTimestamps(fixture)) ?? "";
      expect(errors).toContain("body must have required property 'createdAt'");
      expect(errors).toContain("body must NOT have additional properties");
    },
  );
});

describe("the contract check", () => {
  it("rejects a fixture whose required field has the wrong type", () => {
    const validate = getTaskValidator("hyperbrowser");
    expect(validate({ ...taskRunning, jobId: 42 })).toBe("body/jobId must be string");
  });

  it("rejects a fixture with a field the spec does not list, such as a misspelled optional one", () => {
    const validate = getTaskValidator("browseract");
    expect(validate({ ...taskFinishedWithJsonOutput, log_details_url: "https://www.browseract.com/logs/1" })).toBe(
      "body must NOT have additional properties",
    );
  });

  it("rejects a fixture whose status is not in the spec's enum", () => {
    const validate = getTaskValidator("browseract");
    expect(validate({ ...taskFinishedWithJsonOutput, status: "succeeded" })).toBe(
      "body/status must be equal to one of the allowed values",
    );
  });

  it("rejects Browser Use's naive-UTC timestamps as they are, which is why they get a Z before validation", () => {
    const validate = getTaskValidator("browser-use");
    expect(validate(taskViewStarted)).toContain('body/createdAt must match format "date-time"');
    expect(validate(taskViewStarted)).toContain('body/startedAt must match format "date-time"');
    expect(validate(withZonedBrowserUseTimestamps(taskViewStarted))).toBeNull();
  });
});
