import { describe, expect, it } from "vitest";
import {
  asArray,
  asBoolean,
  asFiniteNumber,
  asNonBlankString,
  asRecord,
  asString,
  asStringList,
  copyRecord,
  toJsonText,
} from "./coerce.js";

describe("asRecord", () => {
  it("returns a plain object itself", () => {
    const task = { id: "78412563098214567" };
    expect(asRecord(task)).toBe(task);
  });

  it.each([
    ["null", null],
    ["an array", [{ id: "1" }]],
    ["a string", '{"id":"1"}'],
    ["a number", 1],
    ["undefined", undefined],
  ])("returns null for %s", (_description, value) => {
    expect(asRecord(value)).toBeNull();
  });
});

describe("string, number and boolean readers", () => {
  it("asString keeps any string, even a blank one, and nothing else", () => {
    expect(asString("")).toBe("");
    expect(asString("done")).toBe("done");
    expect(asString(42)).toBeNull();
  });

  it("asNonBlankString turns blank strings into null", () => {
    expect(asNonBlankString("https://live.example.com")).toBe("https://live.example.com");
    expect(asNonBlankString("  ")).toBeNull();
    expect(asNonBlankString(null)).toBeNull();
  });

  it("asFiniteNumber refuses NaN, Infinity and numeric strings", () => {
    expect(asFiniteNumber(0.37)).toBe(0.37);
    expect(asFiniteNumber(Number.NaN)).toBeNull();
    expect(asFiniteNumber(Number.POSITIVE_INFINITY)).toBeNull();
    expect(asFiniteNumber("37")).toBeNull();
  });

  it("asBoolean refuses the string 'true'", () => {
    expect(asBoolean(false)).toBe(false);
    expect(asBoolean("true")).toBeNull();
  });
});

describe("list readers", () => {
  it("asArray gives an empty list for anything that is not an array", () => {
    expect(asArray({ 0: "a" })).toEqual([]);
    expect(asArray("steps")).toEqual([]);
    expect(asArray(["a"])).toEqual(["a"]);
  });

  it("asStringList keeps strings, writes objects as JSON and drops the rest", () => {
    expect(asStringList(["click", { type: "goToUrl", params: { url: "https://a.example" } }, 7, null])).toEqual([
      "click",
      '{"type":"goToUrl","params":{"url":"https://a.example"}}',
    ]);
  });
});

describe("copyRecord", () => {
  it("returns a shallow copy, not the object itself", () => {
    const metadata = { team: "growth" };
    const copy = copyRecord(metadata);
    expect(copy).toEqual(metadata);
    expect(copy).not.toBe(metadata);
  });

  it("returns an empty object for anything that is not an object", () => {
    expect(copyRecord(null)).toEqual({});
    expect(copyRecord(["team"])).toEqual({});
  });
});

describe("toJsonText", () => {
  it("writes a value as JSON", () => {
    expect(toJsonText({ claim_number: "CLM-1" })).toBe('{"claim_number":"CLM-1"}');
  });

  it("returns null for values without JSON text instead of throwing", () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(toJsonText(cyclic)).toBeNull();
    expect(toJsonText(10n)).toBeNull();
    expect(toJsonText(undefined)).toBeNull();
  });
});
