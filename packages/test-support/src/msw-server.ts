import type { RequestHandler } from "msw";
import { type SetupServer, setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll } from "vitest";

/** One request as it reached msw. */
interface RecordedCall {
  method: string;
  url: URL;
  headers: Headers;
  body: string | null;
}

export interface MswServer {
  /** The msw server: add handlers for the current test with `server.use(http.get(url, resolver))`. */
  readonly server: SetupServer;
  /** Every request seen since the last test started, handled or not. */
  readonly calls: RecordedCall[];
  /** Resolves once every recorded request body has been read into `calls`. */
  settled(): Promise<void>;
}

/**
 * One msw server for the test file, for tests that need byte-exact answers (a spec's example, a malformed body,
 * a header) rather than a simulated provider (`@agent-tasks/testing`). Handlers added with `server.use` last one
 * test; unhandled requests fail the test, so a wrong URL is an error, not a silent network call.
 */
export function useMswServer(...initialHandlers: RequestHandler[]): MswServer {
  const server = setupServer(...initialHandlers);
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
    server,
    calls,
    settled: async () => {
      await Promise.all(pendingBodies);
    },
  };
}
