import {
  BadRequestError,
  createBrowserActAdapter,
  createBrowserActClient,
  createBrowserActTaskFetcher,
} from "@agent-tasks/browseract";
import { rejectionOf } from "@agent-tasks/test-support";
import { simulateBrowserAct } from "@agent-tasks/testing";
import { afterEach, describe, expect, it } from "vitest";
import { BROWSERACT_TOKEN_PARAMETER, browserActCallbackUrl, verifyBrowserActCallback } from "./browseract.js";

// BrowserAct's callbacks are unsigned: the token in the URL says the delivery is for us, and the task is re-read
// from the (simulated) API over real HTTP, so a forged status in the body changes nothing.

const TOKEN = "cb-token-7c1e";
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

async function startedTask() {
  const simulation = await simulateBrowserAct({ task: { steps: 1, durationMs: 0 } }).listen();
  closers.push(() => simulation.close());
  const client = createBrowserActClient({ apiKey: simulation.apiKey, baseUrl: simulation.baseUrl });
  const started = await createBrowserActAdapter(client).start({ workflow_id: "wf_1" });
  return { fetcher: createBrowserActTaskFetcher(client), taskId: started.ref };
}

describe("BrowserAct callbacks", () => {
  it("puts the token in the callback URL, keeping the URL's own query", () => {
    const url = new URL(browserActCallbackUrl("https://example.com/hooks/browseract?tenant=7", TOKEN));

    expect(url.searchParams.get("tenant")).toBe("7");
    expect(url.searchParams.get(BROWSERACT_TOKEN_PARAMETER)).toBe(TOKEN);
  });

  it("re-reads the named task: the event says what the API says, not what the body claims", async () => {
    const { fetcher, taskId } = await startedTask();
    const forged = JSON.stringify({ task_id: taskId, status: "canceled" });

    const result = await verifyBrowserActCallback(
      { url: browserActCallbackUrl("https://example.com/hook", TOKEN), headers: {}, body: forged },
      { token: TOKEN, fetcher },
    );

    expect(result).toMatchObject({ ok: true, event: { source: "browseract", taskId } });
    expect(result.ok && result.event.status).not.toBe("stopped");
    expect(result.ok && (result.event.raw as { id?: string }).id).toBe(taskId);
  });

  it.each([
    ["no token", "https://example.com/hook", "missing-signature"],
    ["a wrong token", browserActCallbackUrl("https://example.com/hook", "guess"), "bad-signature"],
    [
      "a token one character short",
      browserActCallbackUrl("https://example.com/hook", TOKEN.slice(0, -1)),
      "bad-signature",
    ],
  ] as const)("refuses %s before reading anything", async (_label, url, reason) => {
    const fetcher = { source: "browseract" as const, fetchTask: () => Promise.reject(new Error("must not be called")) };

    const result = await verifyBrowserActCallback(
      { url, headers: {}, body: '{"task_id":"1"}' },
      { token: TOKEN, fetcher },
    );

    expect(result).toMatchObject({ ok: false, reason });
  });

  it("refuses a body that is not JSON, or names no task", async () => {
    const fetcher = { source: "browseract" as const, fetchTask: () => Promise.reject(new Error("must not be called")) };
    const url = browserActCallbackUrl("https://example.com/hook", TOKEN);

    expect(
      await verifyBrowserActCallback({ url, headers: {}, body: "<html>" }, { token: TOKEN, fetcher }),
    ).toMatchObject({
      ok: false,
      reason: "body-not-json",
    });
    expect(await verifyBrowserActCallback({ url, headers: {}, body: "{}" }, { token: TOKEN, fetcher })).toMatchObject({
      ok: false,
      reason: "not-a-task-event",
    });
  });

  it("rejects with the fetcher's typed error for an id that is no task of yours", async () => {
    const { fetcher } = await startedTask();
    const url = browserActCallbackUrl("https://example.com/hook", TOKEN);

    const error = await rejectionOf(
      verifyBrowserActCallback(
        { url, headers: {}, body: '{"task_id":"99999999999999999"}' },
        { token: TOKEN, fetcher },
      ),
    );

    // BrowserAct answers an id that is no task of yours with 400, as its simulation does.
    expect(error).toBeInstanceOf(BadRequestError);
  });
});
