import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { verifyDariWebhook } from "./dari.js";

// Vectors signed with node:crypto over the body as sent (the documented reading, see `dariSignedBytes`).

const KEY = "dari-org-signing-key";

/** Dari's documented delivery: the job-status body plus `event_type` and `timestamp`. */
const completed = {
  job_id: "550e8400-e29b-41d4-a716-446655440000",
  status: "completed",
  final_result: { title: "Example Domain", city: "Zürich" },
  event_type: "completed",
  timestamp: "2026-11-20T12:00:00Z",
};

function signed(body: string, key = KEY) {
  return { body, headers: { "X-Webhook-Signature": createHmac("sha256", key).update(body).digest("hex") } };
}

describe("verifyDariWebhook", () => {
  it("verifies a documented completed delivery (non-ASCII included) and normalizes it", async () => {
    const body = JSON.stringify(completed);

    expect(await verifyDariWebhook(signed(body), { secret: KEY })).toEqual({
      ok: true,
      event: {
        source: "dari",
        taskId: completed.job_id,
        status: "completed",
        occurredAt: "2026-11-20T12:00:00.000Z",
        raw: completed,
      },
    });
  });

  it("verifies the bytes as sent: the same body as a Uint8Array, and whitespace that a re-serialisation would lose", async () => {
    const body = JSON.stringify({ ...completed, status: "failed", event_type: "error" }, null, 2);
    const { headers } = signed(body);

    const result = await verifyDariWebhook({ body: new TextEncoder().encode(body), headers }, { secret: KEY });

    expect(result).toMatchObject({ ok: true, event: { status: "failed" } });
  });

  it("accepts a rotated key among several", async () => {
    expect(
      (await verifyDariWebhook(signed(JSON.stringify(completed), "new-key"), { secret: [KEY, "new-key"] })).ok,
    ).toBe(true);
  });

  it.each([
    [
      "a tampered body",
      () => ({ ...signed(JSON.stringify(completed)), body: JSON.stringify({ ...completed, status: "x" }) }),
      "bad-signature",
    ],
    ["a wrong key", () => signed(JSON.stringify(completed), "wrong"), "bad-signature"],
    ["an empty signature", () => ({ body: "{}", headers: { "x-webhook-signature": "" } }), "missing-signature"],
    ["no signature", () => ({ body: "{}", headers: {} }), "missing-signature"],
    ["a signed body that is not JSON", () => signed("<html>"), "body-not-json"],
    ["a signed JSON body without job_id", () => signed(JSON.stringify({ status: "completed" })), "not-a-task-event"],
  ] as const)("refuses %s, without throwing", async (_label, make, reason) => {
    expect(await verifyDariWebhook(make(), { secret: KEY })).toMatchObject({ ok: false, reason });
  });
});
