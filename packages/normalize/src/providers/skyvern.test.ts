import type { SkyvernRunStatus } from "@agent-tasks/skyvern";
import { describe, expect, it } from "vitest";
import type { AgentTaskStatus } from "../model/agent-task.js";
import {
  runCanceled,
  runCompletedWithOutputAndFiles,
  runCreated,
  runFailed,
  runListItem,
  runRunning,
  runTerminated,
  runTimedOut,
  workflowRunCompleted,
} from "./__fixtures__/skyvern/index.js";
import {
  mapSkyvernError,
  mapSkyvernFile,
  mapSkyvernTaskStatus,
  normalizeSkyvernTask,
  skyvernTaskMapper,
} from "./skyvern.js";

const statusTable: Record<SkyvernRunStatus, AgentTaskStatus> = {
  created: "pending",
  queued: "pending",
  running: "running",
  paused: "paused",
  completed: "completed",
  failed: "failed",
  terminated: "failed",
  timed_out: "failed",
  canceled: "stopped",
};

describe("mapSkyvernTaskStatus", () => {
  it.each(Object.entries(statusTable))("maps Skyvern '%s' to %s", (providerStatus, status) => {
    expect(mapSkyvernTaskStatus(providerStatus)).toBe(status);
  });

  it("maps a status the spec lacks (the spelling 'cancelled') to unknown", () => {
    expect(mapSkyvernTaskStatus("cancelled")).toBe("unknown");
  });
});

describe("normalizeSkyvernTask", () => {
  it("normalizes a completed task run: output as data, downloaded files, recording, app link, timestamps", () => {
    const [invoice] = runCompletedWithOutputAndFiles.downloaded_files;
    expect(normalizeSkyvernTask(runCompletedWithOutputAndFiles)).toEqual({
      source: "skyvern",
      id: "tsk_410927364518204303",
      status: "completed",
      providerStatus: "completed",
      isTerminal: true,
      success: true,
      instructions: "Download the latest invoice and extract its number, total, currency and whether it is paid",
      output: '{"invoice_number":"INV-2026-1187","total":"1,240.00","currency":"EUR","paid":false}',
      structuredOutput: runCompletedWithOutputAndFiles.output,
      error: null,
      liveUrl: null,
      steps: [],
      files: [
        { id: "a_410927364518209001", name: "INV-2026-1187.pdf", url: invoice?.url, sizeBytes: 48213 },
        {
          id: null,
          name: "statement november.csv",
          url: "https://skyvern-uploads.s3.amazonaws.com/downloads/tsk_410927364518204303/statement%20november.csv",
          sizeBytes: null,
        },
      ],
      createdAt: "2026-11-30T09:30:00.000Z",
      startedAt: "2026-11-30T09:30:04.000Z",
      finishedAt: "2026-11-30T09:32:10.000Z",
      updatedAt: "2026-11-30T09:32:10.000Z",
      cost: null,
      recordingUrl: "https://artifacts.skyvern.com/tsk_410927364518204303/recording.webm",
      logUrl: "https://app.skyvern.com/tasks/tsk_410927364518204303",
      shareUrl: null,
      downloadsUrl: null,
      metadata: {},
      raw: runCompletedWithOutputAndFiles,
    });
  });

  it("keeps the very output object as structuredOutput", () => {
    expect(normalizeSkyvernTask(runCompletedWithOutputAndFiles).structuredOutput).toBe(
      runCompletedWithOutputAndFiles.output,
    );
  });

  it("takes an output that is text as it is, parsed when it is JSON, and an array as data", () => {
    expect(normalizeSkyvernTask({ ...runCompletedWithOutputAndFiles, output: "3 open positions" })).toMatchObject({
      output: "3 open positions",
      structuredOutput: null,
    });
    expect(normalizeSkyvernTask({ ...runCompletedWithOutputAndFiles, output: '{"n":3}' })).toMatchObject({
      output: '{"n":3}',
      structuredOutput: { n: 3 },
    });
    expect(normalizeSkyvernTask({ ...runCompletedWithOutputAndFiles, output: [1, 2] })).toMatchObject({
      output: "[1,2]",
      structuredOutput: [1, 2],
    });
  });

  it("has no steps (a run carries only step_count), and maps created to pending", () => {
    expect(normalizeSkyvernTask(runRunning)).toMatchObject({ status: "running", steps: [] });
    expect(normalizeSkyvernTask(runCreated)).toMatchObject({ status: "pending", steps: [], startedAt: null });
  });

  it("reads a failed run's failure_reason as the error, with the matched error_code as its code", () => {
    expect(normalizeSkyvernTask(runFailed)).toMatchObject({
      status: "failed",
      success: false,
      error: { message: "Reached the login page but the credentials were rejected", code: "login_failed" },
    });
  });

  it("maps timed_out to failed, with the status as the error's code and reason when Skyvern gives none", () => {
    expect(normalizeSkyvernTask(runTimedOut)).toMatchObject({
      status: "failed",
      providerStatus: "timed_out",
      success: false,
      error: { message: "The Skyvern run timed out", code: "timed_out" },
    });
  });

  it("maps terminated to failed, with Skyvern's reason and the status as the code", () => {
    expect(normalizeSkyvernTask(runTerminated)).toMatchObject({
      status: "failed",
      providerStatus: "terminated",
      error: {
        message: "The product page says the item is no longer sold, so it cannot be added to the cart",
        code: "terminated",
      },
    });
  });

  it("maps canceled to stopped, with no error", () => {
    expect(normalizeSkyvernTask(runCanceled)).toMatchObject({
      status: "stopped",
      isTerminal: true,
      success: null,
      error: null,
    });
  });

  it("gives no link to an archived recording", () => {
    expect(normalizeSkyvernTask(runTimedOut).recordingUrl).toBeNull();
    expect(normalizeSkyvernTask(runFailed).recordingUrl).toBe(
      "https://artifacts.skyvern.com/tsk_410927364518204404/recording.webm",
    );
  });

  it("normalizes a workflow run: block outputs as data, run_metadata as metadata, no instructions", () => {
    const task = normalizeSkyvernTask(workflowRunCompleted);
    expect(task).toMatchObject({
      id: "wr_410927364518204808",
      status: "completed",
      instructions: null,
      structuredOutput: workflowRunCompleted.output,
      metadata: { customer: "acme", batch: "2026-11-30" },
      logUrl: "https://app.skyvern.com/runs/wr_410927364518204808",
    });
    expect(task.metadata).not.toBe(workflowRunCompleted.run_request.run_metadata);
  });

  it("normalizes an item of GET /v1/runs by its run_id, with its times", () => {
    expect(normalizeSkyvernTask(runListItem)).toMatchObject({
      id: "tsk_410927364518204303",
      status: "completed",
      output: null,
      files: [],
      createdAt: "2026-11-30T09:30:00.000Z",
      startedAt: "2026-11-30T09:30:04.000Z",
      finishedAt: "2026-11-30T09:32:10.000Z",
      updatedAt: null,
      raw: runListItem,
    });
  });

  it("gives empty values when optional fields have the wrong type", () => {
    const malformed = {
      ...runFailed,
      output: 42,
      failure_reason: { text: "x" },
      errors: "login_failed",
      downloaded_files: { url: "https://x" },
      recording_url: "  ",
      app_url: 7,
      run_request: "Log in",
    };
    expect(normalizeSkyvernTask(malformed)).toMatchObject({
      output: null,
      structuredOutput: null,
      error: null,
      files: [],
      recordingUrl: null,
      logUrl: null,
      instructions: null,
      metadata: {},
    });
  });
});

