/**
 * The Node side of the cases: every case gets its own simulated provider API from @agent-tasks/testing, served over
 * real HTTP on its own port (and a second one on another origin when it asks for a redirect target), and the page
 * reaches them through `SimulationBridge`: start a task, script a fault, read what arrived.
 */
import { securityHeaderName, securityHeaderValue } from "@agent-tasks/core/internal";
import {
  type BrowserUseV4Simulation,
  type FaultRule,
  type ProviderSimulation,
  type RecordedRequest,
  type SimulationClock,
  simulateBrowserAct,
  simulateBrowserUse,
  simulateBrowserUseV4,
  simulateDari,
  simulateHyperbrowser,
  simulateSkyvern,
  type TaskPlan,
} from "@agent-tasks/testing";
import { providerById } from "../providers.js";
import {
  type BrowserCase,
  type CaseOrigins,
  DARI_PORTAL,
  type SeenRequest,
  type SimulatedApi,
  type SimulationBridge,
  type StartedTask,
} from "./case-types.js";

type AnySimulation = ProviderSimulation<unknown, unknown, unknown>;

/** A plan whose task has finished by the time it is first read: every step done, output set. */
const FINISHED_AT_ONCE: Partial<TaskPlan> = { startDelayMs: 0, durationMs: 0 };

/**
 * How each simulated API starts a task: its start route (below the simulation's `baseUrl`), a minimal valid body,
 * where the answer puts the id, and, where it is more than the simulation's view of the task, the raw task its task
 * fetcher reads (Browser Use v4: the run with its events).
 */
const startRoutes: Record<
  SimulatedApi,
  {
    path: string;
    body: unknown;
    idOf: (answer: Record<string, unknown>) => unknown;
    rawOf?: (simulation: AnySimulation, id: string) => unknown;
  }
> = {
  hyperbrowser: { path: "/api/task/hyper-agent", body: { task: "Read example.com" }, idOf: (answer) => answer.jobId },
  "browser-use": { path: "/tasks", body: { task: "Read example.com" }, idOf: (answer) => answer.id },
  "browser-use-v4": {
    path: "/runs",
    body: { task: "Read example.com" },
    idOf: (answer) => answer.id,
    rawOf: (simulation, id) => ({
      run: simulation.view(id),
      events: (simulation as unknown as BrowserUseV4Simulation).events(id),
    }),
  },
  browseract: { path: "/v2/workflow/run-task", body: { workflow_id: "wf-browser-tests" }, idOf: (answer) => answer.id },
  dari: {
    path: `/jobs/${DARI_PORTAL.orgId}/${DARI_PORTAL.endpointName}/start`,
    body: { url: "https://example.com" },
    idOf: (answer) => answer.job_id,
  },
  skyvern: { path: "/v1/run/tasks", body: { prompt: "Read example.com" }, idOf: (answer) => answer.run_id },
};

function simulate(
  api: SimulatedApi,
  options: { apiKey: string; clock?: SimulationClock; task: () => Partial<TaskPlan> },
) {
  const simulations = {
    hyperbrowser: simulateHyperbrowser,
    "browser-use": simulateBrowserUse,
    "browser-use-v4": simulateBrowserUseV4,
    browseract: simulateBrowserAct,
    dari: simulateDari,
    skyvern: simulateSkyvern,
  } satisfies Record<SimulatedApi, unknown>;
  return simulations[api](options) as AnySimulation;
}

/** A clock that stands still and moves one second with each "get task" request: `gets()` counts them. */
function perGetClock(gets: () => number): SimulationClock {
  const startedAt = Date.UTC(2026, 10, 22, 12);
  return { kind: "manual", now: () => startedAt + 1_000 * gets() };
}

function seen(origin: SeenRequest["origin"], request: RecordedRequest): SeenRequest {
  const { operation, method, path, headers, receivedAt, outcome, status } = request;
  return { origin, operation, method, path, headers: { ...headers }, receivedAt, outcome, status };
}

/** One case's simulations, listening. */
interface CaseSimulations {
  readonly origins: CaseOrigins;
  startTask(plan?: Partial<TaskPlan>): Promise<StartedTask>;
  injectFault(rule: FaultRule): void;
  requests(): SeenRequest[];
  close(): Promise<void>;
}

async function simulateCase(
  browserCase: BrowserCase & { simulation: SimulatedApi },
  apiKey: string,
): Promise<CaseSimulations> {
  const api = browserCase.simulation;
  let nextPlan = FINISHED_AT_ONCE;
  let simulation: AnySimulation | null = null;
  const gets = () => simulation?.requestsOf("get").length ?? 0;
  const clock = browserCase.clock === "per-get" ? perGetClock(gets) : undefined;
  const listening = await simulate(api, { apiKey, clock, task: () => nextPlan }).listen();
  simulation = listening;
  const other = browserCase.otherOrigin ? await simulate(api, { apiKey, task: () => FINISHED_AT_ONCE }).listen() : null;
  const { security } = providerById[api].spec;
  const route = startRoutes[api];
  return {
    origins: { apiOrigin: listening.origin, otherOrigin: other?.origin ?? null },
    async startTask(plan = FINISHED_AT_ONCE) {
      nextPlan = plan;
      const response = await fetch(`${listening.baseUrl}${route.path}`, {
        method: "POST",
        headers: {
          [securityHeaderName(security)]: securityHeaderValue(security, apiKey),
          "content-type": "application/json",
        },
        body: JSON.stringify(route.body),
      });
      const answer = (await response.json()) as Record<string, unknown>;
      const id = route.idOf(answer);
      if (!response.ok || typeof id !== "string") {
        throw new Error(`starting a ${api} task answered ${response.status} ${JSON.stringify(answer)}`);
      }
      listening.clearRequests();
      return { id, raw: route.rawOf ? route.rawOf(listening, id) : listening.view(id) };
    },
    injectFault: (rule) => listening.injectFault(rule),
    requests: () => [
      ...listening.requests.map((request) => seen("api-origin", request)),
      ...(other?.requests ?? []).map((request) => seen("other-origin", request)),
    ],
    close: async () => {
      await Promise.all([listening.close(), other?.close()]);
    },
  };
}

/** Every case's simulations, in case order, and the bridge the page calls them through. */
export interface RunningSimulations {
  readonly cases: readonly CaseSimulations[];
  readonly bridge: SimulationBridge;
  close(): Promise<void>;
}

/** Starts the simulations of every case (each on its own port, all on 127.0.0.1), keyed to accept `apiKey` only. */
export async function startSimulations(
  browserCases: readonly BrowserCase[],
  apiKey: string,
): Promise<RunningSimulations> {
  const cases = await Promise.all(browserCases.map((browserCase) => simulateCase(browserCase, apiKey)));
  const caseAt = (index: number): CaseSimulations => {
    const found = cases[index];
    if (found === undefined) throw new Error(`no case ${index}`);
    return found;
  };
  return {
    cases,
    bridge: {
      caseStartTask: (index, plan) => caseAt(index).startTask(plan),
      caseInjectFault: async (index, rule) => caseAt(index).injectFault(rule),
      caseRequests: async (index) => caseAt(index).requests(),
    },
    close: async () => {
      await Promise.all(cases.map((simulations) => simulations.close()));
    },
  };
}
