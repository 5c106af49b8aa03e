import { createHmac } from "node:crypto";
import { mapSkyvernTaskStatus, normalizeSkyvernTask } from "@agent-tasks/normalize";
import type { SkyvernTaskRun } from "@agent-tasks/skyvern";
import { describe, expect, it } from "vitest";
import { verifySkyvernWebhook } from "./skyvern.js";

// Vectors signed with node:crypto, independently of the WebCrypto code under test, following Skyvern's sender
// (Skyvern-AI/skyvern `skyvern/forge/sdk/core/security.py`): HMAC-SHA256 under the API key of the body exactly as
// sent (compact JSON, non-ASCII written as UTF-8), lower-case hex in `x-skyvern-signature`; `x-skyvern-timestamp`
// (Unix seconds) is sent beside it, not signed.

const API_KEY = "sk-skyvern-test-5c1e";
const NOW = Date.parse("2026-01-31T15:23:36Z");
const TIMESTAMP = String(NOW / 1000);

/** Skyvern's documented delivery of a completed task run (webhooks guide), its output made non-ASCII. */
const completed = {
  run_id: "tsk_v2_490440779503357994",
  task_id: "tsk_v2_490440779503357994",
  status: "completed",
  output: { top_post_title: "Zürich: 日本 😀" },
  summary: "I have successfully retrieved the title of the top post from the Hacker News homepage.",
  prompt: "Get the title of the top post on Hacker News",
  url: "https://news.ycombinator.com/",
  downloaded_files: [],
  recording_url: null,
  screenshot_urls: [],
  failure_reason: null,
  errors: [],
  step_count: 4,
  run_type: "task_v2",
  app_url: "https://app.skyvern.com/runs/wr_490440779503358000",
  organization_id: "o_485917350850524254",
  workflow_run_id: "wr_490440779503358000",
  webhook_callback_url: "https://hooks.example.com/webhooks/skyvern",
  webhook_failure_reason: null,
  created_at: "2026-01-31T15:20:42.160725",
  modified_at: "2026-01-31T15:23:34.993138",
  queued_at: "2026-01-31T15:20:42.371545",
  started_at: "2026-01-31T15:20:44.391756",
  finished_at: "2026-01-31T15:23:34.992815",
} satisfies SkyvernTaskRun & Record<string, unknown>;

/** A delivery of `body` (text or bytes) signed under `key`, with `timestamp` beside it. */
function signed(body: string | Uint8Array = JSON.stringify(completed), key = API_KEY, timestamp = TIMESTAMP) {
  const signature = createHmac("sha256", key).update(body).digest("hex");
  return { body, headers: { "x-skyvern-signature": signature, "x-skyvern-timestamp": timestamp } };
}

const verify = (delivery: Parameters<typeof verifySkyvernWebhook>[0], secret: string | string[] = API_KEY) =>
  verifySkyvernWebhook(delivery, { secret, now: NOW });

