import { thrownBy, useMswServer } from "@agent-tasks/test-support";
import { HttpResponse, http } from "msw";
import { afterEach, describe, expect, it, vi } from "vitest";
import { thing } from "./__fixtures__/fake-client.js";
import { bearerDescriptor, FAKE_KEY, type FakePaths, fakeDescriptor } from "./__fixtures__/fake-provider.js";
import type { ProviderClientOptions } from "./client-options.js";
import { createProviderClient } from "./create-provider-client.js";
import { InvalidClientOptionError, MissingApiKeyError } from "./errors.js";

const api = useMswServer();

// Unlike the shared fixture's client, this one has no key unless a test gives it one: finding the key is under test.
function createFakeClient(options: ProviderClientOptions = {}, descriptor = fakeDescriptor) {
  return createProviderClient<FakePaths>(descriptor, options);
}

function serveThing(origin = "https://api.fake.example/v1") {
  api.server.use(http.get(`${origin}/things/:id`, () => HttpResponse.json(thing)));
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
});

describe("createProviderClient: API key", () => {
  it("throws MissingApiKeyError naming the apiKey option and FAKE_API_KEY when neither is set", () => {
    vi.stubEnv("FAKE_API_KEY", undefined);

    const error = thrownBy(() => createFakeClient());

    expect(error).toBeInstanceOf(MissingApiKeyError);
    expect(error).toMatchObject({ provider: "fake", option: "apiKey", envVar: "FAKE_API_KEY" });
    expect((error as MissingApiKeyError).message).toBe(
      "Missing Fake API key: pass the `apiKey` option to createFakeClient() or set the FAKE_API_KEY environment variable.",
    );
  });

  it.each(["", "   "])("treats FAKE_API_KEY=%j as missing", (value) => {
    vi.stubEnv("FAKE_API_KEY", value);

    expect(() => createFakeClient()).toThrow(MissingApiKeyError);
  });

  it("treats an empty apiKey option as missing", () => {
    vi.stubEnv("FAKE_API_KEY", undefined);

    expect(() => createFakeClient({ apiKey: "" })).toThrow(MissingApiKeyError);
  });

  it("falls back to FAKE_API_KEY when the apiKey option is blank", async () => {
    vi.stubEnv("FAKE_API_KEY", "key-from-env");
    serveThing();

    await createFakeClient({ apiKey: " " }).GET("/things/{id}", { params: { path: { id: "abc" } } });

    expect(api.calls[0]?.headers.get("X-Fake-Key")).toBe("key-from-env");
  });

  it("falls back to FAKE_API_KEY when no apiKey option is given", async () => {
    vi.stubEnv("FAKE_API_KEY", "key-from-env");
    serveThing();

    await createFakeClient().GET("/things/{id}", { params: { path: { id: "abc" } } });

    expect(api.calls[0]?.headers.get("X-Fake-Key")).toBe("key-from-env");
  });

  it("prefers the apiKey option over FAKE_API_KEY", async () => {
    vi.stubEnv("FAKE_API_KEY", "key-from-env");
    serveThing();

    await createFakeClient({ apiKey: FAKE_KEY }).GET("/things/{id}", { params: { path: { id: "abc" } } });

    expect(api.calls[0]?.headers.get("X-Fake-Key")).toBe(FAKE_KEY);
  });

  it("rejects an apiKey containing a newline without echoing the key", () => {
    const error = thrownBy(() => createFakeClient({ apiKey: `${FAKE_KEY}\nX-Injected: 1` }));

    expect(error).toBeInstanceOf(InvalidClientOptionError);
    expect(error).toMatchObject({ provider: "fake", option: "apiKey" });
    expect((error as Error).message).toBe(
      "Invalid `apiKey` option for fake: it contains control characters (a stray newline?)",
    );
    expect((error as Error).message).not.toContain(FAKE_KEY);
  });

  it("rejects an apiKey with a zero-width space, which no HTTP header can carry, without echoing the key", () => {
    const error = thrownBy(() => createFakeClient({ apiKey: `${FAKE_KEY}\u200b` }));

    expect(error).toBeInstanceOf(InvalidClientOptionError);
    expect((error as Error).message).toBe(
      "Invalid `apiKey` option for fake: it contains characters that cannot be sent in an HTTP header (a pasted zero-width space?)",
    );
    expect((error as Error).message).not.toContain(FAKE_KEY);
  });

  it("rejects a FAKE_API_KEY with a newline inside it without echoing the key", () => {
    vi.stubEnv("FAKE_API_KEY", `fake-key\n5f1c9a`);

    const error = thrownBy(() => createFakeClient());

    expect(error).toBeInstanceOf(InvalidClientOptionError);
    expect((error as Error).message).not.toContain(FAKE_KEY);
  });
});

