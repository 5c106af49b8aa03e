import { ConcurrencyLimitError, InvalidTaskRefError, optionalTaskOperations, RateLimitError } from "@agent-tasks/core";
import { onlyCall, rejectionOf, useMockApi } from "@agent-tasks/test-support";
import { HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { type BrowserActTaskListItem, createBrowserActAdapter } from "./create-browseract-adapter.js";
import { createBrowserActClient } from "./create-browseract-client.js";
import type { BrowserActTask } from "./task-types.js";

const KEY = "ba-adapter-key-2d9f";
const API = "https://api.browseract.com";
// BrowserAct ids are 17-digit strings: more digits than a JavaScript number holds exactly.
const TASK_ID = "81234567890123457";
const WORKFLOW_ID = "71234567890123456";

const task = {
  id: TASK_ID,
  workflow_id: WORKFLOW_ID,
  status: "finished",
  created_at: "2025-06-01T08:00:00Z",
  finished_at: "2025-06-01T08:03:10Z",
  steps: [],
} satisfies BrowserActTask;

const api = useMockApi();

function createAdapter() {
  return createBrowserActAdapter(createBrowserActClient({ apiKey: KEY, maxRetries: 0 }));
}

function listItem(n: number): BrowserActTaskListItem {
  return {
    id: `8123456789012${String(n).padStart(4, "0")}`,
    status: "finished",
    created_at: "2025-06-01T08:00:00Z",
    workflow_id: WORKFLOW_ID,
  };
}

/** Serves list-tasks from `all`, paged by page/limit as BrowserAct pages (total_pages, total_count). */
function serveTaskList(all: BrowserActTaskListItem[]) {
  api.routes({
    [`GET ${API}/v2/workflow/list-tasks`]: ({ request }) => {
      const query = new URL(request.url).searchParams;
      const limit = Number(query.get("limit") ?? 20);
      const page = Number(query.get("page") ?? 1);
      const items = all.slice((page - 1) * limit, page * limit);
      return HttpResponse.json({
        page,
        limit,
        items,
        total_pages: Math.ceil(all.length / limit),
        total_count: all.length,
      });
    },
  });
}

describe("createBrowserActAdapter", () => {
  it("has source 'browseract' and exactly status, stop, resume and list of the optional operations", () => {
    const adapter = createAdapter();

    expect(adapter.source).toBe("browseract");
    expect(optionalTaskOperations.filter((name) => name in adapter)).toEqual(["status", "stop", "resume", "list"]);
    expect("withOutputSchema" in adapter || "withClientKey" in adapter).toBe(false);
  });

  it("start: POST /v2/workflow/run-task with the RunWorkflowTaskRequest as given and a Bearer key; resolves the id", async () => {
    const response = { id: TASK_ID, profile_id: "profile_abc123" };
    api.routes({ [`POST ${API}/v2/workflow/run-task`]: () => HttpResponse.json(response) });
    const input = {
      workflow_id: WORKFLOW_ID,
      input_parameters: [{ name: "keyword", value: "laptops" }],
      save_browser_data: true,
    };

    const started = await createAdapter().start(input);

    expect(started).toEqual({ ref: TASK_ID, response });
    const call = await onlyCall(api);
    expect(call.method).toBe("POST");
    expect(call.url.href).toBe(`${API}/v2/workflow/run-task`);
    expect(JSON.parse(call.body ?? "")).toEqual(input);
    expect(call.headers.get("authorization")).toBe(`Bearer ${KEY}`);
  });

  it("get (= fetchTask): GET /v2/workflow/get-task?task_id=", async () => {
    api.routes({ [`GET ${API}/v2/workflow/get-task`]: () => HttpResponse.json(task) });
    const adapter = createAdapter();

    expect(await adapter.get(TASK_ID)).toEqual(task);
    expect(adapter.fetchTask).toBe(adapter.get);
    const call = await onlyCall(api);
    expect(call.method).toBe("GET");
    expect(call.url.href).toBe(`${API}/v2/workflow/get-task?task_id=${TASK_ID}`);
    expect(call.headers.get("authorization")).toBe(`Bearer ${KEY}`);
  });

  it("status: GET /v2/workflow/get-task-status?task_id=, resolving the raw status string", async () => {
    api.routes({ [`GET ${API}/v2/workflow/get-task-status`]: () => HttpResponse.json({ status: "paused" }) });

    expect(await createAdapter().status(TASK_ID)).toBe("paused");
    const call = await onlyCall(api);
    expect(call.method).toBe("GET");
    expect(call.url.href).toBe(`${API}/v2/workflow/get-task-status?task_id=${TASK_ID}`);
    expect(call.headers.get("authorization")).toBe(`Bearer ${KEY}`);
  });

  it("stop: PUT /v2/workflow/stop-task?task_id= with no body, accepting the empty 200", async () => {
    api.routes({ [`PUT ${API}/v2/workflow/stop-task`]: () => new HttpResponse(null, { status: 200 }) });

    await expect(createAdapter().stop(TASK_ID)).resolves.toBeUndefined();
    const call = await onlyCall(api);
    expect(call.method).toBe("PUT");
    expect(call.url.href).toBe(`${API}/v2/workflow/stop-task?task_id=${TASK_ID}`);
    expect(call.body).toBeNull();
    expect(call.headers.get("authorization")).toBe(`Bearer ${KEY}`);
  });

  it("resume: PUT /v2/workflow/resume-task?task_id= with no body, accepting the empty 200", async () => {
    api.routes({ [`PUT ${API}/v2/workflow/resume-task`]: () => new HttpResponse(null, { status: 200 }) });

    await expect(createAdapter().resume(TASK_ID)).resolves.toBeUndefined();
    const call = await onlyCall(api);
    expect(call.method).toBe("PUT");
    expect(call.url.href).toBe(`${API}/v2/workflow/resume-task?task_id=${TASK_ID}`);
    expect(call.body).toBeNull();
    expect(call.headers.get("authorization")).toBe(`Bearer ${KEY}`);
  });

  it("list: GET /v2/workflow/list-tasks through three pages, each fetched only when iterated", async () => {
    serveTaskList([1, 2, 3, 4, 5].map(listItem));
    const pages = createAdapter().list({ limit: 2, status: "finished" })[Symbol.asyncIterator]();

    expect(api.calls).toHaveLength(0);
    const first = await pages.next();
    expect(api.calls).toHaveLength(1);
    const second = await pages.next();
    expect(api.calls).toHaveLength(2);
    const third = await pages.next();
    const end = await pages.next();

    expect(
      [first, second, third].map((result) => result.value?.items.map((item: BrowserActTaskListItem) => item.id)),
    ).toEqual([[listItem(1).id, listItem(2).id], [listItem(3).id, listItem(4).id], [listItem(5).id]]);
    expect(third.value?.page).toMatchObject({ page: 3, total_pages: 3, total_count: 5 });
    expect(end.done).toBe(true);
    expect(api.calls.map((call) => call.url.href)).toEqual([
      `${API}/v2/workflow/list-tasks?limit=2&status=finished&page=1`,
      `${API}/v2/workflow/list-tasks?limit=2&status=finished&page=2`,
      `${API}/v2/workflow/list-tasks?limit=2&status=finished&page=3`,
    ]);
    expect(
      api.calls.every((call) => call.method === "GET" && call.headers.get("authorization") === `Bearer ${KEY}`),
    ).toBe(true);
  });

  it("list: an empty list is one request and one empty page", async () => {
    serveTaskList([]);

    const pages = [];
    for await (const page of createAdapter().list()) pages.push(page.items);

    expect(pages).toEqual([[]]);
    expect(api.calls.map((call) => call.url.search)).toEqual(["?limit=100&page=1"]);
  });

  it("list: a page shorter than the limit is the last, even when total_pages says more", async () => {
    api.routes({
      [`GET ${API}/v2/workflow/list-tasks`]: () =>
        HttpResponse.json({ page: 1, limit: 3, items: [listItem(1), listItem(2)], total_pages: 4, total_count: 11 }),
    });

    const pages = [];
    for await (const page of createAdapter().list({ limit: 3 })) pages.push(page.items.length);

    expect(pages).toEqual([2]);
    expect(api.calls.map((call) => call.url.search)).toEqual(["?limit=3&page=1"]);
  });

  it("a 429 on start stays a RateLimitError: BrowserAct's spec declares no concurrency 429", async () => {
    api.routes({
      [`POST ${API}/v2/workflow/run-task`]: () =>
        HttpResponse.json({ code: 429, msg: "Too many requests", data: null }, { status: 429 }),
    });

    const error = await rejectionOf(createAdapter().start({ workflow_id: WORKFLOW_ID }));

    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).not.toBeInstanceOf(ConcurrencyLimitError);
    expect(api.calls).toHaveLength(1);
  });

  it("refuses a bad task id before sending anything", async () => {
    expect(await rejectionOf(createAdapter().resume(""))).toBeInstanceOf(InvalidTaskRefError);
    expect(api.calls).toHaveLength(0);
  });
});