describe("verifySkyvernWebhook", () => {
  it("verifies the documented delivery of a completed run and reads it through normalizeSkyvernTask", async () => {
    const result = await verify(signed());

    expect(result).toEqual({
      ok: true,
      event: {
        source: "skyvern",
        taskId: "tsk_v2_490440779503357994",
        status: "completed",
        occurredAt: "2026-01-31T15:23:34.992Z",
        raw: completed,
      },
    });
    expect(result.ok && result.event.occurredAt).toBe(normalizeSkyvernTask(completed).finishedAt);
  });

  it.each(["failed", "terminated", "timed_out", "canceled"])(
    "reads a %s run with the status mapping of normalizeSkyvernTask",
    async (status) => {
      const body = { ...completed, status, failure_reason: "Login failed" };

      const result = await verify(signed(JSON.stringify(body)));

      expect(result.ok && result.event.status).toBe(mapSkyvernTaskStatus(status));
      expect(result.ok && result.event.status).toBe(normalizeSkyvernTask(body).status);
    },
  );

  it("reads a workflow run's delivery by its wr_ run id", async () => {
    const workflowRun = {
      run_id: "wr_490440779503358000",
      run_type: "workflow_run",
      status: "failed",
      output: null,
      failure_reason: "Block 1 failed",
      created_at: "2026-01-31T15:20:42.160725Z",
      modified_at: "2026-01-31T15:23:34.993138Z",
      finished_at: "2026-01-31T15:23:34Z",
    };

    const result = await verify(signed(JSON.stringify(workflowRun)));

    expect(result).toMatchObject({
      ok: true,
      event: { source: "skyvern", taskId: "wr_490440779503358000", occurredAt: "2026-01-31T15:23:34.000Z" },
    });
  });

  it("verifies the bytes as sent: non-ASCII text as UTF-8, given as a string or as bytes", async () => {
    const text = JSON.stringify(completed);
    const bytes = new TextEncoder().encode(text);
    // Signed over the bytes, so a string body must be encoded as UTF-8 (not Latin-1, not UTF-16) to match.
    const { headers } = signed(bytes);

    expect(bytes.byteLength).toBeGreaterThan(text.length);
    expect((await verify({ headers, body: text })).ok).toBe(true);
    expect((await verify({ headers, body: bytes })).ok).toBe(true);
  });

  it("refuses the same value written otherwise (\\u-escaped, pretty-printed): only the bytes as sent are signed", async () => {
    const { headers } = signed();
    const escaped = JSON.stringify(completed).replace(
      /[\u0080-\uffff]/g,
      (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
    );

    expect(await verify({ headers, body: escaped })).toMatchObject({ ok: false, reason: "bad-signature" });
    expect(await verify({ headers, body: JSON.stringify(completed, null, 2) })).toMatchObject({
      ok: false,
      reason: "bad-signature",
    });
  });

  it("accepts the second of two keys while one rotates", async () => {
    const result = await verify(signed(undefined, "sk-skyvern-next"), [API_KEY, "sk-skyvern-next"]);

    expect(result.ok && result.event.taskId).toBe(completed.run_id);
  });

  it("accepts a timestamp exactly 300 s away, and a wider window when asked", async () => {
    const atEdge = signed(undefined, API_KEY, String(NOW / 1000 - 300));
    const hourOld = signed(undefined, API_KEY, String(NOW / 1000 - 3600));

    expect((await verify(atEdge)).ok).toBe(true);
    expect((await verifySkyvernWebhook(hourOld, { secret: API_KEY, now: NOW, toleranceSeconds: 3600 })).ok).toBe(true);
  });

  it("a self-hosted Skyvern off UTC (timestamp off by its zone, 5 h here): refused by default, accepted with no window", async () => {
    const newYork = signed(undefined, API_KEY, String(NOW / 1000 + 5 * 3600));

    const refused = await verify(newYork);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.reason).toBe("timestamp-outside-window");
    const accepted = await verifySkyvernWebhook(newYork, { secret: API_KEY, now: NOW, toleranceSeconds: Infinity });
    expect(accepted.ok).toBe(true);
  });

  it("reads a status no mapping knows as unknown, so a watch reads the run at once", async () => {
    const result = await verify(signed(JSON.stringify({ ...completed, status: "archived" })));

    expect(result.ok && result.event.status).toBe("unknown");
  });

  it("falls back to the timestamp header for occurredAt when the run has no finished_at or modified_at", async () => {
    const { finished_at: _finished, modified_at: _modified, ...body } = completed;

    const result = await verify(signed(JSON.stringify(body)));

    expect(result.ok && result.event.occurredAt).toBe("2026-01-31T15:23:36.000Z");
  });

  it.each([
    [
      "a tampered body",
      () => ({ ...signed(), body: JSON.stringify({ ...completed, status: "failed" }) }),
      "bad-signature",
    ],
    ["a wrong key", () => signed(undefined, "sk-skyvern-wrong"), "bad-signature"],
    [
      "a short signature",
      () => ({ ...signed(), headers: { ...signed().headers, "x-skyvern-signature": "ab" } }),
      "bad-signature",
    ],
    ["no signature", () => ({ ...signed(), headers: { "x-skyvern-timestamp": TIMESTAMP } }), "missing-signature"],
    [
      "an empty signature",
      () => ({ ...signed(), headers: { ...signed().headers, "x-skyvern-signature": " " } }),
      "missing-signature",
    ],
    [
      "no timestamp",
      () => ({ ...signed(), headers: { "x-skyvern-signature": signed().headers["x-skyvern-signature"] } }),
      "missing-timestamp",
    ],
    ["no headers at all", () => ({ body: JSON.stringify(completed), headers: {} }), "missing-signature"],
    ["a timestamp that is not Unix seconds", () => signed(undefined, API_KEY, "2026-01-31T15:23:36Z"), "bad-timestamp"],
    [
      "a stale timestamp (301 s old)",
      () => signed(undefined, API_KEY, String(NOW / 1000 - 301)),
      "timestamp-outside-window",
    ],
    [
      "a future timestamp (301 s ahead)",
      () => signed(undefined, API_KEY, String(NOW / 1000 + 301)),
      "timestamp-outside-window",
    ],
    ["a signed body that is not JSON", () => signed("<html>busy</html>"), "body-not-json"],
    ["a signed JSON body without run_id", () => signed(JSON.stringify({ status: "completed" })), "not-a-task-event"],
    ["a signed JSON array", () => signed("[]"), "not-a-task-event"],
    [
      "a signed run with an empty run_id (normalizeSkyvernTask refuses it)",
      () => signed(JSON.stringify({ ...completed, run_id: "" })),
      "not-a-task-event",
    ],
  ] as const)("refuses %s, without throwing", async (_label, make, reason) => {
    expect(await verify(make())).toMatchObject({ ok: false, reason });
  });

  it("refuses a delivery signed with an empty key when the configured key is blank (an unset variable)", async () => {
    const forged = signed(undefined, "");

    expect(await verify(forged, "")).toMatchObject({ ok: false, reason: "bad-signature" });
    expect(await verify(forged, [" ", ""])).toMatchObject({ ok: false, reason: "bad-signature" });
  });

  it.each([
    ["a number", 5],
    ["null", null],
    ["an object", { a: 1 }],
  ])("returns missing-signature, without throwing, for a signature header that is %s", async (_label, value) => {
    const headers = { ...signed().headers, "x-skyvern-signature": value } as never;

    expect(await verify({ headers, body: "{}" })).toMatchObject({ ok: false, reason: "missing-signature" });
  });

  it("reads the headers from a Headers object, whatever their case on the wire", async () => {
    const { body, headers } = signed();
    const wire = new Headers({
      "X-Skyvern-Signature": headers["x-skyvern-signature"],
      "X-Skyvern-Timestamp": headers["x-skyvern-timestamp"],
    });

    expect((await verify({ headers: wire, body })).ok).toBe(true);
  });

  it("never puts the key in a refusal's message", async () => {
    const refusals = await Promise.all([
      verify(signed(undefined, "sk-skyvern-wrong")),
      verify(signed(undefined, API_KEY, "1")),
      verify(signed("<html>")),
    ]);

    for (const refusal of refusals) expect(JSON.stringify(refusal)).not.toContain(API_KEY);
  });
});

