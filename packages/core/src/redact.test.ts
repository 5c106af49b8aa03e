import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { FAKE_KEY } from "./__fixtures__/fake-provider.js";
import { REDACTED, redactErrorChain, redactHeaders, redactSecret } from "./redact.js";
import { failedBeforeSending } from "./retry-policy.js";

describe("redactSecret", () => {
  it("replaces every occurrence of the secret with [redacted]", () => {
    expect(REDACTED).toBe("[redacted]");
    expect(redactSecret(`key ${FAKE_KEY} and again ${FAKE_KEY}${FAKE_KEY}`, FAKE_KEY)).toBe(
      "key [redacted] and again [redacted][redacted]",
    );
  });

  it("returns text without the secret unchanged", () => {
    expect(redactSecret("nothing to see", FAKE_KEY)).toBe("nothing to see");
  });

  it("leaves secrets shorter than 6 characters alone rather than garble ordinary text", () => {
    expect(redactSecret("the id is abc", "abc")).toBe("the id is abc");
    expect(redactSecret("the id is abcdef", "abcdef")).toBe("the id is [redacted]");
  });

  it("matches the secret exactly, not case-insensitively", () => {
    expect(redactSecret(FAKE_KEY.toUpperCase(), FAKE_KEY)).toBe(FAKE_KEY.toUpperCase());
  });
});

describe("redactHeaders", () => {
  it("shows credentials and the client's key header as [redacted], and the rest as they are", () => {
    const headers = new Headers({
      Authorization: "Bearer token",
      "Proxy-Authorization": "Basic cHJveHk=",
      Cookie: "session=1",
      "Set-Cookie": "session=2",
      "X-Api-Key": "other",
      "X-Fake-Key": FAKE_KEY,
      "Content-Type": "application/json",
      "X-Trace-Id": "trace-1",
    });

    expect(redactHeaders(headers, "X-Fake-Key")).toEqual({
      authorization: REDACTED,
      "proxy-authorization": REDACTED,
      cookie: REDACTED,
      "set-cookie": REDACTED,
      "x-api-key": REDACTED,
      "x-fake-key": REDACTED,
      "content-type": "application/json",
      "x-trace-id": "trace-1",
    });
  });

  it("matches the key header name case-insensitively", () => {
    expect(redactHeaders(new Headers({ "x-custom-auth": FAKE_KEY }), "X-CUSTOM-AUTH")).toEqual({
      "x-custom-auth": REDACTED,
    });
  });
});

describe("redactErrorChain", () => {
  it("returns an error that does not mention the secret as it is", () => {
    const error = new TypeError("fetch failed", { cause: new Error("socket hang up") });

    expect(redactErrorChain(error, FAKE_KEY)).toBe(error);
  });

  it("returns values that are not errors as they are", () => {
    expect(redactErrorChain(`a string with ${FAKE_KEY}`, FAKE_KEY)).toBe(`a string with ${FAKE_KEY}`);
    expect(redactErrorChain(undefined, FAKE_KEY)).toBeUndefined();
  });

  it("copies a chain that mentions the secret, redacted, keeping names and fields", () => {
    const inner = Object.assign(new Error(`connect ECONNREFUSED for ${FAKE_KEY}`), {
      code: "ECONNREFUSED",
      errno: -111,
      detail: `header ${FAKE_KEY}`,
    });
    const error = new TypeError("fetch failed", { cause: inner });

    const redacted = redactErrorChain(error, FAKE_KEY) as TypeError;

    expect(redacted).not.toBe(error);
    expect(redacted.name).toBe("TypeError");
    expect(redacted.message).toBe("fetch failed");
    expect(redacted.cause).toMatchObject({
      name: "Error",
      message: "connect ECONNREFUSED for [redacted]",
      code: "ECONNREFUSED",
      errno: -111,
      detail: "header [redacted]",
    });
    expect(failedBeforeSending(redacted)).toBe(true);
    expect(inspect(redacted, { depth: Number.POSITIVE_INFINITY })).not.toContain(FAKE_KEY);
    expect(inner.message).toContain(FAKE_KEY);
  });
});
