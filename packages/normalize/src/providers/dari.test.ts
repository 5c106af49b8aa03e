import type { DariTaskStatus } from "@agent-tasks/dari";
import { describe, expect, it } from "vitest";
import type { AgentTaskStatus } from "../model/agent-task.js";
import {
  specExampleTask,
  taskCompletedWithFinalResult,
  taskFailedWithError,
  taskPaused,
  taskPending,
  taskRunning,
} from "./__fixtures__/dari/index.js";
import { mapDariEvent, mapDariFinalResult, mapDariTaskStatus, normalizeDariTask } from "./dari.js";

const statusTable: Record<DariTaskStatus, AgentTaskStatus> = {
  pending: "pending",
  running: "running",
  paused: "paused",
  completed: "completed",
  failed: "failed",
};

describe("mapDariTaskStatus", () => {
  it.each(Object.entries(statusTable))("maps Dari '%s' to %s", (providerStatus, status) => {
    expect(mapDariTaskStatus(providerStatus)).toBe(status);
  });

  it("maps a status the spec lacks (today's 'waiting_for_input') to unknown instead of throwing", () => {
    expect(mapDariTaskStatus("waiting_for_input")).toBe("unknown");
  });
});

describe("normalizeDariTask", () => {
  it("normalizes the spec's own example, a running job", () => {
    expect(normalizeDariTask(specExampleTask)).toEqual({
      source: "dari",
      id: "550e8400-e29b-41d4-a716-446655440000",
      status: "running",
      providerStatus: "running",
      isTerminal: false,
      success: null,
      instructions: null,
      output: null,
      structuredOutput: null,
      error: null,
      liveUrl: "https://hyperbrowser.ai/view/abc123",
      steps: [
        {
          index: 1,
          status: null,
          goal: "Job started",
          evaluation: null,
          memory: null,
          url: null,
          screenshotUrl: null,
          actions: [],
          timestamp: "2025-01-15T10:30:00.000Z",
          raw: specExampleTask.events[0],
        },
        {
          index: 2,
          status: null,
          goal: "Filled first name",
          evaluation: null,
          memory: null,
          url: null,
          screenshotUrl: null,
          actions: [],
          timestamp: "2025-01-15T10:30:15.000Z",
          raw: specExampleTask.events[1],
        },
      ],
      files: [],
      createdAt: "2025-01-15T10:30:00.000Z",
      startedAt: null,
      finishedAt: null,
      updatedAt: "2025-01-15T10:30:15.000Z",
      cost: { usd: 0.12, credits: null },
      recordingUrl: null,
      logUrl: null,
      shareUrl: null,
      downloadsUrl: null,
      metadata: {},
      raw: specExampleTask,
    });
  });

  it("reads the id from job_id", () => {
    expect(normalizeDariTask(taskRunning).id).toBe("1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed");
  });

  it("keeps the final_result object as structuredOutput, as is, with its JSON text as output", () => {
    const task = normalizeDariTask(taskCompletedWithFinalResult);
    expect(task.structuredOutput).toBe(taskCompletedWithFinalResult.final_result);
    expect(task.output).toBe(
      '{"claim_number":"CLM-2025-0418833","submitted":true,"estimated_response_days":5,"attachments":["police-report.pdf","photos.zip"]}',
    );
  });

  it("leaves output and structuredOutput null while final_result is null", () => {
    expect(normalizeDariTask(taskRunning)).toMatchObject({ output: null, structuredOutput: null });
  });

  it("does not take the intermediate result as output", () => {
    expect(normalizeDariTask(taskPaused).output).toBeNull();
  });

  it("parses a final_result that arrives as JSON text instead of an object", () => {
    expect(mapDariFinalResult('{"claim_number":"CLM-1"}')).toEqual({
      output: '{"claim_number":"CLM-1"}',
      structuredOutput: { claim_number: "CLM-1" },
    });
    expect(mapDariFinalResult("Claim submitted")).toEqual({ output: "Claim submitted", structuredOutput: null });
  });

  it("ignores a final_result that is neither an object nor text, as for any optional field of the wrong type", () => {
    expect(mapDariFinalResult(42)).toEqual({ output: null, structuredOutput: null });
    expect(mapDariFinalResult(true)).toEqual({ output: null, structuredOutput: null });
  });

  it("reads the live view from browser_url", () => {
    expect(normalizeDariTask(taskPaused).liveUrl).toBe(
      "https://app.hyperbrowser.ai/live?token=eyJzZXNzaW9uSWQiOiJmNDdhYzEwYiJ9.dGVzdA",
    );
    expect(normalizeDariTask(taskPending).liveUrl).toBeNull();
  });

  it("reads the error string as the error message, with no code", () => {
    expect(normalizeDariTask(taskFailedWithError).error).toEqual({
      message: "Login rejected: invalid credentials for user claims-bot@acme-insurance.example",
      code: null,
    });
  });

  it("sets success true for completed, false for failed and null otherwise", () => {
    expect(normalizeDariTask(taskCompletedWithFinalResult).success).toBe(true);
    expect(normalizeDariTask(taskFailedWithError).success).toBe(false);
    expect(normalizeDariTask(taskPaused).success).toBeNull();
  });

  it("reads the cost in USD from total_cost_usd, including a zero cost", () => {
    expect(normalizeDariTask(taskCompletedWithFinalResult).cost).toEqual({ usd: 0.37, credits: null });
    expect(normalizeDariTask(taskPending).cost).toEqual({ usd: 0, credits: null });
  });

  it("reads the recording, log and downloads links", () => {
    expect(normalizeDariTask(taskCompletedWithFinalResult)).toMatchObject({
      recordingUrl: "https://recordings.usedari.com/9c858901-8a57-4791-81fe-4c455b099bc9/session.mp4",
      logUrl: "https://agent.usedari.com/logs/9c858901-8a57-4791-81fe-4c455b099bc9",
      downloadsUrl: "https://agent.usedari.com/downloads/9c858901-8a57-4791-81fe-4c455b099bc9.zip",
    });
  });

  it("turns events into steps: message to goal, timestamp to timestamp, 1-based position to index", () => {
    const steps = normalizeDariTask(taskCompletedWithFinalResult).steps;
    expect(steps.map(({ index, goal, timestamp }) => ({ index, goal, timestamp }))).toEqual([
      { index: 1, goal: "Job started", timestamp: "2025-04-02T14:00:00.000Z" },
      { index: 2, goal: "Filled policy number", timestamp: "2025-04-02T14:00:21.000Z" },
      { index: 3, goal: "Submitted the claim form", timestamp: "2025-04-02T14:01:03.000Z" },
      { index: 4, goal: "Job completed", timestamp: "2025-04-02T14:01:05.000Z" },
    ]);
  });

  it("keeps an event with an unreadable timestamp, with a null timestamp", () => {
    expect(mapDariEvent({ message: "Job started", timestamp: "soon" }, 1)).toMatchObject({
      goal: "Job started",
      timestamp: null,
    });
  });

  it("reads created_at and updated_at as UTC timestamps", () => {
    const task = normalizeDariTask(taskPending);
    expect([task.createdAt, task.updatedAt]).toEqual(["2025-04-02T13:05:41.338Z", "2025-04-02T13:05:41.338Z"]);
  });

  it("gives empty values when optional fields have the wrong type", () => {
    const malformed = {
      ...taskFailedWithError,
      events: { 0: "started" },
      browser_url: ["x"],
      error: { message: "Login rejected" },
      total_cost_usd: "0.05",
      log_url: 3,
    };
    expect(normalizeDariTask(malformed)).toMatchObject({
      steps: [],
      liveUrl: null,
      error: null,
      cost: null,
      logUrl: null,
    });
  });

  it("keeps a status holding a BigInt (from a JSON reviver) as text instead of throwing a TypeError", () => {
    // Found by normalize-task.properties.test.ts: JSON.stringify threw "Do not know how to serialize a BigInt".
    const task = normalizeDariTask({ ...taskRunning, status: [[[[[0n]]]]] });
    expect([task.status, task.providerStatus]).toEqual(["unknown", "0"]);
  });

  it("keeps the very object it was given as raw", () => {
    expect(normalizeDariTask(taskPaused).raw).toBe(taskPaused);
  });
});