describe("verifySkyvernWebhook: the cases of Skyvern's own verifier test", () => {
  // Skyvern-AI/skyvern tests/unit/test_docs_webhook_verification_snippets.py: its PAYLOAD and API_KEY, signed by
  // Skyvern's `generate_skyvern_webhook_signature` (security.py, run in Python to produce GENUINE below).
  const key = "sk_docs_snippet_test_key";
  const body = '{"run_id":"tsk_1","status":"completed","step_count":3}';
  const GENUINE = "609e0364a92ed3cc92753bcc1b0c53f78b77d2b7782c5f2f0c9f92cfa255d875";
  const emptyKeyForged = createHmac("sha256", "").update(body).digest("hex");
  const delivery = (signature: string) => ({
    body,
    headers: { "x-skyvern-signature": signature, "x-skyvern-timestamp": TIMESTAMP },
  });

  it("accepts the genuine signature, which node:crypto reproduces", async () => {
    expect(createHmac("sha256", key).update(body).digest("hex")).toBe(GENUINE);
    expect(await verifySkyvernWebhook(delivery(GENUINE), { secret: key, now: NOW })).toMatchObject({
      ok: true,
      event: { source: "skyvern", taskId: "tsk_1", status: "completed" },
    });
  });

  it.each([
    ["forged_same_length", "a".repeat(GENUINE.length), "bad-signature"],
    ["forged_off_by_one_char", `b${GENUINE.slice(1)}`, "bad-signature"],
    ["forged_with_empty_key", emptyKeyForged, "bad-signature"],
    ["non_ascii", "é".repeat(GENUINE.length), "bad-signature"],
    ["empty", "", "missing-signature"],
  ])("refuses %s", async (_label, signature, reason) => {
    expect(await verifySkyvernWebhook(delivery(signature), { secret: key, now: NOW })).toMatchObject({
      ok: false,
      reason,
    });
  });
});
