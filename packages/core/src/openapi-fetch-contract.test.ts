/**
 * What the request layer relies on in openapi-fetch itself, tested against openapi-fetch alone (no layer):
 * the `PreparedRequest` it builds through the `Request` option (prepared-request.ts), the `text`/`json`/`clone`
 * served from a body the layer already read (settle-response.ts), and the path guard run by hand when openapi-fetch
 * skips its `pathSerializer` (create-provider-client.ts). If an openapi-fetch upgrade fails one of these, the
 * layer's matching code must change with it.
 */
import createClient from "openapi-fetch";
import { describe, expect, it, vi } from "vitest";

const BASE_URL = "https://api.contract.example/v1";

type Init = Record<string, unknown>;
type Result = { data?: unknown; error?: unknown; response: Response };
type Method = (url: string, init?: Init) => Promise<Result>;

/** openapi-fetch's client with the options `createProviderClient` gives it, its methods typed loosely. */
function openapiFetch(options: Init = {}): Record<"GET" | "POST" | "HEAD", Method> {
  const client = createClient({ baseUrl: BASE_URL, redirect: "manual", ...options });
  return {
    GET: client.GET as unknown as Method,
    POST: client.POST as unknown as Method,
    HEAD: client.HEAD as unknown as Method,
  };
}

/** One object openapi-fetch built through the `Request` option: its arguments, and what was read off it. */
interface BuiltRequest {
  args: unknown[];
  instance: object;
  /** Properties read (`request.x`). */
  gets: string[];
  /** Properties tested with `in`. */
  has: string[];
}

/** A `Request` stand-in like `PreparedRequest` (it keeps `init`'s fields), recording how openapi-fetch uses it. */
function recordingRequestClass() {
  const built: BuiltRequest[] = [];
  class RecordingRequest {
    constructor(...args: unknown[]) {
      const [input, init] = args as [string, RequestInit];
      Object.assign(this, init, { url: String(input) });
      const record: BuiltRequest = { args, instance: this, gets: [], has: [] };
      record.instance = new Proxy(this, {
        get(target, key, receiver) {
          if (typeof key === "string") record.gets.push(key);
          return Reflect.get(target, key, receiver);
        },
        has(target, key) {
          if (typeof key === "string") record.has.push(key);
          return Reflect.has(target, key);
        },
      });
      built.push(record);
      // biome-ignore lint/correctness/noConstructorReturn: the proxy records what openapi-fetch reads
      return record.instance;
    }
  }
  return { RecordingRequest, built };
}

/** The first (in these tests, the only) request openapi-fetch built. */
function firstBuilt(built: BuiltRequest[]): BuiltRequest {
  const [first] = built;
  if (first === undefined) throw new Error("openapi-fetch built no request");
  return first;
}

/** A JSON response whose `text`/`json`/`clone` are replaced the way settle-response.ts replaces them. */
function servedResponse(body: string, init: ResponseInit = {}) {
  // A 204 cannot be built with a body, not even an empty one.
  const sent = init.status === 204 ? null : body;
  const response = new Response(sent, { status: 200, headers: { "content-type": "application/json" }, ...init });
  const text = vi.fn(async () => body);
  const json = vi.fn(async () => JSON.parse(body));
  const clone = vi.fn(() => new Response(body, response));
  const method = (value: unknown) => ({ value, configurable: true });
  Object.defineProperties(response, { text: method(text), json: method(json), clone: method(clone) });
  return { response, text, json, clone };
}

