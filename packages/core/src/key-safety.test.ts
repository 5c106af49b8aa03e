import { inspect } from "node:util";
import { rejectionOf, renderings, useMswServer } from "@agent-tasks/test-support";
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { createFakeClient, FAKE_BASE_URL, getThing, THING_URL, thing } from "./__fixtures__/fake-client.js";
import { settle, useFakeClock } from "./__fixtures__/fake-clock.js";
import { bearerDescriptor, FAKE_KEY } from "./__fixtures__/fake-provider.js";
import {
  ApiConnectionError,
  ApiTimeoutError,
  AuthenticationError,
  InvalidResponseError,
  ServerError,
} from "./api-errors.js";
import { InvalidPathParameterError } from "./errors.js";
import type { RequestEvent } from "./request-events.js";
import { unwrap } from "./unwrap.js";

// The API key must reach the API's origin and nothing else: not another origin, not a message, not a log.

const api = useMswServer();

function expectNoKey(value: unknown): void {
  for (const text of renderings(value)) expect(text).not.toContain(FAKE_KEY);
}

describe("key safety: redirects through the full client", () => {
  it("never sends the key to another origin, on any retry of a cross-origin redirect", async () => {
    let evilCalls = 0;
    api.server.use(
      http.get(
        THING_URL,
        () => new HttpResponse(null, { status: 302, headers: { Location: "https://evil.example/collect" } }),
      ),
      http.get("https://evil.example/collect", () => {
        evilCalls++;
        return evilCalls === 1
          ? HttpResponse.json({ message: "try again" }, { status: 503, headers: { "retry-after-ms": "0" } })
          : HttpResponse.json(thing);
      }),
    );

    const { data } = await getThing(createFakeClient({ maxRetries: 2 }));

    expect(data).toEqual(thing);
    expect(api.calls.map((call) => call.url.href)).toEqual([
      `${FAKE_BASE_URL}/things/abc`,
      "https://evil.example/collect",
      `${FAKE_BASE_URL}/things/abc`,
      "https://evil.example/collect",
    ]);
    expect(api.calls.map((call) => call.headers.get("X-Fake-Key"))).toEqual([FAKE_KEY, null, FAKE_KEY, null]);
    for (const call of api.calls.filter((candidate) => candidate.url.origin !== "https://api.fake.example")) {
      expect([...call.headers.values()].join("\n")).not.toContain(FAKE_KEY);
      expect(call.url.href).not.toContain(FAKE_KEY);
    }
  });

  it("never sends a bearer key to another origin when a GET is redirected with 307 and retried on 429", async () => {
    // A GET, as only an idempotent request is sent again after a redirect hop: a POST whose first hop already
    // reached the API is never resent (create-authenticated-fetch.test.ts).
    let evilCalls = 0;
    api.server.use(
      http.get(
        THING_URL,
        () => new HttpResponse(null, { status: 307, headers: { Location: "https://evil.example/things/abc" } }),
      ),
      http.get("https://evil.example/things/abc", () => {
        evilCalls++;
        return evilCalls === 1
          ? HttpResponse.json({ message: "slow down" }, { status: 429, headers: { "retry-after-ms": "0" } })
          : HttpResponse.json(thing);
      }),
    );

    const { data } = await getThing(createFakeClient({}, bearerDescriptor));
    await api.settled();

    expect(data).toEqual(thing);
    expect(api.calls.map((call) => call.headers.get("Authorization"))).toEqual([
      `Bearer ${FAKE_KEY}`,
      null,
      `Bearer ${FAKE_KEY}`,
      null,
    ]);
  });
});

