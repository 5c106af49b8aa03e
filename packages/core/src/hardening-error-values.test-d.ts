import { describe, expectTypeOf, it } from "vitest";
import { type FakePaths, fakeDescriptor } from "./__fixtures__/fake-provider.js";
import { createProviderClient } from "./create-provider-client.js";
import type { UnexpectedErrorBody } from "./provider-client-types.js";

// Issue 13, defect 14: the type of `error` admits what it is at run time, an `UnexpectedErrorBody` included.

/** The fake API's GET /things/{id}, declaring a BrowserAct-like 404 body `{ msg, traceId? }`. */
interface PathsWithErrorBody {
  "/things/{id}": {
    parameters: FakePaths["/things/{id}"]["parameters"];
    get: {
      parameters: FakePaths["/things/{id}"]["get"]["parameters"];
      requestBody?: never;
      responses: FakePaths["/things/{id}"]["get"]["responses"] & {
        404: {
          headers: { [name: string]: unknown };
          content: { "application/json": { msg: string; traceId?: string } };
        };
      };
    };
  };
}

const params = { path: { id: "abc" } };

describe("defect 14: the type of `error`", () => {
  it("is an UnexpectedErrorBody, with a string message, where the API declares no error body", async () => {
    const { error } = await createProviderClient<FakePaths>(fakeDescriptor).GET("/things/{id}", { params });

    if (error) {
      expectTypeOf(error).toExtend<UnexpectedErrorBody>();
      expectTypeOf(error.message).toEqualTypeOf<string>();
      expectTypeOf(error.status).toEqualTypeOf<number>();
    }
  });

  it("is the declared body or an UnexpectedErrorBody, whose other fields are absent", async () => {
    const { data, error } = await createProviderClient<PathsWithErrorBody>(fakeDescriptor).GET("/things/{id}", {
      params,
    });

    if (error) {
      expectTypeOf(error.msg).toEqualTypeOf<string | undefined>();
      expectTypeOf(error.traceId).toEqualTypeOf<string | undefined>();
      if ("message" in error) expectTypeOf(error.message).toEqualTypeOf<string>();
    } else {
      expectTypeOf(data).toEqualTypeOf<{ id: string; name?: string }>();
    }
  });
});
