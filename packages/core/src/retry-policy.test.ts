import { afterEach, describe, expect, it, vi } from "vitest";
import {
  ApiConnectionError,
  ApiError,
  ApiTimeoutError,
  InvalidResponseError,
  NotFoundError,
  RateLimitError,
  ServerError,
} from "./api-errors.js";
import {
  backoffDelayMs,
  failedBeforeSending,
  INITIAL_BACKOFF_MS,
  isIdempotentMethod,
  isRefusedBeforeProcessing,
  isRetryableStatus,
  isTransientError,
  MAX_BACKOFF_MS,
  parseRetryAfterMs,
} from "./retry-policy.js";

afterEach(() => {
  vi.restoreAllMocks();
});

const details = { provider: "fake", method: "GET", url: "https://api.fake.example/v1/things/abc" };

describe("isRetryableStatus", () => {
  it.each([
    [200, false],
    [201, false],
    [301, false],
    [400, false],
    [401, false],
    [403, false],
    [404, false],
    [408, true],
    [409, true],
    [410, false],
    [418, false],
    [422, false],
    [429, true],
    [500, true],
    [502, true],
    [503, true],
    [504, true],
    [599, true],
  ])("HTTP %i -> %s", (status, retryable) => {
    expect(isRetryableStatus(status)).toBe(retryable);
  });
});

describe("isIdempotentMethod", () => {
  it.each([
    ["GET", true],
    ["HEAD", true],
    ["PUT", true],
    ["DELETE", true],
    ["OPTIONS", true],
    ["POST", false],
    ["PATCH", false],
    ["post", false],
    ["patch", false],
  ])("%s -> %s", (method, idempotent) => {
    expect(isIdempotentMethod(method)).toBe(idempotent);
  });
});

describe("isRefusedBeforeProcessing", () => {
  it.each([
    [408, true],
    [409, true],
    [429, true],
    [400, false],
    [500, false],
    [502, false],
    [503, false],
  ])("HTTP %i -> %s", (status, refused) => {
    expect(isRefusedBeforeProcessing(status)).toBe(refused);
  });
});

describe("failedBeforeSending", () => {
  function codeError(code: string): Error {
    return Object.assign(new Error(`connect ${code} 203.0.113.1:443`), { code });
  }

  it.each(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "ENETUNREACH", "EHOSTUNREACH", "UND_ERR_CONNECT_TIMEOUT"])(
    "is true for %s, as undici reports it (fetch failed, caused by the system error)",
    (code) => {
      expect(failedBeforeSending(new TypeError("fetch failed", { cause: codeError(code) }))).toBe(true);
    },
  );

  it("is true for a code on the error itself", () => {
    expect(failedBeforeSending(codeError("ECONNREFUSED"))).toBe(true);
  });

  it("finds the code a few causes deep", () => {
    const nested = new Error("outer", { cause: new Error("middle", { cause: codeError("ENOTFOUND") }) });

    expect(failedBeforeSending(nested)).toBe(true);
  });

  it.each(["ECONNRESET", "EPIPE", "UND_ERR_SOCKET", "ETIMEDOUT", "UND_ERR_HEADERS_TIMEOUT"])(
    "is false for %s: the request may have reached the server",
    (code) => {
      expect(failedBeforeSending(new TypeError("fetch failed", { cause: codeError(code) }))).toBe(false);
    },
  );

  it.each([
    ["a bare TypeError (msw's HttpResponse.error())", new TypeError("Failed to fetch")],
    ["undefined", undefined],
    ["null", null],
    ["a string", "ECONNREFUSED"],
    ["a numeric code", { code: 111 }],
  ])("is false for %s", (_label, error) => {
    expect(failedBeforeSending(error)).toBe(false);
  });

  it("stops following causes after five levels", () => {
    let error: unknown = codeError("ECONNREFUSED");
    for (let level = 0; level < 5; level++) error = { cause: error };

    expect(failedBeforeSending(error)).toBe(false);
  });

  it("does not loop on a cause cycle", () => {
    const cyclic: { cause?: unknown } = {};
    cyclic.cause = cyclic;

    expect(failedBeforeSending(cyclic)).toBe(false);
  });
});