describe("mapSkyvernError", () => {
  it("falls back to the first error's reasoning, then to its code", () => {
    expect(mapSkyvernError({ errors: [{ error_code: "e1", reasoning: "Because" }] }, "failed")).toEqual({
      message: "Because",
      code: "e1",
    });
    expect(mapSkyvernError({ errors: [{}, { error_code: "e2" }] }, "failed")).toEqual({
      message: "Skyvern error e2",
      code: "e2",
    });
    expect(mapSkyvernError({ errors: [] }, "failed")).toBeNull();
    expect(mapSkyvernError({}, "terminated")).toEqual({
      message: "The Skyvern run was terminated",
      code: "terminated",
    });
  });

  it("does not mistake an inherited key for a status with a reason", () => {
    expect(mapSkyvernError({}, "toString")).toBeNull();
  });
});

describe("mapSkyvernFile", () => {
  it("names a file by its URL when filename is missing, by its artifact id without a URL, and drops a negative size", () => {
    expect(mapSkyvernFile({ url: "https://cdn.skyvern.com/d/report.pdf?sig=1", file_size: -1 })).toEqual({
      id: null,
      name: "report.pdf",
      url: "https://cdn.skyvern.com/d/report.pdf?sig=1",
      sizeBytes: null,
    });
    expect(mapSkyvernFile({ artifact_id: "a_1" })).toEqual({ id: "a_1", name: "a_1", url: null, sizeBytes: null });
    expect(mapSkyvernFile({ filename: " " })).toBeNull();
    expect(mapSkyvernFile(null)).toBeNull();
  });
});

describe("skyvernTaskMapper.changeKey", () => {
  const { changeKey } = skyvernTaskMapper;

  it("keys on the run id, status, modified_at and step_count", () => {
    const base = changeKey(runRunning);
    expect(base).not.toBeNull();
    expect(changeKey({ ...runRunning, screenshot_urls: [] })).toBe(base);
    expect(changeKey({ ...runRunning, status: "completed" })).not.toBe(base);
    expect(changeKey({ ...runRunning, modified_at: "2026-11-30T09:11:00Z" })).not.toBe(base);
    expect(changeKey({ ...runRunning, step_count: 4 })).not.toBe(base);
    expect(changeKey({ ...runRunning, run_id: "tsk_other" })).not.toBe(base);
  });

  it("keys a list item, which has no modified_at or step_count", () => {
    expect(changeKey(runListItem)).not.toBeNull();
    expect(changeKey({ ...runListItem, run_id: "" })).toBeNull();
  });
});
