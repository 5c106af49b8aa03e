import { rejectionOf, useMswServer } from "@agent-tasks/test-support";
import { delay, HttpResponse, type HttpResponseResolver, http } from "msw";
import { describe, expect, it, vi } from "vitest";
import {
  createFakeClient,
  FAKE_BASE_URL,
  type FakeClient,
  getThing,
  THING_URL,
  THINGS_URL,
  thing,
} from "./__fixtures__/fake-client.js";
import { advance, CLOCK_START, flush, settle, track, useFakeClock } from "./__fixtures__/fake-clock.js";
import { FAKE_KEY } from "./__fixtures__/fake-provider.js";
import {
  ApiConnectionError,
  ApiTimeoutError,
  InvalidResponseError,
  RateLimitError,
  ServerError,
  UserAbortError,
} from "./api-errors.js";
import type { ProviderClientOptions, RequestOptions } from "./client-options.js";
import type { RequestEvent } from "./request-events.js";
import { unwrap } from "./unwrap.js";

// Fault injection through the full client: openapi-fetch -> request layer -> authenticated fetch -> msw.

const api = useMswServer();

function postThing(client: FakeClient = createFakeClient(), options: RequestOptions = {}) {
  return client.POST("/things", { body: { name: "A thing" }, ...options });
}

function patchThing(client: FakeClient = createFakeClient(), options: RequestOptions = {}) {
  return client.PATCH("/things/{id}", { params: { path: { id: "abc" } }, body: { name: "Renamed" }, ...options });
}

/** Answers the first call with the first resolver, the second with the second...; the last one repeats. */
function inOrder(...resolvers: HttpResponseResolver[]): HttpResponseResolver {
  let call = 0;
  return (info) => {
    const resolver = resolvers[Math.min(call, resolvers.length - 1)];
    call++;
    if (resolver === undefined) throw new Error("inOrder needs at least one resolver");
    return resolver(info);
  };
}

function status(code: number, headers: Record<string, string> = {}): HttpResponseResolver {
  return () => HttpResponse.json({ message: `failure ${code}` }, { status: code, headers });
}

const ok: HttpResponseResolver = () => HttpResponse.json(thing);
const created: HttpResponseResolver = () => HttpResponse.json(thing, { status: 201 });
const connectionReset: HttpResponseResolver = () => HttpResponse.error();
const hang: HttpResponseResolver = async () => {
  await delay("infinite");
  return HttpResponse.json(thing);
};

function recordEvents() {
  const events: RequestEvent[] = [];
  return { events, onRequestEvent: (event: RequestEvent) => void events.push(event) };
}

/** A first answer that fails, and when the retry must come: not by `quietUntilMs`, but by `retriedByMs`. */
interface RetryAfterWait {
  failure: HttpResponseResolver;
  options?: ProviderClientOptions;
  mathRandom?: number;
  quietUntilMs: number;
  retriedByMs: number;
}

/** maxRetries set on the client, the request or both, and how many calls an always-503 server then sees. */
interface RetryCount {
  client?: ProviderClientOptions;
  request?: RequestOptions;
  calls: number;
}

