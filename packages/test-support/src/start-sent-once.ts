import type { ServerResponse } from "node:http";
import { expect, it } from "vitest";
import { closedPort, startServer } from "./real-server.js";

// A start that must not be sent twice after a 500, a timeout or a redirect to a closed port, checked on a real
// node:http server (real-server.ts): msw never opens a socket, so only a real server can count what arrived.

/** Answers with JSON. */
function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(text) });
  response.end(text);
}

/** Answers with a 307 to `location`. */
function redirect(response: ServerResponse, location: string): void {
  response.writeHead(307, { Location: location, "Content-Length": "0" });
  response.end();
}

/** How a test file starts one task against a base URL, with client options (retries, timeout) of its choosing. */
interface StartOnceCase {
  /** The start request's method and path as the server sees it, e.g. `POST /api/task/hyper-agent`. */
  request: { method: string; url: string };
  /** Starts one task through the adapter under test, on a client with `baseUrl` and `clientOptions`. */
  start: (baseUrl: string, clientOptions: { maxRetries?: number; timeoutMs?: number }) => Promise<unknown>;
  /** The error classes the package under test exports (every provider package re-exports core's). */
  errors: {
    ServerError: abstract new (...args: never[]) => Error;
    ApiTimeoutError: abstract new (...args: never[]) => Error;
    ApiConnectionError: abstract new (...args: never[]) => Error;
  };
}

/**
 * Registers the three tests that a start is sent exactly once when it may have reached the server: after a 500,
 * after the client's own timeout (the server holds the request), and after a 307 followed by a refused connection.
 * Each runs on a real server, with the client's retries on, and counts the requests that arrived.
 */
export function describeStartSentOnce({ request, start, errors }: StartOnceCase): void {
  const { ApiConnectionError, ApiTimeoutError, ServerError } = errors;
  it("sends start once after a 500 (real server, retries on): ServerError, 1 request received", async () => {
    const server = await startServer((_request, response) => sendJson(response, 500, { message: "Internal error" }));

    const error = await start(server.baseUrl, { maxRetries: 2 }).then(
      () => null,
      (reason: unknown) => reason,
    );

    expect(error).toBeInstanceOf(ServerError);
    expect(server.received.map(({ method, url }) => ({ method, url }))).toEqual([request]);
  });

  it("sends start once after the client's timeout while the server holds it: ApiTimeoutError, 1 request received", async () => {
    const server = await startServer(() => {}); // never answers

    const error = await start(server.baseUrl, { maxRetries: 2, timeoutMs: 500 }).then(
      () => null,
      (reason: unknown) => reason,
    );
    await server.firstArrived;

    expect(error).toBeInstanceOf(ApiTimeoutError);
    expect(server.received.map(({ method, url }) => ({ method, url }))).toEqual([request]);
  });

  it("sends start once when a 307 leads to a refused connection: ApiConnectionError, 1 request received", async () => {
    const deadPort = await closedPort();
    const server = await startServer((_request, response) => redirect(response, `http://127.0.0.1:${deadPort}/moved`));

    const error = await start(server.baseUrl, { maxRetries: 2 }).then(
      () => null,
      (reason: unknown) => reason,
    );

    expect(error).toBeInstanceOf(ApiConnectionError);
    expect(server.received.map(({ method, url }) => ({ method, url }))).toEqual([request]);
  });
}
