import type { BrowserUseSeedEraTask, BrowserUseTaskStatus } from "@agent-tasks/browser-use";
import { describe, expect, it } from "vitest";
import type { AgentTaskStatus } from "../model/agent-task.js";
import { FAR_FROM_UTC_TIME_ZONES, inTimeZone } from "../test-support/in-time-zone.js";
import { seedEraFixtures, taskItemFixtures, taskViewFixtures } from "./__fixtures__/browser-use/eras.js";
import {
  specExampleTask,
  taskFinishedUnsuccessfully,
  taskFinishedWithJsonOutput,
  taskFinishedWithoutIsSuccess,
  taskItemFinished,
  taskPaused,
  taskStarted,
  taskStopped,
  taskViewCreated,
  taskViewFailed,
  taskViewFinishedWithJsonOutput,
  taskViewStarted,
  taskViewStopped,
} from "./__fixtures__/browser-use/index.js";
import { taskStatusViewFinished } from "./__fixtures__/browser-use/status-view-finished.js";
import {
  browserUseTaskEra,
  mapBrowserUseCost,
  mapBrowserUseFile,
  mapBrowserUseTaskStatus,
  normalizeBrowserUseTask,
} from "./browser-use.js";

const currentStatusTable: Record<BrowserUseTaskStatus, AgentTaskStatus> = {
  created: "pending",
  started: "running",
  finished: "completed",
  failed: "failed",
  stopped: "stopped",
};

const seedEraStatusTable: Record<BrowserUseSeedEraTask["status"], AgentTaskStatus> = {
  started: "running",
  paused: "paused",
  finished: "completed",
  stopped: "stopped",
};

describe("mapBrowserUseTaskStatus", () => {
  it.each(Object.entries(currentStatusTable))("maps today's '%s' to %s", (providerStatus, status) => {
    expect(mapBrowserUseTaskStatus(providerStatus)).toBe(status);
  });

  it.each(Object.entries(seedEraStatusTable))("maps the seed era's '%s' to %s", (providerStatus, status) => {
    expect(mapBrowserUseTaskStatus(providerStatus)).toBe(status);
  });

  it("maps statuses neither era lists to unknown", () => {
    for (const status of ["running", "Finished", "canceled", "paused ", "", "toString"]) {
      expect(mapBrowserUseTaskStatus(status), status).toBe("unknown");
    }
  });
});

describe("browserUseTaskEra", () => {
  const era = (task: object) => browserUseTaskEra(task as Parameters<typeof browserUseTaskEra>[0]);

  it.each(Object.entries(seedEraFixtures))("reads the seed-era fixture %s as the seed era", (_name, task) => {
    expect(era(task)).toBe("seed");
  });

  it.each(Object.entries({ ...taskViewFixtures, ...taskItemFixtures, taskStatusViewFinished }))(
    "reads today's %s as today's",
    (_name, task) => {
      expect(era(task)).toBe("current");
    },
  );

  it("takes any one seed-era field, or the status paused, as the seed era", () => {
    const id = "8f14e45f-ceea-4e67-a0b2-5d1c3b9e7a21";
    for (const field of ["doneOutput", "session", "userUploadedFiles", "isScheduled"]) {
      expect(era({ id, status: "started", [field]: null }), field).toBe("seed");
    }
    expect(era({ id, status: "paused" })).toBe("seed");
  });

  it("never reads a task carrying one of today's fields as a stored one, whatever seed-era fields it also has", () => {
    for (const field of ["output", "createdAt", "cost", "judgement", "judgeVerdict", "suggestions"]) {
      expect(era({ ...taskStarted, [field]: null }), field).toBe("current");
    }
    expect(era({ ...taskViewFinishedWithJsonOutput, status: "paused", doneOutput: "x" })).toBe("current");
  });

  it("reads a task with no field of either era (a bare status view) as today's", () => {
    expect(era({ id: "8f14e45f-ceea-4e67-a0b2-5d1c3b9e7a21", status: "started" })).toBe("current");
  });

  it("does not count a field that is undefined, or inherited, as present", () => {
    expect(era({ ...taskStarted, output: undefined })).toBe("seed");
    expect(era(Object.assign(Object.create({ createdAt: "2026-12-01T00:00:00" }), taskStarted))).toBe("seed");
  });
});

