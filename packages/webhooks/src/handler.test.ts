import { createHmac } from "node:crypto";
import {
  AuthenticationError,
  BadRequestError,
  createBrowserActAdapter,
  createBrowserActClient,
  createBrowserActTaskFetcher,
} from "@agent-tasks/browseract";
import { browserUseSignatureHeaders, sortedJson } from "@agent-tasks/test-support";
import { simulateBrowserAct } from "@agent-tasks/testing";
import { afterEach, describe, expect, it, vi } from "vitest";
import { browserActCallbackUrl } from "./browseract.js";
import { createWebhookHandler, type WebhookHandlerRejection } from "./handler.js";
import type { TaskWebhookEvent } from "./verification.js";

// Deliveries are signed here with node:crypto, independently of the WebCrypto code under test, and posted to the
// handler as the Fetch `Request`s a framework would pass it.

const SECRET = "whsec_handler_91c2";
const HOOK = "https://hooks.example.com/webhooks";

function post(body: BodyInit | null, headers: Record<string, string> = {}, url = HOOK): Request {
  return new Request(url, { method: "POST", headers, body, duplex: "half" } as RequestInit);
}

/** A handler's `onEvent`/`onRejected` pair, recording what they got. */
function recorder() {
  const events: TaskWebhookEvent[] = [];
  const rejections: WebhookHandlerRejection[] = [];
  return {
    events,
    rejections,
    onEvent: vi.fn((event: TaskWebhookEvent) => {
      events.push(event);
    }),
    onRejected: (rejection: WebhookHandlerRejection) => {
      rejections.push(rejection);
    },
  };
}

async function errorOf(response: Response): Promise<unknown> {
  return ((await response.json()) as { error?: unknown }).error;
}

