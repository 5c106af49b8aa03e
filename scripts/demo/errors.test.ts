// The demo tells an error whole: name, message, fields and every cause, never cut, never showing a key.
import { ApiConnectionError } from "@agent-tasks/core";
import { describe, expect, it } from "vitest";
import { describeError, errorHeadline } from "./errors.js";

describe("describeError", () => {
  it("tells a connection error with its whole cause chain and fields", () => {
    const refused = Object.assign(new Error("getaddrinfo ENOTFOUND api.browser-use.com"), {
      code: "ENOTFOUND",
      hostname: "api.browser-use.com",
    });
    const error = new ApiConnectionError(
      "Browser Use: POST /api/v2/tasks got no response: fetch failed: getaddrinfo ENOTFOUND api.browser-use.com",
      {
        provider: "browser-use",
        status: null,
        method: "POST",
        url: "https://api.browser-use.com/api/v2/tasks",
        cause: new TypeError("fetch failed", { cause: refused }),
      },
    );
    expect(describeError(error)).toEqual([
      "ApiConnectionError: Browser Use: POST /api/v2/tasks got no response: fetch failed: getaddrinfo ENOTFOUND api.browser-use.com",
      '    provider="browser-use", method="POST", url="https://api.browser-use.com/api/v2/tasks"',
      "caused by TypeError: fetch failed",
      "caused by Error: getaddrinfo ENOTFOUND api.browser-use.com",
      '    code="ENOTFOUND", hostname="api.browser-use.com"',
    ]);
  });

  it("never cuts a long message", () => {
    const message = `refused: ${"x".repeat(500)}`;
    expect(describeError(new Error(message))[0]).toBe(`Error: ${message}`);
    expect(errorHeadline(new Error(message))).toBe(`Error: ${message}`);
  });

  it("replaces every secret wherever it appears", () => {
    const error = new Error("bad key bu-secret-1", { cause: Object.assign(new Error("x"), { header: "bu-secret-1" }) });
    const text = describeError(error, ["bu-secret-1"]).join("\n");
    expect(text).not.toContain("bu-secret-1");
    expect(text).toContain("bad key [redacted]");
    expect(text).toContain('header="[redacted]"');
    expect(errorHeadline(error, ["bu-secret-1"])).toBe("Error: bad key [redacted]");
  });

  it("tells each error of an AggregateError, and stops at a cause cycle", () => {
    const first = new Error("connect ECONNREFUSED ::1:443");
    const aggregate = new AggregateError([first, new Error("connect ECONNREFUSED 127.0.0.1:443")], "all failed");
    const looping = new Error("outer", { cause: aggregate });
    (first as { cause?: unknown }).cause = looping;
    expect(describeError(looping)).toEqual([
      "Error: outer",
      "caused by AggregateError: all failed",
      "    [0] Error: connect ECONNREFUSED ::1:443",
      "    caused by (the same error again)",
      "    [1] Error: connect ECONNREFUSED 127.0.0.1:443",
    ]);
  });

  it("tells a thrown value that is not an Error", () => {
    expect(describeError("boom")).toEqual(['thrown string: "boom"']);
  });
});