describe("mapBrowserUseCost", () => {
  it.each([
    ["0.0425", 0.0425],
    ["0", 0],
    ["12", 12],
    [" 0.5 ", 0.5],
    [".25", 0.25],
    ["1e-3", 0.001],
    ["-0", 0],
    [0.0425, 0.0425],
  ])("reads %j as %s USD", (cost, usd) => {
    expect(mapBrowserUseCost(cost)).toEqual({ usd, credits: null });
    expect(Object.is(mapBrowserUseCost(cost)?.usd, -0)).toBe(false);
  });

  it.each([
    null,
    undefined,
    "",
    " ",
    "NaN",
    "Infinity",
    "1e999",
    "0x10",
    "$0.04",
    "0.04 USD",
    "1,5",
    "-0.01",
    -1,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    true,
    {},
    ["0.04"],
  ])("gives null for %j, never NaN", (cost) => {
    expect(mapBrowserUseCost(cost)).toBeNull();
  });
});

describe("normalizeBrowserUseTask, seed era", () => {
  it("normalizes a finished task with JSON output and an output file", () => {
    expect(normalizeBrowserUseTask(taskFinishedWithJsonOutput)).toEqual({
      source: "browser-use",
      id: "4e7d2b1a-9c3f-4a85-b6e0-2f8d1c7a5e39",
      status: "completed",
      providerStatus: "finished",
      isTerminal: true,
      success: true,
      instructions:
        "Get the name, price and star rating of the top 2 results for 'standing desk' on ikea.com as JSON, and save them as desks.csv.",
      output: '{"desks":[{"name":"TROTTEN","price":279,"rating":4.5},{"name":"MITTZON","price":449,"rating":4.6}]}',
      structuredOutput: {
        desks: [
          { name: "TROTTEN", price: 279, rating: 4.5 },
          { name: "MITTZON", price: 449, rating: 4.6 },
        ],
      },
      error: null,
      liveUrl: null,
      steps: [expect.objectContaining({ index: 1 }), expect.objectContaining({ index: 2 })],
      files: [{ id: "6b2f9d4c-1e8a-4c37-a5d0-7e3b9f1c2a86", name: "desks.csv", url: null, sizeBytes: null }],
      createdAt: null,
      startedAt: "2025-03-04T09:58:03.118Z",
      finishedAt: "2025-03-04T10:01:46.875Z",
      updatedAt: null,
      cost: null,
      recordingUrl: null,
      logUrl: null,
      shareUrl: null,
      downloadsUrl: null,
      metadata: { customerId: "cus_Q3x8aLk2", source: "zapier" },
      raw: taskFinishedWithJsonOutput,
    });
  });

  it("takes a finished task's success from isSuccess: true", () => {
    expect(normalizeBrowserUseTask(taskFinishedWithJsonOutput).success).toBe(true);
  });

  it("takes a finished task's success from isSuccess: false, though the status is still completed", () => {
    const task = normalizeBrowserUseTask(taskFinishedUnsuccessfully);
    expect([task.status, task.success]).toEqual(["completed", false]);
  });

  it("leaves a finished task's success null when isSuccess is absent or not a boolean", () => {
    expect(normalizeBrowserUseTask(taskFinishedWithoutIsSuccess).success).toBeNull();
    expect(normalizeBrowserUseTask({ ...taskFinishedWithJsonOutput, isSuccess: "true" }).success).toBeNull();
  });

  it("ignores isSuccess until the task has finished", () => {
    expect(normalizeBrowserUseTask({ ...taskStarted, isSuccess: true }).success).toBeNull();
    expect(normalizeBrowserUseTask({ ...taskStopped, isSuccess: false }).success).toBeNull();
    expect(normalizeBrowserUseTask(taskPaused).success).toBeNull();
  });

  it("reads the output from doneOutput and leaves structuredOutput null for plain text", () => {
    const task = normalizeBrowserUseTask(taskFinishedUnsuccessfully);
    expect(task.output).toBe("No table for two is available at Noma next Friday.");
    expect(task.structuredOutput).toBeNull();
  });

  it("reads the live view from session.liveUrl", () => {
    expect(normalizeBrowserUseTask(taskStarted).liveUrl).toBe(
      "https://live.browser-use.com?wss=https%3A%2F%2Fd2a7c3f1.cdp1.browser-use.com",
    );
    expect(normalizeBrowserUseTask(taskStopped).liveUrl).toBeNull();
  });

  it("maps steps field by field: number to index, nextGoal to goal, evaluationPreviousGoal to evaluation", () => {
    expect(normalizeBrowserUseTask(taskStarted).steps[1]).toEqual({
      index: 2,
      status: null,
      goal: "Switch to the ranked Show HN page, where older posts with more points appear",
      evaluation: "Success - the Show HN listing is open",
      memory: "On /shownew. None of the first ten posts has more than 100 points yet.",
      url: "https://news.ycombinator.com/shownew",
      screenshotUrl: "https://browser-use-screenshots.s3.amazonaws.com/8f14e45f-ceea-4e67-a0b2-5d1c3b9e7a21/2.png",
      actions: ['{"click_element_by_index":{"index":12}}'],
      timestamp: null,
      raw: taskStarted.steps[1],
    });
  });

  it("maps outputFiles to files with id and name; the URL needs a separate request, so it is null", () => {
    expect(normalizeBrowserUseTask(taskFinishedWithJsonOutput).files).toEqual([
      { id: "6b2f9d4c-1e8a-4c37-a5d0-7e3b9f1c2a86", name: "desks.csv", url: null, sizeBytes: null },
    ]);
  });

  it("drops an output file without a fileName", () => {
    expect(mapBrowserUseFile({ id: "6b2f9d4c-1e8a-4c37-a5d0-7e3b9f1c2a86" })).toBeNull();
  });

  it("drops an output file whose fileName is blank, so every file has a name to show", () => {
    // Found by normalize-task.properties.test.ts: `fileName: ""` gave a file named "".
    const withBlankName = {
      ...taskFinishedWithJsonOutput,
      outputFiles: [
        { id: "3c90c3cc-0d44-4b50-8888-8dd25736052a", fileName: "" },
        { id: "6b2f9d4c-1e8a-4c37-a5d0-7e3b9f1c2a86", fileName: " \t" },
      ],
    };
    expect(normalizeBrowserUseTask(withBlankName).files).toEqual([]);
  });

  it("does not list the files the user uploaded as output files", () => {
    const withUpload = {
      ...taskFinishedWithJsonOutput,
      userUploadedFiles: [{ id: "0f9e8d7c-6b5a-4493-8271-605f4e3d2c1b", fileName: "brief.pdf" }],
    };
    expect(normalizeBrowserUseTask(withUpload).files.map((file) => file.name)).toEqual(["desks.csv"]);
  });

  it("reads naive-UTC startedAt and finishedAt as UTC, keeping milliseconds of the microseconds", () => {
    const task = normalizeBrowserUseTask(taskFinishedUnsuccessfully);
    expect([task.startedAt, task.finishedAt]).toEqual(["2025-03-06T14:20:01.382Z", "2025-03-06T14:22:31.512Z"]);
    expect(normalizeBrowserUseTask(taskFinishedWithoutIsSuccess).startedAt).toBe("2024-11-18T22:47:06.000Z");
  });

  it("reads naive-UTC timestamps the same way whatever the machine's time zone", () => {
    for (const timeZone of FAR_FROM_UTC_TIME_ZONES) {
      const task = inTimeZone(timeZone, () => normalizeBrowserUseTask(taskStarted));
      expect(task.startedAt).toBe("2025-03-04T10:15:30.123Z");
    }
  });

  it("leaves finishedAt null while the task runs", () => {
    expect(normalizeBrowserUseTask(taskStarted).finishedAt).toBeNull();
  });

  it("reads the prompt from task and copies metadata", () => {
    const task = normalizeBrowserUseTask(taskStarted);
    expect(task.instructions).toBe(
      "Find the three most recent Show HN posts with more than 100 points and return their titles.",
    );
    expect(task.metadata).toEqual({ requestedBy: "nightly-digest", attempt: 1 });
    expect(task.metadata).not.toBe(taskStarted.metadata);
  });

  it("maps paused to paused and keeps the live view", () => {
    const task = normalizeBrowserUseTask(taskPaused);
    expect([task.status, task.isTerminal, task.liveUrl]).toEqual([
      "paused",
      false,
      "https://live.browser-use.com?wss=https%3A%2F%2F7c9e6679.cdp2.browser-use.com",
    ]);
  });

  it("gives empty values when optional fields have the wrong type", () => {
    const malformed = {
      ...taskStarted,
      session: "d2a7c3f1-5b8e-4c90-9e1a-3f6b8d2c4e75",
      steps: "2 steps",
      outputFiles: { fileName: "desks.csv" },
      metadata: ["nightly-digest"],
      doneOutput: { desks: [] },
      startedAt: 1741083330,
    };
    expect(normalizeBrowserUseTask(malformed)).toMatchObject({
      liveUrl: null,
      steps: [],
      files: [],
      metadata: {},
      output: null,
      structuredOutput: null,
      startedAt: null,
    });
  });

  it("normalizes the spec's own example", () => {
    expect(normalizeBrowserUseTask(specExampleTask)).toMatchObject({
      id: "3c90c3cc-0d44-4b50-8888-8dd25736052a",
      status: "running",
      success: null,
      output: "<string>",
      liveUrl: "<string>",
      startedAt: "2023-11-07T05:31:56.000Z",
      steps: [expect.objectContaining({ index: 123, goal: "<string>" })],
    });
  });

  it("keeps the very object it was given as raw", () => {
    expect(normalizeBrowserUseTask(taskStopped).raw).toBe(taskStopped);
  });

  it("has no createdAt and no cost, and maps the seed era's statuses", () => {
    for (const task of Object.values(seedEraFixtures)) {
      const normalized = normalizeBrowserUseTask(task);
      expect([normalized.createdAt, normalized.cost]).toEqual([null, null]);
      expect(normalized.status).toBe(seedEraStatusTable[task.status]);
    }
  });
});

