import type { ServerResponse } from "node:http";
import { rejectionOf, startServer, useRealServers } from "@agent-tasks/test-support";
import { describe, expect, it } from "vitest";
import { createFakeClient, type FakeClient, getThing } from "./__fixtures__/fake-client.js";
import {
  type ApiError,
  AuthenticationError,
  BadRequestError,
  RateLimitError,
  ServerError,
  UnprocessableEntityError,
} from "./api-errors.js";
import { errorFromResponse } from "./error-from-response.js";
import type { RequestContext } from "./response-context.js";
import { unwrap } from "./unwrap.js";

useRealServers();

// Issue 13, defects 10, 13 (core part), 14 and 15a: what the typed errors and `{ data, error }` values say about an
// error response, whatever its body, against real node:http servers.

/** A client (no retries) of a real server that answers every request with `respond`. */
async function clientOf(respond: (response: ServerResponse) => void, options = {}): Promise<FakeClient> {
  const server = await startServer((_request, response) => respond(response));
  return createFakeClient({ baseUrl: server.baseUrl, maxRetries: 0, ...options });
}

function send(response: ServerResponse, status: number, contentType: string | null, body: string) {
  if (contentType === "content-length: 0") response.writeHead(status, { "content-length": "0" });
  else if (contentType === null) response.writeHead(status, { "transfer-encoding": "chunked" });
  else response.writeHead(status, { "content-type": contentType });
  response.end(body);
}

/** `{"a":{"a":...<leaf>...}}`, `levels` objects deep. */
function nestedJson(levels: number, leaf = "1"): string {
  return `${'{"a":'.repeat(levels)}${leaf}${"}".repeat(levels)}`;
}

describe("defect 10: a deeply nested error body", () => {
  it.each([5_000, 100_000])(
    "gives the typed error, not RangeError, for an error body nested %i levels",
    async (levels) => {
      const client = await clientOf((response) => send(response, 500, "application/json", nestedJson(levels)));

      const result = await getThing(client);
      const error = await rejectionOf(unwrap(result));

      expect(error).toBeInstanceOf(ServerError);
      expect((error as Error).message).toBe(
        `Fake: GET /things/abc failed with HTTP 500 Internal Server Error: "${'{\\"a\\":'.repeat(40)}…"`,
      );
      expect(typeof result.error).toBe("object");
      // Logging it works too: JSON shows the body down to 64 levels, then a marker.
      const json = JSON.stringify(error);
      expect(JSON.parse(json)).toMatchObject({ name: "ServerError", status: 500 });
      expect(json).toContain('{"a":"[nested too deep]"}');
    },
  );

  it("gives the typed error for a nested array body, and redacts a key at its bottom", async () => {
    const client = await clientOf((response) =>
      send(response, 422, "application/json", `${"[".repeat(100_000)}"key fake-key-5f1c9a"${"]".repeat(100_000)}`),
    );

    const result = await getThing(client);
    const error = await rejectionOf(unwrap(result));

    expect(error).toBeInstanceOf(UnprocessableEntityError);
    expect((error as Error).message).toBe(
      `Fake: GET /things/abc failed with HTTP 422 Unprocessable Entity: "${"[".repeat(200)}…"`,
    );
    let bottom: unknown = (error as ApiError).body;
    while (Array.isArray(bottom)) bottom = bottom[0];
    expect(bottom).toBe("key [redacted]");
    expect(await result.response.text()).not.toContain("fake-key-5f1c9a");
  });
});

describe("defect 13: RateLimitError.retryAfterMs respects the client's maxRetryAfterMs", () => {
  it("caps retryAfterMs at maxRetryAfterMs when the provider asks for an hour", async () => {
    const client = await clientOf(
      (response) => {
        response.writeHead(429, { "retry-after": "3600", "content-type": "application/json" });
        response.end(JSON.stringify({ message: "slow down" }));
      },
      { maxRetryAfterMs: 100 },
    );

    const result = await getThing(client);
    const error = await rejectionOf(unwrap(result));

    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBe(100);
    // What the provider asked for stays on the response.
    expect(result.response.headers.get("retry-after")).toBe("3600");
  });

  it("keeps a Retry-After under the cap as it is, and caps with the context's maxRetryAfterMs in errorFromResponse", () => {
    const context: RequestContext = { provider: "fake", displayName: "Fake", method: "GET", url: "https://x.example/" };
    const response = (retryAfter: string) =>
      new Response(null, { status: 429, headers: { "retry-after": retryAfter } });

    expect(errorFromResponse({ ...context, maxRetryAfterMs: 5_000 }, response("2"), null)).toMatchObject({
      retryAfterMs: 2_000,
    });
    expect(errorFromResponse({ ...context, maxRetryAfterMs: 5_000 }, response("3600"), null)).toMatchObject({
      retryAfterMs: 5_000,
    });
    expect(errorFromResponse(context, response("3600"), null)).toMatchObject({ retryAfterMs: 3_600_000 });
  });
});

