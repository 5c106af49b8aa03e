import { rejectionOf, useMswServer } from "@agent-tasks/test-support";
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { errorClassByStatus } from "./__fixtures__/error-classes.js";
import { createFakeClient, FAKE_BASE_URL, getThing, THING_URL, thing } from "./__fixtures__/fake-client.js";
import { NotFoundError, RateLimitError, ServerError, UnprocessableEntityError } from "./api-errors.js";
import { unwrap } from "./unwrap.js";

const api = useMswServer();

// maxRetries: 0 so each error status is answered once, with no backoff.
function getThingOnce() {
  return getThing(createFakeClient({ maxRetries: 0 }));
}

function respond(body: unknown, status: number, headers: Record<string, string> = {}) {
  api.server.use(http.get(THING_URL, () => HttpResponse.json(body as never, { status, headers })));
}

describe("unwrap", () => {
  it("returns the data of a successful call, given the promise", async () => {
    api.server.use(http.get(THING_URL, () => HttpResponse.json(thing)));

    expect(await unwrap(getThingOnce())).toEqual(thing);
  });

  it("returns the data of a successful call, given the settled result", async () => {
    api.server.use(http.get(THING_URL, () => HttpResponse.json(thing)));
    const result = await getThingOnce();

    expect(await unwrap(result)).toEqual(thing);
  });

  it("returns undefined for a 204", async () => {
    api.server.use(http.get(THING_URL, () => new HttpResponse(null, { status: 204 })));

    expect(await unwrap(getThingOnce())).toBeUndefined();
  });

  it.each(errorClassByStatus)("throws the typed error for HTTP %i, with every field", async (status, ErrorClass) => {
    respond({ message: "it went wrong", code: "E_THING" }, status, { "x-request-id": "req-123" });

    const error = await rejectionOf(unwrap(getThingOnce()));

    expect(error).toBeInstanceOf(ErrorClass);
    expect((error as Error).constructor).toBe(ErrorClass);
    expect(error).toMatchObject({
      name: ErrorClass.name,
      provider: "fake",
      status,
      method: "GET",
      url: `${FAKE_BASE_URL}/things/abc`,
      requestId: "req-123",
      code: "E_THING",
      body: { message: "it went wrong", code: "E_THING" },
    });
    expect((error as Error).message).toMatch(
      new RegExp(
        `^Fake: GET /v1/things/abc failed with HTTP ${status} [A-Za-z' ]+: it went wrong \\(request id req-123\\)$`,
      ),
    );
  });

  it("takes the request id, code and message from a BrowserAct-style body {code, msg, traceId}", async () => {
    respond({ code: 10004, msg: "Task does not exist", traceId: "c0ffee42", data: null }, 404);

    const error = await rejectionOf(unwrap(getThingOnce()));

    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ requestId: "c0ffee42", code: "10004" });
    expect((error as Error).message).toBe(
      "Fake: GET /v1/things/abc failed with HTTP 404 Not Found: Task does not exist (request id c0ffee42)",
    );
  });

  it("formats a FastAPI `detail` list as `loc.joined: msg`", async () => {
    respond(
      {
        detail: [
          { loc: ["path", "id"], msg: "value is not a valid uuid", type: "type_error.uuid" },
          { loc: ["query", "page", 0], msg: "must be positive", type: "value_error" },
        ],
      },
      422,
    );

    const error = await rejectionOf(unwrap(getThingOnce()));

    expect(error).toBeInstanceOf(UnprocessableEntityError);
    expect((error as Error).message).toBe(
      "Fake: GET /v1/things/abc failed with HTTP 422 Unprocessable Entity: path.id: value is not a valid uuid; query.page.0: must be positive",
    );
  });

  it("uses a `detail` string as the message", async () => {
    respond({ detail: "Invalid API key" }, 401);

    const error = await rejectionOf(unwrap(getThingOnce()));

    expect((error as Error).message).toBe(
      "Fake: GET /v1/things/abc failed with HTTP 401 Unauthorized: Invalid API key",
    );
  });

  it("gives a 429 its Retry-After as retryAfterMs", async () => {
    respond({ error: "rate limited" }, 429, { "Retry-After": "12" });

    const error = await rejectionOf(unwrap(getThingOnce()));

    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ retryAfterMs: 12_000 });
    expect((error as Error).message).toBe(
      "Fake: GET /v1/things/abc failed with HTTP 429 Too Many Requests: rate limited",
    );
  });

  it("turns an HTML 502 into a ServerError with a snippet of the page", async () => {
    api.server.use(
      http.get(
        THING_URL,
        () =>
          new HttpResponse("<html><body><h1>502 Bad Gateway</h1>\n<p>cloudflare</p></body></html>", {
            status: 502,
            headers: { "Content-Type": "text/html; charset=UTF-8" },
          }),
      ),
    );

    const error = await rejectionOf(unwrap(getThingOnce()));

    expect(error).toBeInstanceOf(ServerError);
    expect((error as Error).message).toBe(
      'Fake: GET /v1/things/abc failed with HTTP 502 Bad Gateway and a text/html; charset=UTF-8 body, not JSON: "<html><body><h1>502 Bad Gateway</h1> <p>cloudflare</p></body></html>"',
    );
  });

  it("says when an error response had an empty body", async () => {
    api.server.use(http.get(THING_URL, () => new HttpResponse(null, { status: 404 })));

    const error = await rejectionOf(unwrap(getThingOnce()));

    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as Error).message).toBe("Fake: GET /v1/things/abc failed with HTTP 404 Not Found and an empty body");
  });

  it("builds an error for a response that did not come from a client, from the response alone", async () => {
    const response = new Response('{"message":"nope"}', { status: 404 });

    const error = await rejectionOf(unwrap({ error: { message: "nope" }, response }));

    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ provider: "unknown", method: "request", status: 404 });
    expect((error as Error).message).toMatch(/^API: .*failed with HTTP 404: nope$/);
  });
});
