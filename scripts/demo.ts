/**
 * Fetches one task from every provider with its typed client and prints them normalized, side by side.
 * Against a local mock by default (no key needed); against the real service for each provider whose
 * key and task reference are in the environment (see README).
 */
import { browserUseSpec, createBrowserUseClient, createBrowserUseTaskFetcher } from "@agent-tasks/browser-use";
import { browserUseV1Spec, createBrowserUseV1Client, createBrowserUseV1TaskFetcher } from "@agent-tasks/browser-use/v1";
import { browseractSpec, createBrowserActClient, createBrowserActTaskFetcher } from "@agent-tasks/browseract";
import type { SecurityScheme } from "@agent-tasks/core";
import { createDariClient, createDariTaskFetcher, dariSpec } from "@agent-tasks/dari";
import { createHyperbrowserClient, createHyperbrowserTaskFetcher, hyperbrowserSpec } from "@agent-tasks/hyperbrowser";
import { type AgentTask, type AgentTaskSource, agentTaskSources, getTask, normalizeTask } from "@agent-tasks/normalize";
import { fixturesBySource } from "../packages/normalize/src/providers/__fixtures__/index.js";
import { type MockProvider, startMockServer } from "./demo/mock-server.js";

interface Connection {
  apiKey: string;
  baseUrl?: string;
}

/** What the demo needs to know per source: where the real task is named, and how to fetch it. */
interface DemoSource {
  source: AgentTaskSource;
  apiKeyEnvVar: string;
  refEnvVars: string[];
  /** The generated server URL and auth scheme of the source's spec. */
  spec: { readonly serverUrl: string; readonly security: SecurityScheme };
  mockMatch: (pathname: string, query: URLSearchParams) => string | null;
  refFromEnv: (env: NodeJS.ProcessEnv) => string[];
  refFromTask: (task: Record<string, unknown>) => string[];
  /** Reads the task through the provider package's task fetcher and normalizes it (`getTask`). */
  fetchTask: (connection: Connection, ref: string[]) => Promise<AgentTask>;
}

const lastSegment = (pathname: string, pattern: RegExp): string | null => pattern.exec(pathname)?.[1] ?? null;