describe("request layer: retries", () => {
  useFakeClock();

  it("backs off 500 ms then 1 s, then returns the last 503 after 2 retries (3 calls)", async () => {
    api.server.use(http.get(THING_URL, status(503)));

    const result = track(getThing());
    await flush();
    expect(api.calls).toHaveLength(1);
    await advance(500);
    expect(api.calls).toHaveLength(2);
    await advance(999);
    expect(api.calls).toHaveLength(2);
    expect(result.settled).toBe(false);
    await advance(1);

    expect(api.calls).toHaveLength(3);
    const { error, response } = await result.promise;
    expect(response.status).toBe(503);
    expect(error).toEqual({ message: "failure 503" });
    await expect(unwrap(result.promise)).rejects.toBeInstanceOf(ServerError);
  });

  // Each case fails once, then succeeds: no second call at `quietUntilMs`, one by `retriedByMs`. Backoff has
  // no jitter unless the case sets `mathRandom`: the fake clock pins Math.random() to 0.
  it.each<[scenario: string, RetryAfterWait]>([
    [
      "retries a 503 once and succeeds with the 200 (2 calls, after a 500 ms backoff)",
      { failure: status(503), quietUntilMs: 499, retriedByMs: 500 },
    ],
    [
      "cuts each backoff by up to a quarter (Math.random() = 1: 375 ms)",
      { failure: status(500), mathRandom: 1, quietUntilMs: 374, retriedByMs: 375 },
    ],
    [
      "waits for Retry-After: 2 before retrying a 429 (no second call at 1.9 s, one by 2.0 s)",
      { failure: status(429, { "Retry-After": "2" }), quietUntilMs: 1_900, retriedByMs: 2_000 },
    ],
    [
      "waits for retry-after-ms: 1500 before retrying (no second call at 1499 ms, one by 1500 ms)",
      { failure: status(429, { "retry-after-ms": "1500" }), quietUntilMs: 1_499, retriedByMs: 1_500 },
    ],
    [
      "waits until an HTTP-date Retry-After",
      {
        failure: status(503, { "Retry-After": new Date(CLOCK_START.getTime() + 3_000).toUTCString() }),
        quietUntilMs: 2_999,
        retriedByMs: 3_000,
      },
    ],
    [
      "caps a huge Retry-After at maxRetryAfterMs, 60 s by default",
      { failure: status(429, { "Retry-After": "86400" }), quietUntilMs: 59_999, retriedByMs: 60_000 },
    ],
    [
      "caps Retry-After at the maxRetryAfterMs option",
      {
        failure: status(429, { "Retry-After": "3600" }),
        options: { maxRetryAfterMs: 5_000 },
        quietUntilMs: 4_999,
        retriedByMs: 5_000,
      },
    ],
    [
      "backs off as usual when Retry-After is unreadable (-5)",
      { failure: status(429, { "Retry-After": "-5" }), quietUntilMs: 499, retriedByMs: 500 },
    ],
    [
      "retries a GET after a connection reset (msw HttpResponse.error())",
      { failure: connectionReset, quietUntilMs: 499, retriedByMs: 500 },
    ],
  ])("%s", async (_scenario, { failure, options, mathRandom = 0, quietUntilMs, retriedByMs }) => {
    vi.mocked(Math.random).mockReturnValue(mathRandom);
    api.server.use(http.get(THING_URL, inOrder(failure, ok)));

    const result = track(getThing(createFakeClient(options)));
    await flush();
    expect(api.calls).toHaveLength(1);
    await advance(quietUntilMs);
    expect(api.calls).toHaveLength(1);
    await advance(retriedByMs - quietUntilMs);

    expect(api.calls).toHaveLength(2);
    const { data, error, response } = await result.promise;
    expect(data).toEqual(thing);
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
  });

  it.each([408, 409, 429, 500, 502, 503, 504])("retries a GET that gets HTTP %i", async (code) => {
    api.server.use(http.get(THING_URL, inOrder(status(code), ok)));

    const { data } = await settle(getThing());

    expect(data).toEqual(thing);
    expect(api.calls).toHaveLength(2);
  });

  it.each([400, 401, 403, 404, 410, 418, 422])("does not retry a GET that gets HTTP %i (1 call)", async (code) => {
    api.server.use(http.get(THING_URL, inOrder(status(code), ok)));

    const { error, response } = await settle(getThing());

    expect(response.status).toBe(code);
    expect(error).toEqual({ message: `failure ${code}` });
    expect(api.calls).toHaveLength(1);
  });

  it("rejects with ApiConnectionError once every attempt's connection was reset (3 calls)", async () => {
    api.server.use(http.get(THING_URL, connectionReset));

    const error = await rejectionOf(settle(getThing()));

    expect(error).toBeInstanceOf(ApiConnectionError);
    expect(error).not.toBeInstanceOf(ApiTimeoutError);
    expect(error).toMatchObject({
      provider: "fake",
      status: null,
      method: "GET",
      url: `${FAKE_BASE_URL}/things/abc`,
    });
    expect((error as Error).message).toMatch(/^Fake: GET \/v1\/things\/abc got no response: /);
    expect(api.calls).toHaveLength(3);
  });

  it.each<[scenario: string, RetryCount]>([
    ["sends the request once with maxRetries: 0 per request", { request: { maxRetries: 0 }, calls: 1 }],
    [
      "lets a per-request maxRetries override the client's",
      { client: { maxRetries: 0 }, request: { maxRetries: 3 }, calls: 4 },
    ],
    ["sends the request once with the maxRetries: 0 client option", { client: { maxRetries: 0 }, calls: 1 }],
    ["retries up to the maxRetries client option (5 retries: 6 calls)", { client: { maxRetries: 5 }, calls: 6 }],
  ])("%s", async (_scenario, { client, request, calls }) => {
    api.server.use(http.get(THING_URL, status(503)));

    const { response } = await settle(getThing(createFakeClient(client), request));

    expect(response.status).toBe(503);
    expect(api.calls).toHaveLength(calls);
  });
});

