import type { ServerResponse } from "node:http";
import { rejectionOf, renderings, startServer, useRealServers } from "@agent-tasks/test-support";
import { describe, expect, it } from "vitest";
import { createFakeClient, type FakeClient, getThing } from "./__fixtures__/fake-client.js";
import { FAKE_KEY } from "./__fixtures__/fake-provider.js";
import { ApiConnectionError, type ApiError, AuthenticationError, RateLimitError, ServerError } from "./api-errors.js";
import { readRequestId } from "./error-from-response.js";
import { REDACTED, redactErrorChain, redactSecret } from "./redact.js";
import { unwrap } from "./unwrap.js";

useRealServers();

// Issue 13, defects 3, 4, 9 and 15e: a key the provider (or a custom fetch) echoes back in a form other than
// the plain key, against real node:http servers, so headers and reason phrases pass through undici for real.

/** A key with the characters JSON may escape (`/`) and that a provider may write as `\u002B` (`+`). */
const SLASH_KEY = "sk_live/5f1c+9a9d/e7b2";

/** Asserts `key` shows in no rendering of any of `values`, nor in a JSON decoding of one. */
function expectNoKey(key: string, ...values: unknown[]): void {
  for (const value of values) {
    for (const text of renderings(value)) {
      expect(text).not.toContain(key);
      // A JSON-escaped echo (`\/`, `\u002B`) decodes back to the key: undo one level of escapes and look again.
      expect(
        text.replace(/\\u([0-9a-f]{4})/gi, (_, hex) => String.fromCharCode(Number.parseInt(hex, 16))),
      ).not.toContain(key);
      expect(text.replaceAll("\\/", "/")).not.toContain(key);
    }
  }
}

/** A client of a real server whose handler answers every request; `key` is the client's key. */
async function clientOf(
  handler: (response: ServerResponse, sentKey: string) => void,
  key = FAKE_KEY,
): Promise<{ client: FakeClient; sentKeys: string[] }> {
  const sentKeys: string[] = [];
  const server = await startServer((request, response) => {
    const sentKey = String(request.headers["x-fake-key"]);
    sentKeys.push(sentKey);
    handler(response, sentKey);
  });
  return { client: createFakeClient({ apiKey: key, baseUrl: server.baseUrl, maxRetries: 0 }), sentKeys };
}

function sendJsonText(response: ServerResponse, status: number, text: string, headers: Record<string, string> = {}) {
  response.writeHead(status, { "content-type": "application/json", ...headers });
  response.end(text);
}