describe("backoffDelayMs", () => {
  it("starts at 500 ms and doubles up to 8 s", () => {
    expect(INITIAL_BACKOFF_MS).toBe(500);
    expect(MAX_BACKOFF_MS).toBe(8_000);
  });

  it.each([
    [1, 500],
    [2, 1_000],
    [3, 2_000],
    [4, 4_000],
    [5, 8_000],
    [6, 8_000],
    [20, 8_000],
  ])("retry %i waits the full %i ms when Math.random() is 0", (retry, ms) => {
    vi.spyOn(Math, "random").mockReturnValue(0);

    expect(backoffDelayMs(retry)).toBe(ms);
  });

  it.each([
    [1, 375],
    [2, 750],
    [3, 1_500],
    [4, 3_000],
    [5, 6_000],
    [6, 6_000],
  ])("retry %i waits three quarters, %i ms, when Math.random() is 1", (retry, ms) => {
    vi.spyOn(Math, "random").mockReturnValue(1);

    expect(backoffDelayMs(retry)).toBe(ms);
  });

  it("stays within [0.75, 1] of the capped base for any random value", () => {
    for (let retry = 1; retry <= 8; retry++) {
      const base = Math.min(500 * 2 ** (retry - 1), 8_000);
      for (const random of [0, 0.1, 0.5, 0.999, 1]) {
        const delay = backoffDelayMs(retry, () => random);
        expect(delay).toBeGreaterThanOrEqual(base * 0.75);
        expect(delay).toBeLessThanOrEqual(base);
      }
    }
  });

  it("uses Math.random by default", () => {
    const random = vi.spyOn(Math, "random").mockReturnValue(0.5);

    expect(backoffDelayMs(3)).toBe(1_750);
    expect(random).toHaveBeenCalledTimes(1);
  });

  it("treats a retry number below 1 as the first retry", () => {
    expect(backoffDelayMs(0, () => 0)).toBe(500);
  });
});

describe("parseRetryAfterMs", () => {
  const now = Date.parse("2030-01-01T00:00:00.000Z");

  function parse(headers: Record<string, string>): number | null {
    return parseRetryAfterMs(new Headers(headers), now);
  }

  it("is null with neither header", () => {
    expect(parse({})).toBeNull();
  });

  it.each([
    ["2", 2_000],
    ["0", 0],
    [" 3 ", 3_000],
    ["120", 120_000],
    ["1.5", 1_500],
    ["0.0001", 1],
  ])("reads Retry-After: %j as seconds -> %i ms", (value, ms) => {
    expect(parse({ "Retry-After": value })).toBe(ms);
  });

  it.each([
    ["1500", 1_500],
    ["0", 0],
    ["250.2", 251],
  ])("reads retry-after-ms: %j as milliseconds -> %i", (value, ms) => {
    expect(parse({ "retry-after-ms": value })).toBe(ms);
  });

  it("prefers retry-after-ms over Retry-After", () => {
    expect(parse({ "retry-after-ms": "1500", "Retry-After": "30" })).toBe(1_500);
  });

  it("falls back to Retry-After when retry-after-ms is unreadable", () => {
    expect(parse({ "retry-after-ms": "soon", "Retry-After": "4" })).toBe(4_000);
    expect(parse({ "retry-after-ms": "-100", "Retry-After": "4" })).toBe(4_000);
  });

  it.each([
    ["IMF-fixdate", "Tue, 01 Jan 2030 00:00:05 GMT"],
    ["RFC 850", "Tuesday, 01-Jan-30 00:00:05 GMT"],
  ])("reads an HTTP date (%s) as the time left until it", (_format, value) => {
    expect(parse({ "Retry-After": value })).toBe(5_000);
  });

  it("reads an HTTP date in the past as 0", () => {
    expect(parse({ "Retry-After": "Mon, 31 Dec 2029 23:59:00 GMT" })).toBe(0);
  });

  it("measures an HTTP date from Date.now() by default", () => {
    vi.spyOn(Date, "now").mockReturnValue(now);

    expect(parseRetryAfterMs(new Headers({ "Retry-After": "Tue, 01 Jan 2030 00:01:00 GMT" }))).toBe(60_000);
  });

  it.each(["soon", "later", "2 seconds", "5s", "1e3", "0x10", "", "Infinity", "NaN"])(
    "is null for the garbage Retry-After: %j",
    (value) => {
      expect(parse({ "Retry-After": value })).toBeNull();
    },
  );

  // Date.parse is lenient: it reads "-5" as 1 May 2001, so a careless fallback would make these "retry now".
  it.each(["-5", "-1.5", "+5", "1,5", "soon 5", "x 1"])(
    "is null for the negative or malformed Retry-After: %j, not a date in 2001",
    (value) => {
      expect(parse({ "Retry-After": value })).toBeNull();
    },
  );
});

