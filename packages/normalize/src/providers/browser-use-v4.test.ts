import type { BrowserUseV4RunStatus } from "@agent-tasks/browser-use/v4";
import { thrownBy } from "@agent-tasks/test-support";
import { describe, expect, it } from "vitest";
import type { AgentTaskStatus } from "../model/agent-task.js";
import { NormalizeError } from "../normalize-error.js";
import {
  runCancelled,
  runCompletedWithJsonResult,
  runFailed,
  runItemCompleted,
  runQueued,
  runRunningWithEvents,
} from "./__fixtures__/browser-use-v4/index.js";
import {
  browserUseV4TaskMapper,
  mapBrowserUseV4Event,
  mapBrowserUseV4TaskStatus,
  normalizeBrowserUseV4Task,
  summarizeBrowserUseV4EventData,
} from "./browser-use-v4.js";

const statusTable: Record<BrowserUseV4RunStatus, AgentTaskStatus> = {
  queued: "pending",
  dispatching: "pending",
  running: "running",
  completed: "completed",
  failed: "failed",
  cancelled: "stopped",
};

describe("mapBrowserUseV4TaskStatus", () => {
  it.each(Object.entries(statusTable))("maps Browser Use v4 '%s' to %s", (providerStatus, status) => {
    expect(mapBrowserUseV4TaskStatus(providerStatus)).toBe(status);
  });

  it("maps a status the spec lacks (v2's 'finished', the other spelling 'canceled') to unknown", () => {
    expect(mapBrowserUseV4TaskStatus("finished")).toBe("unknown");
    expect(mapBrowserUseV4TaskStatus("canceled")).toBe("unknown");
  });
});