describe("request layer: POST and PATCH retries", () => {
  useFakeClock();

  it.each([500, 502, 503, 504])("does not retry a POST that gets a %i (1 call)", async (code) => {
    api.server.use(http.post(THINGS_URL, inOrder(status(code), created)));

    const { error, response } = await settle(postThing());

    expect(response.status).toBe(code);
    expect(error).toEqual({ message: `failure ${code}` });
    expect(api.calls).toHaveLength(1);
  });

  it.each([408, 409, 429])("retries a POST that gets a %i: the server refused it before acting", async (code) => {
    api.server.use(http.post(THINGS_URL, inOrder(status(code), created)));

    const { data, response } = await settle(postThing());

    expect(response.status).toBe(201);
    expect(data).toEqual(thing);
    expect(api.calls).toHaveLength(2);
  });

  it("does not retry a POST after a connection reset (1 call)", async () => {
    api.server.use(http.post(THINGS_URL, inOrder(connectionReset, created)));

    const error = await rejectionOf(settle(postThing()));

    expect(error).toBeInstanceOf(ApiConnectionError);
    expect(error).toMatchObject({ method: "POST", status: null });
    expect(api.calls).toHaveLength(1);
  });

  it("retries a POST whose connection was refused before anything was sent (ECONNREFUSED)", async () => {
    let attempts = 0;
    const refusedOnce = vi.fn(async (request: Request) => {
      attempts++;
      if (attempts === 1) {
        const refused = Object.assign(new Error("connect ECONNREFUSED 203.0.113.7:443"), { code: "ECONNREFUSED" });
        throw new TypeError("fetch failed", { cause: refused });
      }
      return globalThis.fetch(request);
    });
    api.server.use(http.post(THINGS_URL, created));

    const { data } = await settle(postThing(createFakeClient({ fetch: refusedOnce })));

    expect(data).toEqual(thing);
    expect(refusedOnce).toHaveBeenCalledTimes(2);
    expect(api.calls).toHaveLength(1);
  });

  it("does not retry a POST after a timeout (1 call)", async () => {
    api.server.use(http.post(THINGS_URL, inOrder(hang, created)));

    const result = track(postThing(createFakeClient({ timeoutMs: 1_000 })));
    await advance(1_000);

    expect(result.settled).toBe(true);
    expect(result.error).toBeInstanceOf(ApiTimeoutError);
    await advance(10_000);
    expect(api.calls).toHaveLength(1);
  });

  it("does not retry a PATCH that gets a 503 (1 call)", async () => {
    api.server.use(http.patch(THING_URL, inOrder(status(503), ok)));

    const { response } = await settle(patchThing());

    expect(response.status).toBe(503);
    expect(api.calls).toHaveLength(1);
  });

  it("retries a PATCH that gets a 429", async () => {
    api.server.use(http.patch(THING_URL, inOrder(status(429), ok)));

    const { data } = await settle(patchThing());

    expect(data).toEqual(thing);
    expect(api.calls).toHaveLength(2);
  });

  it("re-sends the POST body intact on every retry (429 then 201)", async () => {
    api.server.use(http.post(THINGS_URL, inOrder(status(429, { "Retry-After": "1" }), created)));

    const { data } = await settle(postThing());
    await api.settled();

    expect(data).toEqual(thing);
    expect(api.calls).toHaveLength(2);
    for (const call of api.calls) {
      expect(call.method).toBe("POST");
      expect(call.url.href).toBe(`${FAKE_BASE_URL}/things`);
      expect(call.body).toBe('{"name":"A thing"}');
      expect(call.headers.get("Content-Type")).toBe("application/json");
      expect(call.headers.get("X-Fake-Key")).toBe(FAKE_KEY);
    }
  });

  it("re-sends the PATCH body intact on each of several retries (409, 429, then 200)", async () => {
    const received: string[] = [];
    const answers = [409, 429, 200];
    api.server.use(
      http.patch(THING_URL, async ({ request }) => {
        received.push(await request.text());
        const code = answers[received.length - 1] ?? 200;
        return code === 200 ? HttpResponse.json(thing) : HttpResponse.json({ message: "later" }, { status: code });
      }),
    );

    const { data } = await settle(patchThing());

    expect(data).toEqual(thing);
    expect(received).toEqual(['{"name":"Renamed"}', '{"name":"Renamed"}', '{"name":"Renamed"}']);
    expect(api.calls).toHaveLength(3);
  });
});

