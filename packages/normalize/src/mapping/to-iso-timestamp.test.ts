import { describe, expect, it } from "vitest";
import { FAR_FROM_UTC_TIME_ZONES, inTimeZone } from "../test-support/in-time-zone.js";
import { toIsoTimestamp } from "./to-iso-timestamp.js";

describe("toIsoTimestamp", () => {
  it("writes a UTC timestamp the way Date#toISOString does", () => {
    expect(toIsoTimestamp("2025-01-15T10:30:00Z")).toBe("2025-01-15T10:30:00.000Z");
    expect(toIsoTimestamp("2025-04-02T13:05:41.338Z")).toBe("2025-04-02T13:05:41.338Z");
  });

  it("converts a timestamp with an offset to UTC", () => {
    expect(toIsoTimestamp("2025-06-12T17:41:07+08:00")).toBe("2025-06-12T09:41:07.000Z");
    expect(toIsoTimestamp("2025-02-13T09:00:00-05:30")).toBe("2025-02-13T14:30:00.000Z");
    expect(toIsoTimestamp("2025-02-13T09:00:00+0100")).toBe("2025-02-13T08:00:00.000Z");
    expect(toIsoTimestamp("2025-02-13T09:00:00+01")).toBe("2025-02-13T08:00:00.000Z");
  });

  it("reads a timestamp without a zone designator as UTC (Browser Use's naive UTC)", () => {
    expect(toIsoTimestamp("2025-03-04T10:15:30")).toBe("2025-03-04T10:15:30.000Z");
  });

  it("keeps milliseconds of a naive timestamp with microseconds and drops the rest without rounding", () => {
    expect(toIsoTimestamp("2025-03-04T10:15:30.123456")).toBe("2025-03-04T10:15:30.123Z");
    expect(toIsoTimestamp("2025-03-04T10:15:30.999999")).toBe("2025-03-04T10:15:30.999Z");
    expect(toIsoTimestamp("2025-03-04T10:15:30.5")).toBe("2025-03-04T10:15:30.500Z");
  });

  it("accepts a space between date and time, as Python's str(datetime) writes it", () => {
    expect(toIsoTimestamp("2025-03-04 10:15:30.123456")).toBe("2025-03-04T10:15:30.123Z");
  });

  it("reads a date without a time as midnight UTC", () => {
    expect(toIsoTimestamp("2025-03-04")).toBe("2025-03-04T00:00:00.000Z");
  });

  it("reads 24:00 as midnight of the next day", () => {
    expect(toIsoTimestamp("2025-12-31T24:00:00Z")).toBe("2026-01-01T00:00:00.000Z");
  });

  it("gives the same result whatever the machine's time zone", () => {
    const naive = "2025-03-04T10:15:30.123456";
    const dateOnly = "2025-03-04";
    for (const timeZone of FAR_FROM_UTC_TIME_ZONES) {
      inTimeZone(timeZone, () => {
        // The zone really is in effect: local time is not UTC here.
        expect(new Date(2025, 2, 4).getTimezoneOffset()).not.toBe(0);
        expect(toIsoTimestamp(naive)).toBe("2025-03-04T10:15:30.123Z");
        expect(toIsoTimestamp(dateOnly)).toBe("2025-03-04T00:00:00.000Z");
      });
    }
  });

  it.each([
    ["a day that does not exist", "2023-02-30T00:00:00Z"],
    ["February 29th outside a leap year", "2025-02-29T12:00:00Z"],
    ["month 13", "2025-13-01T00:00:00Z"],
    ["hour 25", "2025-03-04T25:00:00Z"],
    ["24:00 with minutes", "2025-03-04T24:30:00Z"],
    ["minute 60", "2025-03-04T10:60:00Z"],
    ["an offset beyond 23 hours", "2025-03-04T10:00:00+24:00"],
    ["a word", "yesterday"],
    ["an unpadded date", "2025-3-4"],
    ["an empty string", ""],
    ["whitespace", "   "],
  ])("returns null for %s (%j)", (_description, value) => {
    expect(toIsoTimestamp(value)).toBeNull();
  });

  it.each([
    ["a number (epoch seconds or milliseconds are not read as timestamps)", 12345],
    ["null", null],
    ["undefined", undefined],
    ["an invalid Date", new Date("not a date")],
  ])("returns null for %s", (_description, value) => {
    expect(toIsoTimestamp(value)).toBeNull();
  });

  it("writes a valid Date object (from a JSON reviver) as its ISO string", () => {
    expect(toIsoTimestamp(new Date("2025-03-04T10:15:30Z"))).toBe("2025-03-04T10:15:30.000Z");
  });

  it("reads an RFC 2822 / HTTP date that names its zone, and refuses one that does not", () => {
    expect(toIsoTimestamp("Wed, 15 Jan 2025 10:30:00 GMT")).toBe("2025-01-15T10:30:00.000Z");
    expect(toIsoTimestamp("15 Jan 2025 10:30:00 +0200")).toBe("2025-01-15T08:30:00.000Z");
    expect(toIsoTimestamp("Wed, 15 Jan 2025 10:30:00")).toBeNull();
  });

  it("accepts February 29th in a leap year", () => {
    expect(toIsoTimestamp("2024-02-29T12:00:00Z")).toBe("2024-02-29T12:00:00.000Z");
  });
});
