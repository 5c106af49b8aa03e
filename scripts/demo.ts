/**
 * Fetches one task from every provider with its typed client and prints them normalized, side by side.
 * Against a local mock by default (no key needed); against the real service for each provider whose
 * key and task reference are in the environment (see README).
 */
import { type AgentTask, type AgentTaskSource, agentTaskSources, getTask, normalizeTask } from "@agent-tasks/normalize";
import { type MockProvider, startMockServer } from "./demo/mock-server.js";
import {
  getTaskRequestPath,
  type ProviderEntry,
  providerById,
  providers,
  refEnvVarNames,
  refFromEnv,
} from "./providers.js";

interface Connection {
  apiKey: string;
  baseUrl?: string;
}

/** Reads the task through the provider package's task fetcher and normalizes it (`getTask`). */
function fetchTask(entry: ProviderEntry<AgentTaskSource>, connection: Connection, ref: unknown): Promise<AgentTask> {
  return getTask(entry.taskFetcherFactory.fn(entry.clientFactory.fn(connection)), ref);
}

/** The fixture the demo shows for a source: a completed one with structured output where there is one. */
function showcaseTask(source: AgentTaskSource): Record<string, unknown> {
  const tasks = Object.values(providerById[source].fixtures) as Record<string, unknown>[];
  const rank = (task: Record<string, unknown>) => {
    const normalized = normalizeTask(source, task);
    return (normalized.status === "completed" ? 2 : 0) + (normalized.structuredOutput === null ? 0 : 1);
  };
  const chosen = [...tasks].sort((left, right) => rank(right) - rank(left))[0];
  if (chosen === undefined) throw new Error(`no fixture for ${source}`);
  return chosen;
}

function display(value: unknown): string {
  if (value === null || value === undefined) return "–";
  if (typeof value === "string") return value.replace(/\s+/g, " ");
  return JSON.stringify(value);
}

function cell(value: string, width: number): string {
  return value.length > width ? `${value.slice(0, width - 1)}…` : value.padEnd(width);
}

function printSideBySide(
  rows: Array<{ source: AgentTaskSource; mode: string; task: AgentTask | null; problem?: string }>,
) {
  const width = 24;
  const fields: Array<[string, (task: AgentTask) => unknown]> = [
    ["id", (task) => task.id],
    ["status", (task) => task.status],
    ["providerStatus", (task) => task.providerStatus],
    ["isTerminal", (task) => task.isTerminal],
    ["success", (task) => task.success],
    ["instructions", (task) => task.instructions],
    ["output", (task) => task.output],
    ["structuredOutput", (task) => task.structuredOutput],
    ["error", (task) => (task.error === null ? null : `${task.error.code ?? ""} ${task.error.message}`.trim())],
    ["liveUrl", (task) => task.liveUrl],
    ["steps", (task) => `${task.steps.length}${task.steps[0]?.goal ? `: ${task.steps[0].goal}` : ""}`],
    ["files", (task) => task.files.map((file) => file.name).join(", ") || "0"],
    ["createdAt", (task) => task.createdAt],
    ["startedAt", (task) => task.startedAt],
    ["finishedAt", (task) => task.finishedAt],
    ["updatedAt", (task) => task.updatedAt],
    [
      "cost",
      (task) =>
        task.cost &&
        [
          task.cost.usd === null ? "" : `$${task.cost.usd}`,
          task.cost.credits === null ? "" : `${task.cost.credits} credits`,
        ]
          .filter(Boolean)
          .join(", "),
    ],
    ["recordingUrl", (task) => task.recordingUrl],
    ["logUrl", (task) => task.logUrl],
    ["shareUrl", (task) => task.shareUrl],
    ["downloadsUrl", (task) => task.downloadsUrl],
    ["metadata", (task) => (Object.keys(task.metadata).length === 0 ? null : task.metadata)],
  ];
  const line = (label: string, values: string[]) =>
    `${cell(label, 16)} │ ${values.map((value) => cell(value, width)).join(" │ ")}`.trimEnd();
  console.log(
    line(
      "",
      rows.map((row) => row.source),
    ),
  );
  console.log(
    line(
      "(target)",
      rows.map((row) => row.mode),
    ),
  );
  console.log(`${"─".repeat(17)}┼${rows.map(() => "─".repeat(width + 2)).join("┼")}`);
  for (const [label, read] of fields) {
    console.log(
      line(
        label,
        rows.map((row) => (row.task === null ? (row.problem ?? "") : display(read(row.task)))),
      ),
    );
  }
}

async function main(): Promise<number> {
  const env = process.env;
  const realRef = (entry: ProviderEntry<AgentTaskSource>) =>
    env[entry.apiKeyEnvVar] ? refFromEnv(entry, env) : undefined;
  const showcase = new Map(providers.map((entry) => [entry.id, showcaseTask(entry.id)]));
  // Each provider answers its fixtures at the exact path and query its client asks for.
  const mockProviders: MockProvider[] = providers.map((entry) => ({
    prefix: entry.id,
    security: entry.spec.security,
    tasks: new Map(
      Object.values(entry.fixtures).map((task) => [getTaskRequestPath(entry, entry.refOf(task)), task as unknown]),
    ),
  }));
  const mock = await startMockServer(mockProviders);
  const rows: Parameters<typeof printSideBySide>[0] = [];
  const notes: string[] = [];
  try {
    for (const entry of providers) {
      const ref = realRef(entry);
      const real = ref !== undefined;
      if (!real && env[entry.apiKeyEnvVar]) {
        notes.push(
          `${entry.id}: ${entry.apiKeyEnvVar} is set; also set ${refEnvVarNames(entry).join(", ")} to query the real service.`,
        );
      }
      const connection: Connection = real
        ? { apiKey: env[entry.apiKeyEnvVar] ?? "" }
        : {
            apiKey: "demo-key",
            baseUrl: `${mock.origin}/${entry.id}${new URL(entry.spec.serverUrl).pathname.replace(/\/$/, "")}`,
          };
      try {
        rows.push({
          source: entry.id,
          mode: real ? "real service" : "local mock",
          task: await fetchTask(entry, connection, real ? ref : entry.refOf(showcase.get(entry.id))),
        });
      } catch (error) {
        rows.push({
          source: entry.id,
          mode: real ? "real service" : "local mock",
          task: null,
          problem: String(error),
        });
      }
    }
  } finally {
    await mock.close();
  }
  console.log(
    `agent-tasks demo: one task from each of ${agentTaskSources.length} APIs, fetched with its typed client and normalized.\n`,
  );
  printSideBySide(rows);
  const served = mock.requests.map((request) => `  ${request.status} ${request.method} ${request.path}`).join("\n");
  if (served) console.log(`\nLocal mock (${mock.origin}) served:\n${served}`);
  for (const note of notes) console.log(`note: ${note}`);
  const failed = rows.filter((row) => row.task === null);
  return failed.length === 0 ? 0 : 1;
}

process.exitCode = await main();
