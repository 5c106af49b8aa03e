import { responseValidator, type SpecId, specExample } from "@agent-tasks/test-support";
import { describe, expect, it } from "vitest";
import { type AgentTaskSource, agentTaskSources } from "../../model/agent-task.js";
import { seedEraFixtures, taskItemFixtures, taskStatusViewFixtures, taskViewFixtures } from "./browser-use/eras.js";
import * as browserUseFixtures from "./browser-use/index.js";
import { taskViewStarted } from "./browser-use/index.js";
import { specExampleTask as browserUseV1SpecExample } from "./browser-use-v1/index.js";
import * as browserUseV4Fixtures from "./browser-use-v4/index.js";
import { taskFinishedWithJsonOutput } from "./browseract/index.js";
import { specExampleTask as dariSpecExample } from "./dari/index.js";
import { taskRunning } from "./hyperbrowser/index.js";
import { fixturesBySource, sourceCases } from "./index.js";
import * as skyvernFixtures from "./skyvern/index.js";

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

/** Whether a fixture is checked by a describe of its own below rather than against its source's get-task response. */
function checkedApart(source: AgentTaskSource, name: string): boolean {
  if (source === "browser-use") return seedEraNames.has(name) || taskItemNames.has(name);
  // Browser Use v4's raw task is `{run, events}` (or a bare run, a list item); Skyvern's list items are no run.
  return source === "browser-use-v4" || (source === "skyvern" && Object.hasOwn(skyvernListItems, name));
}

/** Skyvern fixtures that are items of `GET /v1/runs` (`TaskRunListItem`), not runs. */
const skyvernListItems = { runListItem: skyvernFixtures.runListItem };

/** Every fixture checked against the get-task response of its source's spec; the other shapes apart. */
const fixtureCases = agentTaskSources.flatMap((source) =>
  Object.entries(fixturesBySource[source])
    .filter(([name]) => !checkedApart(source, name))
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

describe("Browser Use v4 fixtures", () => {
  const v4Validator = (pathKey: string) =>
    responseValidator("browser-use-v4", pathKey, "get", "200", { rejectUnknownFields: true });
  const runs = Object.entries(browserUseV4Fixtures).flatMap(([name, fixture]) =>
    "run" in fixture ? [{ name, run: fixture.run, events: fixture.events }] : [],
  );
  const bareRuns = Object.entries(browserUseV4Fixtures).flatMap(([name, fixture]) =>
    "run" in fixture ? [] : [{ name, run: fixture }],
  );

  it("has runs with their events for every status, and a bare run as GET /runs lists it", () => {
    expect(new Set(runs.map(({ run }) => run.status))).toEqual(
      new Set(["queued", "running", "completed", "failed", "cancelled"]),
    );
    expect(bareRuns.length).toBeGreaterThanOrEqual(1);
  });

  it.each(runs)("$name: run matches the spec's RunSummary (GET /runs/{run_id})", ({ run }) => {
    expect(v4Validator("/runs/{run_id}")(run)).toBeNull();
  });

  it.each(runs)(
    "$name: every event matches the spec's RunEvent, in a page of GET /runs/{run_id}/events",
    ({ run, events }) => {
      const page = { events, nextAfter: events.length === 0 ? null : Math.max(...events.map(({ id }) => id)) };
      expect(v4Validator("/runs/{run_id}/events")(page)).toBeNull();
      // Each event belongs to its run, and the ids are distinct (the feed's cursor).
      for (const event of events) expect(event.runId).toBe(run.id);
      expect(new Set(events.map(({ id }) => id)).size).toBe(events.length);
    },
  );

  it.each(bareRuns)("$name, in a page of GET /runs, matches the spec's RunListResponse", ({ run }) => {
    expect(v4Validator("/runs")({ runs: [run], nextCursor: null, hasMore: false })).toBeNull();
  });
});

describe("Skyvern fixtures", () => {
  it("covers every status of the spec's RunStatus with a run, and has a workflow run", () => {
    const runs = Object.entries(skyvernFixtures).filter(([name]) => !Object.hasOwn(skyvernListItems, name));
    expect(new Set(runs.map(([, run]) => run.status))).toEqual(
      new Set(["created", "running", "completed", "failed", "timed_out", "terminated", "canceled"]),
    );
    expect(runs.some(([, run]) => "run_type" in run && run.run_type === "workflow_run")).toBe(true);
  });

  it.each(Object.entries(skyvernListItems))(
    "%s, in the answer of GET /v1/runs, matches the spec's TaskRunListItem",
    (_name, item) => {
      const validate = responseValidator("skyvern", "/v1/runs", "get", "200", { rejectUnknownFields: true });
      expect(validate([item])).toBeNull();
    },
  );

  it("rejects a run with a field the spec does not list, or a status outside RunStatus", () => {
    const validate = getTaskValidator("skyvern");
    expect(validate({ ...skyvernFixtures.runRunning, failureReason: "typo" })).not.toBeNull();
    expect(validate({ ...skyvernFixtures.runRunning, status: "cancelled" })).not.toBeNull();
    expect(validate({ ...skyvernFixtures.workflowRunCompleted, live_url: "https://x" })).not.toBeNull();
  });

  it("a task run is no workflow run: the spec's discriminator (run_type) tells them apart", () => {
    const validate = getTaskValidator("skyvern");
    expect(validate({ ...skyvernFixtures.runRunning, run_type: "workflow_run" })).not.toBeNull();
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
    expect(validate(taskViewStarted)).toContain('body/createdAt must match format "date-time"');
    expect(validate(taskViewStarted)).toContain('body/startedAt must match format "date-time"');
    expect(validate(withZonedBrowserUseTimestamps(taskViewStarted))).toBeNull();
  });
});
