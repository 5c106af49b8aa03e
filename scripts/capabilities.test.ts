import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  CAPABILITIES,
  type CapabilityRow,
  capabilitiesOf,
  capabilityRows,
  END_MARKER,
  README_PATH,
  renderCapabilityTable,
  replaceCapabilityTable,
  runCapabilities,
  START_MARKER,
} from "./capabilities.js";

const quiet = { log: () => {}, error: () => {} };

describe("capability table", () => {
  it("README.md's table is the one the adapters give (run `pnpm capabilities` when this fails)", async () => {
    const readme = await readFile(README_PATH, "utf8");

    expect(replaceCapabilityTable(readme, renderCapabilityTable(capabilityRows()))).toBe(readme);
  });

  it("every adapter keeps every operation its provider's API has (removing one fails here)", () => {
    const table = Object.fromEntries(capabilityRows().map((row) => [row.provider, [row.capabilities, row.extra]]));

    expect(table).toEqual({
      "Hyperbrowser (hyper-agent, browser-use, claude-computer-use, gemini-computer-use, cua)": [
        ["start", "get", "status", "stop"],
        [],
      ],
      "Browser Use v2": [["start", "get", "status", "stop", "list", "structured output", "client key"], []],
      "Browser Use v1": [["get"], []],
      BrowserAct: [["start", "get", "status", "stop", "resume", "list"], []],
      Dari: [["start", "get", "pause"], ["answer"]],
      "Browser Use v4": [
        ["start", "get", "status", "stop", "list"],
        ["attachments", "events"],
      ],
      Skyvern: [
        ["start", "get", "stop", "list", "structured output"],
        ["artifacts", "timeline"],
      ],
    });
  });

  it("reads capabilities from the object: a fetcher is get only, unknown functions are extras", () => {
    expect(capabilitiesOf({ source: "x", fetchTask: () => {} })).toEqual({ capabilities: ["get"], extra: [] });
    expect(
      capabilitiesOf({
        source: "x",
        fetchTask: () => {},
        get: () => {},
        start: () => {},
        withClientKey: () => {},
        retry: () => {},
      }),
    ).toEqual({ capabilities: ["start", "get"], extra: ["retry"] });
  });

  it("renders one aligned row per provider with ✓ and —", () => {
    const rows: CapabilityRow[] = [
      { provider: "A", capabilities: ["start", "get"], extra: [] },
      { provider: "Longer name", capabilities: [...CAPABILITIES], extra: ["answer"], note: "note" },
    ];
    const lines = renderCapabilityTable(rows).split("\n");

    expect(lines).toHaveLength(4);
    expect(new Set(lines.map((line) => [...line].length)).size).toBe(1);
    expect(lines[2]).toMatch(/^\| A +\| ✓ +\| ✓ +\| — /);
    expect(lines[3]).toContain("Longer name (note)");
    expect(lines[3]).toContain("`answer`");
  });

  it("--check exits 1 on a stale table without writing; without it, writes the table", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "capabilities-"));
    try {
      const file = path.join(dir, "README.md");
      const stale = `# Title\n\n${START_MARKER}\n\n| old |\n\n${END_MARKER}\n\nRest.\n`;
      await writeFile(file, stale);

      expect(await runCapabilities(["--check"], quiet, file)).toBe(1);
      expect(await readFile(file, "utf8")).toBe(stale);
      expect(await runCapabilities([], quiet, file)).toBe(0);
      const written = await readFile(file, "utf8");
      expect(written).toContain(renderCapabilityTable(capabilityRows()));
      expect(written.endsWith(`${END_MARKER}\n\nRest.\n`)).toBe(true);
      expect(await runCapabilities(["--check"], quiet, file)).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("refuses a README without the markers", () => {
    expect(() => replaceCapabilityTable("# No markers\n", "| t |")).toThrow(/capabilities:start/);
  });
});
