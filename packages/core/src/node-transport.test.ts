import type { IncomingMessage } from "node:http";
import { inspect } from "node:util";
import { brotliCompressSync, deflateSync, gzipSync } from "node:zlib";
import { closedPort, rejectionOf, startServer, useRealServers } from "@agent-tasks/test-support";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createFakeClient, getThing, thing } from "./__fixtures__/fake-client.js";
import { FAKE_KEY } from "./__fixtures__/fake-provider.js";
import { ApiConnectionError, ApiTimeoutError, ResponseTooLargeError, UserAbortError } from "./api-errors.js";
import type { FetchLike } from "./create-authenticated-fetch.js";
import { createNodeTransport, type NodeTransport } from "./node-transport.js";
import { BODY_SOURCE, SEND_PARTS } from "./prepared-request.js";
import { hasErrorCode } from "./retry-policy.js";

useRealServers();

const opened: NodeTransport[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((transport) => transport.close()));
});

/** A Node transport closed after the test. */
function nodeTransport(): NodeTransport {
  const transport = createNodeTransport();
  opened.push(transport);
  return transport;
}

/** Resolves when the socket `request` arrived on is closed (by either side). */
function socketClosed(request: IncomingMessage): Promise<void> {
  return new Promise((resolve) => {
    if (request.socket.destroyed) resolve();
    else request.socket.once("close", () => resolve());
  });
}

/**
 * A server that answers every request through `answer`, keeping each request's "socket closed" promise, in
 * arrival order, so a test can wait for the client to let go of a socket.
 */
async function serverWatchingSockets(answer: Parameters<typeof startServer>[0]) {
  const closed: Promise<void>[] = [];
  const server = await startServer((request, response, recorded) => {
    closed.push(socketClosed(request));
    return answer(request, response, recorded);
  });
  return { ...server, closed };
}

// The guarantees both transports must keep, pinned against real sockets: the default `fetch` and the Node transport.
const transports: [string, () => FetchLike | undefined][] = [
  ["the default fetch", () => undefined],
  ["the Node transport", nodeTransport],
];

describe.each(transports)("through %s", (_name, transport) => {
  it("a timeout before the response frees the hung socket: the server sees it close", async () => {
    const api = await serverWatchingSockets(() => {});
    const client = createFakeClient({ baseUrl: api.baseUrl, fetch: transport(), timeoutMs: 200, maxRetries: 0 });

    const error = await rejectionOf(getThing(client));

    expect(error).toBeInstanceOf(ApiTimeoutError);
    expect(api.closed).toHaveLength(1);
    await api.closed[0];
  });

  it("a timeout during a body that never ends frees the socket", async () => {
    const api = await serverWatchingSockets((_request, response) => {
      response.writeHead(200, { "content-type": "application/json" });
      response.write("[");
    });
    const client = createFakeClient({ baseUrl: api.baseUrl, fetch: transport(), timeoutMs: 200, maxRetries: 0 });

    const error = await rejectionOf(getThing(client));

    expect(error).toBeInstanceOf(ApiTimeoutError);
    await api.closed[0];
  });

  it("the caller's abort ends the request and frees the socket", async () => {
    const api = await serverWatchingSockets(() => {});
    const client = createFakeClient({ baseUrl: api.baseUrl, fetch: transport(), timeoutMs: Infinity });
    const controller = new AbortController();

    const pending = getThing(client, { signal: controller.signal });
    await api.firstArrived;
    controller.abort(new Error("changed my mind"));
    const error = await rejectionOf(pending);

    expect(error).toBeInstanceOf(UserAbortError);
    await api.closed[0];
  });

  it("a 2xx body over maxResponseBytes ends the call at the limit and frees the socket", async () => {
    const api = await serverWatchingSockets((_request, response) => {
      response.writeHead(200, { "content-type": "application/json" });
      const timer = setInterval(() => response.write(`"${"x".repeat(1024)}",`), 5);
      response.on("close", () => clearInterval(timer));
      response.write("[");
    });
    const client = createFakeClient({ baseUrl: api.baseUrl, fetch: transport(), maxResponseBytes: 10_000 });

    const error = await rejectionOf(getThing(client));

    expect(error).toBeInstanceOf(ResponseTooLargeError);
    await api.closed[0];
  });

  it("a refused connection is an ApiConnectionError with ECONNREFUSED in its cause chain, and no key", async () => {
    const port = await closedPort();
    const client = createFakeClient({ baseUrl: `http://127.0.0.1:${port}`, fetch: transport(), maxRetries: 0 });

    const error = await rejectionOf(getThing(client));

    expect(error).toBeInstanceOf(ApiConnectionError);
    expect(hasErrorCode(error, ["ECONNREFUSED"])).toBe(true);
    expect(inspect(error, { depth: 10 })).not.toContain(FAKE_KEY);
  });
});

