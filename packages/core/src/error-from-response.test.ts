import { describe, expect, it } from "vitest";
import { errorClassByStatus } from "./__fixtures__/error-classes.js";
import {
  ApiError,
  errorClassForStatus,
  InvalidResponseError,
  NotFoundError,
  RateLimitError,
  ServerError,
  UnprocessableEntityError,
} from "./api-errors.js";
import {
  bodySnippet,
  describeCall,
  errorFromResponse,
  parseJsonBody,
  providerErrorText,
} from "./error-from-response.js";
import type { RequestContext } from "./response-context.js";

/** `null` when a 2xx body is the JSON the API promised, else the `InvalidResponseError` `parseJsonBody` gives. */
function invalidJsonBodyError(context: RequestContext, response: Response, text: string): InvalidResponseError | null {
  const body = parseJsonBody(context, response, text);
  return body.ok ? null : body.error;
}

const context: RequestContext = {
  provider: "fake",
  displayName: "Fake",
  method: "GET",
  url: "https://api.fake.example/v1/things/abc?expand=all",
};

function response(status: number, headers: Record<string, string> = {}, statusText = ""): Response {
  return new Response(null, { status, headers, statusText });
}

describe("errorClassForStatus", () => {
  it.each<[number, typeof ApiError]>([
    ...errorClassByStatus,
    [502, ServerError],
    [599, ServerError],
    [402, ApiError],
    [405, ApiError],
    [408, ApiError],
  ])("HTTP %i -> %o", (status, ErrorClass) => {
    expect(errorClassForStatus(status)).toBe(ErrorClass);
  });
});

describe("errorFromResponse", () => {
  it.each(errorClassByStatus)("builds the typed error for HTTP %i with every field", (status, ErrorClass) => {
    const body = { message: "nope" };

    const error = errorFromResponse(context, response(status, { "x-request-id": "req-1" }), body);

    expect(error).toBeInstanceOf(ErrorClass);
    expect(error.constructor).toBe(ErrorClass);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      name: ErrorClass.name,
      provider: "fake",
      status,
      method: "GET",
      url: "https://api.fake.example/v1/things/abc?expand=all",
      requestId: "req-1",
      code: null,
      body,
    });
    expect(error.message).toBe(
      `Fake: GET /v1/things/abc?expand=all failed with HTTP ${status}: nope (request id req-1)`,
    );
  });

  it("puts the status text in the message when there is one", () => {
    const error = errorFromResponse(context, response(404, {}, "Not Found"), { message: "no such thing" });

    expect(error.message).toBe("Fake: GET /v1/things/abc?expand=all failed with HTTP 404 Not Found: no such thing");
    expect(error.requestId).toBeNull();
  });

  it.each(["x-request-id", "request-id", "x-trace-id", "x-amzn-requestid"])("reads the request id from %s", (name) => {
    const error = errorFromResponse(context, response(500, { [name]: "req-42" }), null);

    expect(error.requestId).toBe("req-42");
  });

  it("reads the request id, code and message of a BrowserAct-style body {code, msg, traceId}", () => {
    const body = { code: 40001, msg: "task not found", traceId: "trace-7f3a", data: null };

    const error = errorFromResponse(context, response(404), body);

    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ requestId: "trace-7f3a", code: "40001", body });
    expect(error.message).toBe(
      "Fake: GET /v1/things/abc?expand=all failed with HTTP 404: task not found (request id trace-7f3a)",
    );
  });

  it("prefers the x-request-id header over the body's traceId", () => {
    const error = errorFromResponse(context, response(404, { "x-request-id": "from-header" }), {
      msg: "gone",
      traceId: "from-body",
    });

    expect(error.requestId).toBe("from-header");
  });

  it.each(["trace_id", "requestId", "request_id"])("reads the request id from a body's %s", (field) => {
    expect(errorFromResponse(context, response(500), { [field]: "id-9" }).requestId).toBe("id-9");
  });

  it("reads a string code and a nested {error: {code, message}}", () => {
    expect(errorFromResponse(context, response(400), { code: "bad_thing" }).code).toBe("bad_thing");

    const nested = errorFromResponse(context, response(400), { error: { code: "invalid_id", message: "bad id" } });
    expect(nested.code).toBe("invalid_id");
    expect(nested.message).toBe("Fake: GET /v1/things/abc?expand=all failed with HTTP 400: bad id");
  });

  it("formats a FastAPI detail list as `loc.joined: msg`, joined with semicolons", () => {
    const body = {
      detail: [
        { loc: ["body", "task", 0, "name"], msg: "field required", type: "value_error.missing" },
        { loc: ["query", "limit"], msg: "ensure this value is less than 100", type: "value_error" },
        { loc: [], msg: "no location" },
        "a plain string item",
        { unexpected: true },
      ],
    };

    const error = errorFromResponse(context, response(422), body);

    expect(error).toBeInstanceOf(UnprocessableEntityError);
    expect(error.message).toBe(
      "Fake: GET /v1/things/abc?expand=all failed with HTTP 422: body.task.0.name: field required; " +
        "query.limit: ensure this value is less than 100; no location; a plain string item",
    );
  });

  it.each([
    ["message", { message: "  Invalid id  " }, "Invalid id"],
    ["detail string", { detail: "Not authenticated" }, "Not authenticated"],
    ["msg", { msg: "quota exceeded" }, "quota exceeded"],
    ["error string", { error: "bad_request" }, "bad_request"],
    ["error object", { error: { message: "nested message" } }, "nested message"],
    ["message before detail", { detail: "second", message: "first" }, "first"],
    ["detail when message is blank", { message: " ", detail: "second" }, "second"],
  ])("takes the provider's text from %s", (_label, body, text) => {
    expect(providerErrorText(body)).toBe(text);
    expect(errorFromResponse(context, response(400), body).message).toBe(
      `Fake: GET /v1/things/abc?expand=all failed with HTTP 400: ${text}`,
    );
  });

  it.each([
    ["null", null],
    ["a string", "text"],
    ["an array", [{ message: "x" }]],
    ["an empty detail list", { detail: [] }],
    ["a numeric message", { message: 5 }],
  ])("finds no provider text in %s", (_label, body) => {
    expect(providerErrorText(body)).toBeNull();
  });

  it("says the body was empty", () => {
    expect(errorFromResponse(context, response(503), undefined).message).toBe(
      "Fake: GET /v1/things/abc?expand=all failed with HTTP 503 and an empty body",
    );
    expect(errorFromResponse(context, response(503), "").message).toBe(
      "Fake: GET /v1/things/abc?expand=all failed with HTTP 503 and an empty body",
    );
  });

  it("quotes a snippet of an HTML error page and names its content type", () => {
    const html = "<html>\n<head><title>502 Bad Gateway</title></head>\n<body>nginx</body>\n</html>";

    const error = errorFromResponse(context, response(502, { "content-type": "text/html" }, "Bad Gateway"), html);

    expect(error).toBeInstanceOf(ServerError);
    expect(error.body).toBe(html);
    expect(error.message).toBe(
      'Fake: GET /v1/things/abc?expand=all failed with HTTP 502 Bad Gateway and a text/html body, not JSON: "<html> <head><title>502 Bad Gateway</title></head> <body>nginx</body> </html>"',
    );
  });

  it("quotes a text body sent as JSON that is not JSON", () => {
    const error = errorFromResponse(context, response(500, { "content-type": "application/json" }), "oops {");

    expect(error.message).toBe(
      'Fake: GET /v1/things/abc?expand=all failed with HTTP 500 and a body that is not JSON: "oops {"',
    );
  });

  it("quotes a JSON body with no recognised message field", () => {
    const error = errorFromResponse(context, response(500), { status: "down", retry: true });

    expect(error.message).toBe(
      'Fake: GET /v1/things/abc?expand=all failed with HTTP 500: "{\\"status\\":\\"down\\",\\"retry\\":true}"',
    );
  });

  it("gives a RateLimitError the retryAfterMs the response asked for", () => {
    const withHeader = errorFromResponse(context, response(429, { "retry-after": "7" }), { message: "slow down" });
    const without = errorFromResponse(context, response(429), { message: "slow down" });

    expect(withHeader).toBeInstanceOf(RateLimitError);
    expect((withHeader as RateLimitError).retryAfterMs).toBe(7_000);
    expect((without as RateLimitError).retryAfterMs).toBeNull();
  });
});

