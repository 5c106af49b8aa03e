import { gzipSync } from "node:zlib";
import { closedPort, rejectionOf, startServer, useRealServers } from "@agent-tasks/test-support";
import { describe, expect, it } from "vitest";
import { createFakeClient, getThing, thing } from "./__fixtures__/fake-client.js";
import { FAKE_KEY } from "./__fixtures__/fake-provider.js";
import {
  ApiConnectionError,
  ApiTimeoutError,
  ResponseTooLargeError,
  ServerError,
  UserAbortError,
} from "./api-errors.js";
import type { FetchLike } from "./create-authenticated-fetch.js";
import type { RequestEvent } from "./request-events.js";
import { setSignalDeadline } from "./signal-deadline.js";
import { unwrap } from "./unwrap.js";

useRealServers();

// Issue 13, an outside review's probes against real node:http servers: each test is named after the defect it
// pins, and failed on the code before the fix.

/** A server that answers with the headers, then sends a byte every `everyMs` and never ends the body. */
function trickleForever(everyMs = 20) {
  return startServer((_request, response) => {
    response.writeHead(200, { "content-type": "application/json" });
    response.write("[");
    const timer = setInterval(() => response.write(" "), everyMs);
    response.on("close", () => clearInterval(timer));
  });
}

describe("1. a POST redirected to a host that refuses connections is sent once", () => {
  it.each([302, 303, 307])(
    "POST answered %i to a refusing port: one POST received, ApiConnectionError",
    async (status) => {
      const deadPort = await closedPort();
      const api = await startServer((_request, response) => {
        response.writeHead(status, { location: `http://127.0.0.1:${deadPort}/things`, "content-length": "0" });
        response.end();
      });
      const client = createFakeClient({ baseUrl: api.baseUrl, maxRetries: 3 });

      const error = await rejectionOf(client.POST("/things", { body: { name: "A thing" } }));

      expect(error).toBeInstanceOf(ApiConnectionError);
      expect(api.received.map(({ method }) => method)).toEqual(["POST"]);
    },
  );

  it("a POST whose redirect target times out is not sent again either", async () => {
    const hanging = await startServer(() => {});
    const api = await startServer((_request, response) => {
      response.writeHead(307, { location: `${hanging.baseUrl}/things`, "content-length": "0" });
      response.end();
    });
    const client = createFakeClient({ baseUrl: api.baseUrl, maxRetries: 3, timeoutMs: 150 });

    const error = await rejectionOf(client.POST("/things", { body: { name: "A thing" } }));

    expect(error).toBeInstanceOf(ApiTimeoutError);
    expect(api.received).toHaveLength(1);
  });

  it("a POST answered 429 by a redirect target (not by the API) is not sent again", async () => {
    const target = await startServer((_request, response) => {
      response.writeHead(429, { "retry-after": "0", "content-type": "application/json" });
      response.end("{}");
    });
    const api = await startServer((_request, response) => {
      response.writeHead(307, { location: `${target.baseUrl}/things`, "content-length": "0" });
      response.end();
    });
    const client = createFakeClient({ baseUrl: api.baseUrl, maxRetries: 3 });

    const { response } = await client.POST("/things", { body: { name: "A thing" } });

    expect(response.status).toBe(429);
    expect(api.received).toHaveLength(1);
  });
});

