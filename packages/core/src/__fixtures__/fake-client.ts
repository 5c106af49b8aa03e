import type { ProviderClientOptions, RequestOptions } from "../client-options.js";
import { createProviderClient } from "../create-provider-client.js";
import type { ProviderClient } from "../provider-client-types.js";
import { FAKE_KEY, type FakePaths, type FakeThing, fakeDescriptor } from "./fake-provider.js";

// The fake provider's client as the runtime's tests drive it, so each test file states only what it varies.

export const FAKE_BASE_URL = fakeDescriptor.serverUrl;

/** msw URL patterns of the fake provider: `server.use(http.get(THING_URL, resolver))`. */
export const THINGS_URL = `${FAKE_BASE_URL}/things`;
export const THING_URL = `${FAKE_BASE_URL}/things/:id`;

/** What the fake provider serves at `/things/abc`. */
export const thing: FakeThing = { id: "abc", name: "A thing" };

export type FakeClient = ProviderClient<FakePaths>;

/** A fake-provider client holding `FAKE_KEY`, on the request layer's defaults unless `options` says otherwise. */
export function createFakeClient(options: ProviderClientOptions = {}, descriptor = fakeDescriptor): FakeClient {
  return createProviderClient<FakePaths>(descriptor, { apiKey: FAKE_KEY, ...options });
}

/** `GET /things/abc`. */
export function getThing(client: FakeClient = createFakeClient(), options: RequestOptions = {}) {
  return client.GET("/things/{id}", { params: { path: { id: "abc" } }, ...options });
}