describe("parseRetryAfterMs on adversarial Retry-After headers (defect 12)", () => {
  const now = Date.parse("2030-01-01T00:00:00.000Z");

  // Shapes that made the old `\b(month)\b.*\b\d\d:\d\d:\d\d\b` pattern backtrack: every month name starts a `.*`
  // that scans to the end and back looking for a time that is never there (16 KB took tens of ms, 1 MB ~100 s).
  const adversarial: [label: string, value: string][] = [
    ["16 KB of month names", "jan ".repeat(4_096)],
    ["16 KB of month names and times without seconds", "jan 11:11 ".repeat(1_640)],
    ["16 KB of a date missing its time, repeated", "Tue, 01 Jan 2030 ".repeat(964)],
    ["1 MB of month names", "jan ".repeat(262_144)],
    ["1 MB of month names and digits", "dec 12 ".repeat(149_797)],
  ];

  /** Parses `headers` while recording the length of every string a regular expression ran on. */
  function parseObserved(headers: Record<string, string>) {
    const exec = RegExp.prototype.exec;
    const regexInputLengths: number[] = [];
    vi.spyOn(RegExp.prototype, "exec").mockImplementation(function (this: RegExp, input: string) {
      regexInputLengths.push(input.length);
      return exec.call(this, input);
    });
    const dateParse = vi.spyOn(Date, "parse");
    const result = parseRetryAfterMs(new Headers(headers), now);
    return { result, regexInputLengths, dateParseCalls: dateParse.mock.calls.length };
  }

  it.each(adversarial)("is null for %s, without running a regex or Date.parse on it", (_label, value) => {
    const { result, regexInputLengths, dateParseCalls } = parseObserved({ "Retry-After": value });

    expect(result).toBeNull();
    expect(Math.max(0, ...regexInputLengths)).toBeLessThanOrEqual(64);
    expect(dateParseCalls).toBe(0);
  });

  it("is null for a 16 KB retry-after-ms, and still reads Retry-After then", () => {
    const { result, regexInputLengths } = parseObserved({ "retry-after-ms": "1".repeat(16_384), "Retry-After": "4" });

    expect(result).toBe(4_000);
    expect(Math.max(0, ...regexInputLengths)).toBeLessThanOrEqual(64);
  });

  it("still reads a real HTTP date with a regex and Date.parse on its 29 characters", () => {
    const { result, regexInputLengths, dateParseCalls } = parseObserved({
      "Retry-After": "Tue, 01 Jan 2030 00:00:05 GMT",
    });

    expect(result).toBe(5_000);
    expect(regexInputLengths.length).toBeGreaterThan(0);
    expect(dateParseCalls).toBe(1);
  });

  it("reads values up to 64 characters and none longer", () => {
    expect(parseRetryAfterMs(new Headers({ "Retry-After": `${"0".repeat(63)}5` }), now)).toBe(5_000);
    expect(parseRetryAfterMs(new Headers({ "Retry-After": `${"0".repeat(64)}5` }), now)).toBeNull();
  });

  it("is null, not Infinity, for a Retry-After too large for a number (400 digits)", () => {
    expect(parseRetryAfterMs(new Headers({ "Retry-After": "9".repeat(400) }), now)).toBeNull();
    expect(parseRetryAfterMs(new Headers({ "retry-after-ms": "9".repeat(400) }), now)).toBeNull();
  });
});

describe("isTransientError", () => {
  it.each([
    ["ApiConnectionError", new ApiConnectionError("no response", { ...details, status: null })],
    ["ApiTimeoutError", new ApiTimeoutError("timed out", { ...details, status: null, timeoutMs: 1_000 })],
    ["InvalidResponseError", new InvalidResponseError("not JSON", { ...details, status: 200 })],
    ["RateLimitError", new RateLimitError("429", { ...details, status: 429 })],
    ["ServerError", new ServerError("503", { ...details, status: 503 })],
    ["ApiError 408", new ApiError("408", { ...details, status: 408 })],
  ])("is true for %s", (_label, error) => {
    expect(isTransientError(error)).toBe(true);
  });

  it.each([
    ["NotFoundError", new NotFoundError("404", { ...details, status: 404 })],
    ["ApiError 418", new ApiError("418", { ...details, status: 418 })],
    ["a plain Error", new Error("boom")],
    ["a string", "ECONNRESET"],
    ["undefined", undefined],
  ])("is false for %s", (_label, error) => {
    expect(isTransientError(error)).toBe(false);
  });
});