describe("1 (continued). retries that stay safe", () => {
  it("still retries a GET redirected to a closed port (GET is idempotent): every attempt reaches hop 1", async () => {
    const deadPort = await closedPort();
    const api = await startServer((_request, response) => {
      response.writeHead(307, { location: `http://127.0.0.1:${deadPort}/things/abc`, "content-length": "0" });
      response.end();
    });
    const client = createFakeClient({ baseUrl: api.baseUrl, maxRetries: 1 });

    const error = await rejectionOf(getThing(client));

    expect(error).toBeInstanceOf(ApiConnectionError);
    expect(api.received.map(({ method }) => method)).toEqual(["GET", "GET"]);
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

describe("2. parseAs text, blob and arrayBuffer: the timeout and the caller's abort cover the body", () => {
  it.each(["text", "blob", "arrayBuffer"] as const)("parseAs %s: a body that never ends times out", async (parseAs) => {
    const api = await trickleForever();
    const client = createFakeClient({ baseUrl: api.baseUrl, maxRetries: 0, timeoutMs: 300 });

    const error = await rejectionOf(getThing(client, { parseAs } as never));

    expect(error).toBeInstanceOf(ApiTimeoutError);
    expect((error as ApiTimeoutError).timeoutMs).toBe(300);
  });

  it.each(["text", "blob", "arrayBuffer", "stream"] as const)(
    "parseAs %s: the caller's abort ends a body that never ends",
    async (parseAs) => {
      const api = await trickleForever();
      const client = createFakeClient({ baseUrl: api.baseUrl, maxRetries: 0, timeoutMs: Infinity });
      const controller = new AbortController();

      const pending = getThing(client, { parseAs, signal: controller.signal } as never).then(async (result) => {
        // parseAs stream hands the body back unread: reading it is where the abort must land.
        const { data } = result as { data?: unknown };
        if (data instanceof ReadableStream) await new Response(data).text();
        return result;
      });
      setTimeout(() => controller.abort(new Error("stop")), 100);
      const error = await rejectionOf(pending);

      expect(error).toBeInstanceOf(UserAbortError);
    },
  );

  it("parseAs text still reads a body that does end, and the socket is reused afterwards", async () => {
    const api = await startServer((_request, response) => {
      response.writeHead(200, { "content-type": "text/plain" });
      response.end("plain text");
    });
    const client = createFakeClient({ baseUrl: api.baseUrl, timeoutMs: 5_000 });

    const first = await getThing(client, { parseAs: "text" } as never);
    const second = await getThing(client, { parseAs: "text" } as never);

    expect(first.data).toBe("plain text");
    expect(second.data).toBe("plain text");
  });
});

describe("5. a custom fetch that ignores the signal cannot defeat a timeout", () => {
  const ignoresSignal: FetchLike = () => new Promise<Response>(() => {});

  it("timeoutMs ends an attempt whose custom fetch never settles", async () => {
    const client = createFakeClient({ fetch: ignoresSignal, timeoutMs: 100, maxRetries: 1 });

    const error = await rejectionOf(getThing(client));

    expect(error).toBeInstanceOf(ApiTimeoutError);
  });

  it("the caller's abort ends it too", async () => {
    const client = createFakeClient({ fetch: ignoresSignal, timeoutMs: Infinity });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);

    const error = await rejectionOf(getThing(client, { signal: controller.signal }));

    expect(error).toBeInstanceOf(UserAbortError);
  });

  it("a custom fetch whose body never ends, and ignores the signal, times out on the body", async () => {
    const endless = new ReadableStream({ pull: () => new Promise(() => {}) });
    const client = createFakeClient({
      fetch: async () => new Response(endless, { headers: { "content-type": "application/json" } }),
      timeoutMs: 100,
      maxRetries: 0,
    });

    const error = await rejectionOf(getThing(client, { parseAs: "text" } as never));

    expect(error).toBeInstanceOf(ApiTimeoutError);
  });
});

describe("6. maxResponseBytes: a response body is bounded while it streams and after decompression", () => {
  it("an endless 2xx body ends in ResponseTooLargeError at the limit", async () => {
    const api = await startServer((_request, response) => {
      response.writeHead(200, { "content-type": "application/json" });
      const chunk = `"${"x".repeat(64 * 1024)}",`;
      response.write("[");
      const pump = () => {
        while (response.write(chunk)) {}
      };
      response.on("drain", pump);
      pump();
    });
    const client = createFakeClient({ baseUrl: api.baseUrl, maxResponseBytes: 1024 * 1024, timeoutMs: 10_000 });

    const error = await rejectionOf(getThing(client));

    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(error).toMatchObject({ status: 200, maxResponseBytes: 1024 * 1024, provider: "fake" });
    expect((error as Error).message).toContain("1,048,576 bytes");
  });

  it("a gzip bomb is measured after decompression", async () => {
    // 64 MiB of zeros compress to about 64 kB.
    const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024, 0x20));
    const api = await startServer((_request, response) => {
      response.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip" });
      response.end(bomb);
    });
    const client = createFakeClient({ baseUrl: api.baseUrl, maxResponseBytes: 1024 * 1024 });

    const error = await rejectionOf(getThing(client));

    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(error).toBeInstanceOf(ResponseTooLargeError);
  });

  it.each(["text", "arrayBuffer", "blob"] as const)("parseAs %s is bounded the same way", async (parseAs) => {
    const api = await startServer((_request, response) => {
      response.writeHead(200, { "content-type": "text/plain" });
      response.end("y".repeat(4096));
    });
    const client = createFakeClient({ baseUrl: api.baseUrl, maxResponseBytes: 1000 });

    const error = await rejectionOf(getThing(client, { parseAs } as never));

    expect(error).toBeInstanceOf(ResponseTooLargeError);
  });

  it("an error body over the limit is cut at the limit: the status still decides", async () => {
    const api = await startServer((_request, response) => {
      response.writeHead(503, { "content-type": "text/plain" });
      response.end("z".repeat(10_000));
    });
    const client = createFakeClient({ baseUrl: api.baseUrl, maxResponseBytes: 1000, maxRetries: 0 });

    const { error, response } = await getThing(client);

    expect(response.status).toBe(503);
    expect(JSON.stringify(error).length).toBeLessThan(2_000);
    expect(api.received).toHaveLength(1);
  });

  it("a body within the limit is read as usual (under the default limit)", async () => {
    const api = await startServer((_request, response) => {
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify(thing));
    });
    const client = createFakeClient({ baseUrl: api.baseUrl });

    const { data } = await getThing(client);

    expect(data).toEqual(thing);
  });
});

