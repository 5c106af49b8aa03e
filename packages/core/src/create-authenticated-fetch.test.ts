import { useMswServer } from "@agent-tasks/test-support";
import { HttpResponse, http, type JsonBodyType } from "msw";
import { describe, expect, it } from "vitest";
import { createFakeClient, FAKE_BASE_URL } from "./__fixtures__/fake-client.js";
import { FAKE_KEY } from "./__fixtures__/fake-provider.js";
import {
  type AuthenticatedFetchOptions,
  createAuthenticatedTransport,
  type FetchLike,
} from "./create-authenticated-fetch.js";
import { RedirectError } from "./errors.js";
import { requestParts } from "./prepared-request.js";
import type { SecurityScheme } from "./security-scheme.js";

const API = "https://api.fake.example";
const EVIL = "https://evil.example";

const apiKeyHeader: SecurityScheme = { type: "apiKey", in: "header", name: "X-Fake-Key" };
const bearer: SecurityScheme = { type: "http", scheme: "bearer" };

const api = useMswServer();

/** The transport, for tests that hold a `Request`. */
function createAuthenticatedFetch(options: AuthenticatedFetchOptions) {
  const transport = createAuthenticatedTransport(options);
  return async (request: Request, fetchOverride?: FetchLike) =>
    transport({ ...(await requestParts(request)), signal: request.signal, reached: { redirects: 0 } }, fetchOverride);
}

function authenticatedFetch(security: SecurityScheme = apiKeyHeader) {
  return createAuthenticatedFetch({
    provider: "fake",
    security,
    apiKey: FAKE_KEY,
    apiOrigin: API,
    getFetch: () => (request) => globalThis.fetch(request),
  });
}

/** useMswServer fills in a recorded body once it has been read: wait for every call, then pick one by URL. */
async function recordedCall(href: string, expectedCalls: number) {
  await api.settled();
  expect(api.calls).toHaveLength(expectedCalls);
  const call = api.calls.find((candidate) => candidate.url.href === href);
  if (call === undefined) throw new Error(`no request to ${href} was recorded`);
  return call;
}

function redirectTo(location: string, status = 302) {
  return () => new HttpResponse(null, { status, headers: { Location: location } });
}

function ok(body: JsonBodyType = { ok: true }) {
  return () => HttpResponse.json(body);
}

/** msw's handler for a method a test case names. */
const handlerOf = { GET: http.get, POST: http.post, PUT: http.put };

