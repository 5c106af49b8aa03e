import { rejectionOf, thrownBy, useMswServer } from "@agent-tasks/test-support";
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { createFakeClient } from "./__fixtures__/fake-client.js";
import { type ProviderClientOptions, requestLayerDefaults } from "./client-options.js";
import { InvalidClientOptionError } from "./errors.js";

const api = useMswServer();

const INTEGER_FROM_0 = "expected an integer of at least 0";
const INTEGER_FROM_1 = "expected an integer of at least 1";
const NUMBER_FROM_0 = "expected a number of at least 0";
const NUMBER_FROM_1 = "expected a number of at least 1";

const invalidClientOptions: [option: string, value: unknown, problem: string][] = [
  ["maxRetries", -1, `${INTEGER_FROM_0}, got -1`],
  ["maxRetries", 1.5, `${INTEGER_FROM_0}, got 1.5`],
  ["maxRetries", Number.POSITIVE_INFINITY, "expected a finite number of retries"],
  ["maxRetries", Number.NaN, `${INTEGER_FROM_0}, got NaN`],
  ["maxRetries", "2", `${INTEGER_FROM_0}, got 2`],
  ["timeoutMs", 0, `${NUMBER_FROM_1}, got 0`],
  ["timeoutMs", 0.5, `${NUMBER_FROM_1}, got 0.5`],
  ["timeoutMs", -100, `${NUMBER_FROM_1}, got -100`],
  ["timeoutMs", Number.NaN, `${NUMBER_FROM_1}, got NaN`],
  ["maxConcurrentRequests", 0, `${INTEGER_FROM_1}, got 0`],
  ["maxConcurrentRequests", 2.5, `${INTEGER_FROM_1}, got 2.5`],
  ["maxConcurrentRequests", -1, `${INTEGER_FROM_1}, got -1`],
  ["maxResponseBytes", 0, `${INTEGER_FROM_1}, got 0`],
  ["maxResponseBytes", 1.5, `${INTEGER_FROM_1}, got 1.5`],
  ["maxRetryAfterMs", -1, `${NUMBER_FROM_0}, got -1`],
  ["maxRetryAfterMs", Number.NaN, `${NUMBER_FROM_0}, got NaN`],
];

describe("request-layer options", () => {
  it("has the documented defaults", () => {
    expect(requestLayerDefaults).toEqual({
      maxRetries: 2,
      timeoutMs: 60_000,
      maxConcurrentRequests: 32,
      maxRetryAfterMs: 60_000,
      maxResponseBytes: 16 * 1024 * 1024,
    });
  });

  it.each(invalidClientOptions)("rejects the client option %s: %j", (option, value, problem) => {
    const error = thrownBy(() => createFakeClient({ [option]: value }), InvalidClientOptionError);

    expect(error).toMatchObject({ provider: "fake", option });
    expect(error.message).toBe(`Invalid \`${option}\` option for fake: ${problem}`);
  });

  it("rejects an onRequestEvent that is not a function", () => {
    const error = thrownBy(
      () => createFakeClient({ onRequestEvent: "log" as unknown as ProviderClientOptions["onRequestEvent"] }),
      InvalidClientOptionError,
    );

    expect(error).toMatchObject({ option: "onRequestEvent" });
  });

  it.each([
    ["maxRetries", 0],
    ["maxRetries", 10],
    ["timeoutMs", 1],
    ["timeoutMs", 1.5],
    ["timeoutMs", Number.POSITIVE_INFINITY],
    ["maxConcurrentRequests", 1],
    ["maxConcurrentRequests", Number.POSITIVE_INFINITY],
    ["maxRetryAfterMs", 0],
  ])("accepts the client option %s: %j", (option, value) => {
    expect(() => createFakeClient({ [option]: value })).not.toThrow();
  });

  it.each(invalidClientOptions.filter(([option]) => option === "maxRetries" || option === "timeoutMs"))(
    "rejects the per-request option %s: %j and sends nothing",
    async (option, value, problem) => {
      api.server.use(http.get("https://api.fake.example/v1/things/:id", () => HttpResponse.json({ id: "abc" })));

      const error = await rejectionOf(
        createFakeClient().GET("/things/{id}", { params: { path: { id: "abc" } }, [option]: value }),
      );

      expect(error).toBeInstanceOf(InvalidClientOptionError);
      expect(error).toMatchObject({ provider: "fake", option });
      expect((error as Error).message).toBe(`Invalid \`${option}\` option for fake: ${problem}`);
      expect(api.calls).toEqual([]);
    },
  );

  it("accepts a per-request timeoutMs of Infinity (no time limit)", async () => {
    api.server.use(http.get("https://api.fake.example/v1/things/:id", () => HttpResponse.json({ id: "abc" })));

    const { data } = await createFakeClient().GET("/things/{id}", {
      params: { path: { id: "abc" } },
      timeoutMs: Number.POSITIVE_INFINITY,
    });

    expect(data).toEqual({ id: "abc" });
  });

  it("does not send maxRetries or timeoutMs to the server", async () => {
    api.server.use(http.get("https://api.fake.example/v1/things/:id", () => HttpResponse.json({ id: "abc" })));

    await createFakeClient().GET("/things/{id}", { params: { path: { id: "abc" } }, maxRetries: 1, timeoutMs: 5_000 });

    expect(api.calls).toHaveLength(1);
    expect(api.calls[0]?.url.href).toBe("https://api.fake.example/v1/things/abc");
    expect([...(api.calls[0]?.headers.keys() ?? [])]).toEqual(["x-fake-key"]);
  });
});
