import { describe, expect, it } from "vitest";
import { parseStructuredOutput } from "./parse-structured-output.js";

describe("parseStructuredOutput", () => {
  it("parses output text that is a JSON object", () => {
    expect(parseStructuredOutput('{"price":"$89.99","rating":4.6}')).toEqual({ price: "$89.99", rating: 4.6 });
  });

  it("parses output text that is a JSON array", () => {
    expect(parseStructuredOutput('[{"name":"Raycast AI","upvotes":1243}]')).toEqual([
      { name: "Raycast AI", upvotes: 1243 },
    ]);
  });

  it("ignores whitespace around the JSON text", () => {
    expect(parseStructuredOutput('\n  {"ok": true}  \n')).toEqual({ ok: true });
  });

  it.each([
    ["plain text", "Tomorrow in Berlin: 14 to 21 °C."],
    ["a JSON string", '"done"'],
    ["a JSON number", "42"],
    ["JSON true", "true"],
    ["JSON null", "null"],
    ["text that only looks like an object", "{not json}"],
    ["an unclosed array", '[{"name":"Raycast AI"}'],
    ["text that starts with JSON and goes on", '{"a":1} and more'],
    ["an empty string", ""],
  ])("returns null for %s", (_description, output) => {
    expect(parseStructuredOutput(output)).toBeNull();
  });

  it("returns null when there is no output", () => {
    expect(parseStructuredOutput(null)).toBeNull();
  });
});