/** Client options, and the per-attempt timeout they come to. */
interface AttemptTimeout {
  options: ProviderClientOptions;
  timeoutMs: number;
}

describe("request layer: timeouts", () => {
  useFakeClock();

  it("times out a hanging server after timeoutMs per attempt and retries it maxRetries times (3 calls); the per-request timeoutMs overrides the client's", async () => {
    api.server.use(http.get(THING_URL, hang));

    // Attempt 1: 0-1000 ms, backoff 500 ms; attempt 2: 1500-2500 ms, backoff 1 s; attempt 3: 3500-4500 ms.
    const result = track(getThing(createFakeClient({ timeoutMs: 30_000 }), { timeoutMs: 1_000 }));
    await advance(999);
    expect(api.calls).toHaveLength(1);
    await advance(1);
    expect(api.calls).toHaveLength(1);
    await advance(500);
    expect(api.calls).toHaveLength(2);
    await advance(2_000);
    expect(api.calls).toHaveLength(3);
    await advance(999);
    expect(result.settled).toBe(false);
    await advance(1);

    expect(result.settled).toBe(true);
    expect(result.error).toBeInstanceOf(ApiTimeoutError);
    expect(result.error).toBeInstanceOf(ApiConnectionError);
    expect(result.error).toMatchObject({
      provider: "fake",
      status: null,
      method: "GET",
      url: `${FAKE_BASE_URL}/things/abc`,
      timeoutMs: 1_000,
    });
    expect((result.error as Error).message).toMatch(
      /^Fake: GET \/v1\/things\/abc timed out after 1000 ms \(after 3 attempts over \d+\.\d s\)$/,
    );
    expect(api.calls).toHaveLength(3);
  });

  it.each<[scenario: string, AttemptTimeout]>([
    ["uses the client's timeoutMs when the call gives none", { options: { timeoutMs: 2_000 }, timeoutMs: 2_000 }],
    ["gives each attempt 60 s by default", { options: {}, timeoutMs: 60_000 }],
  ])("%s", async (_scenario, { options, timeoutMs }) => {
    api.server.use(http.get(THING_URL, hang));

    const result = track(getThing(createFakeClient({ ...options, maxRetries: 0 })));
    await advance(timeoutMs - 1);
    expect(result.settled).toBe(false);
    await advance(1);

    expect(result.error).toBeInstanceOf(ApiTimeoutError);
    expect(result.error).toMatchObject({ timeoutMs });
    expect(api.calls).toHaveLength(1);
  });

  it("succeeds when a slow server answers within the timeout", async () => {
    api.server.use(
      http.get(THING_URL, async () => {
        await delay(900);
        return HttpResponse.json(thing);
      }),
    );

    const result = track(getThing(createFakeClient({ timeoutMs: 1_000 })));
    await advance(900);

    expect(result.settled).toBe(true);
    expect(result.value?.data).toEqual(thing);
    expect(api.calls).toHaveLength(1);
  });

  it("counts reading the body in the timeout: a body that never ends times out", async () => {
    api.server.use(
      http.get(THING_URL, () => {
        const neverEnds = new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('{"id":"abc",'));
          },
        });
        return new HttpResponse(neverEnds, { headers: { "Content-Type": "application/json" } });
      }),
    );

    const result = track(getThing(createFakeClient({ timeoutMs: 1_000, maxRetries: 1 })));
    await advance(999);
    expect(result.settled).toBe(false);
    await advance(1);
    expect(api.calls).toHaveLength(1);
    await advance(500);
    expect(api.calls).toHaveLength(2);
    await advance(1_000);

    expect(result.error).toBeInstanceOf(ApiTimeoutError);
    expect((result.error as Error).message).toMatch(
      /^Fake: GET \/v1\/things\/abc timed out after 1000 ms \(after 2 attempts over \d+\.\d s\)$/,
    );
  });
});

