/**
 * The cases the page runs, each against its own slice of the mock API. To add one, append an object:
 * what the mock answers (`replies`), whose auth header its CORS allows (`provider`), and `run`, which
 * uses the built packages the way an app would and asserts. Cases run side by side, so each asserts only
 * on its own requests (`context.hits()`).
 */
import { browserUseSpec, createBrowserUseClient, createBrowserUseTaskFetcher } from "@agent-tasks/browser-use";
import { browserUseV1Spec, createBrowserUseV1Client, createBrowserUseV1TaskFetcher } from "@agent-tasks/browser-use/v1";
import {
  NotFoundError as BrowserActNotFoundError,
  browseractSpec,
  createBrowserActClient,
  createBrowserActTaskFetcher,
} from "@agent-tasks/browseract";
import { securityHeaderName, securityHeaderValue } from "@agent-tasks/core/internal";
import { createDariClient, createDariTaskFetcher, dariSpec } from "@agent-tasks/dari";
import {
  AgentTasksError,
  ApiConnectionError,
  ApiError,
  ApiTimeoutError,
  createHyperbrowserClient,
  createHyperbrowserTaskFetcher,
  hyperbrowserSpec,
  InvalidPathParameterError,
  InvalidResponseError,
  MissingApiKeyError,
  NotFoundError,
  RedirectError,
  UserAbortError,
  unwrap,
} from "@agent-tasks/hyperbrowser";
import {
  type AgentTask,
  type AgentTaskSource,
  type AgentTaskStatus,
  getTask,
  waitForTask,
} from "@agent-tasks/normalize";
import * as browserUseFixtures from "../../packages/normalize/src/providers/__fixtures__/browser-use/index.js";
import * as browserUseV1Fixtures from "../../packages/normalize/src/providers/__fixtures__/browser-use-v1/index.js";
import * as browseractFixtures from "../../packages/normalize/src/providers/__fixtures__/browseract/index.js";
import * as dariFixtures from "../../packages/normalize/src/providers/__fixtures__/dari/index.js";
import * as hyperbrowserFixtures from "../../packages/normalize/src/providers/__fixtures__/hyperbrowser/index.js";
import { thrownBy } from "../../packages/test-support/src/thrown-by.js";
import { getTaskRequestPath, type ProviderEntry, providers } from "../providers.js";
import type { BrowserCase, CaseContext, MockHit } from "./case-types.js";
import { expectEqual, expectInstanceOf, expectTrue } from "./expect.js";

/** The key every client in the page gets; long enough to be redacted wherever a response echoes it. */
export const API_KEY = "sk-browser-harness-7Qp2Vx9LmT4c";

// The spec's own 200 example where the spec has one (Browser Use v2, v1, Dari), else a fixture.
const hyperbrowserTask = hyperbrowserFixtures.taskCompletedWithJsonOutput;
const browserUseTask = browserUseFixtures.specExampleTask;
const browserUseV1Task = browserUseV1Fixtures.specExampleTask;
const dariTask = dariFixtures.specExampleTask;
const browseractTask = browseractFixtures.taskFinishedWithJsonOutput;

const HTTP_ERROR_IN_CONSOLE = /Failed to load resource: the server responded with a status of \d+/;
const AUTH_HEADERS = ["authorization", "x-api-key", "x-browser-use-api-key"];

/** The case's requests other than CORS preflights, on the API's origin. */
async function apiRequests(context: CaseContext): Promise<MockHit[]> {
  return (await context.hits()).filter((hit) => hit.origin === "api-origin" && hit.method !== "OPTIONS");
}

/**
 * Exactly one GET arrived, at `path`, carrying the key in `header` as `value` and no other credential,
 * after a preflight that asked for that header alone (and that the mock, allowing only it, let through).
 */
async function expectOneAuthenticatedGet(context: CaseContext, path: string, header: string, value: string) {
  const hits = await context.hits();
  const gets = hits.filter((hit) => hit.method === "GET");
  expectEqual("requests", gets.length, 1);
  const [get] = gets as [MockHit];
  expectEqual("path", get.path, path);
  expectEqual(`${header} header`, get.headers[header], value);
  for (const other of AUTH_HEADERS.filter((name) => name !== header)) {
    expectEqual(`${other} header`, get.headers[other], undefined);
  }
  const preflights = hits.filter((hit) => hit.method === "OPTIONS");
  expectEqual("preflights", preflights.length, 1);
  expectEqual("preflight refused", preflights[0]?.refused, undefined);
  expectEqual("preflight asked for", preflights[0]?.headers["access-control-request-headers"], header);
}

