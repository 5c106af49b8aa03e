/**
 * The cases the page runs, each against its own simulated provider API (@agent-tasks/testing, over real HTTP on its
 * own port). To add one, append an object: whose client it uses (`provider`), which simulation serves it
 * (`simulation`), and `run`, which prepares the simulation through the context (start a task, script a fault), uses
 * the built packages the way an app would, and asserts. Cases run side by side; each sees only its own requests.
 */
import { browserUseSpec, createBrowserUseClient, createBrowserUseTaskFetcher } from "@agent-tasks/browser-use";
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
import {
  createWebhookHandler,
  type TaskWebhookEvent,
  verifyBrowserUseWebhook,
  verifySkyvernWebhook,
} from "@agent-tasks/webhooks";
import { thrownBy } from "../../packages/test-support/src/thrown-by.js";
import { getTaskRequestPath, type ProviderEntry, providers } from "../providers.js";
import { type BrowserCase, type CaseContext, DARI_PORTAL, type SeenRequest, type SimulatedApi } from "./case-types.js";
import { expectEqual, expectInstanceOf, expectTrue } from "./expect.js";

/** The key every client in the page gets; long enough to be redacted wherever a response echoes it. */
export const API_KEY = "sk-browser-harness-7Qp2Vx9LmT4c";

const HTTP_ERROR_IN_CONSOLE = /Failed to load resource: the server responded with a status of \d+/;
const AUTH_HEADERS = ["authorization", "x-api-key", "x-browser-use-api-key"];

/**
 * The simulation each registry provider's client talks to: its own. Browser Use v1 has none (@agent-tasks/testing
 * simulates Browser Use's v2 API), so its client talks to the simulation with the same credential header
 * (`Authorization: Bearer`, BrowserAct's), which answers the v1 path (unknown to it) with a scripted 200.
 */
const simulationOf: Record<AgentTaskSource, SimulatedApi> = {
  hyperbrowser: "hyperbrowser",
  "browser-use": "browser-use",
  "browser-use-v1": "browseract",
  dari: "dari",
  browseract: "browseract",
  "browser-use-v4": "browser-use-v4",
  skyvern: "skyvern",
};

/** The case's requests other than CORS preflights, on the API's origin. */
async function apiRequests(context: CaseContext): Promise<SeenRequest[]> {
  return (await context.requests()).filter(
    (request) => request.origin === "api-origin" && request.operation !== "preflight",
  );
}

/**
 * One GET arrived at each of `paths`, in that order, each carrying the key in `header` as `value` and no other
 * credential, and answered 200; and one preflight per path, from the page's origin, asking for GET with that header
 * alone (Chromium caches a preflight per URL).
 */
async function expectAuthenticatedGets(context: CaseContext, paths: string[], header: string, value: string) {
  const requests = await context.requests();
  const gets = requests.filter((request) => request.method === "GET");
  expectEqual(
    "GET paths",
    gets.map((get) => get.path),
    paths,
  );
  for (const get of gets) {
    expectEqual(`answer to ${get.path}`, get.status, 200);
    expectEqual(`${header} header`, get.headers[header], value);
    for (const other of AUTH_HEADERS.filter((name) => name !== header)) {
      expectEqual(`${other} header`, get.headers[other], undefined);
    }
  }
  const preflights = requests.filter((request) => request.operation === "preflight");
  expectEqual("preflights", preflights.length, paths.length);
  for (const preflight of preflights) {
    expectEqual("preflight from", preflight.headers.origin, window.location.origin);
    expectEqual("preflight asked for method", preflight.headers["access-control-request-method"], "GET");
    expectEqual("preflight asked for", preflight.headers["access-control-request-headers"], header);
  }
}

function expectTask(task: AgentTask, expected: { id: string; status: AgentTaskStatus; success: boolean | null }) {
  expectEqual("id", task.id, expected.id);
  expectEqual("status", task.status, expected.status);
  expectEqual("success", task.success, expected.success);
}

