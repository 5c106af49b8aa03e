import { describe, expect, it } from "vitest";
import { colourEnabled } from "./render.js";

const stream = (isTTY: boolean) => ({ isTTY }) as NodeJS.WriteStream;

describe("colourEnabled", () => {
  it("is on for a terminal only, and off with NO_COLOR set to anything or TERM=dumb", () => {
    expect(colourEnabled(stream(true), {})).toBe(true);
    expect(colourEnabled(stream(false), {})).toBe(false);
    expect(colourEnabled(stream(true), { NO_COLOR: "1" })).toBe(false);
    expect(colourEnabled(stream(true), { NO_COLOR: "false" })).toBe(false);
    expect(colourEnabled(stream(true), { TERM: "dumb" })).toBe(false);
  });
});