describe("createNodeTransport", () => {
  it("speaks the request layer's protocol: takes parts, and offers the body without a web stream", async () => {
    const api = await startServer((_request, response) => {
      response.end("ok");
    });
    const send = (nodeTransport() as unknown as Record<symbol, (url: string, init: object) => Promise<Response>>)[
      SEND_PARTS
    ];

    const response = await send?.(`${api.baseUrl}/`, { method: "GET", headers: {} });
    const source = (response as unknown as Record<symbol, { read: (limit: number, onStop: () => void) => unknown }>)[
      BODY_SOURCE
    ];

    expect(await source?.read(100, () => {})).toEqual({ bytes: new TextEncoder().encode("ok"), truncated: false });
    expect(response?.bodyUsed).toBe(true);
  });

  it("serves status, headers and JSON through a real client, and sends the key and fetch's default headers", async () => {
    const api = await startServer((_request, response) => {
      response.setHeader("content-type", "application/json");
      response.setHeader("x-request-id", "req_1");
      response.setHeader("set-cookie", ["a=1", "b=2"]);
      response.end(JSON.stringify(thing));
    });
    const client = createFakeClient({ baseUrl: api.baseUrl, fetch: nodeTransport() });
    const built = vi.fn();
    vi.stubGlobal(
      "Request",
      class extends Request {
        constructor(...args: ConstructorParameters<typeof Request>) {
          built();
          super(...args);
        }
      },
    );

    try {
      const { data, response } = await getThing(client);

      expect(data).toEqual(thing);
      expect(response).toBeInstanceOf(Response);
      expect(response.status).toBe(200);
      expect(response.url).toBe(`${api.baseUrl}/things/abc`);
      expect(response.headers.get("x-request-id")).toBe("req_1");
      expect(response.headers.getSetCookie()).toEqual(["a=1", "b=2"]);
      expect(await response.clone().json()).toEqual(thing);
      expect(built).not.toHaveBeenCalled();
    } finally {
      vi.unstubAllGlobals();
    }
    const [received] = api.received;
    expect(received?.method).toBe("GET");
    expect(received?.url).toBe("/things/abc");
    expect(received?.headers["x-fake-key"]).toBe(FAKE_KEY);
    expect(received?.headers["accept-encoding"]).toBe("gzip, deflate, br");
    expect(received?.headers["user-agent"]).toBe("node");
  });

  it("sends a POST body once, with its content type", async () => {
    const api = await startServer((_request, response) => {
      response.writeHead(201, { "content-type": "application/json" });
      response.end(JSON.stringify(thing));
    });
    const client = createFakeClient({ baseUrl: api.baseUrl, fetch: nodeTransport() });

    const created = await client.POST("/things", { body: { name: "A thing" } });

    expect(created.data).toEqual(thing);
    expect(api.received.map(({ method }) => method)).toEqual(["POST"]);
    expect(api.received[0]?.body).toBe('{"name":"A thing"}');
    expect(api.received[0]?.headers["content-type"]).toBe("application/json");
  });

  it("keeps sockets alive: 20 calls one after another use one or two", async () => {
    const sockets = new Set<unknown>();
    const api = await startServer((request, response) => {
      sockets.add(request.socket);
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify(thing));
    });
    const client = createFakeClient({ baseUrl: api.baseUrl, fetch: nodeTransport() });

    for (let call = 0; call < 20; call++) expect((await getThing(client)).data).toEqual(thing);

    // The next call can start before the pool has taken the last socket back, and then opens a second one.
    expect(sockets.size).toBeLessThanOrEqual(2);
  });

  it("leaves redirects to the client, which sends the key to the API's origin only", async () => {
    const elsewhere = await startServer((_request, response) => {
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify({ id: "moved" }));
    });
    const api = await startServer((_request, response) => {
      response.writeHead(302, { location: `${elsewhere.baseUrl}/things/moved` });
      response.end();
    });
    const client = createFakeClient({ baseUrl: api.baseUrl, fetch: nodeTransport() });

    const { data } = await getThing(client);

    expect(data).toEqual({ id: "moved" });
    expect(api.received[0]?.headers["x-fake-key"]).toBe(FAKE_KEY);
    expect(elsewhere.received).toHaveLength(1);
    expect(elsewhere.received[0]?.headers["x-fake-key"]).toBeUndefined();
  });

  it("does not follow a redirect itself", async () => {
    const api = await startServer((_request, response) => {
      response.writeHead(307, { location: "/elsewhere" });
      response.end();
    });

    const response = await nodeTransport()(new Request(`${api.baseUrl}/things`));

    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toBe("/elsewhere");
    expect(api.received).toHaveLength(1);
  });

  it.each([
    ["gzip", gzipSync],
    ["deflate", deflateSync],
    ["br", brotliCompressSync],
  ] as const)("decodes a %s body", async (encoding, compress) => {
    const api = await startServer((_request, response) => {
      response.writeHead(200, { "content-type": "application/json", "content-encoding": encoding });
      response.end(compress(JSON.stringify(thing)));
    });
    const client = createFakeClient({ baseUrl: api.baseUrl, fetch: nodeTransport() });

    const { data } = await getThing(client);

    expect(data).toEqual(thing);
  });

  it("measures maxResponseBytes after decompression (a gzip bomb)", async () => {
    const bomb = gzipSync(Buffer.alloc(5_000_000, " "));
    const api = await startServer((_request, response) => {
      response.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip" });
      response.end(bomb);
    });
    const client = createFakeClient({ baseUrl: api.baseUrl, fetch: nodeTransport(), maxResponseBytes: 100_000 });

    const error = await rejectionOf(getThing(client));

    expect(bomb.byteLength).toBeLessThan(100_000);
    expect(error).toBeInstanceOf(ResponseTooLargeError);
  });

  it("answers a HEAD and a 204 with no body, and the socket serves the next call", async () => {
    const api = await startServer((request, response) => {
      if (request.method === "HEAD") response.writeHead(200, { "content-type": "application/json" });
      else response.writeHead(204);
      response.end();
    });
    const transport = nodeTransport();

    const head = await transport(new Request(`${api.baseUrl}/things`, { method: "HEAD" }));
    const empty = await transport(new Request(`${api.baseUrl}/things`, { method: "DELETE" }));

    expect([head.status, head.body]).toEqual([200, null]);
    expect([empty.status, empty.body]).toEqual([204, null]);
  });

  it("works as a plain fetch: sends a Request's method, headers and body", async () => {
    const api = await startServer((_request, response) => {
      response.writeHead(200, { "content-type": "text/plain" });
      response.end("ok");
    });

    const response = await nodeTransport()(
      new Request(`${api.baseUrl}/echo`, { method: "PUT", headers: { "x-one": "1" }, body: "hello" }),
    );

    expect(await response.text()).toBe("ok");
    expect(api.received[0]).toMatchObject({ method: "PUT", url: "/echo", body: "hello" });
    expect(api.received[0]?.headers["x-one"]).toBe("1");
  });

  it("answers with a real Response whose readers behave as fetch's", async () => {
    const api = await startServer((_request, response) => {
      response.writeHead(201, "Made", { "content-type": "application/json" });
      response.end(JSON.stringify(thing));
    });
    const transport = nodeTransport();
    const url = `${api.baseUrl}/things/abc`;

    const first = await transport(new Request(url));
    const copy = first.clone();
    const streamed = await transport(new Request(url));
    const chunks: Uint8Array[] = [];
    for await (const chunk of streamed.body as unknown as AsyncIterable<Uint8Array>) chunks.push(chunk);

    expect(first).toBeInstanceOf(Response);
    expect([first.status, first.statusText, first.ok, first.url]).toEqual([201, "Made", true, url]);
    expect(await first.json()).toEqual(thing);
    expect(first.bodyUsed).toBe(true);
    await expect(first.text()).rejects.toThrow(TypeError);
    expect(await copy.text()).toBe(JSON.stringify(thing));
    expect(JSON.parse(Buffer.concat(chunks).toString())).toEqual(thing);
  });

  it("serializes FormData and URLSearchParams bodies as fetch does", async () => {
    const api = await startServer((_request, response) => {
      response.end();
    });
    const transport = nodeTransport();
    const form = new FormData();
    form.set("name", "A thing");

    await transport(new Request(`${api.baseUrl}/form`, { method: "POST", body: form }));
    await transport(new Request(`${api.baseUrl}/query`, { method: "POST", body: new URLSearchParams({ a: "1" }) }));

    expect(api.received[0]?.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    expect(api.received[0]?.body).toContain('name="name"\r\n\r\nA thing');
    expect(api.received[1]?.headers["content-type"]).toBe("application/x-www-form-urlencoded;charset=UTF-8");
    expect(api.received[1]?.body).toBe("a=1");
  });

  it("close() ends the idle keep-alive sockets", async () => {
    const api = await serverWatchingSockets((_request, response) => {
      response.end("ok");
    });
    const transport = createNodeTransport();
    await (await transport(new Request(`${api.baseUrl}/`))).text();

    await transport.close();

    await api.closed[0];
    expect(await rejectionOf(transport(new Request(`${api.baseUrl}/`)))).toBeInstanceOf(Error);
  });
});
