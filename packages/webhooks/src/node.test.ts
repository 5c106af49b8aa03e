import { createHmac } from "node:crypto";
import { createServer, type IncomingMessage, type RequestListener, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createBrowserActAdapter, createBrowserActClient, createBrowserActTaskFetcher } from "@agent-tasks/browseract";
import { startServer, useRealServers } from "@agent-tasks/test-support";
import { simulateBrowserAct } from "@agent-tasks/testing";
import { afterEach, describe, expect, it, vi } from "vitest";
import { browserActCallbackUrl } from "./browseract.js";
import { createWebhookHandler } from "./handler.js";
import { toNodeListener } from "./node.js";
import type { TaskWebhookEvent } from "./verification.js";

// A real node:http server per test, posted to with fetch: the listener builds the Fetch `Request` from the
// socket's request (method, headers, full URL, streamed body) and writes the handler's `Response` back.

const SECRET = "whsec_node_3b7e";
const event = {
  type: "agent.task.status_update",
  timestamp: "2026-11-20T11:59:58Z",
  payload: { task_id: "task-9", session_id: "session-9", status: "stopped", metadata: { city: "Zürich" } },
};

/** A Browser Use delivery signed with node:crypto (sorted keys, no whitespace; this event has no nesting issue). */
function browserUseDelivery(value: typeof event = event, secret = SECRET) {
  const sorted = (input: unknown): string =>
    typeof input === "object" && input !== null
      ? `{${Object.keys(input)
          .sort()
          .map((key) => `${JSON.stringify(key)}:${sorted((input as Record<string, unknown>)[key])}`)
          .join(",")}}`
      : JSON.stringify(input);
  const timestamp = String(Math.floor(Date.now() / 1000));
  return {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-browser-use-timestamp": timestamp,
      "x-browser-use-signature": createHmac("sha256", secret)
        .update(`${timestamp}.${sorted(value)}`)
        .digest("hex"),
    },
    body: JSON.stringify(value),
  };
}

useRealServers();
const servers: Server[] = [];
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
  await Promise.all(
    servers.splice(0).map(
      (server) =>
        new Promise<void>((resolve) => {
          server.closeAllConnections();
          server.close(() => resolve());
        }),
    ),
  );
});

