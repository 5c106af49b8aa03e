import type { BrowserActStepStatus, BrowserActTaskStatus } from "@agent-tasks/browseract";
import { describe, expect, it } from "vitest";
import type { AgentTaskStatus, AgentTaskStep } from "../model/agent-task.js";
import {
  taskCanceled,
  taskCreated,
  taskFailedWithFailureInfo,
  taskFinishedWithJsonOutput,
  taskPaused,
  taskPausing,
  taskRunning,
  taskRunningWithDeprecatedLiveUrl,
} from "./__fixtures__/browseract/index.js";
import {
  mapBrowserActDownloadFile,
  mapBrowserActFailure,
  mapBrowserActOutputFile,
  mapBrowserActStepStatus,
  mapBrowserActTaskStatus,
  normalizeBrowserActTask,
} from "./browseract.js";

const statusTable: Record<BrowserActTaskStatus, AgentTaskStatus> = {
  created: "pending",
  running: "running",
  pausing: "running",
  paused: "paused",
  finished: "completed",
  failed: "failed",
  canceled: "stopped",
  unknown: "unknown",
};

const stepStatusTable: Record<BrowserActStepStatus, AgentTaskStep["status"]> = {
  running: "running",
  succeed: "succeeded",
  failed: "failed",
};

describe("mapBrowserActTaskStatus", () => {
  it.each(Object.entries(statusTable))("maps BrowserAct '%s' to %s", (providerStatus, status) => {
    expect(mapBrowserActTaskStatus(providerStatus)).toBe(status);
  });

  it("maps an undocumented BrowserAct status to unknown instead of throwing", () => {
    expect(mapBrowserActTaskStatus("cancelled")).toBe("unknown");
  });
});

describe("mapBrowserActStepStatus", () => {
  it.each(Object.entries(stepStatusTable))("maps BrowserAct step status '%s' to %s", (providerStatus, status) => {
    expect(mapBrowserActStepStatus(providerStatus)).toBe(status);
  });

  it("maps an undocumented or missing step status to null", () => {
    expect(mapBrowserActStepStatus("skipped")).toBeNull();
    expect(mapBrowserActStepStatus(undefined)).toBeNull();
  });
});

