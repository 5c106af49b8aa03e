import { type HttpResponseResolver, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll } from "vitest";

/** One request as it reached the mock server. */
interface RecordedCall {
  method: string;
  url: URL;
  headers: Headers;
  body: string | null;
}

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** `"GET https://api.example.com/things/:id"` -> resolver. */
export type RouteTable = Record<`${Method} ${string}`, HttpResponseResolver>;

export interface MockApi {
  /** Every request seen since the last test started, handled or not. */
  readonly calls: RecordedCall[];
  /** Adds routes for the current test only. */
  routes(table: RouteTable): void;
  /** Resolves once every recorded request body has been read into `calls`. */
  settled(): Promise<void>;
}

const methods = { GET: http.get, POST: http.post, PUT: http.put, PATCH: http.patch, DELETE: http.delete };

function toHandlers(table: RouteTable) {
  return Object.entries(table).map(([key, resolver]) => {
    const [method, url] = key.split(" ", 2) as [Method, string];
    return methods[method](url, resolver);
  });
}

/**
 * Starts one msw server for the test file. Unhandled requests fail the test, so a wrong URL
 * is an error, not a silent network call.
 */
export function useMockApi(initialRoutes: RouteTable = {}): MockApi {
  const server = setupServer(...toHandlers(initialRoutes));
  const calls: RecordedCall[] = [];
  const pendingBodies = new Set<Promise<void>>();
  server.events.on("request:start", async ({ request }) => {
    // Recorded at once, in arrival order; the body is filled in when it has been read.
    const call: RecordedCall = {
      method: request.method,
      url: new URL(request.url),
      headers: new Headers(request.headers),
      body: null,
    };
    calls.push(call);
    if (request.body === null) return;
    const reading = request
      .clone()
      .text()
      .then((text) => {
        call.body = text;
      })
      .finally(() => pendingBodies.delete(reading));
    pendingBodies.add(reading);
    await reading;
  });
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  afterEach(() => {
    server.resetHandlers();
    calls.length = 0;
  });
  afterAll(() => server.close());
  return {
    calls,
    routes: (table) => server.use(...toHandlers(table)),
    settled: async () => {
      await Promise.all(pendingBodies);
    },
  };
}