function expectTask(task: AgentTask, expected: { id: string; status: AgentTaskStatus; success: boolean | null }) {
  expectEqual("id", task.id, expected.id);
  expectEqual("status", task.status, expected.status);
  expectEqual("success", task.success, expected.success);
}

/** Asserts that the case's second GET came `minMs` to `maxMs` after its first; returns the detail line. */
async function expectRetryAfter(context: CaseContext, minMs: number, maxMs: number): Promise<string> {
  const [first, second] = await apiRequests(context);
  if (first === undefined || second === undefined) throw new Error("expected two requests");
  const gap = Math.round(second.atMs - first.atMs);
  expectTrue(`retried after ${minMs}-${maxMs} ms`, gap >= minMs && gap < maxMs, gap);
  return `retried after ${gap} ms`;
}

/** What `promise` rejects with, and how long that took, in milliseconds. */
async function timedRejection(
  context: CaseContext,
  promise: Promise<unknown>,
): Promise<{ error: unknown; ms: number }> {
  const startedAt = performance.now();
  const error = await context.rejectionOf(promise);
  return { error, ms: Math.round(performance.now() - startedAt) };
}

const ATTEMPT_TIMEOUT_MS = 300;

/** Asserts that `error` ended one attempt of `ATTEMPT_TIMEOUT_MS` after about that long; returns the detail line. */
function expectAttemptTimedOut(error: unknown, ms: number): string {
  expectInstanceOf(error, ApiTimeoutError);
  expectTrue("instanceof ApiConnectionError", error instanceof ApiConnectionError);
  expectEqual("timeoutMs", error.timeoutMs, ATTEMPT_TIMEOUT_MS);
  expectEqual("status", error.status, null);
  expectTrue(`gave up after ${ATTEMPT_TIMEOUT_MS}-2000 ms`, ms >= ATTEMPT_TIMEOUT_MS && ms < 2_000, ms);
  return `${error.message} (${ms} ms)`;
}

/**
 * Asserts the safe end of a redirect in a browser: `redirect: "manual"` comes back as an opaque redirect (status 0,
 * no Location), which the client refuses with `RedirectError`; one request, and none reached the other origin.
 */
async function expectRedirectRefused(context: CaseContext, error: unknown): Promise<string> {
  const hits = await context.hits();
  expectEqual("requests to the other origin", hits.filter((hit) => hit.origin === "other-origin").length, 0);
  expectInstanceOf(error, RedirectError);
  expectEqual("status", error.status, 0);
  expectEqual("requests to the API", (await apiRequests(context)).length, 1);
  return error.message;
}

/** The task the page reads for a provider: the spec's own 200 example where the spec has one, else its first fixture. */
function pageTask(entry: ProviderEntry<AgentTaskSource>): unknown {
  const fixtures: Readonly<Record<string, unknown>> = entry.fixtures;
  return fixtures.specExampleTask ?? Object.values(fixtures)[0];
}

/**
 * One case per registry provider: the page reads the task with the provider's client and task fetcher and
 * normalizes it (`getTask`), as an app would; it must arrive at the spec's path, with the spec's credential header
 * alone, and come out as the workspace's mapper makes it in Node (17-digit ids included: only strings survive).
 */
function providerFetchCase(entry: ProviderEntry<AgentTaskSource>): BrowserCase {
  const rawTask = pageTask(entry);
  const ref = entry.refOf(rawTask);
  const expected = entry.mapper.fn(rawTask);
  const { security } = entry.spec;
  const header = securityHeaderName(security);
  return {
    name: `${entry.id}: getTask through the task fetcher, ${security.type === "apiKey" ? header : "Authorization: Bearer"}`,
    provider: entry.id,
    replies: [{ json: rawTask }],
    run: async (context) => {
      const client = entry.clientFactory.fn(context.clientOptions(entry.spec.serverUrl));
      const task = await getTask(entry.taskFetcherFactory.fn(client), ref);
      expectTask(task, { id: expected.id, status: expected.status, success: expected.success });
      const path = getTaskRequestPath(entry, ref);
      await expectOneAuthenticatedGet(
        context,
        path,
        header.toLowerCase(),
        securityHeaderValue(security, context.apiKey),
      );
      return `${task.providerStatus} -> ${task.status}`;
    },
  };
}

