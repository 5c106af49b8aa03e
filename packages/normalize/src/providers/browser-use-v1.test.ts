import type { BrowserUseV1TaskStatus } from "@agent-tasks/browser-use/v1";
import { describe, expect, it } from "vitest";
import type { AgentTaskStatus } from "../model/agent-task.js";
import { FAR_FROM_UTC_TIME_ZONES, inTimeZone } from "../test-support/in-time-zone.js";
import {
  specExampleTask,
  taskCreated,
  taskFailed,
  taskFinishedWithJsonOutput,
  taskPaused,
  taskRunning,
  taskStopped,
} from "./__fixtures__/browser-use-v1/index.js";
import { mapBrowserUseV1TaskStatus, normalizeBrowserUseV1Task } from "./browser-use-v1.js";

const statusTable: Record<BrowserUseV1TaskStatus, AgentTaskStatus> = {
  created: "pending",
  running: "running",
  paused: "paused",
  finished: "completed",
  failed: "failed",
  stopped: "stopped",
};

describe("mapBrowserUseV1TaskStatus", () => {
  it.each(Object.entries(statusTable))("maps Browser Use v1 '%s' to %s", (providerStatus, status) => {
    expect(mapBrowserUseV1TaskStatus(providerStatus)).toBe(status);
  });

  it("maps an undocumented Browser Use v1 status to unknown instead of throwing", () => {
    expect(mapBrowserUseV1TaskStatus("started")).toBe("unknown");
  });
});

describe("normalizeBrowserUseV1Task", () => {
  it("normalizes a finished task with JSON output, a file, a share link and metadata", () => {
    expect(normalizeBrowserUseV1Task(taskFinishedWithJsonOutput)).toEqual({
      source: "browser-use-v1",
      id: "d8b4f2a6-3c7e-4e19-a5d0-6f1b9c3e7a82",
      status: "completed",
      providerStatus: "finished",
      isTerminal: true,
      success: true,
      instructions:
        "Open producthunt.com and list today's top 3 launches with their upvote counts as JSON; save them as launches.json.",
      output:
        '[{"name":"Raycast AI","upvotes":1243},{"name":"Linear Asks","upvotes":987},{"name":"Tldraw Computer","upvotes":861}]',
      structuredOutput: [
        { name: "Raycast AI", upvotes: 1243 },
        { name: "Linear Asks", upvotes: 987 },
        { name: "Tldraw Computer", upvotes: 861 },
      ],
      error: null,
      liveUrl: null,
      steps: [expect.objectContaining({ index: 1 }), expect.objectContaining({ index: 2 })],
      files: [{ id: null, name: "launches.json", url: null, sizeBytes: null }],
      createdAt: "2025-02-10T08:00:01.617Z",
      startedAt: null,
      finishedAt: "2025-02-10T08:03:27.904Z",
      updatedAt: null,
      cost: null,
      recordingUrl: null,
      logUrl: null,
      shareUrl: "https://cloud.browser-use.com/share/d8b4f2a6-3c7e-4e19-a5d0-6f1b9c3e7a82",
      downloadsUrl: null,
      metadata: { campaign: "launch-radar", team: "growth" },
      raw: taskFinishedWithJsonOutput,
    });
  });

  it("sets success true for finished, false for failed and null otherwise", () => {
    expect(normalizeBrowserUseV1Task(taskFinishedWithJsonOutput).success).toBe(true);
    expect(normalizeBrowserUseV1Task(taskFailed).success).toBe(false);
    expect(normalizeBrowserUseV1Task(taskStopped).success).toBeNull();
    expect(normalizeBrowserUseV1Task(taskRunning).success).toBeNull();
  });

  it("has no error for a failed task, since v1 sends none", () => {
    expect(normalizeBrowserUseV1Task(taskFailed)).toMatchObject({ status: "failed", isTerminal: true, error: null });
  });

  it("reads the output from output", () => {
    expect(normalizeBrowserUseV1Task(specExampleTask).output).toBe("<string>");
    expect(normalizeBrowserUseV1Task(taskRunning).output).toBeNull();
  });

  it("reads the live view from live_url", () => {
    expect(normalizeBrowserUseV1Task(taskPaused).liveUrl).toBe(
      "https://live.browser-use.com?wss=https%3A%2F%2F7e3d1b9c.cdp3.browser-use.com",
    );
  });

  it("maps steps field by field: step to index, next_goal to goal, evaluation_previous_goal to evaluation", () => {
    expect(normalizeBrowserUseV1Task(taskPaused).steps[1]).toEqual({
      index: 2,
      status: null,
      goal: "Fill in name, email and message",
      evaluation: "Success - the contact page is open",
      memory: null,
      url: "https://example-agency.com/contact",
      screenshotUrl: null,
      actions: [],
      timestamp: null,
      raw: taskPaused.steps[1],
    });
  });

  it("maps output_files names to files, skipping items that are not strings", () => {
    expect(
      normalizeBrowserUseV1Task({ ...taskFinishedWithJsonOutput, output_files: ["a.csv", 3, null] }).files,
    ).toEqual([{ id: null, name: "a.csv", url: null, sizeBytes: null }]);
    expect(normalizeBrowserUseV1Task(taskStopped).files).toEqual([]);
  });

  it("skips blank output_files names, so every file has a name to show", () => {
    // Found by normalize-task.properties.test.ts: `output_files: [""]` gave a file named "".
    expect(
      normalizeBrowserUseV1Task({ ...taskFinishedWithJsonOutput, output_files: ["", "  ", "launches.json"] }).files,
    ).toEqual([{ id: null, name: "launches.json", url: null, sizeBytes: null }]);
  });

  it("reads the share link from public_share_url", () => {
    expect(normalizeBrowserUseV1Task(taskFinishedWithJsonOutput).shareUrl).toBe(
      "https://cloud.browser-use.com/share/d8b4f2a6-3c7e-4e19-a5d0-6f1b9c3e7a82",
    );
  });

  it("reads naive-UTC created_at as UTC, whatever the machine's time zone", () => {
    for (const timeZone of FAR_FROM_UTC_TIME_ZONES) {
      const task = inTimeZone(timeZone, () => normalizeBrowserUseV1Task(taskCreated));
      expect(task.createdAt).toBe("2025-02-10T07:59:58.204Z");
    }
  });

  it("converts zoned created_at and finished_at to UTC", () => {
    const task = normalizeBrowserUseV1Task(taskStopped);
    expect([task.createdAt, task.finishedAt]).toEqual(["2025-02-13T08:00:00.000Z", "2025-02-13T08:45:12.000Z"]);
  });

  it("maps created to pending", () => {
    expect(normalizeBrowserUseV1Task(taskCreated)).toMatchObject({ status: "pending", isTerminal: false });
  });

  it("gives empty metadata when metadata is null or absent", () => {
    expect(normalizeBrowserUseV1Task(taskCreated).metadata).toEqual({});
    expect(normalizeBrowserUseV1Task(taskStopped).metadata).toEqual({});
  });

  it("gives empty values when optional fields have the wrong type", () => {
    const malformed = { ...taskRunning, steps: null, live_url: 8080, output_files: "launches.json", metadata: "q4" };
    expect(normalizeBrowserUseV1Task(malformed)).toMatchObject({ steps: [], liveUrl: null, files: [], metadata: {} });
  });

  it("keeps the very object it was given as raw", () => {
    expect(normalizeBrowserUseV1Task(taskRunning).raw).toBe(taskRunning);
  });
});