describe("createProviderClient: auth header", () => {
  it("sends the key as X-Fake-Key and nowhere else", async () => {
    serveThing();

    const { data } = await createFakeClient({ apiKey: FAKE_KEY }).GET("/things/{id}", {
      params: { path: { id: "abc" } },
    });

    expect(data).toEqual(thing);
    const call = api.calls[0];
    expect(call?.headers.get("X-Fake-Key")).toBe(FAKE_KEY);
    expect([...(call?.headers.keys() ?? [])]).toEqual(["x-fake-key"]);
    expect(call?.url.href).toBe("https://api.fake.example/v1/things/abc");
    expect(call?.url.href).not.toContain(FAKE_KEY);
  });

  it("sends the key as Authorization: Bearer for an http bearer scheme and nowhere else", async () => {
    serveThing();

    await createFakeClient({ apiKey: FAKE_KEY }, bearerDescriptor).GET("/things/{id}", {
      params: { path: { id: "abc" } },
    });

    const call = api.calls[0];
    expect(call?.headers.get("Authorization")).toBe(`Bearer ${FAKE_KEY}`);
    expect([...(call?.headers.keys() ?? [])]).toEqual(["authorization"]);
    expect(call?.url.href).not.toContain(FAKE_KEY);
  });

  it("does not let caller headers named X-Fake-Key replace the key", async () => {
    serveThing();
    const client = createFakeClient({ apiKey: FAKE_KEY, headers: { "x-fake-key": "client-option-key" } });

    await client.GET("/things/{id}", {
      params: { path: { id: "abc" } },
      headers: { "X-FAKE-FAKE_KEY": "per-request-key" },
    });

    expect(api.calls[0]?.headers.get("X-Fake-Key")).toBe(FAKE_KEY);
  });

  it("does not let a caller Authorization header replace the bearer key", async () => {
    serveThing();
    const client = createFakeClient(
      { apiKey: FAKE_KEY, headers: { Authorization: "Bearer client-option-key" } },
      bearerDescriptor,
    );

    await client.GET("/things/{id}", { params: { path: { id: "abc" } }, headers: { authorization: "Basic b3RoZXI=" } });

    expect(api.calls[0]?.headers.get("Authorization")).toBe(`Bearer ${FAKE_KEY}`);
  });

  it("sends the caller's other headers from the client options and the call", async () => {
    serveThing();
    const client = createFakeClient({ apiKey: FAKE_KEY, headers: { "X-Request-Source": "tests" } });

    await client.GET("/things/{id}", { params: { path: { id: "abc" } }, headers: { "X-Trace-Id": "trace-1" } });

    const headers = api.calls[0]?.headers;
    expect(headers?.get("X-Request-Source")).toBe("tests");
    expect(headers?.get("X-Trace-Id")).toBe("trace-1");
    expect(headers?.get("X-Fake-Key")).toBe(FAKE_KEY);
  });
});