describe("createAuthenticatedTransport", () => {
  it("adds the key to a request with no redirect", async () => {
    api.server.use(http.get("https://api.fake.example/things/abc", ok({ id: "abc" })));

    const response = await authenticatedFetch()(new Request(`${API}/things/abc`));

    expect(await response.json()).toEqual({ id: "abc" });
    expect(api.calls).toHaveLength(1);
    expect(api.calls[0]?.headers.get("X-Fake-Key")).toBe(FAKE_KEY);
  });

  it("follows a same-origin 302 and sends the key on both hops", async () => {
    api.server.use(
      http.get("https://api.fake.example/things/old", redirectTo("/things/new")),
      http.get("https://api.fake.example/things/new", ok({ id: "new" })),
    );

    const response = await authenticatedFetch()(new Request(`${API}/things/old`));

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ id: "new" });
    expect(api.calls.map((call) => call.url.href)).toEqual([`${API}/things/old`, `${API}/things/new`]);
    expect(api.calls.map((call) => call.headers.get("X-Fake-Key"))).toEqual([FAKE_KEY, FAKE_KEY]);
  });

  it("follows a cross-origin 302 without the key, Authorization, Cookie or any other caller header", async () => {
    api.server.use(
      http.get("https://api.fake.example/things/abc", redirectTo(`${EVIL}/collect`)),
      http.get("https://evil.example/collect", ok()),
    );
    const request = new Request(`${API}/things/abc`, {
      headers: { Authorization: "Bearer caller-token", Cookie: "session=caller", "X-Trace-Id": "trace-1" },
    });

    const response = await authenticatedFetch()(request);

    expect(response.status).toBe(200);
    const [first, second] = api.calls;
    expect(first?.headers.get("X-Fake-Key")).toBe(FAKE_KEY);
    expect(first?.headers.get("Authorization")).toBe("Bearer caller-token");
    expect(second?.url.href).toBe(`${EVIL}/collect`);
    expect(second?.headers.has("X-Fake-Key")).toBe(false);
    expect(second?.headers.has("Authorization")).toBe(false);
    expect(second?.headers.has("Cookie")).toBe(false);
    // A caller's own header may carry a token too: only harmless ones (accept, content-type...) cross origins.
    expect(second?.headers.has("X-Trace-Id")).toBe(false);
  });

  it("follows a cross-origin 307 with method and body but without the key", async () => {
    api.server.use(
      http.post("https://api.fake.example/things/abc/rename", redirectTo(`${EVIL}/collect`, 307)),
      http.post("https://evil.example/collect", ok()),
    );
    const request = new Request(`${API}/things/abc/rename`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ name: "renamed" }),
    });

    await authenticatedFetch()(request);

    const second = await recordedCall(`${EVIL}/collect`, 2);
    expect(second.method).toBe("POST");
    expect(second.body).toBe('{"name":"renamed"}');
    expect(second.headers.has("X-Fake-Key")).toBe(false);
    expect([...second.headers.values()].join(" ")).not.toContain(FAKE_KEY);
  });

  it("drops a bearer key on a cross-origin redirect", async () => {
    api.server.use(
      http.get("https://api.fake.example/things/abc", redirectTo(`${EVIL}/collect`)),
      http.get("https://evil.example/collect", ok()),
    );

    await authenticatedFetch(bearer)(new Request(`${API}/things/abc`));

    expect(api.calls[0]?.headers.get("Authorization")).toBe(`Bearer ${FAKE_KEY}`);
    expect(api.calls[1]?.headers.has("Authorization")).toBe(false);
  });

  it("treats a redirect from https to http on the same host as another origin", async () => {
    api.server.use(
      http.get("https://api.fake.example/things/abc", redirectTo("http://api.fake.example/things/abc")),
      http.get("http://api.fake.example/things/abc", ok()),
    );

    await authenticatedFetch()(new Request(`${API}/things/abc`));

    expect(api.calls[1]?.url.href).toBe("http://api.fake.example/things/abc");
    expect(api.calls[1]?.headers.has("X-Fake-Key")).toBe(false);
  });

  it("keeps the key off a redirect that comes back to the API origin after leaving it", async () => {
    api.server.use(
      http.get("https://api.fake.example/things/abc", redirectTo(`${EVIL}/bounce`)),
      http.get("https://evil.example/bounce", redirectTo(`${API}/things/final`)),
      http.get("https://api.fake.example/things/final", ok({ id: "final" })),
    );

    const response = await authenticatedFetch()(new Request(`${API}/things/abc`));

    expect(await response.json()).toEqual({ id: "final" });
    expect(api.calls.map((call) => call.url.href)).toEqual([
      `${API}/things/abc`,
      `${EVIL}/bounce`,
      `${API}/things/final`,
    ]);
    expect(api.calls.map((call) => call.headers.get("X-Fake-Key"))).toEqual([FAKE_KEY, null, null]);
  });

  it.each([
    [301, "POST", "GET"],
    [302, "POST", "GET"],
    [303, "POST", "GET"],
    [303, "PUT", "GET"],
    [302, "PUT", "PUT"],
    [307, "POST", "POST"],
    [308, "POST", "POST"],
  ] as const)("answers a %i to %s with a %s to the new location", async (status, method, expectedMethod) => {
    api.server.use(
      handlerOf[method]("https://api.fake.example/things/abc", redirectTo("/things/moved", status)),
      http.get("https://api.fake.example/things/moved", ok()),
      http.post("https://api.fake.example/things/moved", ok()),
      http.put("https://api.fake.example/things/moved", ok()),
    );
    const request = new Request(`${API}/things/abc`, {
      method,
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ name: "renamed" }),
    });

    const response = await authenticatedFetch()(request);

    expect(response.status).toBe(200);
    const second = await recordedCall(`${API}/things/moved`, 2);
    expect(second.method).toBe(expectedMethod);
    expect(second.headers.get("X-Fake-Key")).toBe(FAKE_KEY);
    if (expectedMethod === "GET") {
      expect(second.body).toBeNull();
      expect(second.headers.has("Content-Type")).toBe(false);
    } else {
      expect(second.body).toBe('{"name":"renamed"}');
      expect(second.headers.get("Content-Type")).toBe("application/json");
    }
  });

  it("follows exactly 5 redirects", async () => {
    api.server.use(
      http.get("https://api.fake.example/hops/:hop", ({ params }) => {
        const hop = Number(params.hop);
        return hop < 5 ? redirectTo(`/hops/${hop + 1}`)() : HttpResponse.json({ hops: hop });
      }),
    );

    const response = await authenticatedFetch()(new Request(`${API}/hops/0`));

    expect(await response.json()).toEqual({ hops: 5 });
    expect(api.calls).toHaveLength(6);
  });

  it("throws RedirectError on a sixth redirect, without the key in the message", async () => {
    api.server.use(http.get("https://api.fake.example/loop", redirectTo("/loop")));

    const error = await authenticatedFetch()(new Request(`${API}/loop`)).catch((thrown: unknown) => thrown);

    expect(error).toBeInstanceOf(RedirectError);
    expect(error).toMatchObject({ provider: "fake", status: 302 });
    expect((error as Error).message).toBe(
      "fake answered with a redirect (HTTP 302) that was not followed: more than 5 redirects",
    );
    expect((error as Error).message).not.toContain(FAKE_KEY);
    expect(api.calls).toHaveLength(6);
  });

  it("returns a 302 without a Location header as it is", async () => {
    api.server.use(http.get("https://api.fake.example/things/abc", () => new HttpResponse(null, { status: 302 })));

    const response = await authenticatedFetch()(new Request(`${API}/things/abc`));

    expect(response.status).toBe(302);
    expect(api.calls).toHaveLength(1);
  });

  it("sends no key to a request whose origin is not the client's API origin", async () => {
    api.server.use(http.get("https://elsewhere.example/things/abc", () => HttpResponse.json({})));

    await authenticatedFetch()(new Request("https://elsewhere.example/things/abc"));

    const call = await recordedCall("https://elsewhere.example/things/abc", 1);
    expect(call.headers.has("x-fake-key")).toBe(false);
  });

  it("refuses to follow a redirect to a non-http(s) URL", async () => {
    api.server.use(http.get(`${API}/things/abc`, redirectTo("data:text/plain,hello")));

    const error = await authenticatedFetch()(new Request(`${API}/things/abc`)).catch((thrown: unknown) => thrown);

    expect(error).toBeInstanceOf(RedirectError);
    expect((error as Error).message).toContain("the target is a data: URL");
    expect((error as Error).message).not.toContain(FAKE_KEY);
  });

  it("throws RedirectError when the runtime hides the redirect target", async () => {
    const opaque = new Response(null);
    Object.defineProperty(opaque, "type", { value: "opaqueredirect" });
    const authFetch = createAuthenticatedFetch({
      provider: "fake",
      security: apiKeyHeader,
      apiKey: FAKE_KEY,
      apiOrigin: API,
      getFetch: () => async () => opaque,
    });

    const error = await authFetch(new Request(`${API}/things/abc`)).catch((thrown: unknown) => thrown);

    expect(error).toBeInstanceOf(RedirectError);
    expect((error as Error).message).toBe(
      "fake answered with a redirect (HTTP 0) that was not followed: the runtime hides the redirect target (browser fetch)",
    );
    expect((error as Error).message).not.toContain(FAKE_KEY);
  });
});