const dariRef = { orgId: "my-org", endpointName: "contact_form", jobId: dariTask.job_id };

export const browserCases: BrowserCase[] = [
  ...providers.map(providerFetchCase),
  {
    name: "client with openapi-fetch middleware (a real Request is sent): 503 then 200",
    provider: "browseract",
    replies: [{ status: 503, json: { code: 503, msg: "busy" } }, { json: browseractTask }],
    expectedConsoleErrors: [HTTP_ERROR_IN_CONSOLE],
    run: async (context) => {
      const client = createBrowserActClient(context.clientOptions(browseractSpec.serverUrl));
      const statuses: number[] = [];
      client.use({ onResponse: ({ response }) => void statuses.push(response.status) });
      const raw = await createBrowserActTaskFetcher(client).fetchTask(browseractTask.id);
      expectEqual("id", raw.id, browseractTask.id);
      // Middleware runs once per call, outside the retries.
      expectEqual("statuses middleware saw", statuses, [200]);
      const requests = await apiRequests(context);
      expectEqual("requests", requests.length, 2);
      for (const request of requests)
        expectEqual("authorization", request.headers.authorization, `Bearer ${context.apiKey}`);
      return "2 requests, both authenticated";
    },
  },
  {
    name: "fetch option given as window.fetch, unbound: no 'Illegal invocation'",
    provider: "dari",
    replies: [{ json: dariTask }],
    run: async (context) => {
      // Browsers throw "Illegal invocation" when their fetch is called as a method of another object.
      const client = createDariClient({ ...context.clientOptions(dariSpec.serverUrl), fetch: window.fetch });
      const task = await getTask(createDariTaskFetcher(client), dariRef);
      expectEqual("id", task.id, dariTask.job_id);
      expectEqual("requests", (await apiRequests(context)).length, 1);
      return `${task.providerStatus} -> ${task.status}`;
    },
  },
  {
    name: "no apiKey in a browser: MissingApiKeyError (no process.env to read)",
    provider: "dari",
    replies: [],
    run: async (context) => {
      const { baseUrl } = context.clientOptions(dariSpec.serverUrl);
      const error = thrownBy(() => createDariClient({ baseUrl }), MissingApiKeyError);
      expectEqual("envVar", error.envVar, "DARI_API_KEY");
      expectEqual("requests", (await context.hits()).length, 0);
      return error.message;
    },
  },
  {
    name: "waitForTask polls pending -> running -> completed",
    provider: "hyperbrowser",
    replies: [
      { json: { ...hyperbrowserTask, status: "pending" } },
      { json: { ...hyperbrowserTask, status: "running" } },
      { json: hyperbrowserTask },
    ],
    run: async (context) => {
      const fetcher = createHyperbrowserTaskFetcher(
        createHyperbrowserClient(context.clientOptions(hyperbrowserSpec.serverUrl)),
      );
      const seen: string[] = [];
      const task = await waitForTask(fetcher, hyperbrowserTask.jobId, {
        intervalMs: 30,
        maxIntervalMs: 30,
        timeoutMs: 5_000,
        onUpdate: (update) => seen.push(update.status),
      });
      expectTask(task, { id: hyperbrowserTask.jobId, status: "completed", success: true });
      expectEqual("onUpdate statuses", seen, ["pending", "running", "completed"]);
      expectEqual("polls", (await apiRequests(context)).length, 3);
      return seen.join(" -> ");
    },
  },
  {
    name: "503 then 200 is retried after the default backoff",
    provider: "browser-use",
    replies: [{ status: 503, json: { detail: "Service Unavailable" } }, { json: browserUseTask }],
    expectedConsoleErrors: [HTTP_ERROR_IN_CONSOLE],
    run: async (context) => {
      const client = createBrowserUseClient(context.clientOptions(browserUseSpec.serverUrl));
      const task = await getTask(createBrowserUseTaskFetcher(client), browserUseTask.id);
      expectEqual("id", task.id, browserUseTask.id);
      // The first backoff is 500 ms less up to a quarter of jitter.
      return expectRetryAfter(context, 375, 2_000);
    },
  },
  {
    name: "connection closed without an answer, then 200: retried",
    provider: "browser-use-v1",
    replies: [{ drop: true }, { json: browserUseV1Task }],
    expectedConsoleErrors: [/net::ERR_EMPTY_RESPONSE/],
    run: async (context) => {
      const retries: string[] = [];
      const client = createBrowserUseV1Client({
        ...context.clientOptions(browserUseV1Spec.serverUrl),
        onRequestEvent: (event) => void (event.type === "retry" && retries.push(event.reason)),
      });
      const task = await getTask(createBrowserUseV1TaskFetcher(client), browserUseV1Task.id);
      expectEqual("id", task.id, browserUseV1Task.id);
      expectEqual("retry reasons", retries, ["ApiConnectionError"]);
      expectEqual("requests", (await apiRequests(context)).length, 2);
      return `retried after ${retries.join(", ")}`;
    },
  },
  {
    name: "404 rejects through unwrap with NotFoundError, requestId from x-request-id",
    provider: "hyperbrowser",
    replies: [
      {
        status: 404,
        json: { message: `No task with that id for key ${API_KEY}` },
        headers: { "x-request-id": "req-404-7f3a" },
      },
    ],
    expectedConsoleErrors: [HTTP_ERROR_IN_CONSOLE],
    run: async (context) => {
      const client = createHyperbrowserClient(context.clientOptions(hyperbrowserSpec.serverUrl));
      const error = await context.rejectionOf(
        unwrap(client.GET("/api/task/hyper-agent/{id}", { params: { path: { id: "job-404" } } })),
      );
      expectInstanceOf(error, NotFoundError);
      expectTrue(
        "instanceof ApiError and AgentTasksError",
        error instanceof ApiError && error instanceof AgentTasksError,
      );
      // One copy of core in the bundle: the class another provider package exports is the same one.
      expectTrue("instanceof @agent-tasks/browseract's NotFoundError", error instanceof BrowserActNotFoundError);
      expectEqual("name", error.name, "NotFoundError");
      expectEqual("status", error.status, 404);
      expectEqual("requestId", error.requestId, "req-404-7f3a");
      expectEqual("provider", error.provider, "hyperbrowser");
      const expectedEnd =
        "/api/task/hyper-agent/job-404 failed with HTTP 404 Not Found: No task with that id for key [redacted] (request id req-404-7f3a)";
      expectTrue("message, key redacted", error.message.endsWith(expectedEnd), error.message);
      expectEqual("requests (404 is not retried)", (await apiRequests(context)).length, 1);
      return error.message;
    },
  },
  {
    name: "429 with Retry-After: 1 waits a second before the retry",
    provider: "dari",
    replies: [
      { status: 429, json: { detail: "Too many requests" }, headers: { "retry-after": "1" } },
      { json: dariTask },
    ],
    expectedConsoleErrors: [HTTP_ERROR_IN_CONSOLE],
    run: async (context) => {
      const client = createDariClient(context.clientOptions(dariSpec.serverUrl));
      const task = await getTask(createDariTaskFetcher(client), dariRef);
      expectEqual("id", task.id, dariTask.job_id);
      // Without Retry-After (or with it hidden by CORS) the first backoff is at most 500 ms.
      return expectRetryAfter(context, 1_000, 2_500);
    },
  },
  {
    name: "per-request timeoutMs against a hanging endpoint: ApiTimeoutError",
    provider: "browseract",
    replies: [{ hang: "before-headers" }],
    run: async (context) => {
      const client = createBrowserActClient(context.clientOptions(browseractSpec.serverUrl));
      const query = { task_id: browseractTask.id };
      const call = client.GET("/v2/workflow/get-task", {
        params: { query },
        timeoutMs: ATTEMPT_TIMEOUT_MS,
        maxRetries: 0,
      });
      const { error, ms } = await timedRejection(context, unwrap(call));
      expectEqual("requests", (await apiRequests(context)).length, 1);
      return expectAttemptTimedOut(error, ms);
    },
  },
  {
    name: "AbortController abort: UserAbortError with the signal's reason",
    provider: "browser-use-v1",
    replies: [{ hang: "before-headers" }],
    run: async (context) => {
      const client = createBrowserUseV1Client(context.clientOptions(browserUseV1Spec.serverUrl));
      const controller = new AbortController();
      const reason = new Error("user left the page");
      setTimeout(() => controller.abort(reason), 100);
      const fetcher = createBrowserUseV1TaskFetcher(client);
      const { error, ms } = await timedRejection(
        context,
        getTask(fetcher, "task-abort", { signal: controller.signal }),
      );
      expectInstanceOf(error, UserAbortError);
      expectTrue("cause is the abort reason", error.cause === reason, error.cause);
      expectTrue("stopped after the abort (90-2000 ms)", ms >= 90 && ms < 2_000, ms);
      return `${error.message} (${ms} ms)`;
    },
  },
  {
    name: "timeoutMs while the body is still arriving: ApiTimeoutError",
    provider: "hyperbrowser",
    replies: [{ hang: "during-body" }],
    run: async (context) => {
      const client = createHyperbrowserClient(context.clientOptions(hyperbrowserSpec.serverUrl));
      const call = client.GET("/api/task/hyper-agent/{id}", {
        params: { path: { id: "job-slow-body" } },
        timeoutMs: ATTEMPT_TIMEOUT_MS,
        maxRetries: 0,
      });
      const { error, ms } = await timedRejection(context, unwrap(call));
      return expectAttemptTimedOut(error, ms);
    },
  },
  {
    name: "2xx HTML body: InvalidResponseError",
    provider: "hyperbrowser",
    replies: [{ text: "<!doctype html><html><body>Welcome to nginx!</body></html>", contentType: "text/html" }],
    run: async (context) => {
      const client = createHyperbrowserClient(context.clientOptions(hyperbrowserSpec.serverUrl));
      const error = await context.rejectionOf(getTask(createHyperbrowserTaskFetcher(client), "job-html"));
      expectInstanceOf(error, InvalidResponseError);
      expectEqual("status", error.status, 200);
      expectTrue("message names the content type", error.message.includes("a text/html body"), error.message);
      expectEqual("requests", (await apiRequests(context)).length, 1);
      return error.message;
    },
  },
  {
    name: "cross-origin redirect (x-api-key): rejected, key never reaches the other origin",
    provider: "hyperbrowser",
    replies: [{ redirectTo: "other-origin", status: 302 }],
    run: async (context) => {
      const client = createHyperbrowserClient(context.clientOptions(hyperbrowserSpec.serverUrl));
      const error = await context.rejectionOf(getTask(createHyperbrowserTaskFetcher(client), "job-moved"));
      return expectRedirectRefused(context, error);
    },
  },
  {
    name: "cross-origin redirect (Bearer): rejected, key never reaches the other origin",
    provider: "browseract",
    replies: [{ redirectTo: "other-origin", status: 307 }],
    run: async (context) => {
      const client = createBrowserActClient(context.clientOptions(browseractSpec.serverUrl));
      const error = await context.rejectionOf(createBrowserActTaskFetcher(client).fetchTask(browseractTask.id));
      return expectRedirectRefused(context, error);
    },
  },
  {
    name: "same-origin redirect is not followed in a browser either: RedirectError",
    provider: "hyperbrowser",
    replies: [{ redirectTo: "api-origin", status: 301 }, { json: hyperbrowserTask }],
    run: async (context) => {
      const client = createHyperbrowserClient(context.clientOptions(hyperbrowserSpec.serverUrl));
      const error = await context.rejectionOf(getTask(createHyperbrowserTaskFetcher(client), hyperbrowserTask.jobId));
      return expectRedirectRefused(context, error);
    },
  },
  {
    name: "path parameter '..' (and '%2E%2E') is rejected before any request",
    provider: "browser-use",
    replies: [{ json: browserUseTask }],
    run: async (context) => {
      const fetcher = createBrowserUseTaskFetcher(
        createBrowserUseClient(context.clientOptions(browserUseSpec.serverUrl)),
      );
      for (const taskId of ["..", "%2E%2E"]) {
        const error = await context.rejectionOf(getTask(fetcher, taskId));
        expectInstanceOf(error, InvalidPathParameterError);
        expectEqual("parameter", error.parameter, "task_id");
      }
      expectEqual("requests, preflights included", (await context.hits()).length, 0);
      return "InvalidPathParameterError, nothing sent";
    },
  },
];