describe("key safety: path parameters", () => {
  it.each(["..", "%2e%2e", "%252e%252e", ".", ""])(
    "rejects the task id %j with InvalidPathParameterError and sends nothing, retries on",
    async (id) => {
      api.server.use(http.get(`${FAKE_BASE_URL}/*`, () => HttpResponse.json(thing)));
      const events: RequestEvent[] = [];

      const error = await rejectionOf(
        createFakeClient({ maxRetries: 2, onRequestEvent: (event) => void events.push(event) }).GET("/things/{id}", {
          params: { path: { id } },
        }),
      );

      expect(error).toBeInstanceOf(InvalidPathParameterError);
      expect(error).toMatchObject({ provider: "fake", parameter: "id", schemaPath: "/things/{id}" });
      expect(api.calls).toEqual([]);
      expect(events).toEqual([]);
    },
  );

  it("rejects `..` in the second of two path parameters and sends nothing", async () => {
    const error = await rejectionOf(
      createFakeClient().GET("/orgs/{org_id}/things/{id}", { params: { path: { org_id: "acme", id: ".." } } }),
    );

    expect(error).toBeInstanceOf(InvalidPathParameterError);
    expect(api.calls).toEqual([]);
  });

  it("rejects an unfilled {id} placeholder and sends nothing", async () => {
    const error = await rejectionOf(
      createFakeClient({ maxRetries: 2 }).GET("/things/{id}", { params: { path: {} as { id: string } } }),
    );

    expect(error).toBeInstanceOf(InvalidPathParameterError);
    expect((error as Error).message).toBe(
      'Invalid path parameter "id" for /things/{id}: it is missing. Nothing was sent.',
    );
    expect(api.calls).toEqual([]);
  });
});