describe("request layer: caller abort", () => {
  useFakeClock();

  it("rejects with UserAbortError at once when the caller aborts mid-backoff, and sends nothing more", async () => {
    api.server.use(http.get(THING_URL, inOrder(status(503, { "Retry-After": "10" }), ok)));
    const controller = new AbortController();

    const result = track(getThing(createFakeClient(), { signal: controller.signal }));
    await advance(1_000);
    expect(api.calls).toHaveLength(1);
    expect(result.settled).toBe(false);
    const reason = new Error("user navigated away");
    controller.abort(reason);
    await flush();

    expect(result.settled).toBe(true);
    expect(result.error).toBeInstanceOf(UserAbortError);
    expect(result.error).toMatchObject({ provider: "fake", cause: reason });
    expect((result.error as Error).message).toBe("Fake: GET /v1/things/abc was aborted by the caller");
    expect(vi.getTimerCount()).toBe(0);
    await advance(60_000);
    expect(api.calls).toHaveLength(1);
  });

  it("rejects with UserAbortError at once when the caller aborts an attempt in flight, without retrying", async () => {
    api.server.use(http.get(THING_URL, inOrder(hang, ok)));
    const controller = new AbortController();

    const result = track(getThing(createFakeClient(), { signal: controller.signal }));
    await advance(5_000);
    controller.abort();
    await flush();

    expect(result.error).toBeInstanceOf(UserAbortError);
    expect(result.error).not.toBeInstanceOf(ApiTimeoutError);
    await advance(120_000);
    expect(api.calls).toHaveLength(1);
  });

  it("rejects with UserAbortError at once when the caller aborts while the body is read", async () => {
    api.server.use(
      http.get(
        THING_URL,
        () =>
          new HttpResponse(
            new ReadableStream<Uint8Array>({
              start(controller) {
                controller.enqueue(new TextEncoder().encode("{"));
              },
            }),
            { headers: { "Content-Type": "application/json" } },
          ),
      ),
    );
    const controller = new AbortController();

    const result = track(getThing(createFakeClient(), { signal: controller.signal }));
    await advance(100);
    controller.abort();
    await flush();

    expect(result.error).toBeInstanceOf(UserAbortError);
    expect(api.calls).toHaveLength(1);
  });

  it("rejects with UserAbortError and sends nothing when the signal has already aborted", async () => {
    api.server.use(http.get(THING_URL, ok));

    const error = await rejectionOf(getThing(createFakeClient(), { signal: AbortSignal.abort() }));

    expect(error).toBeInstanceOf(UserAbortError);
    expect(api.calls).toEqual([]);
  });

  it("rejects with UserAbortError at once when the caller aborts while queued for a slot", async () => {
    api.server.use(http.get(THING_URL, hang));
    const client = createFakeClient({ maxConcurrentRequests: 1 });
    const first = new AbortController();
    const second = new AbortController();

    const holding = track(getThing(client, { signal: first.signal }));
    const queued = track(getThing(client, { signal: second.signal }));
    await advance(1_000);
    expect(api.calls).toHaveLength(1);
    second.abort();
    await flush();

    expect(queued.error).toBeInstanceOf(UserAbortError);
    expect(holding.settled).toBe(false);
    first.abort();
    await flush();
    expect(holding.error).toBeInstanceOf(UserAbortError);
    expect(api.calls).toHaveLength(1);
  });
});