/** `listener` on a fresh server at 127.0.0.1; resolves with its origin. */
async function serve(listener: RequestListener): Promise<string> {
  const server = createServer(listener);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function browserUseHandler(maxBodyBytes?: number) {
  const events: TaskWebhookEvent[] = [];
  const onEvent = vi.fn((received: TaskWebhookEvent) => {
    events.push(received);
  });
  const handler = createWebhookHandler({ provider: "browser-use", secret: SECRET, onEvent, maxBodyBytes });
  return { events, onEvent, handler };
}

describe("toNodeListener", () => {
  it("verifies a signed delivery streamed over node:http and hands the event to onEvent", async () => {
    const { events, handler } = browserUseHandler();
    const origin = await serve(toNodeListener(handler));

    const response = await fetch(`${origin}/hooks/browser-use`, browserUseDelivery());

    expect(response.status).toBe(204);
    expect(events).toEqual([
      {
        source: "browser-use",
        taskId: "task-9",
        status: "stopped",
        occurredAt: "2026-11-20T11:59:58.000Z",
        raw: event,
      },
    ]);
  });

  it("answers 401 to a wrong signature and 405 to a GET, with the handler's headers", async () => {
    const { onEvent, handler } = browserUseHandler();
    const origin = await serve(toNodeListener(handler));

    const forged = await fetch(`${origin}/hooks`, browserUseDelivery(event, "whsec_wrong"));
    const get = await fetch(`${origin}/hooks`);

    expect(forged.status).toBe(401);
    expect(await forged.json()).toEqual({ error: "bad-signature" });
    expect(get.status).toBe(405);
    expect(get.headers.get("allow")).toBe("POST");
    expect(onEvent).not.toHaveBeenCalled();
  });

  it("verifies a Skyvern delivery over node:http: its UTF-8 bytes as streamed, a rotated key, a tampered body refused", async () => {
    const events: TaskWebhookEvent[] = [];
    const keys = ["sk-skyvern-old", "sk-skyvern-node-61f0"];
    const handler = createWebhookHandler({
      provider: "skyvern",
      secret: keys,
      onEvent: (received) => {
        events.push(received);
      },
    });
    const origin = await serve(toNodeListener(handler));
    const run = {
      run_id: "wr_498001",
      run_type: "workflow_run",
      status: "timed_out",
      output: { note: "Zürich 日本" },
      created_at: "2026-11-20T11:50:00Z",
      modified_at: "2026-11-20T11:59:59Z",
      finished_at: "2026-11-20T11:59:58Z",
    };
    const body = JSON.stringify(run);
    const headers = {
      "content-type": "application/json",
      "x-skyvern-signature": createHmac("sha256", keys[1] as string)
        .update(body)
        .digest("hex"),
      "x-skyvern-timestamp": String(Math.floor(Date.now() / 1000)),
    };

    const verified = await fetch(`${origin}/hooks/skyvern`, { method: "POST", headers, body });
    const tampered = await fetch(`${origin}/hooks/skyvern`, {
      method: "POST",
      headers,
      body: body.replace("Zürich", "Zurich"),
    });

    expect([verified.status, tampered.status]).toEqual([204, 401]);
    expect(await tampered.json()).toEqual({ error: "bad-signature" });
    expect(events).toMatchObject([
      { source: "skyvern", taskId: "wr_498001", occurredAt: "2026-11-20T11:59:58.000Z", raw: run },
    ]);
  });

  it("answers 413 to an oversize streamed body, and the client still reads the answer", async () => {
    const { onEvent, handler } = browserUseHandler(1024);
    const origin = await serve(toNodeListener(handler));

    const response = await fetch(`${origin}/hooks`, { method: "POST", body: "x".repeat(256 * 1024) });

    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: "body-too-large" });
    expect(onEvent).not.toHaveBeenCalled();
  });

  it("passes the full URL with its query to BrowserAct verification (Express's originalUrl when mounted)", async () => {
    const simulation = await simulateBrowserAct({ task: { steps: 1, durationMs: 0 } }).listen();
    closers.push(() => simulation.close());
    const client = createBrowserActClient({ apiKey: simulation.apiKey, baseUrl: simulation.baseUrl });
    const { ref: taskId } = await createBrowserActAdapter(client).start({ workflow_id: "wf_1" });
    const events: TaskWebhookEvent[] = [];
    const token = "cb-token-node-8a";
    const listener = toNodeListener(
      createWebhookHandler({
        provider: "browseract",
        token,
        fetcher: createBrowserActTaskFetcher(client),
        onEvent: (received) => {
          events.push(received);
        },
      }),
    );
    const origin = await serve(listener);
    const mounted = await serve((req, res) => {
      // What Express does under `app.use("/hooks", router)`: `url` loses the mount path, `originalUrl` keeps all.
      Object.assign(req, { originalUrl: req.url, url: "/browseract" });
      void listener(req, res);
    });
    const body = JSON.stringify({ task_id: taskId });

    const direct = await fetch(browserActCallbackUrl(`${origin}/hooks/browseract?tenant=7`, token), {
      method: "POST",
      body,
    });
    const viaMount = await fetch(browserActCallbackUrl(`${mounted}/hooks/browseract`, token), { method: "POST", body });
    const tokenless = await fetch(`${origin}/hooks/browseract?tenant=7`, { method: "POST", body });

    expect([direct.status, viaMount.status, tokenless.status]).toEqual([204, 204, 401]);
    expect(events).toMatchObject([
      { source: "browseract", taskId },
      { source: "browseract", taskId },
    ]);
  });

  it("uses a body express.raw() already read into req.body (a Buffer)", async () => {
    const { events, handler } = browserUseHandler();
    const listener = toNodeListener(handler);
    // startServer reads the body off the socket first, as express.raw() does, so req.body is all there is.
    const server = await startServer(async (req, res, recorded) => {
      Object.assign(req, { body: Buffer.from(recorded.body, "utf8") });
      await listener(req, res);
    });

    const response = await fetch(`${server.baseUrl}/hooks`, browserUseDelivery());

    expect(response.status).toBe(204);
    expect(events).toMatchObject([{ source: "browser-use", taskId: "task-9" }]);
  });

  it("answers 500, saying to mount express.raw, when a body parser left a parsed object in req.body", async () => {
    const { onEvent, handler } = browserUseHandler();
    const listener = toNodeListener(handler);
    const server = await startServer(async (req, res, recorded) => {
      Object.assign(req as IncomingMessage & { body?: unknown }, { body: JSON.parse(recorded.body) });
      await listener(req, res);
    });

    const response = await fetch(`${server.baseUrl}/hooks`, browserUseDelivery());
    const answer = (await response.json()) as { error: string; message: string };

    expect(response.status).toBe(500);
    expect(answer.error).toBe("body-already-parsed");
    expect(answer.message).toContain('express.raw({ type: "*/*" })');
    expect(onEvent).not.toHaveBeenCalled();
  });

  it("answers 500 when the stream was already read and req.body is an empty object", async () => {
    const { handler } = browserUseHandler();
    const listener = toNodeListener(handler);
    const server = await startServer(async (req, res) => {
      Object.assign(req, { body: {} });
      await listener(req, res);
    });

    const response = await fetch(`${server.baseUrl}/hooks`, browserUseDelivery());

    expect(response.status).toBe(500);
  });
});