describe("defect 14: `error` of a non-JSON error body is an object with a readable message", () => {
  const html = "<html>\n<head><title>502 Bad Gateway</title></head>\n<body>nginx</body>\n</html>";

  it.each([
    [
      "a 502 HTML page",
      502,
      "text/html",
      html,
      ServerError,
      'Fake: GET /things/abc failed with HTTP 502 Bad Gateway and a text/html body, not JSON: "<html> <head><title>502 Bad Gateway</title></head> <body>nginx</body> </html>"',
    ],
    [
      'a 401 text/plain "Unauthorized"',
      401,
      "text/plain",
      "Unauthorized",
      AuthenticationError,
      'Fake: GET /things/abc failed with HTTP 401 Unauthorized and a text/plain body, not JSON: "Unauthorized"',
    ],
    [
      "an empty 503 (chunked)",
      503,
      null,
      "",
      ServerError,
      "Fake: GET /things/abc failed with HTTP 503 Service Unavailable and an empty body",
    ],
    [
      "an empty 503 with Content-Length: 0",
      503,
      "content-length: 0",
      "",
      ServerError,
      "Fake: GET /things/abc failed with HTTP 503 Service Unavailable and an empty body",
    ],
    [
      'a JSON string body "Unauthorized"',
      401,
      "application/json",
      '"Unauthorized"',
      AuthenticationError,
      // As before: a string body reads as text (openapi-fetch cannot tell a JSON string from text).
      'Fake: GET /things/abc failed with HTTP 401 Unauthorized and a body that is not JSON: "Unauthorized"',
    ],
  ] as const)(
    "gives %s as { message, status, body }, and unwrap's error keeps the raw body",
    async (_label, status, type, body, ErrorClass, message) => {
      const client = await clientOf((response) => send(response, status, type, body));

      const result = await getThing(client);

      expect(result.data).toBeUndefined();
      const rawBody = type === "application/json" ? JSON.parse(body) : body;
      expect(result.error).toEqual({ message, status, body: rawBody });
      const error = await rejectionOf(unwrap(result));
      expect(error).toBeInstanceOf(ErrorClass);
      expect((error as Error).message).toBe(message);
      expect((error as ApiError).body).toEqual(rawBody);
      expect(await result.response.clone().json()).toEqual(result.error);
    },
  );

  it("leaves a JSON object error body as the provider sent it", async () => {
    const client = await clientOf((response) => send(response, 400, "application/json", '{"message":"bad id","x":1}'));

    const result = await getThing(client);

    expect(result.error).toEqual({ message: "bad id", x: 1 });
    expect(await result.response.text()).toBe('{"message":"bad id","x":1}');
  });
});

describe("defect 15a: provider error text in messages", () => {
  it("caps a 5 MB provider message and strips its newlines and ANSI escapes, keeping the full body in error.body", async () => {
    const huge = `\u001b[31mboom\u001b[0m\nline two\r\n\u0007${"x".repeat(5_000_000)}`;
    const client = await clientOf((response) =>
      send(response, 400, "application/json", JSON.stringify({ message: huge })),
    );

    const error = await rejectionOf(unwrap(getThing(client)));

    expect(error).toBeInstanceOf(BadRequestError);
    const { message } = error as Error;
    expect(message.startsWith("Fake: GET /things/abc failed with HTTP 400 Bad Request: boom line two xxx")).toBe(true);
    expect(message.length).toBeLessThan(1_200);
    expect(message.endsWith("…")).toBe(true);
    expect([...message].filter((char) => char < " " || (char >= "\u007f" && char <= "\u009f"))).toEqual([]);
    expect((error as ApiError).body).toEqual({ message: huge });
  });

  it("strips ANSI escapes and control characters from the snippet of a text body", async () => {
    const client = await clientOf((response) =>
      send(response, 500, "text/plain", "\u001b[1;31mERROR\u001b[0m: \u001b]0;title\u0007disk\u0000 full"),
    );

    const error = await rejectionOf(unwrap(getThing(client)));

    expect((error as Error).message).toBe(
      'Fake: GET /things/abc failed with HTTP 500 Internal Server Error and a text/plain body, not JSON: "ERROR: disk full"',
    );
  });
});