describe("request layer: responses that are not the promised JSON", () => {
  useFakeClock();

  const html502 =
    "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>";
  const html502Snippet =
    '"<html> <head><title>502 Bad Gateway</title></head> <body> <center><h1>502 Bad Gateway</h1></center> <hr><center>nginx</center> </body> </html>"';
  const badGateway: HttpResponseResolver = () =>
    new HttpResponse(html502, { status: 502, headers: { "Content-Type": "text/html" } });

  it("turns an HTML 502 into a ServerError with a snippet of the page (maxRetries: 0)", async () => {
    api.server.use(http.get(THING_URL, badGateway));

    const result = await getThing(createFakeClient({ maxRetries: 0 }));
    const error = await rejectionOf(unwrap(result));

    // Not the page as a string (its type says an object): an object whose message says what happened.
    expect(result.error).toEqual({
      message: `Fake: GET /v1/things/abc failed with HTTP 502 Bad Gateway and a text/html body, not JSON: ${html502Snippet}`,
      status: 502,
      body: html502,
    });
    expect(error).toBeInstanceOf(ServerError);
    expect(error).toMatchObject({ provider: "fake", status: 502, method: "GET", body: html502 });
    expect((error as Error).message).toBe(
      `Fake: GET /v1/things/abc failed with HTTP 502 Bad Gateway and a text/html body, not JSON: ${html502Snippet}`,
    );
    expect(api.calls).toHaveLength(1);
  });

  it("turns an HTML 502 into a ServerError once the default retries are spent (3 calls)", async () => {
    api.server.use(http.get(THING_URL, badGateway));

    const error = await rejectionOf(settle(unwrap(getThing())));

    expect(error).toBeInstanceOf(ServerError);
    expect((error as Error).message).toContain(html502Snippet);
    expect(api.calls).toHaveLength(3);
  });

  it("rejects an empty 200 body with InvalidResponseError (1 call)", async () => {
    api.server.use(http.get(THING_URL, () => new HttpResponse(null, { status: 200 })));

    const error = await rejectionOf(settle(getThing()));

    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).toMatchObject({ provider: "fake", status: 200, method: "GET", body: "" });
    expect((error as Error).message).toBe(
      "Fake: GET /v1/things/abc answered HTTP 200 OK with an empty body; expected JSON",
    );
    expect(api.calls).toHaveLength(1);
  });

  it("rejects a text/html 200 body with InvalidResponseError and a snippet (1 call)", async () => {
    const page = "<!DOCTYPE html>\n<html><body>Please log in</body></html>";
    api.server.use(http.get(THING_URL, () => HttpResponse.html(page)));

    const error = await rejectionOf(settle(getThing()));

    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).toMatchObject({ status: 200, body: page });
    expect((error as Error).message).toBe(
      'Fake: GET /v1/things/abc answered HTTP 200 OK with a text/html body: "<!DOCTYPE html> <html><body>Please log in</body></html>"; expected JSON',
    );
    expect(api.calls).toHaveLength(1);
  });

  it("rejects truncated JSON in a 200 with InvalidResponseError and a snippet, not a bare SyntaxError (1 call)", async () => {
    api.server.use(
      http.get(
        THING_URL,
        () => new HttpResponse('{"id":"abc","name":"A th', { headers: { "Content-Type": "application/json" } }),
      ),
    );

    const error = await rejectionOf(settle(getThing()));

    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).not.toBeInstanceOf(SyntaxError);
    expect((error as Error).message).toMatch(
      /^Fake: GET \/v1\/things\/abc answered HTTP 200 OK with malformed JSON \(/,
    );
    expect((error as Error).message).toContain('"{\\"id\\":\\"abc\\",\\"name\\":\\"A th"; expected JSON');
    expect(api.calls).toHaveLength(1);
  });

  it("does not check the body when the call asks for text (parseAs: 'text')", async () => {
    api.server.use(http.get(THING_URL, () => HttpResponse.html("<p>hello</p>")));

    const { data } = await settle(
      createFakeClient().GET("/things/{id}", { params: { path: { id: "abc" } }, parseAs: "text" }),
    );

    expect(data).toBe("<p>hello</p>");
  });

  it("accepts a 204 with no body", async () => {
    api.server.use(http.get(THING_URL, () => new HttpResponse(null, { status: 204 })));

    const { data, response } = await settle(getThing());

    expect(response.status).toBe(204);
    expect(data).toBeUndefined();
  });

  it("gives a RateLimitError the Retry-After of the last 429 once retries are spent", async () => {
    api.server.use(http.get(THING_URL, status(429, { "Retry-After": "30", "x-request-id": "req-429" })));

    const error = await rejectionOf(unwrap(getThing(createFakeClient({ maxRetries: 0 }))));

    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ status: 429, retryAfterMs: 30_000, requestId: "req-429" });
  });
});