describe("key safety: redaction", () => {
  useFakeClock();

  it("redacts a key the provider echoes in a JSON error body: message, body, JSON and inspect", async () => {
    api.server.use(
      http.get(THING_URL, () =>
        HttpResponse.json(
          { message: `Invalid API key: ${FAKE_KEY}`, received: { "x-fake-key": FAKE_KEY } },
          { status: 401, headers: { "x-request-id": "req-401" } },
        ),
      ),
    );

    const result = await getThing();
    const error = await rejectionOf(unwrap(result));

    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as Error).message).toBe(
      "Fake: GET /v1/things/abc failed with HTTP 401 Unauthorized: Invalid API key: [redacted] (request id req-401)",
    );
    expect((error as AuthenticationError).body).toEqual({
      message: "Invalid API key: [redacted]",
      received: { "x-fake-key": "[redacted]" },
    });
    expect(result.error).toEqual((error as AuthenticationError).body);
    expectNoKey(error);
    expectNoKey(result.error);
  });

  it("redacts a key echoed in a text error body", async () => {
    api.server.use(
      http.get(
        THING_URL,
        () =>
          new HttpResponse(`upstream rejected key=${FAKE_KEY}; key=${FAKE_KEY}`, {
            status: 500,
            headers: { "Content-Type": "text/plain" },
          }),
      ),
    );

    const error = await rejectionOf(unwrap(getThing(createFakeClient({ maxRetries: 0 }))));

    expect(error).toBeInstanceOf(ServerError);
    expect((error as ServerError).body).toBe("upstream rejected key=[redacted]; key=[redacted]");
    expect((error as Error).message).toContain('"upstream rejected key=[redacted]; key=[redacted]"');
    expectNoKey(error);
  });

  it("redacts a bearer key echoed back with its Bearer prefix", async () => {
    api.server.use(
      http.get(THING_URL, ({ request }) =>
        HttpResponse.json({ detail: `Bad token: ${request.headers.get("Authorization")}` }, { status: 403 }),
      ),
    );

    const error = await rejectionOf(unwrap(getThing(createFakeClient({}, bearerDescriptor))));

    expect((error as Error).message).toBe(
      "Fake: GET /v1/things/abc failed with HTTP 403 Forbidden: Bad token: Bearer [redacted]",
    );
    expectNoKey(error);
  });

  it("redacts a key echoed in a 2xx page that is not JSON (InvalidResponseError)", async () => {
    api.server.use(http.get(THING_URL, () => HttpResponse.html(`<html><body>Signed in as ${FAKE_KEY}</body></html>`)));

    const error = await rejectionOf(getThing());

    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as InvalidResponseError).body).toBe("<html><body>Signed in as [redacted]</body></html>");
    expect((error as Error).message).toContain('"<html><body>Signed in as [redacted]</body></html>"');
    expectNoKey(error);
  });

  it("redacts a key echoed in malformed 2xx JSON, including the parser's own words", async () => {
    api.server.use(
      http.get(
        THING_URL,
        () => new HttpResponse(`{"key":"${FAKE_KEY}", oops`, { headers: { "Content-Type": "application/json" } }),
      ),
    );

    const error = await rejectionOf(getThing());

    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as Error).message).toContain("[redacted]");
    expectNoKey(error);
  });

  it("keeps the key out of an ApiConnectionError whose cause mentions it", async () => {
    const leakyFetch = async (request: Request): Promise<Response> => {
      throw new TypeError(`proxy refused ${request.url} with x-fake-key=${request.headers.get("x-fake-key")}`, {
        cause: Object.assign(new Error(`inner ${FAKE_KEY}`), { code: "ECONNRESET" }),
      });
    };

    const error = await rejectionOf(getThing(createFakeClient({ fetch: leakyFetch, maxRetries: 0 })));

    expect(error).toBeInstanceOf(ApiConnectionError);
    expect((error as Error).message).toBe(
      "Fake: GET /v1/things/abc got no response: proxy refused https://api.fake.example/v1/things/abc with x-fake-key=[redacted]: inner [redacted]",
    );
    expectNoKey(error);
  });

  it("keeps the key out of an ApiTimeoutError", async () => {
    const neverAnswers = (request: Request) =>
      new Promise<Response>((_resolve, reject) => {
        request.signal.addEventListener("abort", () => reject(request.signal.reason));
      });

    const error = await rejectionOf(settle(getThing(createFakeClient({ fetch: neverAnswers, maxRetries: 0 }))));

    expect(error).toBeInstanceOf(ApiTimeoutError);
    expectNoKey(error);
  });

  it("shows the client as [redacted] in util.inspect and JSON.stringify", () => {
    const client = createFakeClient();

    expect(inspect(client)).toBe(
      'FakeClient {"provider":"fake","baseUrl":"https://api.fake.example/v1","apiKey":"[redacted]"}',
    );
    expect(JSON.stringify(client)).toBe(
      '{"provider":"fake","baseUrl":"https://api.fake.example/v1","apiKey":"[redacted]"}',
    );
    expect(inspect(client, { customInspect: false, showHidden: true, depth: Number.POSITIVE_INFINITY })).not.toContain(
      FAKE_KEY,
    );
  });

  it("never puts the key in an onRequestEvent payload, even when the provider echoes it", async () => {
    let calls = 0;
    api.server.use(
      http.get(THING_URL, ({ request }) => {
        calls++;
        if (calls === 1) return HttpResponse.error();
        if (calls === 2) {
          return HttpResponse.json(
            { message: `bad key ${request.headers.get("x-fake-key")}` },
            { status: 429, headers: { "retry-after-ms": "0", "x-request-id": "req-2" } },
          );
        }
        return HttpResponse.json({ message: `still bad ${FAKE_KEY}` }, { status: 401 });
      }),
    );
    const events: RequestEvent[] = [];
    const client = createFakeClient({
      headers: { Authorization: "Bearer caller-token", Cookie: "session=caller", "X-Trace-Id": "trace-1" },
      onRequestEvent: (event) => void events.push(event),
    });

    const result = await settle(client.GET("/things/{id}", { params: { path: { id: "abc" } } }));

    expect(events.map((event) => event.type)).toEqual([
      "request",
      "error",
      "retry",
      "request",
      "response",
      "retry",
      "request",
      "response",
    ]);
    const request = events[0];
    expect(request).toMatchObject({
      type: "request",
      headers: {
        "x-fake-key": "[redacted]",
        authorization: "[redacted]",
        cookie: "[redacted]",
        "x-trace-id": "trace-1",
      },
    });
    expectNoKey(events);
    expectNoKey(result);
  });
});