describe("createProviderClient: baseUrl", () => {
  it.each([
    ["/v1", 'Invalid `baseUrl` option for fake: "/v1" is not an absolute URL'],
    ["api.fake.example/v1", 'Invalid `baseUrl` option for fake: "api.fake.example/v1" is not an absolute URL'],
    ["ftp://api.fake.example/v1", "Invalid `baseUrl` option for fake: ftp: URLs are not supported"],
    [
      "https://user:hunter2@api.fake.example/v1",
      "Invalid `baseUrl` option for fake: credentials in the URL are not allowed",
    ],
    [
      "https://api.fake.example/v1?region=eu",
      "Invalid `baseUrl` option for fake: a query string or fragment cannot be part of it",
    ],
    [
      "https://api.fake.example/v1#top",
      "Invalid `baseUrl` option for fake: a query string or fragment cannot be part of it",
    ],
  ])("rejects baseUrl %j with InvalidClientOptionError", (baseUrl, message) => {
    const error = thrownBy(() => createFakeClient({ apiKey: FAKE_KEY, baseUrl }));

    expect(error).toBeInstanceOf(InvalidClientOptionError);
    expect(error).toMatchObject({ provider: "fake", option: "baseUrl" });
    expect((error as Error).message).toBe(message);
  });

  it("does not echo the password of a baseUrl with credentials", () => {
    const error = thrownBy(() =>
      createFakeClient({ apiKey: FAKE_KEY, baseUrl: "https://user:hunter2@api.fake.example" }),
    );

    expect((error as Error).message).not.toContain("hunter2");
  });

  it("defaults to the descriptor's serverUrl", async () => {
    serveThing();

    await createFakeClient({ apiKey: FAKE_KEY }).GET("/things/{id}", { params: { path: { id: "abc" } } });

    expect(api.calls[0]?.url.href).toBe("https://api.fake.example/v1/things/abc");
  });

  it("joins a baseUrl override that ends in slashes without doubling them", async () => {
    serveThing("https://staging.fake.example/v2");

    const { data } = await createFakeClient({ apiKey: FAKE_KEY, baseUrl: "https://staging.fake.example/v2//" }).GET(
      "/things/{id}",
      { params: { path: { id: "abc" } } },
    );

    expect(data).toEqual(thing);
    expect(api.calls.map((call) => call.url.href)).toEqual(["https://staging.fake.example/v2/things/abc"]);
  });
});

describe("createProviderClient: per-request baseUrl", () => {
  it("sends no key to a per-request baseUrl on another origin", async () => {
    serveThing("https://other.example/v1");

    await createFakeClient({ apiKey: FAKE_KEY }).GET("/things/{id}", {
      baseUrl: "https://other.example/v1",
      params: { path: { id: "abc" } },
    });

    expect(api.calls[0]?.url.href).toBe("https://other.example/v1/things/abc");
    expect(api.calls[0]?.headers.has("X-Fake-Key")).toBe(false);
  });
});

describe("createProviderClient: fetch", () => {
  it("sends requests through the fetch option, with the key", async () => {
    const customFetch = vi.fn(async (_request: Request) => Response.json(thing));

    const { data } = await createFakeClient({ apiKey: FAKE_KEY, fetch: customFetch }).GET("/things/{id}", {
      params: { path: { id: "abc" } },
    });

    expect(data).toEqual(thing);
    expect(customFetch).toHaveBeenCalledTimes(1);
    const sent = customFetch.mock.calls[0]?.[0];
    expect(sent?.url).toBe("https://api.fake.example/v1/things/abc");
    expect(sent?.headers.get("X-Fake-Key")).toBe(FAKE_KEY);
    expect(sent?.redirect).toBe("manual");
    expect(api.calls).toEqual([]);
  });

  it("looks up globalThis.fetch per request, so a fetch stubbed after the client was created is used", async () => {
    const client = createFakeClient({ apiKey: FAKE_KEY });
    const stubbedFetch = vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) =>
      Response.json({ id: "abc", name: "from the stub" }),
    );
    vi.stubGlobal("fetch", stubbedFetch);

    const { data } = await client.GET("/things/{id}", { params: { path: { id: "abc" } } });

    expect(data).toEqual({ id: "abc", name: "from the stub" });
    expect(stubbedFetch).toHaveBeenCalledTimes(1);
    const [input, init] = stubbedFetch.mock.calls[0] ?? [""];
    const sent = new Request(input, init);
    expect(sent.url).toBe("https://api.fake.example/v1/things/abc");
    expect(sent.headers.get("X-Fake-Key")).toBe(FAKE_KEY);
    expect(api.calls).toEqual([]);
  });
});

describe("createProviderClient: redirects", () => {
  it("follows a cross-origin redirect without the key", async () => {
    api.server.use(
      http.get(
        "https://api.fake.example/v1/things/:id",
        () => new HttpResponse(null, { status: 302, headers: { Location: "https://evil.example/collect" } }),
      ),
      http.get("https://evil.example/collect", () => HttpResponse.json(thing)),
    );

    const { data } = await createFakeClient({ apiKey: FAKE_KEY }).GET("/things/{id}", {
      params: { path: { id: "abc" } },
    });

    expect(data).toEqual(thing);
    expect(api.calls.map((call) => call.url.href)).toEqual([
      "https://api.fake.example/v1/things/abc",
      "https://evil.example/collect",
    ]);
    expect(api.calls[0]?.headers.get("X-Fake-Key")).toBe(FAKE_KEY);
    expect(api.calls[1]?.headers.has("X-Fake-Key")).toBe(false);
  });
});