describe("7. a call whose signal's deadline has passed is refused when a slot is granted", () => {
  it("queued calls past their deadline never reach the server when a slot frees up", async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const api = await startServer(async (_request, response) => {
      await gate;
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify(thing));
    });
    const client = createFakeClient({ baseUrl: api.baseUrl, maxConcurrentRequests: 1 });
    const first = getThing(client);
    // Queued behind the first, with a deadline that passes while they wait (their timer has not fired yet).
    const late = Array.from({ length: 5 }, () => {
      const controller = new AbortController();
      setSignalDeadline(controller.signal, performance.now() - 1);
      return rejectionOf(getThing(client, { signal: controller.signal }));
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    release();

    expect((await first).data).toEqual(thing);
    for (const error of await Promise.all(late)) expect(error).toBeInstanceOf(UserAbortError);
    expect(api.received).toHaveLength(1);
    // The slot was handed on, not lost.
    expect((await getThing(client)).data).toEqual(thing);
  });
});

describe("8. an abort that lands right after a queued call gets its slot is honoured", () => {
  it("for every microtask delay after the slot frees: nothing is sent once the caller aborted, and the call rejects", async () => {
    for (let ticks = 0; ticks < 40; ticks++) {
      let finishFirst: (response: Response) => void = () => {};
      const controller = new AbortController();
      // For the queued call: whether its caller had already aborted when the request went out.
      const sentAfterAbort: boolean[] = [];
      let calls = 0;
      const client = createFakeClient({
        maxConcurrentRequests: 1,
        maxRetries: 0,
        fetch: () => {
          calls++;
          if (calls === 1) {
            return new Promise((resolve) => {
              finishFirst = resolve;
            });
          }
          sentAfterAbort.push(controller.signal.aborted);
          return Promise.resolve(Response.json(thing));
        },
      });
      const first = getThing(client);
      const second = getThing(client, { signal: controller.signal }).then(
        () => "completed",
        (error: unknown) => error,
      );
      await new Promise((resolve) => setTimeout(resolve, 0));
      finishFirst(Response.json(thing));
      for (let tick = 0; tick < ticks; tick++) await Promise.resolve();
      controller.abort(new Error("changed my mind"));

      await first;
      const outcome = await second;
      expect(sentAfterAbort, `abort after ${ticks} microtasks`).not.toContain(true);
      // Aborted before it was sent: it must reject, not complete.
      if (sentAfterAbort.length === 0)
        expect(outcome, `abort after ${ticks} microtasks`).toBeInstanceOf(UserAbortError);
    }
  });
});

