import { rejectionOf, useMswServer } from "@agent-tasks/test-support";
import { delay, HttpResponse, http } from "msw";
import type { Middleware } from "openapi-fetch";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createFakeClient, getThing, THING_URL, THINGS_URL, thing } from "./__fixtures__/fake-client.js";
import { FAKE_KEY } from "./__fixtures__/fake-provider.js";
import { ApiTimeoutError, UserAbortError } from "./api-errors.js";
import type { RequestOptions } from "./client-options.js";
import { PreparedRequest } from "./prepared-request.js";

// The layer sends requests two ways: parts openapi-fetch prepared (no middleware, the fast path), or the real
// Request openapi-fetch built when middleware needs one. Both must authenticate, retry and redirect the same.

const api = useMswServer();

/** Middleware that only watches, so the client has to build real Requests. */
function watchingMiddleware(seen: string[]): Middleware {
  return {
    onRequest: ({ request }) => {
      seen.push(`${request.method} ${new URL(request.url).pathname} ${request instanceof Request}`);
    },
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("request paths: with middleware (real Request objects)", () => {
  it("hands middleware a real Request and still sends the key, exactly once", async () => {
    api.server.use(http.get(THING_URL, () => HttpResponse.json(thing)));
    const seen: string[] = [];
    const client = createFakeClient();
    client.use(watchingMiddleware(seen));

    const { data } = await getThing(client);

    expect(data).toEqual(thing);
    expect(seen).toEqual(["GET /v1/things/abc true"]);
    expect(api.calls).toHaveLength(1);
    expect(api.calls[0]?.headers.get("X-Fake-Key")).toBe(FAKE_KEY);
  });

  it("retries a 503 with a fresh copy of the request, key included", async () => {
    let served = 0;
    api.server.use(
      http.get(THING_URL, () =>
        ++served === 1
          ? new HttpResponse(null, { status: 503, headers: { "Retry-After": "0" } })
          : HttpResponse.json(thing),
      ),
    );
    const client = createFakeClient();
    client.use(watchingMiddleware([]));

    const { data } = await getThing(client, { maxRetries: 1 });

    expect(data).toEqual(thing);
    expect(api.calls.map((call) => call.headers.get("X-Fake-Key"))).toEqual([FAKE_KEY, FAKE_KEY]);
  });

  it("drops the key when the first hop redirects to another origin", async () => {
    api.server.use(
      http.get(
        THING_URL,
        () => new HttpResponse(null, { status: 302, headers: { Location: "https://elsewhere.example/x" } }),
      ),
      http.get("https://elsewhere.example/x", () => HttpResponse.json(thing)),
    );
    const client = createFakeClient({ headers: { Authorization: "Basic c2VjcmV0" } });
    client.use(watchingMiddleware([]));

    const { data } = await getThing(client);

    expect(data).toEqual(thing);
    expect(api.calls.map((call) => call.url.origin)).toEqual(["https://api.fake.example", "https://elsewhere.example"]);
    expect(api.calls[1]?.headers.get("X-Fake-Key")).toBeNull();
    expect(api.calls[1]?.headers.get("Authorization")).toBeNull();
  });

  it("goes back to prepared requests once the middleware is ejected", async () => {
    api.server.use(http.get(THING_URL, () => HttpResponse.json(thing)));
    const seen: string[] = [];
    const middleware = watchingMiddleware(seen);
    const client = createFakeClient();
    client.use(middleware);
    client.eject(middleware);
    const stubbedFetch = vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) => Response.json(thing));
    vi.stubGlobal("fetch", stubbedFetch);

    await getThing(client);

    expect(seen).toEqual([]);
    expect(typeof stubbedFetch.mock.calls[0]?.[0]).toBe("string");
  });
});

