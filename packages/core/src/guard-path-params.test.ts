import { rejectionOf, thrownBy, useMswServer } from "@agent-tasks/test-support";
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { createFakeClient } from "./__fixtures__/fake-client.js";
import { FAKE_KEY } from "./__fixtures__/fake-provider.js";
import { InvalidPathParameterError } from "./errors.js";
import { createGuardedPathSerializer } from "./guard-path-params.js";

const DOT_SEGMENT = "it is a dot segment ('.' or '..', maybe percent-encoded or followed by ';', '?', '#' or NUL)";
const SEPARATOR = "it contains '/' or '\\' (maybe percent-encoded), but a path parameter is one segment";
const CONTROL = "it contains a control character such as NUL or a newline (maybe percent-encoded)";
const TOO_ENCODED = "it is percent-encoded too many times to check";

/** `value` percent-encoded `times` times over. */
function encodedTimes(value: string, times: number): string {
  return times === 0 ? value : encodedTimes(encodeURIComponent(value), times - 1);
}

const unsafeValues: [label: string, value: unknown, problem: string][] = [
  ["..", "..", DOT_SEGMENT],
  [".", ".", DOT_SEGMENT],
  ["%2e%2e", "%2e%2e", DOT_SEGMENT],
  ["%2E%2e", "%2E%2e", DOT_SEGMENT],
  ["%252e%252e", "%252e%252e", DOT_SEGMENT],
  [".%2e", ".%2e", DOT_SEGMENT],
  ["' .. ' (padded)", " .. ", DOT_SEGMENT],
  ["'' (empty)", "", "it is empty"],
  ["' ' (whitespace)", " ", "it is empty"],
  ["tab and newline", "\t\n", "it is empty"],
  ["undefined", undefined, "it is missing"],
  ["null", null, "it is missing"],
  ["an object", { id: "abc" }, "expected a string, got object"],
];

// Defect 15b: values a server that decodes the path twice (or drops `;` parameters, or stops at NUL) reads as a
// dot segment or as more than one segment. openapi-fetch sends them encoded once (`%2e%2e%2f` as `%252e%252e%252f`).
const escapingValues: [label: string, value: string, problem: string][] = [
  ["%2e%2e%2f", "%2e%2e%2f", SEPARATOR],
  ["%2e%2e%5c", "%2e%2e%5c", SEPARATOR],
  ["..%2f", "..%2f", SEPARATOR],
  ["..%2F..%2Fadmin", "..%2F..%2Fadmin", SEPARATOR],
  ["..\\", "..\\", SEPARATOR],
  ["../", "../", SEPARATOR],
  ["a/b", "a/b", SEPARATOR],
  ["a\\b", "a\\b", SEPARATOR],
  ["trailing /", "abc/", SEPARATOR],
  ["%2F", "%2F", SEPARATOR],
  ["%252f (encoded twice)", "%252f", SEPARATOR],
  ["%2e%2e%2f%ZZ (a malformed escape after)", "%2e%2e%2f%ZZ", SEPARATOR],
  ["..;", "..;", DOT_SEGMENT],
  ["..;jsessionid=x", "..;jsessionid=x", DOT_SEGMENT],
  [".%2e;", ".%2e;", DOT_SEGMENT],
  ["%2e%2e%3b", "%2e%2e%3b", DOT_SEGMENT],
  ["..%00", "..%00", DOT_SEGMENT],
  ["..? (a query once decoded twice)", "..?x=1", DOT_SEGMENT],
  ["..%23 (a fragment once decoded twice)", "..%23top", DOT_SEGMENT],
  [".. then a raw NUL", "..\u0000", DOT_SEGMENT],
  ["..%00.json", "..%00.json", DOT_SEGMENT],
  ["%2e%2e%20 (encoded trailing space)", "%2e%2e%20", DOT_SEGMENT],
  ["abc%00", "abc%00", CONTROL],
  ["abc then a raw NUL", "abc\u0000", CONTROL],
  ["a newline inside", "a\nb", CONTROL],
  ["%0d%0a inside", "id%0d%0aX-Injected:%201", CONTROL],
  ["DEL (%7f)", "a%7f", CONTROL],
  ["../ encoded 12 times", encodedTimes("../", 12), TOO_ENCODED],
];

// One segment each: ids with dots (`...` is a name, not a dot segment, in RFC 3986 and WHATWG URL), `;` not after a
// dot segment, and `%` that decodes to plain text are all sent, encoded once.
const safeValues: [value: string, pathname: string][] = [
  ["task 42", "/v1/things/task%2042"],
  ["tâche-ü-任务", "/v1/things/t%C3%A2che-%C3%BC-%E4%BB%BB%E5%8A%A1"],
  ["a..b", "/v1/things/a..b"],
  ["...", "/v1/things/..."],
  ["a.b", "/v1/things/a.b"],
  ["v1.2.3", "/v1/things/v1.2.3"],
  [".well-known", "/v1/things/.well-known"],
  ["..a", "/v1/things/..a"],
  ["a;b", "/v1/things/a%3Bb"],
  ["100%", "/v1/things/100%25"],
  ["%41bc", "/v1/things/%2541bc"],
  [encodedTimes("a b", 9), `/v1/things/${encodedTimes("a b", 10)}`],
  ["550e8400-e29b-41d4-a716-446655440000", "/v1/things/550e8400-e29b-41d4-a716-446655440000"],
];