describe("request layer: concurrency", () => {
  useFakeClock();

  /** A handler that takes 100 ms (of fake time) and counts the requests it is serving at once. */
  function countInFlight() {
    const counter = { inFlight: 0, peak: 0 };
    const resolver: HttpResponseResolver = async ({ params }) => {
      counter.inFlight++;
      counter.peak = Math.max(counter.peak, counter.inFlight);
      await delay(100);
      counter.inFlight--;
      return HttpResponse.json({ id: String(params.id) });
    };
    return { counter, resolver };
  }

  function getMany(client: FakeClient, count: number) {
    return Promise.all(
      Array.from({ length: count }, (_, index) =>
        client.GET("/things/{id}", { params: { path: { id: `thing-${index}` } } }),
      ),
    );
  }

  it("keeps exactly maxConcurrentRequests (3) in flight at the server; all 20 succeed", async () => {
    const { counter, resolver } = countInFlight();
    api.server.use(http.get(THING_URL, resolver));

    const all = getMany(createFakeClient({ maxConcurrentRequests: 3 }), 20);
    await flush();
    expect(counter.inFlight).toBe(3);
    expect(api.calls).toHaveLength(3);
    const results = await settle(all);

    expect(counter.peak).toBe(3);
    expect(results.map((result) => result.data)).toEqual(
      Array.from({ length: 20 }, (_, index) => ({ id: `thing-${index}` })),
    );
    expect(api.calls).toHaveLength(20);
  });

  it("serves waiting requests in the order they were made", async () => {
    const { resolver } = countInFlight();
    api.server.use(http.get(THING_URL, resolver));

    await settle(getMany(createFakeClient({ maxConcurrentRequests: 2 }), 6));

    expect(api.calls.map((call) => call.url.pathname)).toEqual(
      Array.from({ length: 6 }, (_, index) => `/v1/things/thing-${index}`),
    );
  });

  it("keeps at most 32 in flight by default", async () => {
    const { counter, resolver } = countInFlight();
    api.server.use(http.get(THING_URL, resolver));

    const all = getMany(createFakeClient(), 40);
    await flush();
    expect(counter.inFlight).toBe(32);
    const results = await settle(all);

    expect(counter.peak).toBe(32);
    expect(results.every((result) => result.data !== undefined)).toBe(true);
    expect(api.calls).toHaveLength(40);
  });

  it("does not share the limit between clients", async () => {
    const { counter, resolver } = countInFlight();
    api.server.use(http.get(THING_URL, resolver));
    const one = createFakeClient({ maxConcurrentRequests: 1 });
    const other = createFakeClient({ maxConcurrentRequests: 1 });

    await settle(Promise.all([getThing(one), getThing(other), getThing(one), getThing(other)]));

    expect(counter.peak).toBe(2);
  });

  it("does not hold a slot during a backoff sleep", async () => {
    api.server.use(
      http.get(THING_URL, ({ params }) =>
        params.id === "limited"
          ? HttpResponse.json({ message: "slow down" }, { status: 429, headers: { "Retry-After": "5" } })
          : HttpResponse.json({ id: String(params.id) }),
      ),
    );
    const client = createFakeClient({ maxConcurrentRequests: 1 });

    const limited = track(client.GET("/things/{id}", { params: { path: { id: "limited" } } }));
    await flush();
    const other = await client.GET("/things/{id}", { params: { path: { id: "other" } } });

    expect(other.data).toEqual({ id: "other" });
    expect(limited.settled).toBe(false);
    expect(api.calls.map((call) => call.url.pathname)).toEqual(["/v1/things/limited", "/v1/things/other"]);
    await settle(limited.promise);
  });

  it("starts the timeout when the attempt gets its slot, not while it waits in line", async () => {
    api.server.use(
      http.get(THING_URL, async () => {
        await delay(800);
        return HttpResponse.json(thing);
      }),
    );
    const client = createFakeClient({ maxConcurrentRequests: 1, timeoutMs: 1_000, maxRetries: 0 });

    const first = track(getThing(client));
    const second = track(getThing(client));
    await advance(800);
    expect(first.value?.data).toEqual(thing);
    expect(api.calls).toHaveLength(2);
    await advance(800);

    expect(second.error).toBeUndefined();
    expect(second.value?.data).toEqual(thing);
  });
});