describe("9. a key echoed in response headers does not reach the request hook", () => {
  it("the response event's requestId is redacted", async () => {
    const api = await startServer((_request, response) => {
      response.writeHead(200, { "content-type": "application/json", "x-request-id": `req-${FAKE_KEY}` });
      response.end(JSON.stringify(thing));
    });
    const events: RequestEvent[] = [];
    const client = createFakeClient({ baseUrl: api.baseUrl, onRequestEvent: (event) => events.push(event) });

    await getThing(client);

    expect(JSON.stringify(events)).not.toContain(FAKE_KEY);
    expect(events.find((event) => event.type === "response")).toMatchObject({ requestId: "req-[redacted]" });
  });
});

describe("15d. headers given as options do not follow a redirect to another origin", () => {
  it("the client's and the call's own headers stay behind; harmless ones travel", async () => {
    const other = await startServer((_request, response) => {
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify(thing));
    });
    const api = await startServer((_request, response) => {
      response.writeHead(302, { location: `${other.baseUrl}/things/abc`, "content-length": "0" });
      response.end();
    });
    const client = createFakeClient({
      baseUrl: api.baseUrl,
      headers: { "x-org-token": "org-secret", accept: "application/json" },
    });

    const { data } = await getThing(client, { headers: { "x-call-token": "call-secret" } } as never);

    expect(data).toEqual(thing);
    expect(api.received[0]?.headers).toMatchObject({ "x-org-token": "org-secret", "x-call-token": "call-secret" });
    const forwarded = other.received[0]?.headers ?? {};
    expect(forwarded).not.toHaveProperty("x-org-token");
    expect(forwarded).not.toHaveProperty("x-call-token");
    expect(forwarded).not.toHaveProperty("x-fake-key");
    expect(forwarded).toMatchObject({ accept: "application/json" });
  });

  it("a same-origin redirect keeps them", async () => {
    const api = await startServer((request, response) => {
      if (request.url === "/things/abc") {
        response.writeHead(302, { location: "/things/moved", "content-length": "0" });
        response.end();
        return;
      }
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify(thing));
    });
    const client = createFakeClient({ baseUrl: api.baseUrl, headers: { "x-org-token": "org-secret" } });

    await getThing(client);

    expect(api.received.map(({ headers }) => headers["x-org-token"])).toEqual(["org-secret", "org-secret"]);
  });
});

describe("a 5xx is still a ServerError after these changes", () => {
  it("HTTP 500 with a JSON body", async () => {
    const api = await startServer((_request, response) => {
      response.writeHead(500, { "content-type": "application/json" });
      response.end(JSON.stringify({ message: "boom" }));
    });
    const client = createFakeClient({ baseUrl: api.baseUrl, maxRetries: 0 });

    const { response, error } = await getThing(client);

    expect(response.status).toBe(500);
    expect(error).toEqual({ message: "boom" });
    expect(await rejectionOf(unwrap(getThing(client)))).toBeInstanceOf(ServerError);
  });
});

