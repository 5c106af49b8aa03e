import { HttpResponse, http, type JsonBodyType, type Path } from "msw";
import { expect, vi } from "vitest";
import type { MswServer } from "./msw-server.js";

/** The parts of an openapi-fetch result the checks read. */
export interface ClientResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

export interface DefaultRetriesCase {
  /** The test file's msw server. */
  msw: MswServer;
  /** The msw path of the GET `send` requests, e.g. `https://api.hyperbrowser.ai/api/task/hyper-agent/:id`. */
  route: Path;
  /** The whole URL every attempt must request. */
  url: string;
  /** The provider's own 500 body, served on every attempt. */
  errorBody: JsonBodyType;
  /** Sends the request through a client left at its default retries. */
  send: () => Promise<ClientResult>;
}

/**
 * Checks a client's default retries on a 500 that never clears: the first retry 500 ms after the
 * failure and the second 1,000 ms after that (jitter off), no third, then the 500 returned as
 * `error` rather than thrown. Runs on fake timers, so the test takes no real time.
 */
export async function expectRetriedTwiceThenReturned({ msw, route, url, errorBody, send }: DefaultRetriesCase) {
  const { calls } = msw;
  vi.useFakeTimers();
  const random = vi.spyOn(Math, "random").mockReturnValue(0); // no jitter: backoff is exactly 500 ms, then 1,000 ms
  try {
    msw.server.use(http.get(route, () => HttpResponse.json(errorBody, { status: 500 })));

    const pending = send();
    await vi.advanceTimersByTimeAsync(499);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(999);
    expect(calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    const { data, error, response } = await pending;

    expect(calls).toHaveLength(3);
    expect(calls.map((call) => call.url.href)).toEqual([url, url, url]);
    expect(data).toBeUndefined();
    expect(error).toEqual(errorBody);
    expect(response.status).toBe(500);
  } finally {
    random.mockRestore();
    vi.useRealTimers();
  }
}
