import type { HyperAgentTaskStatus } from "@agent-tasks/hyperbrowser";
import { describe, expect, it } from "vitest";
import type { AgentTaskStatus } from "../model/agent-task.js";
import {
  taskCompletedWithJsonOutput,
  taskCompletedWithTextOutput,
  taskFailedWithError,
  taskPending,
  taskRunning,
  taskStopped,
} from "./__fixtures__/hyperbrowser/index.js";
import { mapHyperbrowserTaskStatus, mapHyperbrowserTaskStep, normalizeHyperbrowserTask } from "./hyperbrowser.js";

const statusTable: Record<HyperAgentTaskStatus, AgentTaskStatus> = {
  pending: "pending",
  running: "running",
  completed: "completed",
  failed: "failed",
  stopped: "stopped",
};

describe("mapHyperbrowserTaskStatus", () => {
  it.each(Object.entries(statusTable))("maps HyperAgent '%s' to %s", (providerStatus, status) => {
    expect(mapHyperbrowserTaskStatus(providerStatus)).toBe(status);
  });

  it("maps an undocumented HyperAgent status to unknown instead of throwing", () => {
    expect(mapHyperbrowserTaskStatus("cancelled")).toBe("unknown");
    expect(mapHyperbrowserTaskStatus("")).toBe("unknown");
  });
});

