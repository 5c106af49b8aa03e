import { describe, expect, it } from "vitest";
import { inTimeZone } from "./in-time-zone.js";

describe("inTimeZone", () => {
  it("runs with the zone in effect for local-time Date methods", () => {
    const offsetMinutes = inTimeZone("Asia/Kolkata", () => new Date("2025-03-04T00:00:00Z").getTimezoneOffset());
    expect(offsetMinutes).toBe(-330);
  });

  it("restores the previous TZ, even when the callback throws", () => {
    const before = process.env.TZ;
    expect(() =>
      inTimeZone("America/Los_Angeles", () => {
        throw new Error("boom");
      }),
    ).toThrow("boom");
    expect(process.env.TZ).toBe(before);
  });
});
