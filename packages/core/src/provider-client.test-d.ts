import { describe, expectTypeOf, it } from "vitest";
import { type FakePaths, type FakeThing, fakeDescriptor } from "./__fixtures__/fake-provider.js";
import type { RequestOptions } from "./client-options.js";
import { createProviderClient } from "./create-provider-client.js";
import type { ProviderClient } from "./provider-client-types.js";
import type { RequestEvent } from "./request-events.js";
import { unwrap } from "./unwrap.js";

const client = createProviderClient<FakePaths>(fakeDescriptor, { apiKey: "test-key" });
const params = { path: { id: "abc" } };

describe("ProviderClient types", () => {
  it("createProviderClient returns a ProviderClient of its paths", () => {
    expectTypeOf(client).toEqualTypeOf<ProviderClient<FakePaths>>();
    expectTypeOf(client.provider).toEqualTypeOf<string>();
    expectTypeOf(client.baseUrl).toEqualTypeOf<string>();
  });

  it("types the per-request options", () => {
    expectTypeOf<RequestOptions["maxRetries"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<RequestOptions["timeoutMs"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<RequestOptions["signal"]>().toEqualTypeOf<AbortSignal | null | undefined>();
  });

  it("accepts maxRetries, timeoutMs and signal on a call", () => {
    void client.GET("/things/{id}", { params, maxRetries: 0, timeoutMs: 5_000, signal: new AbortController().signal });
    void client.POST("/things", { body: { name: "A thing" }, maxRetries: 1 });
  });

  it("rejects per-request options of the wrong type", () => {
    // @ts-expect-error maxRetries is a number
    void client.GET("/things/{id}", { params, maxRetries: "2" });
    // @ts-expect-error timeoutMs is a number
    void client.GET("/things/{id}", { params, timeoutMs: "5s" });
    // @ts-expect-error signal is an AbortSignal
    void client.GET("/things/{id}", { params, signal: "abort" });
  });

  it("rejects the client-wide options maxRetries and timeoutMs of the wrong type", () => {
    // @ts-expect-error maxRetries is a number
    createProviderClient<FakePaths>(fakeDescriptor, { maxRetries: "2" });
    // @ts-expect-error maxConcurrentRequests is a number
    createProviderClient<FakePaths>(fakeDescriptor, { maxConcurrentRequests: "4" });
  });

  it("still checks paths, path parameters and bodies", () => {
    // @ts-expect-error params.path.id is required
    void client.GET("/things/{id}", { params: { path: {} } });
    // @ts-expect-error the fake API has no such path
    void client.GET("/nothing/{id}", { params });
    // @ts-expect-error POST /things needs a body
    void client.POST("/things", {});
    // @ts-expect-error the body's name is a string
    void client.POST("/things", { body: { name: 42 } });
    // @ts-expect-error /things/{id} has no POST
    void client.POST("/things/{id}", { params, body: { name: "x" } });
  });

  it("types GET data as the success body, or undefined", async () => {
    const { data } = await client.GET("/things/{id}", { params });

    expectTypeOf(data).toEqualTypeOf<FakeThing | undefined>();
  });

  it("unwrap resolves to the success body type, without undefined", () => {
    expectTypeOf(unwrap(client.GET("/things/{id}", { params }))).resolves.toEqualTypeOf<FakeThing>();
    expectTypeOf(unwrap(client.POST("/things", { body: { name: "A thing" } }))).resolves.toEqualTypeOf<FakeThing>();
    expectTypeOf(
      unwrap(client.PATCH("/things/{id}", { params, body: { name: "Renamed" } })),
    ).resolves.toEqualTypeOf<FakeThing>();
  });

  it("unwrap accepts a settled result as well as a promise", async () => {
    const result = await client.GET("/things/{id}", { params });

    expectTypeOf(unwrap(result)).resolves.toEqualTypeOf<FakeThing>();
  });

  it("onRequestEvent receives the RequestEvent union", () => {
    createProviderClient<FakePaths>(fakeDescriptor, {
      onRequestEvent: (event) => {
        expectTypeOf(event).toEqualTypeOf<RequestEvent>();
        expectTypeOf(event.type).toEqualTypeOf<"request" | "response" | "retry" | "error">();
        if (event.type === "retry") expectTypeOf(event.delayMs).toEqualTypeOf<number>();
      },
    });
  });
});