describe("normalizeBrowserUseTask, today's API", () => {
  it("normalizes a finished task with JSON output, an output file and a cost", () => {
    expect(normalizeBrowserUseTask(taskViewFinishedWithJsonOutput)).toEqual({
      source: "browser-use",
      id: "9c2e7b4d-6a1f-4e83-b5d0-3f8a1c6e2b97",
      status: "completed",
      providerStatus: "finished",
      isTerminal: true,
      success: true,
      instructions:
        "Get the name, price and star rating of the top 2 results for 'standing desk' on ikea.com as JSON, and save them as desks.csv.",
      output: '{"desks":[{"name":"TROTTEN","price":279,"rating":4.5},{"name":"MITTZON","price":449,"rating":4.6}]}',
      structuredOutput: {
        desks: [
          { name: "TROTTEN", price: 279, rating: 4.5 },
          { name: "MITTZON", price: 449, rating: 4.6 },
        ],
      },
      error: null,
      liveUrl: null,
      steps: [expect.objectContaining({ index: 1 }), expect.objectContaining({ index: 2 })],
      files: [{ id: "3d8b6f1a-7e2c-4b95-a0d4-1c9e5f3b7a62", name: "desks.csv", url: null, sizeBytes: null }],
      createdAt: "2026-12-02T09:58:01.902Z",
      startedAt: "2026-12-02T09:58:03.118Z",
      finishedAt: "2026-12-02T10:01:46.875Z",
      updatedAt: null,
      cost: { usd: 0.0425, credits: null },
      recordingUrl: null,
      logUrl: null,
      shareUrl: null,
      downloadsUrl: null,
      metadata: { customerId: "cus_Q3x8aLk2", source: "zapier" },
      raw: taskViewFinishedWithJsonOutput,
    });
  });

  it.each([
    ["created", "pending", false, taskViewCreated],
    ["started", "running", false, taskViewStarted],
    ["finished", "completed", true, taskViewFinishedWithJsonOutput],
    ["failed", "failed", true, taskViewFailed],
    ["stopped", "stopped", true, taskViewStopped],
  ] as const)("maps a '%s' task to %s (terminal: %s)", (providerStatus, status, isTerminal, task) => {
    const normalized = normalizeBrowserUseTask(task);
    expect([normalized.providerStatus, normalized.status, normalized.isTerminal]).toEqual([
      providerStatus,
      status,
      isTerminal,
    ]);
  });

  it("reads output, not doneOutput, and parses JSON output as structuredOutput", () => {
    const task = normalizeBrowserUseTask({ ...taskViewFinishedWithJsonOutput, doneOutput: "stale" });
    expect(task.output).toBe(taskViewFinishedWithJsonOutput.output);
    expect(task.structuredOutput).toEqual(JSON.parse(taskViewFinishedWithJsonOutput.output));
    expect(normalizeBrowserUseTask(taskItemFinished).structuredOutput).toBeNull();
  });

  it("takes a finished task's success from isSuccess, not from the judge", () => {
    expect(normalizeBrowserUseTask({ ...taskViewFinishedWithJsonOutput, isSuccess: false }).success).toBe(false);
    expect(normalizeBrowserUseTask({ ...taskViewFinishedWithJsonOutput, isSuccess: null }).success).toBeNull();
    // The agent says it succeeded, the judge says it did not.
    expect(normalizeBrowserUseTask(taskItemFinished).success).toBe(true);
  });

  it("makes a failed task terminal with success false, whatever isSuccess says", () => {
    expect(normalizeBrowserUseTask(taskViewFailed)).toMatchObject({
      status: "failed",
      isTerminal: true,
      success: false,
      output: null,
      error: null,
      finishedAt: "2026-12-02T16:31:20.690Z",
      cost: { usd: 0.0067, credits: null },
    });
    expect(normalizeBrowserUseTask({ ...taskViewFailed, isSuccess: true }).success).toBe(false);
  });

  it("leaves success null while the task is created, running or stopped", () => {
    for (const task of [taskViewCreated, taskViewStarted, taskViewStopped]) {
      expect(normalizeBrowserUseTask({ ...task, isSuccess: true }).success).toBeNull();
    }
  });

  it("keeps judgeVerdict, judgement and suggestions in raw only", () => {
    const task = normalizeBrowserUseTask(taskItemFinished);
    expect(task.raw).toMatchObject({ judgeVerdict: false, judgement: expect.stringContaining('"verdict":false') });
    expect(JSON.stringify({ ...task, raw: null })).not.toContain("judge");
  });

  it("reads a created task: createdAt only, no steps, no cost yet", () => {
    expect(normalizeBrowserUseTask(taskViewCreated)).toMatchObject({
      status: "pending",
      createdAt: "2026-12-03T09:14:07.318Z",
      startedAt: null,
      finishedAt: null,
      steps: [],
      cost: null,
      metadata: { requestedBy: "concierge-bot" },
    });
  });

  it("reads the cost as a number of USD, and a cost it cannot read as null", () => {
    expect(normalizeBrowserUseTask(taskViewStarted).cost).toEqual({ usd: 0.0118, credits: null });
    expect(normalizeBrowserUseTask({ ...taskViewStarted, cost: "n/a" }).cost).toBeNull();
    const { cost: _cost, ...withoutCost } = taskViewStarted;
    expect(normalizeBrowserUseTask(withoutCost).cost).toBeNull();
  });

  it("has no live view: today's task names only its sessionId", () => {
    for (const task of Object.values(taskViewFixtures)) expect(normalizeBrowserUseTask(task).liveUrl).toBeNull();
  });

  it("reads naive-UTC createdAt, startedAt and finishedAt as UTC whatever the machine's time zone", () => {
    for (const timeZone of FAR_FROM_UTC_TIME_ZONES) {
      const task = inTimeZone(timeZone, () => normalizeBrowserUseTask(taskViewStopped));
      expect([task.createdAt, task.startedAt, task.finishedAt]).toEqual([
        "2026-12-01T07:44:12.880Z",
        "2026-12-01T07:44:14.250Z",
        "2026-12-01T07:44:51.918Z",
      ]);
    }
  });

  it("maps steps as the seed era's, ignoring today's duration", () => {
    expect(normalizeBrowserUseTask(taskViewStarted).steps[1]).toEqual({
      index: 2,
      status: null,
      goal: "Switch to the ranked Show HN page, where older posts with more points appear",
      evaluation: "Success - the Show HN listing is open",
      memory: "On /shownew. None of the first ten posts has more than 100 points yet.",
      url: "https://news.ycombinator.com/shownew",
      screenshotUrl: "https://browser-use-screenshots.s3.amazonaws.com/5a1d8e3f-2c7b-4a96-b0e4-8f3c6d1a9b27/2.png",
      actions: ['{"click_element_by_index":{"index":12}}'],
      timestamp: null,
      raw: taskViewStarted.steps[1],
    });
  });

  it("ignores the seed era's session when a task carries today's fields", () => {
    const mixed = { ...taskViewStarted, session: taskStarted.session };
    expect(normalizeBrowserUseTask(mixed).liveUrl).toBeNull();
  });

  it("normalizes a list item (TaskItemView, from GET /tasks): no steps, no files, the rest as a whole task", () => {
    expect(normalizeBrowserUseTask(taskItemFinished)).toEqual({
      source: "browser-use",
      id: "7d4a1e8c-3b9f-4c52-a6e0-9f2b5d8c1a73",
      status: "completed",
      providerStatus: "finished",
      isTerminal: true,
      success: true,
      instructions: "What is the title of the top post on reddit.com/r/typescript right now?",
      output: "The top post is 'TypeScript 6.0 is now available'.",
      structuredOutput: null,
      error: null,
      liveUrl: null,
      steps: [],
      files: [],
      createdAt: "2026-12-03T22:47:04.512Z",
      startedAt: "2026-12-03T22:47:06.004Z",
      finishedAt: "2026-12-03T22:48:39.770Z",
      updatedAt: null,
      cost: { usd: 0.0213, credits: null },
      recordingUrl: null,
      logUrl: null,
      shareUrl: null,
      downloadsUrl: null,
      metadata: {},
      raw: taskItemFinished,
    });
  });

  it("normalizes a status view (TaskStatusView): status, output, success, finishedAt and cost", () => {
    expect(normalizeBrowserUseTask(taskStatusViewFinished)).toMatchObject({
      id: "9c2e7b4d-6a1f-4e83-b5d0-3f8a1c6e2b97",
      status: "completed",
      success: true,
      output: taskStatusViewFinished.output,
      structuredOutput: { desks: expect.any(Array) },
      instructions: null,
      steps: [],
      files: [],
      createdAt: null,
      startedAt: null,
      finishedAt: "2026-12-02T10:01:46.875Z",
      cost: { usd: 0.0425, credits: null },
      metadata: {},
    });
  });

  it("gives empty values when today's fields have the wrong type", () => {
    const malformed = {
      ...taskViewFinishedWithJsonOutput,
      output: { desks: [] },
      createdAt: 1764669481,
      cost: "0.0425 USD",
      steps: null,
      outputFiles: "desks.csv",
    };
    expect(normalizeBrowserUseTask(malformed)).toMatchObject({
      output: null,
      structuredOutput: null,
      createdAt: null,
      cost: null,
      steps: [],
      files: [],
    });
  });
});