describe("defect 3: a key echoed with JSON escapes", () => {
  it("redacts a key echoed with JSON escapes (\\/ and \\u002B) in error.message, JSON.stringify(error) and result.error", async () => {
    const { client } = await clientOf((response, key) => {
      const slashes = key.replaceAll("/", "\\/");
      const plus = key.replaceAll("+", "\\u002B");
      const firstChar = `\\u00${key.charCodeAt(0).toString(16)}${key.slice(1)}`;
      sendJsonText(
        response,
        401,
        `{"message":"Invalid key ${slashes}","plus":"${plus}","first":"${firstChar}","${slashes}":true}`,
      );
    }, SLASH_KEY);

    const result = await getThing(client);
    const error = await rejectionOf(unwrap(result));

    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as Error).message).toBe(
      `Fake: GET /things/abc failed with HTTP 401 Unauthorized: Invalid key ${REDACTED}`,
    );
    expect(result.error).toEqual({
      message: `Invalid key ${REDACTED}`,
      plus: REDACTED,
      first: REDACTED,
      [REDACTED]: true,
    });
    expect((error as AuthenticationError).body).toEqual(result.error);
    expect(await result.response.text()).not.toContain("5f1c");
    expectNoKey(SLASH_KEY, error, result.error, (error as ApiError).body, await result.response.clone().text());
  });

  it("redacts a JSON-escaped key in an error body that is not valid JSON (served as text)", async () => {
    const { client } = await clientOf((response, key) => {
      sendJsonText(
        response,
        500,
        `{"message":"bad key ${key.replaceAll("/", "\\/").replaceAll("+", "\\u002b")}", oops`,
      );
    }, SLASH_KEY);

    const result = await getThing(client);
    const error = await rejectionOf(unwrap(result));

    expect(error).toBeInstanceOf(ServerError);
    expect((error as ServerError).body).toBe(`{"message":"bad key ${REDACTED}", oops`);
    expectNoKey(SLASH_KEY, error, result.error);
  });

  it("redactSecret finds the key written with JSON, percent or HTML escapes of any of its characters", () => {
    const escaped = [
      SLASH_KEY.replaceAll("/", "\\/"),
      SLASH_KEY.replaceAll("+", "\\u002B"),
      [...SLASH_KEY].map((char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`).join(""),
      SLASH_KEY.replaceAll("/", "%2F").replaceAll("+", "%2b"),
      SLASH_KEY.replaceAll("/", "&#x2F;").replaceAll("+", "&#43;"),
    ];

    for (const form of escaped) expect(redactSecret(`key=${form};`, SLASH_KEY)).toBe(`key=${REDACTED};`);
    // An escaped backslash is not an escape: `\\/` decodes to `\/`, which is not the key.
    expect(redactSecret("a\\\\/b", "a/b/c/d")).toBe("a\\\\/b");
  });
});

describe("defect 4: a key with leading or trailing spaces", () => {
  it("trims a key given with surrounding spaces, sends it trimmed and redacts its echo in every rendering", async () => {
    const { client, sentKeys } = await clientOf((response, key) => {
      sendJsonText(response, 401, JSON.stringify({ message: `Invalid API key: ${key}` }));
    }, `  ${FAKE_KEY} `);

    const result = await getThing(client);
    const error = await rejectionOf(unwrap(result));

    expect(sentKeys).toEqual([FAKE_KEY]);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as Error).message).toContain(`Invalid API key: ${REDACTED}`);
    expectNoKey(FAKE_KEY, error, result.error);
  });
});

describe("defect 9: a key echoed in response headers", () => {
  it("redacts a key echoed in x-request-id, the reason phrase and content-type from error.message and error.requestId", async () => {
    const { client } = await clientOf((response, key) => {
      response.statusMessage = `Bad key ${key}`;
      response.writeHead(401, { "x-request-id": `req-${key}`, "content-type": `text/x-${key}` });
      response.end("nope");
    });

    const result = await getThing(client);
    const error = await rejectionOf(unwrap(result));

    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as ApiError).requestId).toBe(`req-${REDACTED}`);
    expect((error as Error).message).toBe(
      `Fake: GET /things/abc failed with HTTP 401 Bad key ${REDACTED} and a text/x-${REDACTED} body, not JSON: "nope" (request id req-${REDACTED})`,
    );
    expectNoKey(FAKE_KEY, error, result.error);
  });

  it("redacts a key echoed in the headers of a 2xx that is not JSON (InvalidResponseError)", async () => {
    const { client } = await clientOf((response, key) => {
      response.statusMessage = `OK ${key}`;
      response.writeHead(200, { "x-request-id": key, "content-type": `text/html; key=${key}` });
      response.end("<p>hi</p>");
    });

    const error = await rejectionOf(getThing(client));

    expect((error as ApiError).requestId).toBe(REDACTED);
    expectNoKey(FAKE_KEY, error);
  });

  it("redacts a key echoed in the headers of a 429 that is retried and then returned", async () => {
    const { client } = await clientOf((response, key) => {
      response.writeHead(429, { "x-request-id": key, "retry-after": "0", "content-type": "application/json" });
      response.end(JSON.stringify({ message: "slow down" }));
    });

    const error = await rejectionOf(unwrap(getThing(client)));

    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as ApiError).requestId).toBe(REDACTED);
    expectNoKey(FAKE_KEY, error);
  });
});

describe("defect 9: readRequestId, for the response hook event", () => {
  it("redacts a key echoed in the request id header", () => {
    const headers = new Headers({ "x-request-id": `req-${FAKE_KEY}` });

    expect(readRequestId(headers, null, (shown) => redactSecret(shown, FAKE_KEY))).toBe(`req-${REDACTED}`);
    expect(readRequestId(new Headers(), null, (shown) => shown)).toBeNull();
  });
});

describe("defect 15e: an error of a custom fetch that holds the Request", () => {
  it("keeps the key out of an ApiConnectionError whose cause holds the Request, its Headers and a plain object", async () => {
    const leakyFetch = async (request: Request): Promise<Response> => {
      throw Object.assign(new TypeError("proxy refused"), {
        request,
        headers: request.headers,
        sent: { headers: Object.fromEntries(request.headers) },
        code: "ECONNREFUSED",
      });
    };

    const error = await rejectionOf(getThing(createFakeClient({ fetch: leakyFetch, maxRetries: 0 })));

    expect(error).toBeInstanceOf(ApiConnectionError);
    expect((error as ApiConnectionError).cause).toMatchObject({ name: "TypeError", code: "ECONNREFUSED" });
    expectNoKey(FAKE_KEY, error);
  });

  it("redactErrorChain replaces non-string fields that could hold the key, in the error and its causes", () => {
    const request = new Request("https://api.fake.example/v1", { headers: { "x-fake-key": FAKE_KEY } });
    const hidden = new Error("inner");
    Object.defineProperty(hidden, "request", { value: request, enumerable: false });
    const error = new AggregateError([new Error(`one ${FAKE_KEY}`)], "many", { cause: hidden });
    Object.assign(error, { list: [FAKE_KEY], nested: { deep: { key: FAKE_KEY } }, map: new Map([["k", FAKE_KEY]]) });

    const redacted = redactErrorChain(error, FAKE_KEY) as Error & Record<string, unknown>;

    expect(redacted.name).toBe("AggregateError");
    expect(redacted.message).toBe("many");
    expect(redacted.list).toEqual([REDACTED]);
    expect(redacted.nested).toEqual({ deep: { key: REDACTED } });
    expectNoKey(FAKE_KEY, redacted);
  });

  it("redactErrorChain still returns an error holding only plain, key-free fields as it is", () => {
    const error = Object.assign(new Error("fetch failed"), { code: "ECONNRESET", info: { port: 443, host: "x" } });

    expect(redactErrorChain(error, FAKE_KEY)).toBe(error);
  });
});