describe("openapi-fetch: the Request option", () => {
  it("constructs the Request class once per call with (url, init) and nothing else", async () => {
    const { RecordingRequest, built } = recordingRequestClass();
    const fetch = vi.fn(async () => servedResponse('{"id":"abc"}').response);

    await openapiFetch().GET("/things/{id}", {
      params: { path: { id: "abc" }, query: { expand: "all" } },
      signal: undefined,
      fetch,
      Request: RecordingRequest,
    });

    expect(built).toHaveLength(1);
    const [url, init] = firstBuilt(built).args as [unknown, Init];
    expect(built[0]?.args).toHaveLength(2);
    expect(url).toBe(`${BASE_URL}/things/abc?expand=all`);
    expect(Object.keys(init).sort()).toEqual(["body", "headers", "method", "redirect", "signal"]);
    expect(init).toMatchObject({ method: "GET", redirect: "manual", body: undefined, signal: undefined });
    expect(init.headers).toBeInstanceOf(Headers);
    expect([...(init.headers as Headers)]).toEqual([]);
  });

  it("passes the constructed instance, and only it, to the given fetch", async () => {
    const { RecordingRequest, built } = recordingRequestClass();
    const fetch = vi.fn(async (..._args: unknown[]) => servedResponse('{"id":"abc"}').response);

    await openapiFetch().GET("/things", { fetch, Request: RecordingRequest });

    expect(fetch).toHaveBeenCalledTimes(1);
    // The second argument is openapi-fetch's `requestInitExt`, undefined unless a client option sets it.
    expect(fetch.mock.calls[0]).toEqual([built[0]?.instance, undefined]);
    expect(fetch.mock.calls[0]?.[0]).toBe(built[0]?.instance);
  });

  it("sends a JSON body as a string with its content type in the merged Headers", async () => {
    const { RecordingRequest, built } = recordingRequestClass();
    const fetch = vi.fn(async () => servedResponse('{"id":"abc"}').response);
    const client = openapiFetch({ headers: { "X-Client": "client" } });

    await client.POST("/things", {
      body: { name: "thing" },
      headers: { "X-Call": "call" },
      params: { header: { "X-Param": "param" } },
      fetch,
      Request: RecordingRequest,
    });

    const [, init] = firstBuilt(built).args as [unknown, Init];
    expect(init.method).toBe("POST");
    expect(init.body).toBe('{"name":"thing"}');
    expect(init.headers).toBeInstanceOf(Headers);
    expect(Object.fromEntries(init.headers as Headers)).toEqual({
      "content-type": "application/json",
      "x-client": "client",
      "x-call": "call",
      "x-param": "param",
    });
  });

  it("reads only `method` off the instance, and tests the other init keys with `in`", async () => {
    const { RecordingRequest, built } = recordingRequestClass();
    const fetch = vi.fn(async () => servedResponse('{"id":"abc"}').response);

    await openapiFetch().GET("/things", {
      signal: undefined,
      credentials: "include",
      fetch,
      Request: RecordingRequest,
    });

    const { gets, has } = built[0] as BuiltRequest;
    expect(gets).toEqual(["method"]);
    // Every key is already on a PreparedRequest, so openapi-fetch copies nothing onto it.
    expect([...has].sort()).toEqual(["credentials", "method", "signal"]);
  });
});

describe("openapi-fetch: fetch without middleware", () => {
  it("calls the given fetch exactly once per call, with a new request each time", async () => {
    const { RecordingRequest, built } = recordingRequestClass();
    const fetch = vi.fn(async (..._args: unknown[]) => servedResponse('{"id":"abc"}').response);
    const client = openapiFetch();

    for (let call = 0; call < 3; call++) await client.GET("/things", { fetch, Request: RecordingRequest });

    expect(fetch).toHaveBeenCalledTimes(3);
    expect(built).toHaveLength(3);
    expect(fetch.mock.calls.map(([request]) => request)).toEqual(built.map(({ instance }) => instance));
    expect(new Set(built.map(({ instance }) => instance)).size).toBe(3);
  });

  it("calls the given fetch before its own promise first settles (no await before it)", async () => {
    const fetch = vi.fn(async () => servedResponse('{"id":"abc"}').response);

    const pending = openapiFetch().GET("/things", { fetch, Request: recordingRequestClass().RecordingRequest });

    expect(fetch).toHaveBeenCalledTimes(1);
    await pending;
  });
});

describe("openapi-fetch: reading the response", () => {
  it("reads a JSON success without Content-Length through text() only, and returns the same Response", async () => {
    const served = servedResponse('{"id":"abc"}');

    const result = await openapiFetch().GET("/things", { fetch: async () => served.response });

    expect(served.text).toHaveBeenCalledTimes(1);
    expect(served.json).not.toHaveBeenCalled();
    expect(served.clone).not.toHaveBeenCalled();
    expect(result.data).toEqual({ id: "abc" });
    expect(result.response).toBe(served.response);
  });

  it("reads a JSON success with Content-Length through json() only", async () => {
    const served = servedResponse('{"id":"abc"}', {
      headers: { "content-type": "application/json", "content-length": "12" },
    });

    const result = await openapiFetch().GET("/things", { fetch: async () => served.response });

    expect(served.json).toHaveBeenCalledTimes(1);
    expect(served.text).not.toHaveBeenCalled();
    expect(result.data).toEqual({ id: "abc" });
    expect(result.response).toBe(served.response);
  });

  it("reads an error body through text() only, parses it as JSON when it can, and returns the same Response", async () => {
    const served = servedResponse('{"message":"nope"}', { status: 404 });

    const result = await openapiFetch().GET("/things", { fetch: async () => served.response });

    expect(served.text).toHaveBeenCalledTimes(1);
    expect(served.json).not.toHaveBeenCalled();
    expect(result.error).toEqual({ message: "nope" });
    expect(result.response).toBe(served.response);
  });

  it("leaves the body unread for 204, HEAD and Content-Length 0", async () => {
    const noContent = servedResponse("", { status: 204 });
    const head = servedResponse('{"id":"abc"}');
    const empty = servedResponse("", { headers: { "content-length": "0" } });
    const client = openapiFetch();

    const results = [
      await client.GET("/things", { fetch: async () => noContent.response }),
      await client.HEAD("/things", { fetch: async () => head.response }),
      await client.GET("/things", { fetch: async () => empty.response }),
    ];

    for (const served of [noContent, head, empty]) {
      expect(served.text).not.toHaveBeenCalled();
      expect(served.json).not.toHaveBeenCalled();
    }
    expect(results.map(({ data }) => data)).toEqual([undefined, undefined, undefined]);
    expect(results.map(({ response }) => response)).toEqual([noContent.response, head.response, empty.response]);
  });
});

