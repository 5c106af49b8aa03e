/**
 * `pnpm capabilities` / `pnpm capabilities:check`: the "What each provider can do" table of README.md, generated
 * from the adapters themselves.
 *
 * Each provider's adapter is built over a client made with a dummy key (nothing is sent), and the table says which
 * of its operations exist: `start` and `get`, core's `optionalTaskOperations` (status, stop, pause, resume, list),
 * structured output (`withOutputSchema`) and client key (`withClientKey` + `findByClientKey`), plus any other
 * operation an adapter has (Dari's `answer`). Browser Use v1 has no adapter (the service retired it): its row comes
 * from its task fetcher, get only. The table goes between `<!-- capabilities:start -->` and
 * `<!-- capabilities:end -->` in README.md; `--check` writes nothing and exits 1 when the README differs.
 */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createBrowserUseAdapter, createBrowserUseClient } from "@agent-tasks/browser-use";
import { createBrowserUseV1Client, createBrowserUseV1TaskFetcher } from "@agent-tasks/browser-use/v1";
import { createBrowserUseV4Adapter, createBrowserUseV4Client } from "@agent-tasks/browser-use/v4";
import { createBrowserActAdapter, createBrowserActClient } from "@agent-tasks/browseract";
import { optionalTaskOperations } from "@agent-tasks/core";
import { createDariAdapter, createDariClient } from "@agent-tasks/dari";
import { createHyperbrowserAdapter, createHyperbrowserClient, type HyperbrowserAgent } from "@agent-tasks/hyperbrowser";
import { createSkyvernAdapter, createSkyvernClient } from "@agent-tasks/skyvern";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const README_PATH = path.join(repoRoot, "README.md");
export const START_MARKER = "<!-- capabilities:start -->";
export const END_MARKER = "<!-- capabilities:end -->";

/** A key for clients that never send anything: the adapters are only looked at. */
const DUMMY_KEY = "capabilities-dummy-key";

/** The table's columns after the provider: every capability the table reports, in order. */
export const CAPABILITIES = ["start", "get", ...optionalTaskOperations, "structured output", "client key"] as const;
export type Capability = (typeof CAPABILITIES)[number];

/** One row: a provider (or several agents of one), what it can do, and operations beyond the table's columns. */
export interface CapabilityRow {
  provider: string;
  capabilities: Capability[];
  /** Other operations of the adapter, e.g. Dari's `answer`. */
  extra: string[];
  note?: string;
}

/** Every member the table accounts for; any other function on an adapter is listed as an extra. */
const KNOWN_MEMBERS = new Set<string>([
  "source",
  "fetchTask",
  "start",
  "get",
  ...optionalTaskOperations,
  "withOutputSchema",
  "withClientKey",
  "findByClientKey",
]);

/** The capabilities an adapter (or a bare task fetcher) has, read from the object itself. */
export function capabilitiesOf(adapter: object): { capabilities: Capability[]; extra: string[] } {
  const has = (name: string) => typeof (adapter as Record<string, unknown>)[name] === "function";
  const present: Record<Capability, boolean> = {
    start: has("start"),
    get: has("get") || has("fetchTask"),
    status: has("status"),
    stop: has("stop"),
    pause: has("pause"),
    resume: has("resume"),
    list: has("list"),
    "structured output": has("withOutputSchema"),
    "client key": has("withClientKey") && has("findByClientKey"),
  };
  const extra = Object.keys(adapter)
    .filter((name) => !KNOWN_MEMBERS.has(name) && has(name))
    .sort();
  return { capabilities: CAPABILITIES.filter((name) => present[name]), extra };
}

const HYPERBROWSER_AGENTS: HyperbrowserAgent[] = [
  "hyper-agent",
  "browser-use",
  "claude-computer-use",
  "gemini-computer-use",
  "cua",
];

