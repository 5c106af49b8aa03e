import { responseValidator, type SpecId, specExample } from "@agent-tasks/test-support";
import { describe, expect, it } from "vitest";
import { type AgentTaskSource, agentTaskSources } from "../../model/agent-task.js";
import { specExampleTask as browserUseSpecExample, taskStarted } from "./browser-use/index.js";
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

const BROWSER_USE_TIMESTAMP_FIELDS = new Set(["startedAt", "finishedAt"]);
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

const fixtureCases = agentTaskSources.flatMap((source) =>
  Object.entries(fixturesBySource[source]).map(([name, fixture]) => ({ source, name, fixture })),
);

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
    ["browser-use", "/tasks/{task_id}", browserUseSpecExample],
    ["browser-use-v1", "/api/v1/task/{task_id}", browserUseV1SpecExample],
    ["dari", "/task/{org_id}/{endpoint_name}/status", dariSpecExample],
  ] as const)("the %s spec-example fixture is the spec's own 200 example, verbatim", (source, pathKey, fixture) => {
    expect(fixture).toEqual(specExample(source, pathKey, "get", "200"));
  });
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
    expect(validate(taskStarted)).toContain('body/startedAt must match format "date-time"');
    expect(validate(withZonedBrowserUseTimestamps(taskStarted))).toBeNull();
  });
});
