import { describe, expect, it } from "vitest";
import { readProviderStatus } from "./read-task-record.js";

describe("readProviderStatus", () => {
  it("keeps a string status unchanged, even a blank one", () => {
    expect(readProviderStatus({ status: "finished" }, "status")).toBe("finished");
    expect(readProviderStatus({ status: " " }, "status")).toBe(" ");
  });

  it("gives an empty status for a missing or null one", () => {
    expect(readProviderStatus({}, "status")).toBe("");
    expect(readProviderStatus({ status: null }, "status")).toBe("");
  });

  it("writes a status of another JSON type as its JSON text", () => {
    expect(readProviderStatus({ status: 3 }, "status")).toBe("3");
    expect(readProviderStatus({ status: { code: 3 } }, "status")).toBe('{"code":3}');
  });

  it("writes a status JSON cannot hold as text instead of throwing", () => {
    // Found by normalize-task.properties.test.ts: JSON.stringify throws a TypeError on a BigInt, which a
    // JSON reviver can produce, and String() throws on an object without a prototype.
    const withoutPrototype: Record<string, unknown> = Object.create(null);
    withoutPrototype.code = 3n;
    expect(readProviderStatus({ status: 10n }, "status")).toBe("10");
    expect(readProviderStatus({ status: [[[[[0n]]]]] }, "status")).toBe("0");
    expect(readProviderStatus({ status: withoutPrototype }, "status")).toBe("[object Object]");
  });
});