describe("openapi-fetch: parseAs and the rest of init", () => {
  it.each(["text", "blob", "arrayBuffer"] as const)(
    "reads a success with parseAs %s through response.%s()",
    async (parseAs) => {
      const served = servedResponse('{"id":"abc"}');
      const reader = vi.spyOn(served.response, parseAs);

      const result = await openapiFetch().GET("/things", { parseAs, fetch: async () => served.response });

      expect(reader).toHaveBeenCalledTimes(1);
      if (parseAs !== "text") expect(served.text).not.toHaveBeenCalled();
      expect(served.json).not.toHaveBeenCalled();
      expect(result.response).toBe(served.response);
    },
  );

  it("hands back the body stream unread with parseAs stream", async () => {
    const served = servedResponse('{"id":"abc"}');

    const result = await openapiFetch().GET("/things", { parseAs: "stream", fetch: async () => served.response });

    expect(result.data).toBe(served.response.body);
    expect(served.text).not.toHaveBeenCalled();
    expect(served.json).not.toHaveBeenCalled();
  });

  it("passes signal, fetch options and unknown keys (the layer's maxRetries, timeoutMs) on in init", async () => {
    const { RecordingRequest, built } = recordingRequestClass();
    const fetch = vi.fn(async () => servedResponse('{"id":"abc"}').response);
    const { signal } = new AbortController();

    await openapiFetch().GET("/things", {
      signal,
      credentials: "include",
      cache: "no-store",
      maxRetries: 0,
      timeoutMs: 5,
      parseAs: "json",
      fetch,
      Request: RecordingRequest,
    });

    const [, init] = firstBuilt(built).args as [unknown, Init];
    expect(init).toMatchObject({ signal, credentials: "include", cache: "no-store", maxRetries: 0, timeoutMs: 5 });
    // openapi-fetch's own options stay with openapi-fetch.
    for (const own of ["parseAs", "fetch", "Request", "params", "middleware"]) expect(init).not.toHaveProperty(own);
  });
});

describe("openapi-fetch: pathSerializer", () => {
  it("calls the pathSerializer with base URL + schema path when params.path is present, even empty", async () => {
    const pathSerializer = vi.fn((pathname: string) => pathname.replace("{id}", "abc"));
    const fetch = async () => servedResponse('{"id":"abc"}').response;
    const client = openapiFetch({ pathSerializer });

    await client.GET("/things/{id}", { params: { path: { id: "abc" } }, fetch });
    await client.GET("/things", { params: { path: {} }, fetch });

    expect(pathSerializer.mock.calls).toEqual([
      [`${BASE_URL}/things/{id}`, { id: "abc" }],
      [`${BASE_URL}/things`, {}],
    ]);
  });

  it("skips the pathSerializer when params.path is absent (the layer then runs its path guard itself)", async () => {
    const pathSerializer = vi.fn((pathname: string) => pathname);
    const fetch = async () => servedResponse('{"id":"abc"}').response;
    const client = openapiFetch({ pathSerializer });

    await client.GET("/things/{id}", { fetch });
    await client.GET("/things/{id}", { params: {}, fetch });
    await client.GET("/things/{id}", { params: { query: { expand: "all" } }, fetch });
    await client.GET("/things/{id}", { params: { path: null }, fetch });

    expect(pathSerializer).not.toHaveBeenCalled();
  });
});