describe("bodySnippet", () => {
  it("puts the body on one quoted line", () => {
    expect(bodySnippet("  <p>\n  a\tb  </p>\n")).toBe('"<p> a b </p>"');
  });

  it("cuts the body at 200 characters and marks the cut", () => {
    const snippet = bodySnippet("x".repeat(500));

    expect(snippet).toBe(`"${"x".repeat(200)}…"`);
  });

  it("keeps a body of exactly 200 characters whole", () => {
    expect(bodySnippet("y".repeat(200))).toBe(`"${"y".repeat(200)}"`);
  });
});

describe("describeCall", () => {
  it("shows the method, path and query but not the origin", () => {
    expect(describeCall(context)).toBe("GET /v1/things/abc?expand=all");
  });

  it("shows a URL it cannot parse as it is", () => {
    expect(describeCall({ ...context, url: "not a url" })).toBe("GET not a url");
  });
});

describe("parseJsonBody", () => {
  function ok(headers: Record<string, string> = { "content-type": "application/json" }): Response {
    return new Response(null, { status: 200, statusText: "OK", headers });
  }

  it("is null for a JSON body", () => {
    expect(invalidJsonBodyError(context, ok(), '{"id":"abc"}')).toBeNull();
    expect(invalidJsonBodyError(context, ok({ "content-type": "application/problem+json" }), "[]")).toBeNull();
    expect(invalidJsonBodyError(context, ok({}), "null")).toBeNull();
  });

  it("reports an empty body", () => {
    const error = invalidJsonBodyError(context, ok(), " \n");

    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).toMatchObject({ provider: "fake", status: 200, method: "GET", body: " \n" });
    expect(error?.message).toBe(
      "Fake: GET /v1/things/abc?expand=all answered HTTP 200 OK with an empty body; expected JSON",
    );
  });

  it("reports a body of another content type, with a snippet", () => {
    const error = invalidJsonBodyError(
      context,
      ok({ "content-type": "text/html; charset=utf-8", "x-request-id": "req-3" }),
      "<!doctype html><title>Login</title>",
    );

    expect(error).toMatchObject({ requestId: "req-3" });
    expect(error?.message).toBe(
      'Fake: GET /v1/things/abc?expand=all answered HTTP 200 OK with a text/html; charset=utf-8 body: "<!doctype html><title>Login</title>"; expected JSON',
    );
  });

  it("reports malformed JSON with the parser's words and a snippet, not a bare SyntaxError", () => {
    const error = invalidJsonBodyError(context, ok(), '{"id":"abc","na');

    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error?.message).toMatch(
      /^Fake: GET \/v1\/things\/abc\?expand=all answered HTTP 200 OK with malformed JSON \(.+\): "\{\\"id\\":\\"abc\\",\\"na"; expected JSON$/,
    );
  });
});