describe("normalizeBrowserUseV4Task", () => {
  it("normalizes a completed run with its events: JSON result, cost, live view, one step per event in id order", () => {
    const [started, navigated, ready, completed] = runCompletedWithJsonResult.events;
    expect(normalizeBrowserUseV4Task(runCompletedWithJsonResult)).toEqual({
      source: "browser-use-v4",
      id: "3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a603",
      status: "completed",
      providerStatus: "completed",
      isTerminal: true,
      success: true,
      instructions: 'Return the top Hacker News story as JSON: {"title": string, "points": number}',
      output: '{"title":"Show HN: A tiny SQLite replication tool","points":412}',
      structuredOutput: { title: "Show HN: A tiny SQLite replication tool", points: 412 },
      error: null,
      liveUrl: "https://live.browser-use.com/?wss=3e4f5a6b-live-03",
      steps: [
        {
          index: 1,
          status: null,
          goal: "run.started",
          evaluation: null,
          memory: null,
          url: null,
          screenshotUrl: null,
          actions: [],
          timestamp: "2026-11-30T10:02:01.120Z",
          raw: started,
        },
        {
          index: 2,
          status: null,
          goal: "browser.ready: live_view_url: https://live.browser-use.com/?wss=3e4f5a6b-live-03",
          evaluation: null,
          memory: null,
          url: null,
          screenshotUrl: null,
          actions: [],
          timestamp: "2026-11-30T10:02:04.985Z",
          raw: ready,
        },
        {
          index: 3,
          status: null,
          goal: "tool.call: tool: navigate, url: https://news.ycombinator.com/",
          evaluation: null,
          memory: null,
          url: null,
          screenshotUrl: null,
          actions: [],
          timestamp: "2026-11-30T10:02:20.400Z",
          raw: navigated,
        },
        {
          index: 4,
          status: null,
          goal: 'run.completed: result: {"title":"Show HN: A tiny SQLite replication tool","points":412}',
          evaluation: null,
          memory: null,
          url: null,
          screenshotUrl: null,
          actions: [],
          timestamp: "2026-11-30T10:03:41.250Z",
          raw: completed,
        },
      ],
      files: [],
      createdAt: "2026-11-30T10:02:00.000Z",
      startedAt: null,
      finishedAt: null,
      updatedAt: "2026-11-30T10:03:41.250Z",
      cost: { usd: 0.1375, credits: null },
      recordingUrl: null,
      logUrl: null,
      shareUrl: null,
      downloadsUrl: null,
      metadata: {},
      raw: runCompletedWithJsonResult,
    });
  });

  it("reads id, status and fields from the run, and keeps the very {run, events} object as raw", () => {
    const task = normalizeBrowserUseV4Task(runRunningWithEvents);
    expect(task).toMatchObject({
      id: runRunningWithEvents.run.id,
      status: "running",
      providerStatus: "running",
      isTerminal: false,
      success: null,
      instructions: "Compare the price of the Kindle Paperwhite on amazon.com and bestbuy.com",
      output: null,
      cost: { usd: 0.0412, credits: null },
      liveUrl: "https://live.browser-use.com/?wss=9a8b7c6d-live-02",
    });
    expect(task.steps.map(({ index }) => index)).toEqual([1, 2, 3]);
    expect(task.raw).toBe(runRunningWithEvents);
  });

  it("maps a queued run without events: pending, no steps, no live view, a zero cost", () => {
    expect(normalizeBrowserUseV4Task(runQueued)).toMatchObject({
      status: "pending",
      steps: [],
      liveUrl: null,
      cost: { usd: 0, credits: null },
    });
  });

  it("reads the error string of a failed run, with no code", () => {
    expect(normalizeBrowserUseV4Task(runFailed)).toMatchObject({
      status: "failed",
      success: false,
      error: { message: "Login failed: the portal asked for a one-time code the agent does not have", code: null },
    });
  });

  it("maps 'cancelled' to stopped, a terminal status without success", () => {
    expect(normalizeBrowserUseV4Task(runCancelled)).toMatchObject({
      status: "stopped",
      providerStatus: "cancelled",
      isTerminal: true,
      success: null,
    });
  });

  it("normalizes a bare RunSummary (an item of GET /runs) with no steps, plain-text result and no structured output", () => {
    const task = normalizeBrowserUseV4Task(runItemCompleted);
    expect(task).toMatchObject({
      id: "6b7c8d9e-0f1a-4b2c-9d3e-f4a5b6c7d806",
      status: "completed",
      output: "- Free tier up to 3 projects\n- Pro at $12/month\n- Enterprise on request",
      structuredOutput: null,
      steps: [],
      cost: { usd: 0.0024, credits: null },
      createdAt: "2026-11-29T08:00:00.000Z",
      updatedAt: "2026-11-29T08:01:05.000Z",
    });
    expect(task.raw).toBe(runItemCompleted);
  });

  it("does not read events from a bare RunSummary, even if it carried some", () => {
    const task = normalizeBrowserUseV4Task({ ...runItemCompleted, events: runRunningWithEvents.events });
    expect([task.steps, task.liveUrl]).toEqual([[], null]);
  });

  it("takes the live view from the last event that carries one", () => {
    const [, ready] = runRunningWithEvents.events;
    const reattached = {
      ...ready,
      id: 9,
      type: "browser.attached",
      data: { live_view_url: "https://live.browser-use.com/?wss=second" },
    };
    const task = normalizeBrowserUseV4Task({
      ...runRunningWithEvents,
      events: [reattached, ...runRunningWithEvents.events],
    });
    expect(task.liveUrl).toBe("https://live.browser-use.com/?wss=second");
    expect(task.steps.map(({ index }) => index)).toEqual([1, 2, 3, 9]);
  });

  it("keeps events without an integer id after the others, in the order they came, and skips holes", () => {
    // biome-ignore lint/suspicious/noSparseArray: the point of the test
    const events = [{ type: "b", id: "x" }, { type: "c", id: 2 }, , { type: "a", id: 1 }, { type: "d" }];
    const task = normalizeBrowserUseV4Task({ run: runQueued.run, events });
    expect(task.steps.map(({ index, goal }) => [index, goal])).toEqual([
      [1, "a"],
      [2, "c"],
      [3, "b"],
      [4, "d"],
    ]);
  });

  it("gives empty values when optional fields have the wrong type", () => {
    const malformed = {
      run: { ...runCompletedWithJsonResult.run, result: { title: "x" }, error: 42, totalCostUsd: "$0.13", task: null },
      events: { 1: runCompletedWithJsonResult.events[0] },
    };
    expect(normalizeBrowserUseV4Task(malformed)).toMatchObject({
      output: null,
      structuredOutput: null,
      error: null,
      cost: null,
      instructions: null,
      steps: [],
      liveUrl: null,
    });
  });

  it("throws a NormalizeError at run when the wrapper holds no run object, keeping the raw task", () => {
    const raw = { run: null, events: [] };
    const error = thrownBy(() => normalizeBrowserUseV4Task(raw), NormalizeError);
    expect(error.message).toBe('normalizeTask("browser-use-v4"): run: expected the task object, got null');
    expect([error.path, error.raw]).toEqual(["run", raw]);
  });

  it("throws a NormalizeError at run.id when the run has no id, keeping the whole raw task", () => {
    const { id: _id, ...run } = runQueued.run;
    const raw = { run, events: [] };
    const error = thrownBy(() => normalizeBrowserUseV4Task(raw), NormalizeError);
    expect(error.message).toBe(
      'normalizeTask("browser-use-v4"): run.id: expected a non-empty string id, it is missing',
    );
    expect(error.path).toBe("run.id");
    expect(error.raw).toBe(raw);
  });
});

