import { Agent, request as httpRequest, type IncomingHttpHeaders } from "node:http";
import { connect, type Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { freePorts } from "./__fixtures__/ports.js";
import { authHeaders, call, json } from "./__fixtures__/transports.js";
import { simulateBrowserUse } from "./browser-use.js";
import { simulateBrowserAct } from "./browseract.js";
import { createManualClock } from "./clock.js";
import { simulateDari } from "./dari.js";
import { simulateHyperbrowser } from "./hyperbrowser.js";
import type { Simulation } from "./simulation.js";

let opened: Simulation[] = [];
afterEach(async () => {
  const closing = opened;
  opened = [];
  await Promise.all(closing.map((simulation) => simulation.close()));
});
function track<S extends Simulation>(simulation: S): S {
  opened.push(simulation);
  return simulation;
}

interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** One request with node:http, which sends exactly the headers given (fetch adds its own and hides some). */
function send(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string; agent?: Agent } = {},
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      url,
      { method: options.method ?? "GET", headers: options.headers, agent: options.agent },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
        incoming.on("end", () =>
          resolve({
            status: incoming.statusCode ?? 0,
            headers: incoming.headers,
            body: Buffer.concat(chunks).toString("utf8"),
          }),
        );
        incoming.on("error", reject);
      },
    );
    outgoing.on("error", reject);
    outgoing.end(options.body);
  });
}

/** Reads one whole HTTP/1.1 response (with a content-length) from a socket, as raw text. */
function readResponse(socket: Socket): Promise<string> {
  return new Promise((resolve, reject) => {
    let received = Buffer.alloc(0);
    const onData = (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      const end = received.indexOf("\r\n\r\n");
      if (end === -1) return;
      const length = Number(/content-length: (\d+)/i.exec(received.subarray(0, end).toString())?.[1] ?? 0);
      if (received.length >= end + 4 + length) {
        socket.off("data", onData);
        resolve(received.toString("utf8"));
      }
    };
    socket.on("data", onData);
    socket.once("error", reject);
  });
}