describe("errors say what happened: how many attempts over how long, and the last cause", () => {
  it("a connection refused three times says so, with the cause", async () => {
    const deadPort = await closedPort();
    const client = createFakeClient({ baseUrl: `http://127.0.0.1:${deadPort}`, maxRetries: 2 });

    const error = await rejectionOf(getThing(client));

    expect(error).toBeInstanceOf(ApiConnectionError);
    expect((error as Error).message).toMatch(/got no response: .*ECONNREFUSED.* \(after 3 attempts over \d+\.\d s\)$/);
  });

  it("a 503 answered to every attempt says so when unwrapped", async () => {
    const api = await startServer((_request, response) => {
      response.writeHead(503, { "content-type": "application/json", "retry-after": "0" });
      response.end(JSON.stringify({ message: "overloaded" }));
    });
    const client = createFakeClient({ baseUrl: api.baseUrl, maxRetries: 1 });

    const { error, response } = await getThing(client);
    const thrown = await rejectionOf(unwrap(getThing(client, { maxRetries: 0 })));

    expect(response.status).toBe(503);
    expect(error).toEqual({ message: "overloaded" });
    expect(thrown).toBeInstanceOf(ServerError);
    expect((thrown as Error).message).not.toContain("attempts");
    const retried = await rejectionOf(unwrap(getThing(client)));
    expect((retried as Error).message).toMatch(/: overloaded \(after 2 attempts over \d+\.\d s\)$/);
  });
});

describe("review: what a second read found", () => {
  it("no redirect hop is sent after the attempt timed out, when a custom fetch ignores the signal", async () => {
    const api = await startServer((request, response) => {
      if (request.url === "/things") {
        response.writeHead(307, { location: "/v2/things", "content-length": "0" });
        response.end();
        return;
      }
      response.writeHead(201, { "content-type": "application/json" });
      response.end(JSON.stringify(thing));
    });
    const slowAndDeaf: FetchLike = async (request) => {
      const body = request.body === null ? null : await request.arrayBuffer();
      await new Promise((resolve) => setTimeout(resolve, 300));
      const { method, headers, url } = request;
      return globalThis.fetch(url, { method, headers, body, redirect: "manual" });
    };
    const client = createFakeClient({ baseUrl: api.baseUrl, fetch: slowAndDeaf, timeoutMs: 100, maxRetries: 0 });

    const error = await rejectionOf(client.POST("/things", { body: { name: "A thing" } }));
    await new Promise((resolve) => setTimeout(resolve, 800));

    expect(error).toBeInstanceOf(ApiTimeoutError);
    expect(api.received.map(({ method, url }) => `${method} ${url}`)).toEqual(["POST /things"]);
  });

  it("the key is not served back in result.response.text() when an error body repeats a field to hide it", async () => {
    const api = await startServer((_request, response) => {
      response.writeHead(401, { "content-type": "application/json" });
      response.end(`{"detail":"key ${FAKE_KEY} is bad","detail":"invalid key"}`);
    });
    const client = createFakeClient({ baseUrl: api.baseUrl });

    const result = await getThing(client);

    expect(result.error).toEqual({ detail: "invalid key" });
    expect(await result.response.text()).not.toContain(FAKE_KEY);
    expect(await result.response.clone().text()).not.toContain(FAKE_KEY);
  });

  it("the attempts note is in the stack too, which is what loggers print", async () => {
    const deadPort = await closedPort();
    const client = createFakeClient({ baseUrl: `http://127.0.0.1:${deadPort}`, maxRetries: 1 });

    const error = (await rejectionOf(getThing(client))) as Error;

    expect(error.message).toContain("(after 2 attempts over");
    expect(error.stack).toContain(error.message);
  });

  it("a call sent to another origin on purpose (a per-call baseUrl) keeps its own headers, never the key", async () => {
    const other = await startServer((_request, response) => {
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify(thing));
    });
    const client = createFakeClient({ baseUrl: "https://api.fake.example", headers: { "x-org-token": "org-secret" } });

    await getThing(client, { baseUrl: other.baseUrl } as never);

    expect(other.received[0]?.headers).toMatchObject({ "x-org-token": "org-secret" });
    expect(other.received[0]?.headers).not.toHaveProperty("x-fake-key");
  });
});