describe("mapBrowserUseV4Event", () => {
  it("names the step by the event type and a one-line summary of its data, indexed by the event id", () => {
    expect(
      mapBrowserUseV4Event(
        {
          runId: "r",
          id: 12,
          ts: "2026-11-30T10:00:00+01:00",
          type: "tool.call",
          data: { tool: "type", text: "hello\n  world", args: { submit: true }, empty: "", none: null },
        },
        3,
      ),
    ).toMatchObject({
      index: 12,
      goal: 'tool.call: tool: type, text: hello world, args: {"submit":true}, none: null',
      timestamp: "2026-11-30T09:00:00.000Z",
    });
  });

  it("uses the position when the event has no integer id, and the type alone when data is empty", () => {
    expect(mapBrowserUseV4Event({ type: "run.started", data: {} }, 4)).toMatchObject({ index: 4, goal: "run.started" });
    expect(mapBrowserUseV4Event({ data: { message: "hi" } }, 1)).toMatchObject({ goal: "message: hi" });
    expect(mapBrowserUseV4Event("not an event", 2)).toMatchObject({ index: 2, goal: null, raw: "not an event" });
  });
});

describe("summarizeBrowserUseV4EventData", () => {
  it("cuts a long summary at 200 characters, ending with an ellipsis", () => {
    const summary = summarizeBrowserUseV4EventData({ text: "x".repeat(500) });
    expect(summary).toHaveLength(200);
    expect(summary?.endsWith("x…")).toBe(true);
  });

  it("gives null for data with nothing to show", () => {
    expect(summarizeBrowserUseV4EventData({})).toBeNull();
    expect(summarizeBrowserUseV4EventData({ a: " ", b: undefined })).toBeNull();
    expect(summarizeBrowserUseV4EventData(["a"])).toBeNull();
  });
});

describe("browserUseV4TaskMapper.changeKey", () => {
  const { changeKey } = browserUseV4TaskMapper;

  it("keys on the run's id and status, how many events were read and the highest event id", () => {
    const base = changeKey(runRunningWithEvents);
    expect(base).not.toBeNull();
    // Anything else on the run may change without a new key.
    expect(changeKey({ ...runRunningWithEvents, run: { ...runRunningWithEvents.run, totalCostUsd: "1" } })).toBe(base);
    expect(changeKey({ ...runRunningWithEvents, run: { ...runRunningWithEvents.run, status: "completed" } })).not.toBe(
      base,
    );
    const [first, second, third] = runRunningWithEvents.events;
    expect(changeKey({ ...runRunningWithEvents, events: [first, second] })).not.toBe(base);
    expect(changeKey({ ...runRunningWithEvents, events: [first, second, { ...third, id: 4 }] })).not.toBe(base);
  });

  it("keys a bare run without events, and refuses a wrapper without a run object", () => {
    expect(changeKey(runItemCompleted)).toBe(changeKey({ run: runItemCompleted, events: [] }));
    expect(changeKey({ run: null, events: [] })).toBeNull();
    expect(changeKey({ run: { status: "running" }, events: [] })).toBeNull();
  });
});