const api = useMswServer();

describe("createGuardedPathSerializer", () => {
  // escapingValues (defect 15b): values a server decoding twice would read as more than one segment or a dot segment.
  it.each([...unsafeValues, ...escapingValues])(
    "rejects %s with InvalidPathParameterError",
    (_label, value, problem) => {
      const serialize = createGuardedPathSerializer("fake");

      const error = thrownBy(() => serialize("/things/{id}", { id: value }));

      expect(error).toBeInstanceOf(InvalidPathParameterError);
      expect(error).toMatchObject({ provider: "fake", parameter: "id", schemaPath: "/things/{id}" });
      expect((error as Error).message).toBe(
        `Invalid path parameter "id" for /things/{id}: ${problem}. Nothing was sent.`,
      );
    },
  );

  it.each(safeValues)("encodes %j like openapi-fetch does", (value, pathname) => {
    const serialize = createGuardedPathSerializer("fake");

    expect(serialize("/v1/things/{id}", { id: value })).toBe(pathname);
  });

  it("names the schema path without the base URL it was given", () => {
    const serialize = createGuardedPathSerializer("fake", "https://api.fake.example/v1");

    const error = thrownBy(() => serialize("https://api.fake.example/v1/things/{id}", { id: ".." }));

    expect(error).toBeInstanceOf(InvalidPathParameterError);
    expect(error).toMatchObject({ provider: "fake", schemaPath: "/things/{id}", parameter: "id" });
  });

  it("checks label-style placeholders by their bare name", () => {
    const serialize = createGuardedPathSerializer(null);

    expect(() => serialize("/things/{.id}", { id: ".." })).toThrow(InvalidPathParameterError);
    expect(serialize("/things/{.id}", { id: "abc" })).toBe("/things/.abc");
  });
});

describe("createProviderClient path parameters", () => {
  it.each([...unsafeValues, ...escapingValues])(
    "refuses to send %s as {id} and sends nothing",
    async (_label, value, problem) => {
      api.server.use(http.get("https://api.fake.example/*", () => HttpResponse.json({ id: "wrong" })));

      const error = await rejectionOf(
        createFakeClient().GET("/things/{id}", { params: { path: { id: value as string } } }),
      );

      expect(error).toBeInstanceOf(InvalidPathParameterError);
      expect(error).toMatchObject({ provider: "fake", parameter: "id", schemaPath: "/things/{id}" });
      expect((error as Error).message).toBe(
        `Invalid path parameter "id" for /things/{id}: ${problem}. Nothing was sent.`,
      );
      expect((error as Error).message).not.toContain(FAKE_KEY);
      expect(api.calls).toEqual([]);
    },
  );

  it("refuses a call that leaves params out entirely and sends nothing", async () => {
    api.server.use(http.get("https://api.fake.example/*", () => HttpResponse.json({ id: "wrong" })));

    // @ts-expect-error a JavaScript caller can leave `params` out
    const error = await rejectionOf(createFakeClient().GET("/things/{id}"));

    expect(error).toBeInstanceOf(InvalidPathParameterError);
    expect(error).toMatchObject({ parameter: "id", schemaPath: "/things/{id}" });
    expect((error as Error).message).toBe(
      'Invalid path parameter "id" for /things/{id}: it is missing. Nothing was sent.',
    );
    expect(api.calls).toEqual([]);
  });

  it("names the offending parameter when a later one is unsafe", async () => {
    const error = await rejectionOf(
      createFakeClient().GET("/orgs/{org_id}/things/{id}", { params: { path: { org_id: "acme", id: "%2e%2e" } } }),
    );

    expect(error).toBeInstanceOf(InvalidPathParameterError);
    expect(error).toMatchObject({ parameter: "id", schemaPath: "/orgs/{org_id}/things/{id}" });
    expect(api.calls).toEqual([]);
  });

  it.each(safeValues)("sends %j percent-encoded as %s", async (value, pathname) => {
    api.server.use(http.get("https://api.fake.example/*", () => HttpResponse.json({ id: value })));

    const { data } = await createFakeClient().GET("/things/{id}", { params: { path: { id: value } } });

    expect(data).toEqual({ id: value });
    expect(api.calls).toHaveLength(1);
    expect(api.calls[0]?.url.origin).toBe("https://api.fake.example");
    expect(api.calls[0]?.url.pathname).toBe(pathname);
  });

  it("encodes each of several path parameters", async () => {
    api.server.use(http.get("https://api.fake.example/*", () => HttpResponse.json({ id: "x&y" })));

    await createFakeClient().GET("/orgs/{org_id}/things/{id}", { params: { path: { org_id: "acme inc", id: "x&y" } } });

    expect(api.calls[0]?.url.pathname).toBe("/v1/orgs/acme%20inc/things/x%26y");
  });
});