/** Asserts that the case's second request came `minMs` to `maxMs` after its first; returns the detail line. */
async function expectRetryAfter(context: CaseContext, minMs: number, maxMs: number): Promise<string> {
  const [first, second] = await apiRequests(context);
  if (first === undefined || second === undefined) throw new Error("expected two requests");
  const gap = Math.round(second.receivedAt - first.receivedAt);
  expectTrue(`retried after ${minMs}-${maxMs} ms`, gap >= minMs && gap < maxMs, gap);
  return `retried after ${gap} ms`;
}

/** Resolves once `condition` holds, checking every 20 ms (the case's time limit ends a wait that never does). */
async function until(condition: () => Promise<boolean>): Promise<void> {
  while (!(await condition())) await new Promise((resolve) => setTimeout(resolve, 20));
}

/**
 * What the promise `start` returns rejects with, and how long that took from before `start` ran, in milliseconds:
 * the clock starts before the request (and its timeout) does, so a timeout is never measured shorter than it is.
 */
async function timedRejection(
  context: CaseContext,
  start: () => Promise<unknown>,
): Promise<{ error: unknown; ms: number }> {
  const startedAt = performance.now();
  const error = await context.rejectionOf(start());
  return { error, ms: Math.round(performance.now() - startedAt) };
}

const ATTEMPT_TIMEOUT_MS = 300;

/**
 * How many "get task" requests the drop case's simulation drops. Chromium quietly sends a request again when a
 * reused keep-alive connection closes without an answer (the simulation keeps connections alive), so the first drop
 * never reaches the page; the second, on a fresh connection, does.
 */
const DROPS = 2;

/** Asserts that `error` ended one attempt of `ATTEMPT_TIMEOUT_MS` after about that long; returns the detail line. */
function expectAttemptTimedOut(error: unknown, ms: number): string {
  expectInstanceOf(error, ApiTimeoutError);
  expectTrue("instanceof ApiConnectionError", error instanceof ApiConnectionError);
  expectEqual("timeoutMs", error.timeoutMs, ATTEMPT_TIMEOUT_MS);
  expectEqual("status", error.status, null);
  expectTrue(`gave up after ${ATTEMPT_TIMEOUT_MS}-2000 ms`, ms >= ATTEMPT_TIMEOUT_MS && ms < 2_000, ms);
  return `${error.message} (${ms} ms)`;
}

/** Scripts the case's next "get task" answer as a redirect (`status`) to `location`. */
function redirectNextGet(context: CaseContext, status: number, location: string): Promise<void> {
  return context.injectFault({ operation: "get", fault: { kind: "status", status, headers: { location } } });
}

/**
 * Asserts the safe end of a redirect in a browser: `redirect: "manual"` comes back as an opaque redirect (status 0,
 * no Location), which the client refuses with `RedirectError`; one request, and nothing (not even a preflight)
 * reached the other origin, a simulation of the same API that would have accepted the key.
 */
async function expectRedirectRefused(context: CaseContext, error: unknown, redirectStatus: number): Promise<string> {
  const requests = await context.requests();
  const onOtherOrigin = requests.filter((request) => request.origin === "other-origin");
  expectEqual("requests to the other origin", onOtherOrigin.length, 0);
  expectInstanceOf(error, RedirectError);
  expectEqual("status", error.status, 0);
  const onApi = await apiRequests(context);
  expectEqual(
    "requests to the API, and their answers",
    onApi.map((request) => request.status),
    [redirectStatus],
  );
  return error.message;
}

/** The task the page reads for a provider without a simulation of its own: the spec's own 200 example, else its first fixture. */
function fixtureTask(entry: ProviderEntry<AgentTaskSource>): unknown {
  const fixtures: Readonly<Record<string, unknown>> = entry.fixtures;
  return fixtures.specExampleTask ?? Object.values(fixtures)[0];
}

/**
 * One case per registry provider: the page reads a task with the provider's client and task fetcher and normalizes
 * it (`getTask`), as an app would. The task is a real one of the provider's simulation, started through its start
 * route (for Browser Use v1, with no simulation of its own, a fixture answered by a scripted 200). It must arrive
 * at the spec's path (Browser Use v4: then the run's events feed), with the spec's credential header alone, and come out exactly as the mapper makes it from the
 * task the simulation holds (BrowserAct's 17-digit ids included: only strings survive).
 */
