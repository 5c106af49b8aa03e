import type { ProviderDescriptor } from "../client-options.js";

// A made-up provider for the runtime's own tests, shaped like openapi-typescript output.

export interface FakeThing {
  id: string;
  name?: string;
}

/** The body of `POST /things` and `PATCH /things/{id}`. */
interface FakeThingInput {
  name: string;
}

type NoParameters = { query?: never; header?: never; path?: never; cookie?: never };
type ThingResponse = { 200: { headers: { [name: string]: unknown }; content: { "application/json": FakeThing } } };
type ThingCreated = { 201: { headers: { [name: string]: unknown }; content: { "application/json": FakeThing } } };
type ThingInputBody = { content: { "application/json": FakeThingInput } };

export interface FakePaths {
  "/things": {
    parameters: NoParameters;
    post: {
      parameters: NoParameters;
      requestBody: ThingInputBody;
      responses: ThingCreated;
    };
  };
  "/things/{id}": {
    parameters: NoParameters;
    get: {
      parameters: { query?: never; header?: never; path: { id: string }; cookie?: never };
      requestBody?: never;
      responses: ThingResponse;
    };
    patch: {
      parameters: { query?: never; header?: never; path: { id: string }; cookie?: never };
      requestBody: ThingInputBody;
      responses: ThingResponse;
    };
  };
  "/orgs/{org_id}/things/{id}": {
    parameters: NoParameters;
    get: {
      parameters: { query?: never; header?: never; path: { org_id: string; id: string }; cookie?: never };
      requestBody?: never;
      responses: ThingResponse;
    };
  };
}

/** Sends its key as `X-Fake-Key`, from `FAKE_API_KEY` when no option is given. */
export const fakeDescriptor: ProviderDescriptor = {
  provider: "fake",
  displayName: "Fake",
  factoryName: "createFakeClient",
  apiKeyEnvVar: "FAKE_API_KEY",
  serverUrl: "https://api.fake.example/v1",
  security: { type: "apiKey", in: "header", name: "X-Fake-Key" },
};

/** A key distinctive enough that finding it in a message, URL or log is never a coincidence. */
export const FAKE_KEY = "fake-key-5f1c9a";

/** The fake provider again, sending its key as `Authorization: Bearer`. */
export const bearerDescriptor: ProviderDescriptor = {
  ...fakeDescriptor,
  provider: "fake-bearer",
  security: { type: "http", scheme: "bearer" },
};