describe("request layer: onRequestEvent", () => {
  useFakeClock();

  it("reports request, response, retry and error events with attempt numbers", async () => {
    api.server.use(http.get(THING_URL, inOrder(status(503, { "x-request-id": "req-1" }), connectionReset, ok)));
    const { events, onRequestEvent } = recordEvents();

    await settle(getThing(createFakeClient({ onRequestEvent })));

    const common = { provider: "fake", method: "GET", url: `${FAKE_BASE_URL}/things/abc` };
    expect(events.map(({ type, attempt }) => [type, attempt])).toEqual([
      ["request", 1],
      ["response", 1],
      ["retry", 1],
      ["request", 2],
      ["error", 2],
      ["retry", 2],
      ["request", 3],
      ["response", 3],
    ]);
    expect(events[0]).toMatchObject({ type: "request", ...common, headers: { "x-fake-key": "[redacted]" } });
    expect(events[1]).toMatchObject({ type: "response", ...common, status: 503, requestId: "req-1" });
    expect(events[2]).toMatchObject({ type: "retry", ...common, delayMs: 500, reason: "HTTP 503" });
    expect(events[4]).toMatchObject({ type: "error", ...common });
    expect((events[4] as { error: unknown }).error).toBeInstanceOf(ApiConnectionError);
    expect(events[5]).toMatchObject({ type: "retry", delayMs: 1_000, reason: "ApiConnectionError" });
    expect(events[7]).toMatchObject({ type: "response", status: 200, requestId: null });
    for (const event of events) {
      if ("durationMs" in event) expect(event.durationMs).toBeGreaterThanOrEqual(0);
    }
  });

  it("does not fail the request when the hook throws", async () => {
    api.server.use(http.get(THING_URL, inOrder(status(503), ok)));
    const onRequestEvent = vi.fn(() => {
      throw new Error("broken logger");
    });

    const { data } = await settle(getThing(createFakeClient({ onRequestEvent })));

    expect(data).toEqual(thing);
    expect(onRequestEvent).toHaveBeenCalledTimes(5);
  });
});