function providerFetchCase(entry: ProviderEntry<AgentTaskSource>): BrowserCase {
  const { security } = entry.spec;
  const header = securityHeaderName(security);
  const simulation = simulationOf[entry.id];
  return {
    name: `${entry.id}: getTask through the task fetcher, ${security.type === "apiKey" ? header : "Authorization: Bearer"}`,
    provider: entry.id,
    simulation,
    run: async (context) => {
      let rawTask: unknown;
      if (simulation === entry.id) {
        rawTask = (await context.startTask()).raw;
      } else {
        rawTask = fixtureTask(entry);
        await context.injectFault({ operation: "unknown", fault: { kind: "status", status: 200, body: rawTask } });
      }
      const ref = entry.refOf(rawTask);
      const client = entry.clientFactory.fn(context.clientOptions(entry.spec.serverUrl));
      const task = await getTask(entry.taskFetcherFactory.fn(client), ref);
      expectEqual("the AgentTask", task, entry.mapper.fn(rawTask));
      const path = getTaskRequestPath(entry, ref);
      await expectAuthenticatedGets(
        context,
        [path, ...(entry.getTask.readsAfter?.(path) ?? [])],
        header.toLowerCase(),
        securityHeaderValue(security, context.apiKey),
      );
      return `${task.providerStatus} -> ${task.status}`;
    },
  };
}

/** The ref of a Dari job the runner started. */
function dariRef(jobId: string) {
  return { ...DARI_PORTAL, jobId };
}