const demoSources: DemoSource[] = [
  {
    source: "hyperbrowser",
    apiKeyEnvVar: "HYPERBROWSER_API_KEY",
    refEnvVars: ["HYPERBROWSER_TASK_ID"],
    spec: hyperbrowserSpec,
    mockMatch: (pathname) => lastSegment(pathname, /^\/api\/task\/hyper-agent\/([^/]+)$/),
    refFromEnv: (env) => [env.HYPERBROWSER_TASK_ID ?? ""],
    refFromTask: (task) => [String(task.jobId)],
    fetchTask: (connection, [jobId = ""]) =>
      getTask(createHyperbrowserTaskFetcher(createHyperbrowserClient(connection)), jobId),
  },
  {
    source: "browser-use",
    apiKeyEnvVar: "BROWSER_USE_API_KEY",
    refEnvVars: ["BROWSER_USE_TASK_ID"],
    spec: browserUseSpec,
    mockMatch: (pathname) => lastSegment(pathname, /^\/api\/v2\/tasks\/([^/]+)$/),
    refFromEnv: (env) => [env.BROWSER_USE_TASK_ID ?? ""],
    refFromTask: (task) => [String(task.id)],
    fetchTask: (connection, [taskId = ""]) =>
      getTask(createBrowserUseTaskFetcher(createBrowserUseClient(connection)), taskId),
  },
  {
    source: "browser-use-v1",
    apiKeyEnvVar: "BROWSER_USE_API_KEY",
    refEnvVars: ["BROWSER_USE_V1_TASK_ID"],
    spec: browserUseV1Spec,
    mockMatch: (pathname) => lastSegment(pathname, /^\/api\/v1\/task\/([^/]+)$/),
    refFromEnv: (env) => [env.BROWSER_USE_V1_TASK_ID ?? ""],
    refFromTask: (task) => [String(task.id)],
    fetchTask: (connection, [taskId = ""]) =>
      getTask(createBrowserUseV1TaskFetcher(createBrowserUseV1Client(connection)), taskId),
  },
  {
    source: "dari",
    apiKeyEnvVar: "DARI_API_KEY",
    refEnvVars: ["DARI_ORG_ID", "DARI_ENDPOINT_NAME", "DARI_JOB_ID"],
    spec: dariSpec,
    mockMatch: (pathname, query) => (/^\/task\/[^/]+\/[^/]+\/status$/.test(pathname) ? query.get("job_id") : null),
    refFromEnv: (env) => [env.DARI_ORG_ID ?? "", env.DARI_ENDPOINT_NAME ?? "", env.DARI_JOB_ID ?? ""],
    refFromTask: (task) => {
      const [orgId = "demo-org", endpointName = "demo-portal"] = String(task.portal_id ?? "").split("/");
      return [orgId, endpointName, String(task.job_id)];
    },
    fetchTask: (connection, [orgId = "", endpointName = "", jobId = ""]) =>
      getTask(createDariTaskFetcher(createDariClient(connection)), { orgId, endpointName, jobId }),
  },
  {
    source: "browseract",
    apiKeyEnvVar: "BROWSERACT_API_KEY",
    refEnvVars: ["BROWSERACT_TASK_ID"],
    spec: browseractSpec,
    mockMatch: (pathname, query) => (pathname === "/v2/workflow/get-task" ? query.get("task_id") : null),
    refFromEnv: (env) => [env.BROWSERACT_TASK_ID ?? ""],
    refFromTask: (task) => [String(task.id)],
    fetchTask: (connection, [taskId = ""]) =>
      getTask(createBrowserActTaskFetcher(createBrowserActClient(connection)), taskId),
  },
];

/** The fixture the demo shows for a source: a completed one with structured output where there is one. */
function showcaseTask(source: AgentTaskSource): Record<string, unknown> {
  const tasks = Object.values(fixturesBySource[source]) as Record<string, unknown>[];
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
  const useReal = (demo: DemoSource) => Boolean(env[demo.apiKeyEnvVar]) && demo.refEnvVars.every((name) => env[name]);
  const showcase = new Map(demoSources.map((demo) => [demo.source, showcaseTask(demo.source)]));
  const mockProviders: MockProvider[] = demoSources.map((demo) => ({
    prefix: demo.source,
    security: demo.spec.security,
    match: demo.mockMatch,
    tasks: new Map(
      (Object.values(fixturesBySource[demo.source]) as Record<string, unknown>[]).map((task) => [
        demo.refFromTask(task).at(-1) ?? "",
        task,
      ]),
    ),
  }));
  const mock = await startMockServer(mockProviders);
  const rows: Parameters<typeof printSideBySide>[0] = [];
  const notes: string[] = [];
  try {
    for (const demo of demoSources) {
      const real = useReal(demo);
      if (!real && env[demo.apiKeyEnvVar]) {
        notes.push(
          `${demo.source}: ${demo.apiKeyEnvVar} is set; also set ${demo.refEnvVars.join(", ")} to query the real service.`,
        );
      }
      const connection: Connection = real
        ? { apiKey: env[demo.apiKeyEnvVar] ?? "" }
        : {
            apiKey: "demo-key",
            baseUrl: `${mock.origin}/${demo.source}${new URL(demo.spec.serverUrl).pathname.replace(/\/$/, "")}`,
          };
      const ref = real ? demo.refFromEnv(env) : demo.refFromTask(showcase.get(demo.source) ?? {});
      try {
        rows.push({
          source: demo.source,
          mode: real ? "real service" : "local mock",
          task: await demo.fetchTask(connection, ref),
        });
      } catch (error) {
        rows.push({
          source: demo.source,
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
