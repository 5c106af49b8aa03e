import type { BrowserUseTaskStatus } from "@agent-tasks/browser-use";
import { describe, expect, it } from "vitest";
import type { AgentTaskStatus } from "../model/agent-task.js";
import { FAR_FROM_UTC_TIME_ZONES, inTimeZone } from "../test-support/in-time-zone.js";
import {
  specExampleTask,
  taskFinishedUnsuccessfully,
  taskFinishedWithJsonOutput,
  taskFinishedWithoutIsSuccess,
  taskPaused,
  taskStarted,
  taskStopped,
} from "./__fixtures__/browser-use/index.js";
import { mapBrowserUseFile, mapBrowserUseTaskStatus, normalizeBrowserUseTask } from "./browser-use.js";

const statusTable: Record<BrowserUseTaskStatus, AgentTaskStatus> = {
  started: "running",
  paused: "paused",
  finished: "completed",
  stopped: "stopped",
};

describe("mapBrowserUseTaskStatus", () => {
  it.each(Object.entries(statusTable))("maps Browser Use '%s' to %s", (providerStatus, status) => {
    expect(mapBrowserUseTaskStatus(providerStatus)).toBe(status);
  });

  it("maps statuses the seed-era enum lacks ('created', 'failed' of today's API) to unknown", () => {
    expect(mapBrowserUseTaskStatus("created")).toBe("unknown");
    expect(mapBrowserUseTaskStatus("failed")).toBe("unknown");
  });
});

describe("normalizeBrowserUseTask", () => {
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
});