describe("normalizeBrowserActTask", () => {
  it("normalizes a finished task with JSON output, files, credits and a log link", () => {
    expect(normalizeBrowserActTask(taskFinishedWithJsonOutput)).toEqual({
      source: "browseract",
      id: "78412563098214567",
      status: "completed",
      providerStatus: "finished",
      isTerminal: true,
      success: true,
      instructions: null,
      output:
        '{"listings":[{"address":"2100 Nueces St #1204","rent":2450,"beds":1},{"address":"1600 Barton Springs Rd #3107","rent":2195,"beds":1}]}',
      structuredOutput: {
        listings: [
          { address: "2100 Nueces St #1204", rent: 2450, beds: 1 },
          { address: "1600 Barton Springs Rd #3107", rent: 2195, beds: 1 },
        ],
      },
      error: null,
      liveUrl: null,
      steps: [expect.objectContaining({ index: 1 }), expect.objectContaining({ index: 2 })],
      files: [
        {
          id: "b0c1d7e4f6a84f3c9e2a5d8b7c6f1e20",
          name: "austin-rentals-2025-06-12.csv",
          url: taskFinishedWithJsonOutput.download_files[0]?.downloadUrl,
          sizeBytes: 48213,
        },
        {
          id: null,
          name: "listing summary.json",
          url: "https://browseract-prod.s3.us-west-2.amazonaws.com/outputs/78412563098214567/listing%20summary.json",
          sizeBytes: null,
        },
      ],
      createdAt: "2025-06-12T09:41:07.000Z",
      startedAt: null,
      finishedAt: "2025-06-12T09:43:23.587Z",
      updatedAt: null,
      cost: { usd: null, credits: 37 },
      recordingUrl: null,
      logUrl: "https://www.browseract.com/workflow/71035368231436288/task/78412563098214567/log",
      shareUrl: null,
      downloadsUrl: null,
      metadata: {},
      raw: taskFinishedWithJsonOutput,
    });
  });

  it("keeps a 17-digit id exactly as the string it is", () => {
    expect(normalizeBrowserActTask(taskCanceled).id).toBe("78412563098217755");
  });

  it("maps BrowserAct 'canceled' to stopped, a terminal status without success", () => {
    expect(normalizeBrowserActTask(taskCanceled)).toMatchObject({
      status: "stopped",
      providerStatus: "canceled",
      isTerminal: true,
      success: null,
    });
  });

  it("maps BrowserAct 'pausing' to running, since the current step is still being finished", () => {
    expect(normalizeBrowserActTask(taskPausing)).toMatchObject({ status: "running", providerStatus: "pausing" });
  });

  it("reads the output from output.string", () => {
    expect(normalizeBrowserActTask(taskFinishedWithJsonOutput).output).toMatch(/^\{"listings":/);
    expect(normalizeBrowserActTask({ ...taskCanceled, output: { string: "3 listings found" } })).toMatchObject({
      output: "3 listings found",
      structuredOutput: null,
    });
  });

  it("reads the live view from live_url_info.live_url and falls back to the deprecated live_url", () => {
    expect(normalizeBrowserActTask(taskRunning).liveUrl).toBe(
      "https://live.browseract.com/task/78412563098214498?token=6f1c2a9e4b7d4e38",
    );
    expect(normalizeBrowserActTask(taskRunningWithDeprecatedLiveUrl).liveUrl).toBe(
      "https://live.browseract.com/task/78412563098213090?token=0b3e5d7a9c1f4826",
    );
  });

  it("prefers live_url_info.live_url when the deprecated live_url differs", () => {
    const task = normalizeBrowserActTask({ ...taskRunning, live_url: "https://live.browseract.com/old" });
    expect(task.liveUrl).toBe("https://live.browseract.com/task/78412563098214498?token=6f1c2a9e4b7d4e38");
  });

  it("has no live view when live_url_info only gives the viewport size", () => {
    expect(normalizeBrowserActTask(taskPaused).liveUrl).toBeNull();
  });

  it("reads task_failure_info as the error, with the numeric code as a string", () => {
    expect(normalizeBrowserActTask(taskFailedWithFailureInfo).error).toEqual({
      message: "Navigation timeout",
      code: "10001",
    });
  });

  it("names the code when task_failure_info has no message", () => {
    expect(mapBrowserActFailure({ code: 10002, message: "" })).toEqual({
      message: "BrowserAct failure code 10002",
      code: "10002",
    });
    expect(mapBrowserActFailure({})).toBeNull();
  });

  it("sets success true for finished, false for failed and null otherwise", () => {
    expect(normalizeBrowserActTask(taskFinishedWithJsonOutput).success).toBe(true);
    expect(normalizeBrowserActTask(taskFailedWithFailureInfo).success).toBe(false);
    expect(normalizeBrowserActTask(taskCreated).success).toBeNull();
  });

  it("reads credit as a cost in credits, not USD", () => {
    expect(normalizeBrowserActTask(taskFailedWithFailureInfo).cost).toEqual({ usd: null, credits: 3 });
    expect(normalizeBrowserActTask(taskCreated).cost).toBeNull();
  });

  it("reads the log link from log_detail_url", () => {
    expect(normalizeBrowserActTask(taskCanceled).logUrl).toBe(
      "https://www.browseract.com/workflow/71035368231441203/task/78412563098217755/log",
    );
  });

  it("maps steps field by field: step to index, step_goal to goal, succeed to succeeded", () => {
    expect(normalizeBrowserActTask(taskRunning).steps).toEqual([
      {
        index: 1,
        status: "succeeded",
        goal: "Open https://www.zillow.com/austin-tx/rentals/",
        evaluation: "Start",
        memory: null,
        url: null,
        screenshotUrl: "https://browseract-prod.s3.us-west-2.amazonaws.com/screenshots/78412563098214498/step-1.png",
        actions: [],
        timestamp: null,
        raw: taskRunning.steps[0],
      },
      {
        index: 2,
        status: "running",
        goal: "Read address, rent and size of the first 5 listings",
        evaluation: "Success: the rentals list for Austin is open",
        memory: null,
        url: null,
        screenshotUrl: "https://browseract-prod.s3.us-west-2.amazonaws.com/screenshots/78412563098214498/step-2.png",
        actions: [],
        timestamp: null,
        raw: taskRunning.steps[1],
      },
    ]);
  });

  it("maps download_files to files with id, name, pre-signed URL and size", () => {
    const [downloadFile] = taskFinishedWithJsonOutput.download_files;
    expect(mapBrowserActDownloadFile(downloadFile)).toEqual({
      id: "b0c1d7e4f6a84f3c9e2a5d8b7c6f1e20",
      name: "austin-rentals-2025-06-12.csv",
      url: downloadFile?.downloadUrl,
      sizeBytes: 48213,
    });
  });

  it("names a download file by its URL when fileName is missing, and drops a negative size", () => {
    expect(
      mapBrowserActDownloadFile({ downloadUrl: "https://cdn.browseract.com/d/rentals.csv?sig=1", fileSize: -1 }),
    ).toEqual({
      id: null,
      name: "rentals.csv",
      url: "https://cdn.browseract.com/d/rentals.csv?sig=1",
      sizeBytes: null,
    });
  });

  it("names a download file by its guid when it has neither fileName nor URL, and drops one with nothing to name it by", () => {
    expect(mapBrowserActDownloadFile({ guid: "f-1", status: "failed" })).toEqual({
      id: "f-1",
      name: "f-1",
      url: null,
      sizeBytes: null,
    });
    expect(mapBrowserActDownloadFile({ status: "failed", fileName: "  " })).toBeNull();
  });

  it("names an output file whose URL has no path by the whole URL", () => {
    expect(mapBrowserActOutputFile("https://cdn.browseract.com/")?.name).toBe("https://cdn.browseract.com/");
  });

  it("names a file by the whole URL when its last path segment decodes to whitespace", () => {
    // Found by normalize-task.properties.test.ts: "%09%0A" decoded to a name of "\t\n", blank to a reader.
    expect(mapBrowserActOutputFile("https://cdn.example.com/%09%0A/")?.name).toBe("https://cdn.example.com/%09%0A/");
    expect(mapBrowserActDownloadFile({ guid: "f-1", downloadUrl: "https://cdn.browseract.com/d/%20" })?.name).toBe(
      "https://cdn.browseract.com/d/%20",
    );
  });

  it("maps output.files URLs to files named by their last path segment", () => {
    expect(
      mapBrowserActOutputFile("https://cdn.browseract.com/outputs/78412563098214567/listing%20summary.json"),
    ).toEqual({
      id: null,
      name: "listing summary.json",
      url: "https://cdn.browseract.com/outputs/78412563098214567/listing%20summary.json",
      sizeBytes: null,
    });
    expect(mapBrowserActOutputFile("")).toBeNull();
  });

  it("converts created_at and finished_at with BrowserAct's +08:00 offset to UTC", () => {
    const task = normalizeBrowserActTask(taskFinishedWithJsonOutput);
    expect([task.createdAt, task.finishedAt]).toEqual(["2025-06-12T09:41:07.000Z", "2025-06-12T09:43:23.587Z"]);
  });

  it("does not read the epoch-millisecond file times as task timestamps", () => {
    expect(normalizeBrowserActTask({ ...taskCanceled, finished_at: 1749721403587 }).finishedAt).toBeNull();
  });

  it("gives empty values when optional fields have the wrong type", () => {
    const malformed = {
      ...taskFinishedWithJsonOutput,
      output: '{"listings":[]}',
      live_url_info: "https://live.browseract.com/x",
      task_failure_info: "Navigation timeout",
      credit: "37",
      download_files: null,
      steps: { step: 1 },
      log_detail_url: 0,
    };
    expect(normalizeBrowserActTask(malformed)).toMatchObject({
      output: null,
      structuredOutput: null,
      liveUrl: null,
      error: null,
      cost: null,
      files: [],
      steps: [],
      logUrl: null,
    });
  });

  it("keeps the very object it was given as raw", () => {
    expect(normalizeBrowserActTask(taskCreated).raw).toBe(taskCreated);
  });
});