describe("createWebhookHandler: Browser Use", () => {
  const event = {
    type: "agent.task.status_update",
    timestamp: "2026-11-20T11:59:58Z",
    payload: { task_id: "task-1", session_id: "session-1", status: "stopped", metadata: { b: 2, a: "1" } },
  };

  const pythonEscaped = (text: string) =>
    text.replace(/[\u0080-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);

  function signed(
    value: unknown = event,
    options: { secret?: string; timestamp?: number; body?: string; canonical?: string } = {},
  ): Request {
    const headers = browserUseSignatureHeaders(value, {
      secret: options.secret ?? SECRET,
      ...(options.timestamp === undefined ? {} : { timestamp: options.timestamp }),
      ...(options.canonical === undefined ? {} : { canonical: options.canonical }),
    });
    return post(options.body ?? JSON.stringify(value, null, 2), { "content-type": "application/json", ...headers });
  }

  function handler(rec = recorder(), secret: string | string[] = SECRET) {
    return createWebhookHandler({ provider: "browser-use", secret, ...rec });
  }

  it("hands a verified delivery to onEvent as a task event, then answers 204 with no body", async () => {
    const rec = recorder();
    const request = signed();

    const response = await handler(rec)(request);

    expect(response.status).toBe(204);
    expect(await response.text()).toBe("");
    expect(rec.onEvent).toHaveBeenCalledOnce();
    expect(rec.onEvent).toHaveBeenCalledWith(
      {
        source: "browser-use",
        taskId: "task-1",
        status: "stopped",
        occurredAt: "2026-11-20T11:59:58.000Z",
        raw: event,
      },
      request,
    );
    expect(rec.rejections).toEqual([]);
  });

  it("answers only once onEvent's promise settled", async () => {
    const order: string[] = [];
    const onEvent = async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      order.push("onEvent done");
    };

    const response = await createWebhookHandler({ provider: "browser-use", secret: SECRET, onEvent })(signed());
    order.push(`answered ${response.status}`);

    expect(order).toEqual(["onEvent done", "answered 204"]);
  });

  it.each([
    [
      "a tampered body",
      () => signed(event, { body: JSON.stringify({ ...event, payload: { ...event.payload, status: "running" } }) }),
      "bad-signature",
    ],
    ["a wrong secret", () => signed(event, { secret: "whsec_wrong" }), "bad-signature"],
    [
      "a stale timestamp (301 s old)",
      () => signed(event, { timestamp: Math.floor(Date.now() / 1000) - 301 }),
      "timestamp-outside-window",
    ],
    [
      "a future timestamp (301 s ahead)",
      () => signed(event, { timestamp: Math.floor(Date.now() / 1000) + 301 }),
      "timestamp-outside-window",
    ],
    ["no headers at all", () => post(JSON.stringify(event)), "missing-signature"],
    [
      "no timestamp header",
      () => post(JSON.stringify(event), { "x-browser-use-signature": "ab".repeat(32) }),
      "missing-timestamp",
    ],
  ] as const)("answers 401 to %s and does not call onEvent", async (_label, make, reason) => {
    const rec = recorder();

    const response = await handler(rec)(make());

    expect(response.status).toBe(401);
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(await errorOf(response)).toBe(reason);
    expect(rec.onEvent).not.toHaveBeenCalled();
    expect(rec.rejections).toMatchObject([{ status: 401, reason }]);
  });

  it("accepts the second of two secrets while one rotates", async () => {
    const rec = recorder();

    const response = await handler(rec, [SECRET, "whsec_next"])(signed(event, { secret: "whsec_next" }));

    expect(response.status).toBe(204);
    expect(rec.events).toHaveLength(1);
  });

  it("answers 400 to a body that is not JSON", async () => {
    const rec = recorder();

    const response = await handler(rec)(signed(event, { body: "not json" }));

    expect(response.status).toBe(400);
    expect(await errorOf(response)).toBe("body-not-json");
    expect(rec.onEvent).not.toHaveBeenCalled();
  });

  it("accepts non-ASCII metadata signed in either canonical form (as is, and Python's \\uXXXX)", async () => {
    const value = { ...event, payload: { ...event.payload, metadata: { city: "Zürich", note: "日本 😀" } } };
    const rec = recorder();

    const asIs = await handler(rec)(signed(value));
    const python = await handler(rec)(signed(value, { canonical: pythonEscaped(sortedJson(value)) }));

    expect(pythonEscaped(sortedJson(value))).toContain("\\u00fc");
    expect([asIs.status, python.status]).toEqual([204, 204]);
    expect(rec.events.map((received) => received.raw)).toEqual([value, value]);
  });

  it("answers a verified dashboard test delivery with 204 without calling onEvent", async () => {
    const rec = recorder();
    const test = { type: "test", timestamp: "2026-11-20T11:59:58Z", payload: { test: "ok" } };

    const response = await handler(rec)(signed(test));

    expect(response.status).toBe(204);
    expect(rec.onEvent).not.toHaveBeenCalled();
    expect(rec.rejections).toMatchObject([{ status: 204, reason: "not-a-task-event" }]);
  });

  it.each(["GET", "PUT", "HEAD"])("answers %s with 405 and Allow: POST", async (method) => {
    const rec = recorder();

    const response = await handler(rec)(new Request(HOOK, { method }));

    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("POST");
    if (method !== "HEAD") expect(await errorOf(response)).toBe("method-not-allowed");
    expect(rec.onEvent).not.toHaveBeenCalled();
  });

  it("answers 413 to a declared Content-Length over the cap, reading nothing", async () => {
    const rec = recorder();
    let pulls = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulls++;
        controller.enqueue(new Uint8Array(16));
      },
    });

    const response = await createWebhookHandler({ provider: "browser-use", secret: SECRET, maxBodyBytes: 64, ...rec })(
      post(body, { "content-length": "65" }),
    );

    expect(response.status).toBe(413);
    expect(await errorOf(response)).toBe("body-too-large");
    expect(pulls).toBeLessThanOrEqual(1);
    expect(rec.onEvent).not.toHaveBeenCalled();
  });

  it("answers 413 to an endless body without a length, having read just past the cap", async () => {
    const rec = recorder();
    let sent = 0;
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          sent += 1024;
          controller.enqueue(new Uint8Array(1024));
        },
        cancel() {
          cancelled = true;
        },
      },
      { highWaterMark: 0 },
    );

    const response = await createWebhookHandler({ provider: "browser-use", secret: SECRET, ...rec })(post(body));

    expect(response.status).toBe(413);
    expect(cancelled).toBe(true);
    expect(sent).toBeGreaterThan(1024 * 1024);
    expect(sent).toBeLessThanOrEqual(1024 * 1024 + 4 * 1024);
    expect(rec.rejections).toMatchObject([{ status: 413, reason: "body-too-large" }]);
  });

  it("accepts a body of exactly maxBodyBytes", async () => {
    const body = JSON.stringify(event);
    const rec = recorder();
    const request = signed(event, { body });

    const response = await createWebhookHandler({
      provider: "browser-use",
      secret: SECRET,
      maxBodyBytes: new TextEncoder().encode(body).byteLength,
      ...rec,
    })(request);

    expect(response.status).toBe(204);
  });

  it("answers 500 with a generic body when onEvent throws, so the provider retries", async () => {
    const rejections: WebhookHandlerRejection[] = [];
    const thrown = new Error(`queue down (secret ${SECRET})`);

    const response = await createWebhookHandler({
      provider: "browser-use",
      secret: SECRET,
      onEvent: () => Promise.reject(thrown),
      onRejected: (rejection) => {
        rejections.push(rejection);
      },
    })(signed());
    const text = await response.text();

    expect(response.status).toBe(500);
    expect(JSON.parse(text)).toEqual({ error: "internal-error" });
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain("queue down");
    expect(rejections).toMatchObject([{ status: 500, reason: "on-event-failed", error: thrown }]);
  });

  it("still answers when onRejected throws", async () => {
    const response = await createWebhookHandler({
      provider: "browser-use",
      secret: SECRET,
      onEvent: () => {},
      onRejected: () => {
        throw new Error("logger down");
      },
    })(signed(event, { secret: "whsec_wrong" }));

    expect(response.status).toBe(401);
  });
});