describe("a POST redirected to a hop that answers 408, 409 or 429 (the request layer's retries)", () => {
  // Hop 1 got the POST and may have acted on it before redirecting: a "refused before processing" status from a
  // later hop says nothing about hop 1, so the POST must not be sent again.
  for (const [redirect, followedWith] of [
    [301, "GET"],
    [302, "GET"],
    [303, "GET"],
    [307, "POST"],
    [308, "POST"],
  ] as const) {
    for (const refused of [408, 409, 429]) {
      it(`sends the POST once when a ${redirect} leads to a ${refused}, and hands back the ${refused}`, async () => {
        const moved = `${FAKE_BASE_URL}/moved`;
        api.server.use(
          http.post(`${FAKE_BASE_URL}/things`, redirectTo(moved, redirect)),
          handlerOf[followedWith](moved, () =>
            HttpResponse.json({ detail: "refused" }, { status: refused, headers: { "retry-after-ms": "0" } }),
          ),
        );
        const client = createFakeClient({ maxRetries: 2 });

        const { response } = await client.POST("/things", { body: { name: "A thing" } });

        expect(response.status).toBe(refused);
        await api.settled();
        expect(api.calls.map((call) => `${call.method} ${call.url.href}`)).toEqual([
          `POST ${FAKE_BASE_URL}/things`,
          `${followedWith} ${moved}`,
        ]);
      });
    }
  }

  it("still retries a POST refused with 429 on its first hop (no server acted on it)", async () => {
    api.server.use(
      http.post(`${FAKE_BASE_URL}/things`, () =>
        HttpResponse.json({ detail: "refused" }, { status: 429, headers: { "retry-after-ms": "0" } }),
      ),
    );
    const client = createFakeClient({ maxRetries: 1 });

    const { response } = await client.POST("/things", { body: { name: "A thing" } });

    expect(response.status).toBe(429);
    expect(api.calls.map((call) => call.method)).toEqual(["POST", "POST"]);
  });

  it("still retries a GET redirected to a 429 (GET is idempotent)", async () => {
    const moved = `${FAKE_BASE_URL}/moved`;
    api.server.use(
      http.get(`${FAKE_BASE_URL}/things/abc`, redirectTo(moved, 302)),
      http.get(moved, () =>
        HttpResponse.json({ detail: "refused" }, { status: 429, headers: { "retry-after-ms": "0" } }),
      ),
    );
    const client = createFakeClient({ maxRetries: 1 });

    const { response } = await client.GET("/things/{id}", { params: { path: { id: "abc" } } });

    expect(response.status).toBe(429);
    expect(api.calls).toHaveLength(4);
  });
});
