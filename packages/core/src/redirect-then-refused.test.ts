import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { rejectionOf } from "@agent-tasks/test-support";
import { afterEach, describe, expect, it } from "vitest";
import { createFakeClient } from "./__fixtures__/fake-client.js";
import { ApiConnectionError } from "./api-errors.js";
import { redactErrorChain } from "./redact.js";
import { failedBeforeSending, markMayHaveBeenSent } from "./retry-policy.js";

// Regression: a POST redirected (307) by hop 1 to a port where nothing listens used to be sent again, because
// hop 2's ECONNREFUSED made the whole attempt look "never sent". Hop 1's server got the POST, so it may have acted.

interface Received {
  method: string;
  url: string;
  body: string;
}

const servers: Server[] = [];

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

function listen(server: Server): Promise<number> {
  servers.push(server);
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port)));
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = "";
    request.setEncoding("utf8");
    request.on("data", (chunk: string) => {
      body += chunk;
    });
    request.on("end", () => resolve(body));
    request.on("error", reject);
  });
}

/** A port nothing listens on: bound once by the OS, then closed. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  const port = await new Promise<number>((resolve) =>
    probe.listen(0, "127.0.0.1", () => resolve((probe.address() as AddressInfo).port)),
  );
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** A real server that answers every request with a 307 to `location`, recording what it received. */
async function redirectingServer(location: string): Promise<{ baseUrl: string; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer(async (request, response) => {
    received.push({ method: request.method ?? "", url: request.url ?? "", body: await readBody(request) });
    response.writeHead(307, { Location: location, "Content-Length": "0" });
    response.end();
  });
  const port = await listen(server);
  return { baseUrl: `http://127.0.0.1:${port}`, received };
}

describe("a redirect followed by a refused connection (real node:http server)", () => {
  it("sends a POST redirected with 307 to a closed port exactly once, and rejects with ApiConnectionError", async () => {
    const deadPort = await closedPort();
    const { baseUrl, received } = await redirectingServer(`http://127.0.0.1:${deadPort}/things`);
    // Retries on, with no backoff to speak of: only the policy can stop a second send.
    const client = createFakeClient({ baseUrl, maxRetries: 3 });

    const error = await rejectionOf(client.POST("/things", { body: { name: "A thing" } }));

    expect(error).toBeInstanceOf(ApiConnectionError);
    expect(error).toMatchObject({ provider: "fake", method: "POST", status: null });
    expect(received).toEqual([{ method: "POST", url: "/things", body: JSON.stringify({ name: "A thing" }) }]);
  });

  it("still retries a GET redirected to a closed port (GET is idempotent): every attempt reaches hop 1", async () => {
    const deadPort = await closedPort();
    const { baseUrl, received } = await redirectingServer(`http://127.0.0.1:${deadPort}/things/abc`);
    const client = createFakeClient({ baseUrl, maxRetries: 1 });

    const error = await rejectionOf(client.GET("/things/{id}", { params: { path: { id: "abc" } } }));

    expect(error).toBeInstanceOf(ApiConnectionError);
    expect(received.map((request) => request.method)).toEqual(["GET", "GET"]);
  });

  it("still retries a POST refused on hop 1 itself (nothing was sent anywhere)", async () => {
    const deadPort = await closedPort();
    let calls = 0;
    const client = createFakeClient({
      baseUrl: `http://127.0.0.1:${deadPort}`,
      maxRetries: 1,
      fetch: (request) => {
        calls++;
        return globalThis.fetch(request);
      },
    });

    const error = await rejectionOf(client.POST("/things", { body: { name: "A thing" } }));

    expect(error).toBeInstanceOf(ApiConnectionError);
    expect(calls).toBe(2);
  });
});

describe("markMayHaveBeenSent", () => {
  const refused = () =>
    new TypeError("fetch failed", {
      cause: Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:9"), { code: "ECONNREFUSED" }),
    });

  it("makes failedBeforeSending false for an ECONNREFUSED below the mark", () => {
    expect(failedBeforeSending(refused())).toBe(true);
    expect(failedBeforeSending(markMayHaveBeenSent(refused()))).toBe(false);
  });

  it("keeps the mark through redactErrorChain's copy", () => {
    const marked = markMayHaveBeenSent(
      new TypeError("fetch failed for secret-key-123456", {
        cause: Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }),
      }),
    );
    const redacted = redactErrorChain(marked, "secret-key-123456");

    expect(redacted).not.toBe(marked);
    expect(failedBeforeSending(redacted)).toBe(false);
  });
});