describe("request paths: both", () => {
  it.each([
    ["without middleware", false],
    ["with middleware", true],
  ])("sends the call's own fetch options (cache, credentials) on every attempt, %s", async (_label, withMiddleware) => {
    const sent: Request[] = [];
    const customFetch = vi.fn(async (request: Request) => {
      sent.push(request);
      return sent.length === 1
        ? new Response(null, { status: 503, headers: { "Retry-After": "0" } })
        : Response.json(thing);
    });
    const client = createFakeClient({ fetch: customFetch });
    if (withMiddleware) client.use(watchingMiddleware([]));

    const { data } = await getThing(client, { cache: "no-store", credentials: "include" } as RequestOptions);

    expect(data).toEqual(thing);
    expect(sent.map((request) => [request.cache, request.credentials])).toEqual([
      ["no-store", "include"],
      ["no-store", "include"],
    ]);
  });

  it("never shows the key to middleware, in the request it sees before or after the call", async () => {
    api.server.use(http.get(THING_URL, () => HttpResponse.json(thing)));
    const seen: (string | null)[] = [];
    const client = createFakeClient();
    client.use({
      onRequest: ({ request }) => void seen.push(request.headers.get("X-Fake-Key")),
      onResponse: ({ request }) => void seen.push(request.headers.get("X-Fake-Key")),
    });

    await getThing(client);

    expect(api.calls[0]?.headers.get("X-Fake-Key")).toBe(FAKE_KEY);
    expect(seen).toEqual([null, null]);
  });
});

describe("request paths: without middleware (prepared parts)", () => {
  it("calls fetch once with the URL and an init carrying the key, manual redirects and the attempt's signal", async () => {
    const stubbedFetch = vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) => Response.json(thing));
    vi.stubGlobal("fetch", stubbedFetch);

    await getThing(createFakeClient());

    expect(stubbedFetch).toHaveBeenCalledTimes(1);
    const [input, init] = stubbedFetch.mock.calls[0] ?? [];
    expect(input).toBe("https://api.fake.example/v1/things/abc");
    expect(new Headers(init?.headers).get("X-Fake-Key")).toBe(FAKE_KEY);
    expect(init?.redirect).toBe("manual");
    expect(init?.signal).toBeInstanceOf(AbortSignal);
  });

  it("re-sends a JSON body as the same string on a retry after 429", async () => {
    let served = 0;
    api.server.use(
      http.post(THINGS_URL, () =>
        ++served === 1
          ? new HttpResponse(null, { status: 429, headers: { "Retry-After": "0" } })
          : HttpResponse.json(thing, { status: 201 }),
      ),
    );

    const { data } = await createFakeClient().POST("/things", { body: { name: "A thing" } });
    await api.settled();

    expect(data).toEqual(thing);
    expect(api.calls.map((call) => call.body)).toEqual(['{"name":"A thing"}', '{"name":"A thing"}']);
  });

  it("builds a real Request for a custom fetch, with the key and the attempt's signal", async () => {
    const customFetch = vi.fn(async (_request: Request) => Response.json(thing));

    await getThing(createFakeClient({ fetch: customFetch }));

    const request = customFetch.mock.calls[0]?.[0];
    expect(request).toBeInstanceOf(Request);
    expect(request).not.toBeInstanceOf(PreparedRequest);
    expect(request?.headers.get("X-Fake-Key")).toBe(FAKE_KEY);
    expect(request?.redirect).toBe("manual");
  });

  it("sends no signal when there is no timeout and no caller's signal, since nothing could abort", async () => {
    const stubbedFetch = vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) => Response.json(thing));
    vi.stubGlobal("fetch", stubbedFetch);

    await getThing(createFakeClient({ timeoutMs: Number.POSITIVE_INFINITY }));

    expect(stubbedFetch.mock.calls[0]?.[1]?.signal ?? null).toBeNull();
  });

  it("still aborts at once on the caller's signal when the client has no timeout", async () => {
    api.server.use(
      http.get(THING_URL, async () => {
        await delay("infinite");
        return HttpResponse.json(thing);
      }),
    );
    const controller = new AbortController();
    const pending = getThing(createFakeClient({ timeoutMs: Number.POSITIVE_INFINITY }), {
      signal: controller.signal,
    });
    await vi.waitFor(() => expect(api.calls).toHaveLength(1));

    controller.abort(new Error("user navigated away"));

    const error = await rejectionOf(pending);
    expect(error).toBeInstanceOf(UserAbortError);
    expect((error as UserAbortError).cause).toEqual(new Error("user navigated away"));
  });

  it("times out a hanging request through the attempt's own signal", async () => {
    api.server.use(
      http.get(THING_URL, async () => {
        await delay("infinite");
        return HttpResponse.json(thing);
      }),
    );

    const error = await rejectionOf(getThing(createFakeClient({ timeoutMs: 20, maxRetries: 0 })));

    expect(error).toBeInstanceOf(ApiTimeoutError);
    expect(error).toMatchObject({ timeoutMs: 20, status: null, method: "GET" });
  });
});
