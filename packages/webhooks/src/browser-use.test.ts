import { browserUseSignatureHeaders, sortedJson } from "@agent-tasks/test-support";
import { describe, expect, it } from "vitest";
import { verifyBrowserUseWebhook } from "./browser-use.js";

// Test vectors signed with node:crypto, independently of the WebCrypto code under test, following Browser Use's
// documented scheme: HMAC-SHA256 over `${timestamp}.${JSON with sorted keys, no whitespace}`, lower-case hex.

const SECRET = "whsec_test_4f1a";
const NOW = Date.parse("2026-11-20T12:00:00Z");
const TIMESTAMP = String(NOW / 1000);

const event = {
  type: "agent.task.status_update",
  timestamp: "2026-11-20T11:59:58Z",
  payload: { task_id: "task-1", session_id: "session-1", status: "stopped", metadata: { b: 2, a: "1" } },
};

function signed(value: unknown = event, options: { secret?: string; timestamp?: string; body?: string } = {}) {
  const headers = browserUseSignatureHeaders(value, {
    secret: options.secret ?? SECRET,
    timestamp: options.timestamp ?? TIMESTAMP,
  });
  return { body: options.body ?? JSON.stringify(value, null, 2), headers };
}

describe("verifyBrowserUseWebhook", () => {
  it.each([
    ["running", "running"],
    ["stopped", "stopped"],
    ["idle", "unknown"],
    ["finished", "completed"],
    ["a-new-word", "unknown"],
  ])("reads the delivery status %j as %j", async (status, expected) => {
    const body = { ...event, payload: { ...event.payload, status } };
    const result = await verifyBrowserUseWebhook(signed(body), { secret: SECRET, now: NOW });
    expect(result.ok && result.event.status).toBe(expected);
  });

  it("verifies a documented delivery (pretty-printed body: the canonical form is signed) and normalizes it", async () => {
    const result = await verifyBrowserUseWebhook(signed(), { secret: SECRET, now: NOW });

    expect(result).toEqual({
      ok: true,
      event: {
        source: "browser-use",
        taskId: "task-1",
        status: "stopped",
        occurredAt: "2026-11-20T11:59:58.000Z",
        raw: event,
      },
    });
  });

  it("accepts any of several secrets while one rotates", async () => {
    const result = await verifyBrowserUseWebhook(signed(event, { secret: "whsec_new" }), {
      secret: [SECRET, "whsec_new"],
      now: NOW,
    });

    expect(result.ok).toBe(true);
  });

  it.each([
    [
      "a tampered body",
      () => signed(event, { body: JSON.stringify({ ...event, payload: { ...event.payload, status: "running" } }) }),
      "bad-signature",
    ],
    ["a wrong secret", () => signed(event, { secret: "whsec_wrong" }), "bad-signature"],
    [
      "a short signature",
      () => ({ ...signed(), headers: { ...signed().headers, "x-browser-use-signature": "ab" } }),
      "bad-signature",
    ],
    ["no signature", () => ({ ...signed(), headers: { "x-browser-use-timestamp": TIMESTAMP } }), "missing-signature"],
    ["no timestamp", () => ({ ...signed(), headers: { "x-browser-use-signature": "00" } }), "missing-timestamp"],
    [
      "a timestamp that is not Unix seconds",
      () => signed(event, { timestamp: "2026-11-20T12:00:00Z" }),
      "bad-timestamp",
    ],
    [
      "a stale timestamp (301 s old)",
      () => signed(event, { timestamp: String(NOW / 1000 - 301) }),
      "timestamp-outside-window",
    ],
    [
      "a future timestamp (301 s ahead)",
      () => signed(event, { timestamp: String(NOW / 1000 + 301) }),
      "timestamp-outside-window",
    ],
    ["a body that is not JSON", () => ({ body: "not json", headers: signed().headers }), "body-not-json"],
  ] as const)("refuses %s, without throwing", async (_label, make, reason) => {
    const result = await verifyBrowserUseWebhook(make(), { secret: SECRET, now: NOW });

    expect(result).toMatchObject({ ok: false, reason });
  });

  it("verifies non-ASCII metadata signed either way the references serialise it (as is, or \\u-escaped)", async () => {
    const value = { ...event, payload: { ...event.payload, metadata: { city: "Zürich", note: "日本 😀" } } };
    const escaped = sortedJson(value).replace(
      /[\u0080-\uffff]/g,
      (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
    );
    const asIs = signed(value);
    const pythonStyle = {
      body: JSON.stringify(value),
      headers: browserUseSignatureHeaders(value, { secret: SECRET, timestamp: TIMESTAMP, canonical: escaped }),
    };

    expect((await verifyBrowserUseWebhook(asIs, { secret: SECRET, now: NOW })).ok).toBe(true);
    expect((await verifyBrowserUseWebhook(pythonStyle, { secret: SECRET, now: NOW })).ok).toBe(true);
  });

  it('sorts keys as strings, as Python does ("10" before "2"), not integer-like keys first', async () => {
    const value = { ...event, payload: { ...event.payload, metadata: { "2": "b", "10": "a" } } };
    const pythonOrder = sortedJson(value);

    expect(pythonOrder).toContain('{"10":"a","2":"b"}');
    expect((await verifyBrowserUseWebhook(signed(value), { secret: SECRET, now: NOW })).ok).toBe(true);
  });

  it("reads a verified dashboard test delivery as not-a-task-event", async () => {
    const test = { type: "test", timestamp: "2026-11-20T11:59:58Z", payload: { test: "ok" } };

    expect(await verifyBrowserUseWebhook(signed(test), { secret: SECRET, now: NOW })).toMatchObject({
      ok: false,
      reason: "not-a-task-event",
    });
  });
});

describe("verifyBrowserUseWebhook: what a review found", () => {
  it("verifies a body signed as sent when JavaScript cannot re-serialise it the same (Python's 1.0, 1e+16, big integers)", async () => {
    const text =
      '{"payload":{"metadata":{"big":12345678901234567890,"n":1.0,"x":1e+16},"session_id":"s","status":"stopped","task_id":"t-9"},"timestamp":"2026-11-20T11:59:58Z","type":"agent.task.status_update"}';
    const headers = browserUseSignatureHeaders(null, { secret: SECRET, timestamp: TIMESTAMP, canonical: text });
    const result = await verifyBrowserUseWebhook({ headers, body: text }, { secret: SECRET, now: NOW });
    expect(result.ok && result.event.taskId).toBe("t-9");
  });

  it("verifies DEL (U+007F) escaped as Python's ensure_ascii writes it", async () => {
    const value = { ...event, payload: { ...event.payload, metadata: { note: "a\u007fb" } } };
    const canonical = sortedJson(value).replace("\u007f", "\\u007f");
    const headers = browserUseSignatureHeaders(value, { secret: SECRET, timestamp: TIMESTAMP, canonical });
    expect(
      (await verifyBrowserUseWebhook({ headers, body: JSON.stringify(value) }, { secret: SECRET, now: NOW })).ok,
    ).toBe(true);
  });

  it("reads the older camelCase taskId", async () => {
    const value = { ...event, payload: { taskId: "t-camel", status: "stopped" } };
    const result = await verifyBrowserUseWebhook(signed(value), { secret: SECRET, now: NOW });
    expect(result.ok && result.event.taskId).toBe("t-camel");
  });

  it.each([
    ["a number", 5],
    ["null", null],
    ["an object", { a: 1 }],
    ["an array with a non-string", ["a", 1]],
  ])("returns missing-signature, without throwing, for a signature header that is %s", async (_label, value) => {
    const headers = { ...signed().headers, "x-browser-use-signature": value } as never;
    const result = await verifyBrowserUseWebhook({ headers, body: "{}" }, { secret: SECRET, now: NOW });
    expect(result).toMatchObject({ ok: false, reason: "missing-signature" });
  });

  it("reads headers from any object with get() (a Headers of another realm or a polyfill)", async () => {
    const { headers, body } = signed();
    const lookalike = { get: (name: string) => (headers as Record<string, string>)[name.toLowerCase()] ?? null };
    const result = await verifyBrowserUseWebhook({ headers: lookalike as never, body }, { secret: SECRET, now: NOW });
    expect(result.ok).toBe(true);
  });
});
