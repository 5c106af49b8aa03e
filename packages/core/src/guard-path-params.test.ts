import { rejectionOf, thrownBy, useMswServer } from "@agent-tasks/test-support";
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { createFakeClient } from "./__fixtures__/fake-client.js";
import { FAKE_KEY } from "./__fixtures__/fake-provider.js";
import { InvalidPathParameterError } from "./errors.js";
import { createGuardedPathSerializer } from "./guard-path-params.js";

const DOT_SEGMENT = "it is a dot segment ('.' or '..', maybe percent-encoded)";

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

const safeValues: [value: string, pathname: string][] = [
  ["task 42", "/v1/things/task%2042"],
  ["a/b", "/v1/things/a%2Fb"],
  ["tâche-ü-任务", "/v1/things/t%C3%A2che-%C3%BC-%E4%BB%BB%E5%8A%A1"],
  ["a..b", "/v1/things/a..b"],
  ["...", "/v1/things/..."],
  ["%2F", "/v1/things/%252F"],
  ["550e8400-e29b-41d4-a716-446655440000", "/v1/things/550e8400-e29b-41d4-a716-446655440000"],
];

const api = useMswServer();

describe("createGuardedPathSerializer", () => {
  it.each(unsafeValues)("rejects %s with InvalidPathParameterError", (_label, value, problem) => {
    const serialize = createGuardedPathSerializer("fake");

    const error = thrownBy(() => serialize("/things/{id}", { id: value }));

    expect(error).toBeInstanceOf(InvalidPathParameterError);
    expect(error).toMatchObject({ provider: "fake", parameter: "id", schemaPath: "/things/{id}" });
    expect((error as Error).message).toBe(
      `Invalid path parameter "id" for /things/{id}: ${problem}. Nothing was sent.`,
    );
  });

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
  it.each(unsafeValues)("refuses to send %s as {id} and sends nothing", async (_label, value, problem) => {
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
  });

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
    api.server.use(http.get("https://api.fake.example/*", () => HttpResponse.json({ id: "x/y" })));

    await createFakeClient().GET("/orgs/{org_id}/things/{id}", { params: { path: { org_id: "acme inc", id: "x/y" } } });

    expect(api.calls[0]?.url.pathname).toBe("/v1/orgs/acme%20inc/things/x%2Fy");
  });
});