describe("normalizeHyperbrowserTask", () => {
  it("normalizes a completed task with JSON output", () => {
    expect(normalizeHyperbrowserTask(taskCompletedWithJsonOutput)).toEqual({
      source: "hyperbrowser",
      id: "0c8e4a1f-6d2b-4f93-b5e7-93a1d4c6e258",
      status: "completed",
      providerStatus: "completed",
      isTerminal: true,
      success: true,
      instructions: null,
      output: '{"product":"Anker 737 Power Bank (PowerCore 24K)","price":"$89.99","rating":4.6,"reviews":12873}',
      structuredOutput: {
        product: "Anker 737 Power Bank (PowerCore 24K)",
        price: "$89.99",
        rating: 4.6,
        reviews: 12873,
      },
      error: null,
      liveUrl: null,
      steps: [expect.objectContaining({ index: 0 }), expect.objectContaining({ index: 1 })],
      files: [],
      createdAt: null,
      startedAt: null,
      finishedAt: null,
      updatedAt: null,
      cost: null,
      recordingUrl: null,
      logUrl: null,
      shareUrl: null,
      downloadsUrl: null,
      metadata: {},
      raw: taskCompletedWithJsonOutput,
    });
  });

  it("reads the id from jobId", () => {
    expect(normalizeHyperbrowserTask(taskRunning).id).toBe("b7e2c9d4-31f0-4a8e-a6d5-2c8f1e907a44");
  });

  it("keeps the provider's own status next to the common one", () => {
    const task = normalizeHyperbrowserTask(taskStopped);
    expect([task.status, task.providerStatus, task.isTerminal]).toEqual(["stopped", "stopped", true]);
  });

  it("reads the output from data.finalResult and leaves structuredOutput null for plain text", () => {
    const task = normalizeHyperbrowserTask(taskCompletedWithTextOutput);
    expect(task.output).toBe("Tomorrow in Berlin: 14 to 21 °C, light rain after 15:00.");
    expect(task.structuredOutput).toBeNull();
  });

  it("reads the live view from liveUrl", () => {
    expect(normalizeHyperbrowserTask(taskRunning).liveUrl).toBe(
      "https://app.hyperbrowser.ai/live?token=eyJhbGciOiJIUzI1NiJ9.eyJzZXNzaW9uSWQiOiI0YzVhIn0.R2kx&keepAlive=true",
    );
  });

  it("reads the error string as the error message, with no code", () => {
    expect(normalizeHyperbrowserTask(taskFailedWithError).error).toEqual({
      message:
        "Agent is stuck: waited or failed 3 consecutive times without making progress. Last error: Element with index 17 not found",
      code: null,
    });
  });

  it("sets success true for completed, false for failed and null while pending, running or stopped", () => {
    expect(normalizeHyperbrowserTask(taskCompletedWithTextOutput).success).toBe(true);
    expect(normalizeHyperbrowserTask(taskFailedWithError).success).toBe(false);
    expect(normalizeHyperbrowserTask(taskPending).success).toBeNull();
    expect(normalizeHyperbrowserTask(taskRunning).success).toBeNull();
    expect(normalizeHyperbrowserTask(taskStopped).success).toBeNull();
  });

  it("maps agent 0.8.0 steps: nextGoal to goal, memory to memory, each action as JSON text", () => {
    const [firstStep] = normalizeHyperbrowserTask(taskCompletedWithJsonOutput).steps;
    expect(firstStep).toEqual({
      index: 0,
      status: null,
      goal: "Open amazon.com and search for 'Anker 737 power bank'",
      evaluation: null,
      memory: "Task: price and rating of the Anker 737 power bank on amazon.com.",
      url: null,
      screenshotUrl: null,
      actions: [
        '{"type":"goToUrl","params":{"url":"https://www.amazon.com"}}',
        '{"type":"inputText","params":{"index":4,"text":"Anker 737 power bank"}}',
        '{"type":"keyPress","params":{"key":"Enter"}}',
      ],
      timestamp: null,
      raw: taskCompletedWithJsonOutput.data.steps[0],
    });
  });

  it("maps agent 1.1.0 steps: memory to memory, no goal, the single action as JSON text", () => {
    const [, secondStep] = normalizeHyperbrowserTask(taskRunning).steps;
    expect(secondStep).toEqual({
      index: 1,
      status: null,
      goal: null,
      evaluation: null,
      memory: "On the Show HN listing. Next: read titles and points of rows 1 to 3.",
      url: null,
      screenshotUrl: null,
      actions: ['{"type":"extract","params":{"objective":"title, points and link of the first three posts"}}'],
      timestamp: null,
      raw: taskRunning.data.steps[1],
    });
  });

  it("takes the step index from idx as it is, so HyperAgent's steps count from 0", () => {
    expect(normalizeHyperbrowserTask(taskRunning).steps.map((step) => step.index)).toEqual([0, 1]);
  });

  it("falls back to the 1-based position when a step has no integer idx", () => {
    const steps = [{ agentOutput: { memory: "a" } }, { idx: "2", agentOutput: { memory: "b" } }];
    expect(steps.map((step, position) => mapHyperbrowserTaskStep(step, position + 1).index)).toEqual([1, 2]);
  });

  it("keeps a step of an unknown shape as a step with nulls and its raw value", () => {
    const futureStep = { idx: 4, kind: "screenshot", payload: { url: "https://cdn.example.com/4.png" } };
    expect(mapHyperbrowserTaskStep(futureStep, 5)).toEqual({
      index: 4,
      status: null,
      goal: null,
      evaluation: null,
      memory: null,
      url: null,
      screenshotUrl: null,
      actions: [],
      timestamp: null,
      raw: futureStep,
    });
    expect(mapHyperbrowserTaskStep("step 3: clicked", 3)).toMatchObject({
      index: 3,
      goal: null,
      raw: "step 3: clicked",
    });
  });

  it("gives empty values when data, steps, liveUrl or error have the wrong type", () => {
    expect(normalizeHyperbrowserTask({ ...taskRunning, data: "pending" })).toMatchObject({ output: null, steps: [] });
    expect(normalizeHyperbrowserTask({ ...taskRunning, data: { steps: { 0: {} }, finalResult: 42 } })).toMatchObject({
      output: null,
      steps: [],
    });
    expect(normalizeHyperbrowserTask({ ...taskRunning, liveUrl: { href: "x" }, error: ["x"] })).toMatchObject({
      liveUrl: null,
      error: null,
    });
  });

  it("treats a blank error or live URL as absent", () => {
    expect(normalizeHyperbrowserTask({ ...taskFailedWithError, error: "", liveUrl: " " })).toMatchObject({
      error: null,
      liveUrl: null,
    });
  });

  it("keeps the very object it was given as raw", () => {
    expect(normalizeHyperbrowserTask(taskPending).raw).toBe(taskPending);
  });
});