describe("createWebhookHandler: Dari", () => {
  const completed = {
    job_id: "550e8400-e29b-41d4-a716-446655440000",
    status: "completed",
    final_result: { title: "Example Domain" },
    event_type: "completed",
    timestamp: "2026-11-20T12:00:00Z",
  };

  function signed(body: string, key = SECRET): Request {
    return post(body, {
      "content-type": "application/json",
      "x-webhook-signature": createHmac("sha256", key).update(body).digest("hex"),
    });
  }

  function handler(rec = recorder(), secret: string | string[] = SECRET) {
    return createWebhookHandler({ provider: "dari", secret, ...rec });
  }

  it("hands a verified delivery to onEvent as a task event", async () => {
    const rec = recorder();

    const response = await handler(rec)(signed(JSON.stringify(completed)));

    expect(response.status).toBe(204);
    expect(rec.events).toEqual([
      {
        source: "dari",
        taskId: completed.job_id,
        status: "completed",
        occurredAt: "2026-11-20T12:00:00.000Z",
        raw: completed,
      },
    ]);
  });

  it.each([
    [
      "a tampered body",
      () =>
        post(JSON.stringify({ ...completed, status: "failed" }), {
          "x-webhook-signature": createHmac("sha256", SECRET).update(JSON.stringify(completed)).digest("hex"),
        }),
      "bad-signature",
    ],
    ["a wrong key", () => signed(JSON.stringify(completed), "wrong-key"), "bad-signature"],
    ["no signature header", () => post(JSON.stringify(completed)), "missing-signature"],
  ] as const)("answers 401 to %s and does not call onEvent", async (_label, make, reason) => {
    const rec = recorder();

    const response = await handler(rec)(make());

    expect(response.status).toBe(401);
    expect(await errorOf(response)).toBe(reason);
    expect(rec.onEvent).not.toHaveBeenCalled();
  });

  it("accepts the second of two keys while one rotates", async () => {
    const rec = recorder();

    const response = await handler(rec, [SECRET, "next-key"])(signed(JSON.stringify(completed), "next-key"));

    expect(response.status).toBe(204);
    expect(rec.events).toHaveLength(1);
  });

  it("answers 400 to a signed body that is not JSON", async () => {
    const rec = recorder();

    const response = await handler(rec)(signed("<html>"));

    expect(response.status).toBe(400);
    expect(await errorOf(response)).toBe("body-not-json");
    expect(rec.onEvent).not.toHaveBeenCalled();
  });

  it("verifies non-ASCII bodies as sent, written as is or \\u-escaped", async () => {
    const value = { ...completed, final_result: { city: "Zürich", note: "日本 😀" } };
    const rec = recorder();
    const plain = JSON.stringify(value);
    const escaped = plain.replace(
      /[\u0080-\uffff]/g,
      (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
    );

    const responses = [await handler(rec)(signed(plain)), await handler(rec)(signed(escaped))];

    expect(escaped).not.toBe(plain);
    expect(responses.map((response) => response.status)).toEqual([204, 204]);
    expect(rec.events.map((received) => received.raw)).toEqual([value, value]);
  });

  it("answers 204 to a verified delivery that names no job, without calling onEvent", async () => {
    const rec = recorder();

    const response = await handler(rec)(signed('{"event_type":"ping"}'));

    expect(response.status).toBe(204);
    expect(rec.onEvent).not.toHaveBeenCalled();
  });

  it("answers 500 without the key when onEvent throws", async () => {
    const response = await createWebhookHandler({
      provider: "dari",
      secret: SECRET,
      onEvent: () => {
        throw new Error(SECRET);
      },
    })(signed(JSON.stringify(completed)));
    const text = await response.text();

    expect(response.status).toBe(500);
    expect(text).not.toContain(SECRET);
  });
});

describe("createWebhookHandler: Skyvern", () => {
  const API_KEY = "sk-skyvern-handler-2d8b";
  const finished = {
    run_id: "tsk_v2_490440779503357994",
    status: "completed",
    run_type: "task_v2",
    output: { title: "Zoë's café" },
    created_at: "2026-11-20T11:58:00.000000",
    modified_at: "2026-11-20T11:59:58.500000",
    finished_at: "2026-11-20T11:59:58.000000",
  };

  /** A Skyvern delivery: the body's bytes signed under `key` (node:crypto), its timestamp beside it, unsigned. */
  function signed(body = JSON.stringify(finished), key = API_KEY, timestamp = Math.floor(Date.now() / 1000)): Request {
    return post(body, {
      "content-type": "application/json",
      "x-skyvern-signature": createHmac("sha256", key).update(body).digest("hex"),
      "x-skyvern-timestamp": String(timestamp),
    });
  }

  function handler(rec = recorder(), secret: string | string[] = API_KEY) {
    return createWebhookHandler({ provider: "skyvern", secret, ...rec });
  }

  it("hands a verified delivery to onEvent as the run's task event, then answers 204", async () => {
    const rec = recorder();
    const request = signed();

    const response = await handler(rec)(request);

    expect(response.status).toBe(204);
    expect(rec.onEvent).toHaveBeenCalledWith(
      {
        source: "skyvern",
        taskId: "tsk_v2_490440779503357994",
        status: "completed",
        occurredAt: "2026-11-20T11:59:58.000Z",
        raw: finished,
      },
      request,
    );
    expect(rec.rejections).toEqual([]);
  });

  it.each([
    [
      "a tampered body",
      () => post(JSON.stringify({ ...finished, status: "failed" }), Object.fromEntries(signed().headers)),
      "bad-signature",
    ],
    ["a wrong key", () => signed(undefined, "sk-skyvern-wrong"), "bad-signature"],
    [
      "a stale timestamp (301 s old)",
      () => signed(undefined, API_KEY, Math.floor(Date.now() / 1000) - 301),
      "timestamp-outside-window",
    ],
    [
      "a future timestamp (301 s ahead)",
      () => signed(undefined, API_KEY, Math.floor(Date.now() / 1000) + 301),
      "timestamp-outside-window",
    ],
    ["no headers at all", () => post(JSON.stringify(finished)), "missing-signature"],
    [
      "no timestamp header",
      () =>
        post(JSON.stringify(finished), { "x-skyvern-signature": signed().headers.get("x-skyvern-signature") ?? "" }),
      "missing-timestamp",
    ],
  ] as const)("answers 401 to %s and does not call onEvent", async (_label, make, reason) => {
    const rec = recorder();

    const response = await handler(rec)(make());

    expect(response.status).toBe(401);
    expect(await errorOf(response)).toBe(reason);
    expect(rec.onEvent).not.toHaveBeenCalled();
    expect(rec.rejections).toMatchObject([{ status: 401, reason }]);
  });

  it("accepts the second of two keys while one rotates", async () => {
    const rec = recorder();

    const response = await handler(rec, [API_KEY, "sk-skyvern-next"])(signed(undefined, "sk-skyvern-next"));

    expect(response.status).toBe(204);
    expect(rec.events).toHaveLength(1);
  });

  it("verifies a non-ASCII body over its UTF-8 bytes as sent", async () => {
    const rec = recorder();
    const body = JSON.stringify({ ...finished, output: { city: "Zürich", note: "日本 😀" } });

    const response = await handler(rec)(signed(body));

    expect(response.status).toBe(204);
    expect(rec.events.map((received) => received.raw)).toEqual([JSON.parse(body)]);
  });

  it("answers 400 to a signed body that is not JSON, and 204 without onEvent to a signed body that is no run", async () => {
    const rec = recorder();

    const notJson = await handler(rec)(signed("<html>"));
    const noRun = await handler(rec)(signed('{"status":"completed"}'));

    expect([notJson.status, await errorOf(notJson)]).toEqual([400, "body-not-json"]);
    expect(noRun.status).toBe(204);
    expect(rec.onEvent).not.toHaveBeenCalled();
    expect(rec.rejections.map((rejection) => rejection.reason)).toEqual(["body-not-json", "not-a-task-event"]);
  });

  it("answers 500 without the key when onEvent throws, so Skyvern retries", async () => {
    const response = await createWebhookHandler({
      provider: "skyvern",
      secret: API_KEY,
      onEvent: () => {
        throw new Error(API_KEY);
      },
    })(signed());
    const text = await response.text();

    expect(response.status).toBe(500);
    expect(text).not.toContain(API_KEY);
  });
});

describe("createWebhookHandler: BrowserAct", () => {
  const TOKEN = "cb-token-handler-5d";
  const closers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    await Promise.all(closers.splice(0).map((close) => close()));
  });

  async function started(apiKey?: string) {
    const simulation = await simulateBrowserAct({ task: { steps: 1, durationMs: 0 } }).listen();
    closers.push(() => simulation.close());
    const client = createBrowserActClient({ apiKey: simulation.apiKey, baseUrl: simulation.baseUrl });
    const task = await createBrowserActAdapter(client).start({ workflow_id: "wf_1" });
    const reader = createBrowserActClient({ apiKey: apiKey ?? simulation.apiKey, baseUrl: simulation.baseUrl });
    return { simulation, fetcher: createBrowserActTaskFetcher(reader), taskId: task.ref };
  }

  const neverCalled = {
    source: "browseract" as const,
    fetchTask: vi.fn(() => Promise.reject(new Error("must not be called"))),
  };

  it("re-reads the task named by a callback posted to the tokened URL, and hands that to onEvent", async () => {
    const { simulation, fetcher, taskId } = await started();
    simulation.clearRequests();
    const rec = recorder();
    const handler = createWebhookHandler({ provider: "browseract", token: TOKEN, fetcher, ...rec });

    // The body claims a failure; the API says completed, and that is what counts.
    const response = await handler(
      post(JSON.stringify({ task_id: taskId, status: "failed" }), {}, browserActCallbackUrl(HOOK, TOKEN)),
    );

    expect(response.status).toBe(204);
    expect(rec.events).toMatchObject([{ source: "browseract", taskId, status: "completed" }]);
    expect(simulation.requestsOf("get")).toHaveLength(1);
  });

  it("accepts the second of two tokens while one rotates", async () => {
    const { fetcher, taskId } = await started();
    const rec = recorder();
    const handler = createWebhookHandler({ provider: "browseract", token: ["old-token", TOKEN], fetcher, ...rec });

    const response = await handler(post(JSON.stringify({ task_id: taskId }), {}, browserActCallbackUrl(HOOK, TOKEN)));

    expect(response.status).toBe(204);
    expect(rec.events).toHaveLength(1);
  });

  it.each([
    ["no token", HOOK, "missing-signature"],
    ["a wrong token", browserActCallbackUrl(HOOK, "guess"), "bad-signature"],
    ["the token in another parameter", `${HOOK}?token=${TOKEN}`, "missing-signature"],
  ] as const)("answers 401 to a callback with %s, reading nothing", async (_label, url, reason) => {
    const rec = recorder();
    const handler = createWebhookHandler({ provider: "browseract", token: TOKEN, fetcher: neverCalled, ...rec });

    const response = await handler(post('{"task_id":"1"}', {}, url));

    expect(response.status).toBe(401);
    expect(await errorOf(response)).toBe(reason);
    expect(neverCalled.fetchTask).not.toHaveBeenCalled();
    expect(rec.onEvent).not.toHaveBeenCalled();
  });

  it("answers 400 to a body that is not JSON, and 204 to one naming no task", async () => {
    const rec = recorder();
    const handler = createWebhookHandler({ provider: "browseract", token: TOKEN, fetcher: neverCalled, ...rec });
    const url = browserActCallbackUrl(HOOK, TOKEN);

    const notJson = await handler(post("<html>", {}, url));
    const noTask = await handler(post("{}", {}, url));

    expect(notJson.status).toBe(400);
    expect(await errorOf(notJson)).toBe("body-not-json");
    expect(noTask.status).toBe(204);
    expect(rec.onEvent).not.toHaveBeenCalled();
  });

  it("answers 400 when BrowserAct says the id is no task of yours (BadRequestError)", async () => {
    const { fetcher } = await started();
    const rec = recorder();
    const handler = createWebhookHandler({ provider: "browseract", token: TOKEN, fetcher, ...rec });

    const response = await handler(post('{"task_id":"99999999999999999"}', {}, browserActCallbackUrl(HOOK, TOKEN)));

    expect(response.status).toBe(400);
    expect(await errorOf(response)).toBe("task-read-failed");
    expect(rec.rejections).toMatchObject([
      { status: 400, reason: "task-read-failed", error: expect.any(BadRequestError) },
    ]);
    expect(rec.onEvent).not.toHaveBeenCalled();
  });

  it("answers 502 when the re-read fails on our side (a wrong API key), so BrowserAct retries", async () => {
    const { fetcher, taskId } = await started("not-the-key");
    const rec = recorder();
    const handler = createWebhookHandler({ provider: "browseract", token: TOKEN, fetcher, ...rec });

    const response = await handler(post(JSON.stringify({ task_id: taskId }), {}, browserActCallbackUrl(HOOK, TOKEN)));
    const text = await response.text();

    expect(response.status).toBe(502);
    expect(JSON.parse(text)).toEqual({ error: "task-read-failed" });
    expect(text).not.toContain(TOKEN);
    expect(rec.rejections).toMatchObject([{ status: 502, error: expect.any(AuthenticationError) }]);
  });

  it("answers 502, never throwing, when the fetcher rejects with anything else", async () => {
    const fetcher = { source: "browseract" as const, fetchTask: () => Promise.reject(new TypeError("fetch failed")) };
    const handler = createWebhookHandler({ provider: "browseract", token: TOKEN, fetcher, onEvent: () => {} });

    const response = await handler(post('{"task_id":"1"}', {}, browserActCallbackUrl(HOOK, TOKEN)));

    expect(response.status).toBe(502);
  });
});