describe("CORS", () => {
  it.each([
    ["browser-use", simulateBrowserUse, "/api/v2/tasks", "x-browser-use-api-key"],
    ["hyperbrowser", simulateHyperbrowser, "/api/task/hyper-agent", "x-api-key"],
    ["browseract", simulateBrowserAct, "/v2/workflow/run-task", "authorization"],
    ["dari", simulateDari, "/jobs/org-1/book-flight/start", "x-api-key"],
  ] as const)(
    "%s answers a preflight with its auth header allowed, and records it",
    async (_, simulate, path, auth) => {
      const simulation = track(await simulate({ clock: createManualClock() }).listen());
      // A preflight uses no fault: the fault is for the request it announces.
      simulation.injectFault({ fault: { kind: "status", status: 503 } });
      const preflight = await send(`${simulation.origin}${path}`, {
        method: "OPTIONS",
        headers: {
          origin: "http://localhost:5173",
          "access-control-request-method": "POST",
          "access-control-request-headers": `${auth}, content-type`,
        },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.body).toBe("");
      expect(preflight.headers).toMatchObject({
        "access-control-allow-origin": "http://localhost:5173",
        "access-control-allow-methods": "GET, POST, PUT, PATCH, DELETE",
        "access-control-allow-headers": `${auth}, content-type`,
        "access-control-max-age": "0",
        vary: "Origin",
      });
      expect(simulation.requests).toHaveLength(1);
      expect(simulation.requests[0]).toMatchObject({
        operation: "preflight",
        taskId: null,
        method: "OPTIONS",
        path,
        transport: "http",
        outcome: "answered",
        status: 204,
        headers: expect.objectContaining({ "access-control-request-method": "POST" }),
      });
      // The fault is still there for the real request.
      const announced = await send(`${simulation.origin}${path}`, {
        method: "POST",
        headers: { origin: "http://localhost:5173", ...authHeaders(simulation), "content-type": "application/json" },
        body: "{}",
      });
      expect(announced.status).toBe(503);
      expect(announced.headers["access-control-allow-origin"]).toBe("http://localhost:5173");
    },
  );

  it("lets a page read answers, faults included, when the request has an Origin", async () => {
    const simulation = track(await simulateBrowserUse({ clock: createManualClock() }).listen());
    const fromPage = await send(`${simulation.baseUrl}/tasks`, {
      headers: { origin: "http://localhost:5173", ...authHeaders(simulation) },
    });
    expect(fromPage.status).toBe(200);
    expect(fromPage.headers).toMatchObject({
      "access-control-allow-origin": "http://localhost:5173",
      "access-control-expose-headers": "retry-after, retry-after-ms, x-request-id, content-type",
      vary: "Origin",
    });
    expect(simulation.requests[0]?.responseHeaders["access-control-allow-origin"]).toBe("http://localhost:5173");

    simulation.injectFault({ fault: { kind: "status", status: 429, headers: { "retry-after": "3" } } });
    const throttled = await send(`${simulation.baseUrl}/tasks`, {
      headers: { origin: "http://localhost:5173", ...authHeaders(simulation) },
    });
    expect(throttled.status).toBe(429);
    expect(throttled.headers["access-control-allow-origin"]).toBe("http://localhost:5173");
    expect(throttled.headers["retry-after"]).toBe("3");

    const unauthorized = await send(`${simulation.baseUrl}/tasks`, { headers: { origin: "http://localhost:5173" } });
    expect(unauthorized.status).toBe(401);
    expect(unauthorized.headers["access-control-allow-origin"]).toBe("http://localhost:5173");
  });

  it("adds no CORS headers without an Origin", async () => {
    const simulation = track(await simulateBrowserUse({ clock: createManualClock() }).listen());
    const plain = await send(`${simulation.baseUrl}/tasks`, { headers: authHeaders(simulation) });
    expect(plain.status).toBe(200);
    expect(Object.keys(plain.headers).filter((name) => name.startsWith("access-control-") || name === "vary")).toEqual(
      [],
    );
    expect(simulation.requests[0]?.responseHeaders).toEqual({ "content-type": "application/json" });
  });

  it("treats an OPTIONS without access-control-request-method as an ordinary request", async () => {
    const simulation = track(await simulateBrowserUse({ clock: createManualClock() }).listen());
    const options = await send(`${simulation.baseUrl}/tasks`, {
      method: "OPTIONS",
      headers: { origin: "http://localhost:5173", ...authHeaders(simulation) },
    });
    expect(options.status).toBe(404);
    expect(JSON.parse(options.body)).toEqual({ detail: "Not Found" });
    expect(simulation.requests[0]?.operation).toBe("unknown");
  });
});

describe("listen() and close()", () => {
  it("rejects a second listen() with an error saying where it listens, and keeps serving", async () => {
    const simulation = track(await simulateBrowserUse({ clock: createManualClock() }).listen());
    const baseUrl = simulation.baseUrl;
    await expect(simulation.listen()).rejects.toThrow(
      `the browser-use simulation is already listening on ${baseUrl}; close() it first`,
    );
    expect(simulation.baseUrl).toBe(baseUrl);
    expect((await call(simulation, "GET", "/tasks")).status).toBe(200);
  });

  it("rejects a listen() made while another is starting", async () => {
    const simulation = track(simulateBrowserUse({ clock: createManualClock() }));
    const [first, second] = await Promise.allSettled([simulation.listen(), simulation.listen()]);
    expect(first).toEqual({ status: "fulfilled", value: simulation });
    expect(second).toEqual({
      status: "rejected",
      reason: new Error("the browser-use simulation is already starting to listen; close() it first"),
    });
    expect((await call(simulation, "GET", "/tasks")).status).toBe(200);
  });

  it("serves again after close(), on a new server, with the same tasks", async () => {
    const simulation = track(await simulateBrowserUse({ clock: createManualClock() }).listen());
    const firstUrl = simulation.baseUrl;
    const started = await call(simulation, "POST", "/tasks", { body: { task: "Find flights" } });
    const { id } = (await json(started)) as { id: string };
    await simulation.close();
    expect(simulation.baseUrl).toBe("https://api.browser-use.com/api/v2");
    await expect(fetch(`${firstUrl}/tasks`, { headers: authHeaders(simulation) })).rejects.toThrow(TypeError);

    await simulation.listen();
    expect(simulation.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v2$/);
    const task = await call(simulation, "GET", `/tasks/${id}`);
    expect(task.status).toBe(200);
    expect(await json(task)).toMatchObject({ id, task: "Find flights" });
  });

  it("stops a listen() that close() interrupted", async () => {
    const simulation = track(simulateBrowserUse({ clock: createManualClock() }));
    const listening = simulation.listen();
    await simulation.close();
    await expect(listening).rejects.toThrow("the browser-use simulation was closed while starting to listen");
    expect(simulation.baseUrl).toBe("https://api.browser-use.com/api/v2");
    expect(simulation.connectionsOpened).toBe(0);
    await simulation.listen();
    expect((await call(simulation, "GET", "/tasks")).status).toBe(200);
  });

  it("closes without error when it never listened", async () => {
    const simulation = simulateHyperbrowser();
    await expect(simulation.close()).resolves.toBeUndefined();
    expect(simulation.baseUrl).toBe("https://api.hyperbrowser.ai");
  });

  it("listens on the port asked for, and rejects a port in use", async () => {
    const port = await freePorts(1);
    const simulation = track(await simulateBrowserUse({ clock: createManualClock() }).listen({ port }));
    expect(simulation.baseUrl).toBe(`http://127.0.0.1:${port}/api/v2`);
    expect(simulation.origin).toBe(`http://127.0.0.1:${port}`);
    expect((await call(simulation, "GET", "/tasks")).status).toBe(200);

    const rival = track(simulateHyperbrowser({ clock: createManualClock() }));
    await expect(rival.listen({ port })).rejects.toMatchObject({ code: "EADDRINUSE" });
    expect(rival.baseUrl).toBe("https://api.hyperbrowser.ai");
    // The failed listen() left nothing behind: it can listen elsewhere.
    await rival.listen();
    expect(rival.origin).not.toBe(simulation.origin);
  });
});

describe("connectionsOpened and byte counts", () => {
  it("counts the TCP connections accepted, over every listen()", async () => {
    const simulation = track(simulateBrowserUse({ clock: createManualClock() }));
    expect(simulation.connectionsOpened).toBe(0);
    await simulation.listen();
    const keepAlive = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      for (let index = 0; index < 3; index += 1) {
        const answer = await send(`${simulation.baseUrl}/tasks`, {
          headers: authHeaders(simulation),
          agent: keepAlive,
        });
        expect(answer.status).toBe(200);
      }
      expect(simulation.connectionsOpened).toBe(1);
    } finally {
      keepAlive.destroy();
    }
    for (let index = 0; index < 2; index += 1) {
      await send(`${simulation.baseUrl}/tasks`, { headers: { ...authHeaders(simulation), connection: "close" } });
    }
    expect(simulation.connectionsOpened).toBe(3);
    await simulation.close();
    expect(simulation.connectionsOpened).toBe(3);
    await simulation.listen();
    await send(`${simulation.baseUrl}/tasks`, { headers: { ...authHeaders(simulation), connection: "close" } });
    expect(simulation.connectionsOpened).toBe(4);
  });

  it("records each request's bytes on the wire, per request on a kept-alive connection", async () => {
    const simulation = track(await simulateBrowserUse({ clock: createManualClock() }).listen());
    const host = new URL(simulation.origin).host;
    const socket = connect(Number(new URL(simulation.origin).port), "127.0.0.1");
    try {
      const body = JSON.stringify({ task: "Find flights" });
      const requests = [
        `POST /api/v2/tasks HTTP/1.1\r\nHost: ${host}\r\nx-browser-use-api-key: ${simulation.apiKey}\r\n` +
          `content-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
        `GET /api/v2/tasks HTTP/1.1\r\nHost: ${host}\r\nx-browser-use-api-key: ${simulation.apiKey}\r\n\r\n`,
      ];
      const responses: string[] = [];
      for (const raw of requests) {
        const reading = readResponse(socket);
        socket.write(raw);
        responses.push(await reading);
      }
      expect(responses.map((response) => response.slice(0, 12))).toEqual(["HTTP/1.1 202", "HTTP/1.1 200"]);
      expect(simulation.requests.map((request) => request.bytesIn)).toEqual(
        requests.map((raw) => Buffer.byteLength(raw)),
      );
      expect(simulation.requests.map((request) => request.bytesOut)).toEqual(
        responses.map((raw) => Buffer.byteLength(raw)),
      );
      expect(simulation.connectionsOpened).toBe(1);
    } finally {
      socket.destroy();
    }
  });
});