/** The table's rows, from adapters built now. Hyperbrowser's agents share a row while they can do the same. */
export function capabilityRows(): CapabilityRow[] {
  const rows: CapabilityRow[] = [];
  const hyperbrowserClient = createHyperbrowserClient({ apiKey: DUMMY_KEY });
  const byAgentSet = new Map<string, { agents: string[]; found: ReturnType<typeof capabilitiesOf> }>();
  for (const agent of HYPERBROWSER_AGENTS) {
    const found = capabilitiesOf(createHyperbrowserAdapter(hyperbrowserClient, { agent }));
    const key = JSON.stringify(found);
    const group = byAgentSet.get(key) ?? { agents: [], found };
    group.agents.push(agent);
    byAgentSet.set(key, group);
  }
  for (const { agents, found } of byAgentSet.values()) {
    rows.push({ provider: `Hyperbrowser (${agents.join(", ")})`, ...found });
  }
  rows.push({
    provider: "Browser Use v4",
    ...capabilitiesOf(createBrowserUseV4Adapter(createBrowserUseV4Client({ apiKey: DUMMY_KEY }))),
  });
  rows.push({
    provider: "Browser Use v2",
    ...capabilitiesOf(createBrowserUseAdapter(createBrowserUseClient({ apiKey: DUMMY_KEY }))),
  });
  rows.push({
    provider: "Browser Use v1",
    ...capabilitiesOf(createBrowserUseV1TaskFetcher(createBrowserUseV1Client({ apiKey: DUMMY_KEY }))),
    note: "retired: its task fetcher, for stored tasks",
  });
  rows.push({
    provider: "BrowserAct",
    ...capabilitiesOf(createBrowserActAdapter(createBrowserActClient({ apiKey: DUMMY_KEY }))),
  });
  rows.push({
    provider: "Dari",
    ...capabilitiesOf(
      createDariAdapter(createDariClient({ apiKey: DUMMY_KEY }), { orgId: "org", endpointName: "endpoint" }),
    ),
  });
  rows.push({
    provider: "Skyvern",
    ...capabilitiesOf(createSkyvernAdapter(createSkyvernClient({ apiKey: DUMMY_KEY }))),
  });
  return rows;
}

/** The rows as a Markdown table, its columns padded to one width like the README's other tables. */
export function renderCapabilityTable(rows: CapabilityRow[]): string {
  const header = ["Provider", ...CAPABILITIES, "other"];
  const body = rows.map((row) => [
    row.note === undefined ? row.provider : `${row.provider} (${row.note})`,
    ...CAPABILITIES.map((name) => (row.capabilities.includes(name) ? "✓" : "—")),
    row.extra.length === 0 ? "—" : row.extra.map((name) => `\`${name}\``).join(", "),
  ]);
  const widths = header.map((_, column) =>
    Math.max(...[header, ...body].map((cells) => [...(cells[column] ?? "")].length)),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((cell, column) => cell + " ".repeat((widths[column] ?? 0) - [...cell].length)).join(" | ")} |`;
  return [line(header), line(widths.map((width) => "-".repeat(width))), ...body.map(line)].join("\n");
}

/** `readme` with the table between the markers replaced; throws when the markers are missing or out of order. */
export function replaceCapabilityTable(readme: string, table: string): string {
  const start = readme.indexOf(START_MARKER);
  const end = readme.indexOf(END_MARKER);
  if (start === -1 || end === -1 || end < start) {
    throw new Error(`README.md has no ${START_MARKER} ... ${END_MARKER} section`);
  }
  return `${readme.slice(0, start + START_MARKER.length)}\n\n${table}\n\n${readme.slice(end)}`;
}

/** Writes the table into README.md, or with `--check` only compares; resolves the exit code. */
export async function runCapabilities(
  argv: readonly string[],
  io: { log: (line: string) => void; error: (line: string) => void } = console,
  readmePath: string = README_PATH,
): Promise<number> {
  const check = argv.includes("--check");
  const readme = await readFile(readmePath, "utf8");
  const updated = replaceCapabilityTable(readme, renderCapabilityTable(capabilityRows()));
  if (updated === readme) {
    io.log("README.md: the capability table is up to date");
    return 0;
  }
  if (check) {
    io.error("README.md: the capability table is stale; run `pnpm capabilities` to regenerate it");
    return 1;
  }
  await writeFile(readmePath, updated);
  io.log("README.md: capability table written");
  return 0;
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await runCapabilities(process.argv.slice(2));
}