export const browserCases: BrowserCase[] = [
  ...providers.map(providerFetchCase),
  {
    name: "client with openapi-fetch middleware (a real Request is sent): 503 then 200",
    provider: "browseract",
    simulation: "browseract",
    expectedConsoleErrors: [HTTP_ERROR_IN_CONSOLE],
    run: async (context) => {
      const { id } = await context.startTask();
      const busy = { code: 503, msg: "busy" };
      await context.injectFault({ operation: "get", fault: { kind: "status", status: 503, body: busy } });
      const client = createBrowserActClient(context.clientOptions(browseractSpec.serverUrl));
      const statuses: number[] = [];
      client.use({ onResponse: ({ response }) => void statuses.push(response.status) });
      const raw = await createBrowserActTaskFetcher(client).fetchTask(id);
      expectEqual("id", raw.id, id);
      // Middleware runs once per call, outside the retries.
      expectEqual("statuses middleware saw", statuses, [200]);
      const requests = await apiRequests(context);
      expectEqual(
        "answers",
        requests.map((request) => request.status),
        [503, 200],
      );
      for (const request of requests)
        expectEqual("authorization", request.headers.authorization, `Bearer ${context.apiKey}`);
      return "2 requests, both authenticated";
    },
  },
  {
    name: "fetch option given as window.fetch, unbound: no 'Illegal invocation'",
    provider: "dari",
    simulation: "dari",
    run: async (context) => {
      const { id } = await context.startTask();
      // Browsers throw "Illegal invocation" when their fetch is called as a method of another object.
      const client = createDariClient({ ...context.clientOptions(dariSpec.serverUrl), fetch: window.fetch });
      const task = await getTask(createDariTaskFetcher(client), dariRef(id));
      expectEqual("id", task.id, id);
      expectEqual("requests", (await apiRequests(context)).length, 1);
      return `${task.providerStatus} -> ${task.status}`;
    },
  },
  {
    name: "no apiKey in a browser: MissingApiKeyError (no process.env to read)",
    provider: "dari",
    simulation: "dari",
    run: async (context) => {
      const { baseUrl } = context.clientOptions(dariSpec.serverUrl);
      const error = thrownBy(() => createDariClient({ baseUrl }), MissingApiKeyError);
      expectEqual("envVar", error.envVar, "DARI_API_KEY");
      expectEqual("requests", (await context.requests()).length, 0);
      return error.message;
    },
  },
  {
    name: "webhooks: WebCrypto verifies Browser Use and Dari deliveries in the page; tampered ones are refused",
    provider: "browser-use",
    simulation: "browser-use",
    run: async (context) => {
      // Vectors signed with node:crypto's createHmac outside the page, with non-ASCII text in the signed JSON.
      const browserUseBody = {
        type: "agent.task.status_update",
        timestamp: "2026-11-18T08:26:40Z",
        payload: {
          task_id: "task-page-1",
          session_id: "s-1",
          status: "stopped",
          metadata: { city: "Zürich", note: "日本" },
        },
      };
      const headers = {
        "x-browser-use-signature": "2ffc330a9b0eb79b7320da0413d8398043f75d202be2a2c869af2f79d869dc83",
        "x-browser-use-timestamp": "1795000000",
      };
      const options = { secret: ["whsec_old", "whsec_browser_page_9f2c"], now: 1_795_000_100_000 };
      const verified = await verifyBrowserUseWebhook({ headers, body: JSON.stringify(browserUseBody) }, options);
      expectEqual("verified", verified.ok && [verified.event.taskId, verified.event.status], [
        "task-page-1",
        "stopped",
      ]);
      const tampered = JSON.stringify(browserUseBody).replace("Zürich", "Zurich");
      const refused = await verifyBrowserUseWebhook({ headers, body: tampered }, options);
      expectEqual("tampered", !refused.ok && refused.reason, "bad-signature");
      const unsigned = await verifyBrowserUseWebhook({ headers: {}, body: tampered }, options);
      expectEqual("unsigned", !unsigned.ok && unsigned.reason, "missing-signature");

      const events: TaskWebhookEvent[] = [];
      const dari = createWebhookHandler({
        provider: "dari",
        secret: "dari_key_page",
        onEvent: (event) => events.push(event),
      });
      const dariBody =
        '{"job_id":"job-7","status":"completed","event_type":"completed","timestamp":"2026-11-18T08:26:40Z","result":{"name":"Zoë"}}';
      const post = (signature: string) =>
        dari(
          new Request("https://hooks.example.com/webhooks/dari", {
            method: "POST",
            headers: { "x-webhook-signature": signature },
            body: dariBody,
          }),
        );
      const accepted = await post("3c5c98ba8bdd2b9d93d3f64b03d426f7192c036e0789514ae351730eb4f73997");
      expectEqual("Dari answer", accepted.status, 204);
      expectEqual(
        "Dari event",
        events.map((event) => [event.source, event.taskId, event.status]),
        [["dari", "job-7", "completed"]],
      );
      const forged = await post("0".repeat(64));
      expectEqual("forged Dari answer", [forged.status, await forged.text()], [401, '{"error":"bad-signature"}']);
      expectEqual("events after the forged one", events.length, 1);
      expectEqual("requests", (await context.requests()).length, 0);
      return "Browser Use verified, tampered and unsigned refused; Dari handler 204, forged 401";
    },
  },
  {
    name: "webhooks: WebCrypto verifies a Skyvern delivery over its UTF-8 bytes in the page; tampered ones are refused",
    provider: "skyvern",
    simulation: "skyvern",
    run: async (context) => {
      // Signed outside the page by Skyvern's own `_normalize_json_dumps` + `generate_skyvern_signature`
      // (skyvern/forge/sdk/core/security.py, run in Python): compact JSON, `3.0` written `3`, non-ASCII as UTF-8.
      const body =
        '{"run_id":"tsk_v2_page_1","status":"completed","step_count":3,"output":{"city":"Zürich","note":"日本"},"finished_at":"2026-11-18T08:26:40.000000"}';
      const signature = "1f398b0e50ed236d8d014cfa76b96ec2be44aad241e636fe9f14bf20ee253485";
      const keys = ["sk-skyvern-old", "sk-skyvern-page-4b1d"];
      const headers = { "x-skyvern-signature": signature, "x-skyvern-timestamp": "1795000000" };
      const options = { secret: keys, now: 1_795_000_100_000 };
      const verified = await verifySkyvernWebhook({ headers, body }, options);
      // The page's zone is Asia/Kathmandu: Skyvern's offset-less finished_at must still be read as UTC.
      expectEqual(
        "verified",
        verified.ok && [verified.event.taskId, verified.event.status, verified.event.occurredAt],
        ["tsk_v2_page_1", "completed", "2026-11-18T08:26:40.000Z"],
      );
      const bytes = await verifySkyvernWebhook({ headers, body: new TextEncoder().encode(body) }, options);
      expectEqual("verified as bytes", bytes.ok, true);
      const tampered = await verifySkyvernWebhook({ headers, body: body.replace("Zürich", "Zurich") }, options);
      expectEqual("tampered", !tampered.ok && tampered.reason, "bad-signature");
      const stale = await verifySkyvernWebhook({ headers, body }, { ...options, now: 1_795_000_301_000 });
      expectEqual("301 s later", !stale.ok && stale.reason, "timestamp-outside-window");

      const events: TaskWebhookEvent[] = [];
      const skyvern = createWebhookHandler({
        provider: "skyvern",
        secret: keys,
        onEvent: (event) => events.push(event),
      });
      // The timestamp is not signed, so the same signature goes with the page's own clock.
      const post = (sent: string, sentSignature: string) =>
        skyvern(
          new Request("https://hooks.example.com/webhooks/skyvern", {
            method: "POST",
            headers: {
              "x-skyvern-signature": sentSignature,
              "x-skyvern-timestamp": String(Math.floor(Date.now() / 1000)),
            },
            body: sent,
          }),
        );
      const accepted = await post(body, signature);
      expectEqual("Skyvern answer", accepted.status, 204);
      expectEqual(
        "Skyvern event",
        events.map((event) => [event.source, event.taskId, event.status]),
        [["skyvern", "tsk_v2_page_1", "completed"]],
      );
      const forged = await post(body.replace("completed", "failed"), signature);
      expectEqual("tampered Skyvern answer", [forged.status, await forged.text()], [401, '{"error":"bad-signature"}']);
      expectEqual("events after the tampered one", events.length, 1);
      expectEqual("requests", (await context.requests()).length, 0);
      return "verified (text and bytes, second key), tampered and stale refused; handler 204, tampered 401";
    },
  },
  {
    name: "waitForTask polls pending -> running -> completed",
    provider: "hyperbrowser",
    simulation: "hyperbrowser",
    // The task moves one second per poll: pending at the first (1 s < 1.5 s start delay), running at the second,
    // completed at the third (past 2.5 s), however fast or slow the page polls.
    clock: "per-get",
    run: async (context) => {
      const { id } = await context.startTask({ startDelayMs: 1_500, durationMs: 1_000, steps: 1 });
      const fetcher = createHyperbrowserTaskFetcher(
        createHyperbrowserClient(context.clientOptions(hyperbrowserSpec.serverUrl)),
      );
      const seen: string[] = [];
      const task = await waitForTask(fetcher, id, {
        intervalMs: 30,
        maxIntervalMs: 30,
        timeoutMs: 5_000,
        onUpdate: (update) => seen.push(update.status),
      });
      expectTask(task, { id, status: "completed", success: true });
      expectEqual("onUpdate statuses", seen, ["pending", "running", "completed"]);
      expectEqual("polls", (await apiRequests(context)).length, 3);
      return seen.join(" -> ");
    },
  },
  {
    name: "503 then 200 is retried after the default backoff",
    provider: "browser-use",
    simulation: "browser-use",
    expectedConsoleErrors: [HTTP_ERROR_IN_CONSOLE],
    run: async (context) => {
      const { id } = await context.startTask();
      const unavailable = { detail: "Service Unavailable" };
      await context.injectFault({ operation: "get", fault: { kind: "status", status: 503, body: unavailable } });
      const client = createBrowserUseClient(context.clientOptions(browserUseSpec.serverUrl));
      const task = await getTask(createBrowserUseTaskFetcher(client), id);
      expectEqual("id", task.id, id);
      // The first backoff is 500 ms less up to a quarter of jitter.
      return expectRetryAfter(context, 375, 2_000);
    },
  },
  {
    name: "connection closed without an answer, then 200: retried",
    provider: "browser-use",
    simulation: "browser-use",
    expectedConsoleErrors: [/net::ERR_EMPTY_RESPONSE/],
    run: async (context) => {
      const { id } = await context.startTask();
      await context.injectFault({ operation: "get", fault: { kind: "drop" }, times: DROPS });
      const retries: string[] = [];
      const client = createBrowserUseClient({
        ...context.clientOptions(browserUseSpec.serverUrl),
        onRequestEvent: (event) => void (event.type === "retry" && retries.push(event.reason)),
      });
      const task = await getTask(createBrowserUseTaskFetcher(client), id);
      expectEqual("id", task.id, id);
      expectEqual("retry reasons", retries, ["ApiConnectionError"]);
      const outcomes = (await apiRequests(context)).map((request) => request.outcome);
      expectEqual("requests", outcomes, [...Array<string>(DROPS).fill("dropped"), "answered"]);
      return `retried after ${retries.join(", ")}`;
    },
  },
  {
    name: "404 rejects through unwrap with NotFoundError, requestId from x-request-id",
    provider: "hyperbrowser",
    simulation: "hyperbrowser",
    expectedConsoleErrors: [HTTP_ERROR_IN_CONSOLE],
    run: async (context) => {
      await context.injectFault({
        operation: "get",
        fault: {
          kind: "status",
          status: 404,
          body: { message: `No task with that id for key ${API_KEY}` },
          headers: { "x-request-id": "req-404-7f3a" },
        },
      });
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
    simulation: "dari",
    expectedConsoleErrors: [HTTP_ERROR_IN_CONSOLE],
    run: async (context) => {
      const { id } = await context.startTask();
      await context.injectFault({
        operation: "get",
        fault: { kind: "status", status: 429, body: { detail: "Too many requests" }, headers: { "retry-after": "1" } },
      });
      const client = createDariClient(context.clientOptions(dariSpec.serverUrl));
      const task = await getTask(createDariTaskFetcher(client), dariRef(id));
      expectEqual("id", task.id, id);
      // Without Retry-After (or with it hidden by CORS) the first backoff is at most 500 ms.
      return expectRetryAfter(context, 1_000, 2_500);
    },
  },
  {
    name: "per-request timeoutMs against a hanging endpoint: ApiTimeoutError",
    provider: "browseract",
    simulation: "browseract",
    run: async (context) => {
      const { id } = await context.startTask();
      await context.injectFault({ operation: "get", fault: { kind: "hang" } });
      const client = createBrowserActClient(context.clientOptions(browseractSpec.serverUrl));
      const call = () =>
        client.GET("/v2/workflow/get-task", {
          params: { query: { task_id: id } },
          timeoutMs: ATTEMPT_TIMEOUT_MS,
          maxRetries: 0,
        });
      const { error, ms } = await timedRejection(context, () => unwrap(call()));
      expectEqual(
        "requests",
        (await apiRequests(context)).map((request) => request.outcome),
        ["hung"],
      );
      return expectAttemptTimedOut(error, ms);
    },
  },
  {
    name: "AbortController abort: UserAbortError with the signal's reason",
    provider: "browser-use",
    simulation: "browser-use",
    run: async (context) => {
      const { id } = await context.startTask();
      await context.injectFault({ operation: "get", fault: { kind: "hang" } });
      const client = createBrowserUseClient(context.clientOptions(browserUseSpec.serverUrl));
      const controller = new AbortController();
      const reason = new Error("user left the page");
      const fetcher = createBrowserUseTaskFetcher(client);
      const reading = context.rejectionOf(getTask(fetcher, id, { signal: controller.signal }));
      // Aborted once the request is in flight: the simulation holds it, unanswered.
      await until(async () => (await apiRequests(context)).some((request) => request.outcome === "hung"));
      const abortedAt = performance.now();
      controller.abort(reason);
      const error = await reading;
      const ms = Math.round(performance.now() - abortedAt);
      expectInstanceOf(error, UserAbortError);
      expectTrue("cause is the abort reason", error.cause === reason, error.cause);
      expectTrue("stopped within 2000 ms of the abort", ms < 2_000, ms);
      expectEqual(
        "requests",
        (await apiRequests(context)).map((request) => request.outcome),
        ["hung"],
      );
      return `${error.message} (${ms} ms)`;
    },
  },
  {
    name: "timeoutMs while the body is still arriving: ApiTimeoutError",
    provider: "hyperbrowser",
    simulation: "hyperbrowser",
    run: async (context) => {
      const { id } = await context.startTask();
      // The 200's headers and half its body arrive, then nothing more.
      await context.injectFault({ operation: "get", fault: { kind: "stall" } });
      const client = createHyperbrowserClient(context.clientOptions(hyperbrowserSpec.serverUrl));
      const call = () =>
        client.GET("/api/task/hyper-agent/{id}", {
          params: { path: { id } },
          timeoutMs: ATTEMPT_TIMEOUT_MS,
          maxRetries: 0,
        });
      const { error, ms } = await timedRejection(context, () => unwrap(call()));
      const requests = await apiRequests(context);
      expectEqual(
        "requests",
        requests.map((request) => [request.outcome, request.status]),
        [["hung", 200]],
      );
      return expectAttemptTimedOut(error, ms);
    },
  },
  {
    name: "2xx HTML body: InvalidResponseError",
    provider: "hyperbrowser",
    simulation: "hyperbrowser",
    run: async (context) => {
      const { id } = await context.startTask();
      const page = "<!doctype html><html><body>Welcome to nginx!</body></html>";
      await context.injectFault({ operation: "get", fault: { kind: "html", status: 200, body: page } });
      const client = createHyperbrowserClient(context.clientOptions(hyperbrowserSpec.serverUrl));
      const error = await context.rejectionOf(getTask(createHyperbrowserTaskFetcher(client), id));
      expectInstanceOf(error, InvalidResponseError);
      expectEqual("status", error.status, 200);
      const named = "a text/html; charset=utf-8 body";
      expectTrue(`message names the content type (${named})`, error.message.includes(named), error.message);
      expectEqual("requests", (await apiRequests(context)).length, 1);
      return error.message;
    },
  },
  {
    name: "cross-origin redirect (x-api-key): rejected, key never reaches the other origin",
    provider: "hyperbrowser",
    simulation: "hyperbrowser",
    otherOrigin: true,
    run: async (context) => {
      const { id } = await context.startTask();
      await redirectNextGet(context, 302, `${context.otherOrigin}/api/task/hyper-agent/${id}`);
      const client = createHyperbrowserClient(context.clientOptions(hyperbrowserSpec.serverUrl));
      const error = await context.rejectionOf(getTask(createHyperbrowserTaskFetcher(client), id));
      return expectRedirectRefused(context, error, 302);
    },
  },
  {
    name: "cross-origin redirect (Bearer): rejected, key never reaches the other origin",
    provider: "browseract",
    simulation: "browseract",
    otherOrigin: true,
    run: async (context) => {
      const { id } = await context.startTask();
      await redirectNextGet(context, 307, `${context.otherOrigin}/v2/workflow/get-task?task_id=${id}`);
      const client = createBrowserActClient(context.clientOptions(browseractSpec.serverUrl));
      const error = await context.rejectionOf(createBrowserActTaskFetcher(client).fetchTask(id));
      return expectRedirectRefused(context, error, 307);
    },
  },
  {
    name: "same-origin redirect is not followed in a browser either: RedirectError",
    provider: "hyperbrowser",
    simulation: "hyperbrowser",
    run: async (context) => {
      const { id } = await context.startTask();
      // The task is there: a client that followed the redirect would read it.
      await redirectNextGet(context, 301, `${context.apiOrigin}/api/task/hyper-agent/${id}`);
      const client = createHyperbrowserClient(context.clientOptions(hyperbrowserSpec.serverUrl));
      const error = await context.rejectionOf(getTask(createHyperbrowserTaskFetcher(client), id));
      return expectRedirectRefused(context, error, 301);
    },
  },
  {
    name: "path parameter '..' (and '%2E%2E') is rejected before any request",
    provider: "browser-use",
    simulation: "browser-use",
    run: async (context) => {
      const fetcher = createBrowserUseTaskFetcher(
        createBrowserUseClient(context.clientOptions(browserUseSpec.serverUrl)),
      );
      for (const taskId of ["..", "%2E%2E"]) {
        const error = await context.rejectionOf(getTask(fetcher, taskId));
        expectInstanceOf(error, InvalidPathParameterError);
        expectEqual("parameter", error.parameter, "task_id");
      }
      expectEqual("requests, preflights included", (await context.requests()).length, 0);
      return "InvalidPathParameterError, nothing sent";
    },
  },
];
