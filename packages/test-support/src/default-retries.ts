import { HttpResponse, type JsonBodyType } from "msw";
import { expect, vi } from "vitest";
import type { MockApi, RouteTable } from "./mock-api.js";

/** The parts of an openapi-fetch result the checks read. */
export interface ClientResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

export interface DefaultRetriesCase {
  /** The test file's mock API. */
  api: MockApi;
  /** The msw route `send` requests. */
  route: keyof RouteTable;
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
export async function expectRetriedTwiceThenReturned({ api, route, url, errorBody, send }: DefaultRetriesCase) {
  vi.useFakeTimers();
  const random = vi.spyOn(Math, "random").mockReturnValue(0); // no jitter: backoff is exactly 500 ms, then 1,000 ms
  try {
    api.routes({ [route]: () => HttpResponse.json(errorBody, { status: 500 }) });

    const pending = send();
    await vi.advanceTimersByTimeAsync(499);
    expect(api.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(api.calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(999);
    expect(api.calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    const { data, error, response } = await pending;

    expect(api.calls).toHaveLength(3);
    expect(api.calls.map((call) => call.url.href)).toEqual([url, url, url]);
    expect(data).toBeUndefined();
    expect(error).toEqual(errorBody);
    expect(response.status).toBe(500);
  } finally {
    random.mockRestore();
    vi.useRealTimers();
  }
}
