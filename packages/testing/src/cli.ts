import { parseArgs } from "node:util";
import { simulateBrowserUse } from "./browser-use.js";
import { simulateBrowserUseV4 } from "./browser-use-v4.js";
import { simulateBrowserAct } from "./browseract.js";
import { simulateDari } from "./dari.js";
import { simulateHyperbrowser } from "./hyperbrowser.js";
import type { SimulationOptions } from "./provider-simulation.js";
import type { Simulation } from "./simulation.js";
import { simulateSkyvern } from "./skyvern.js";
import type { TaskPlan } from "./task-store.js";

type ProviderId = "hyperbrowser" | "browser-use" | "browser-use-v4" | "browseract" | "dari" | "skyvern";
type CommonOptions = Pick<SimulationOptions<unknown>, "maxActiveTasks"> & { task?: Partial<TaskPlan> };

const simulators: Record<ProviderId, (options: CommonOptions) => Simulation & { apiKey: string }> = {
  hyperbrowser: simulateHyperbrowser,
  "browser-use": simulateBrowserUse,
  "browser-use-v4": simulateBrowserUseV4,
  browseract: simulateBrowserAct,
  dari: simulateDari,
  skyvern: simulateSkyvern,
};
const providerIds = Object.keys(simulators) as ProviderId[];

const usage = `Usage: agent-tasks-simulate [provider...] [options]

Serves simulated provider task APIs on 127.0.0.1 until stopped (Ctrl-C or SIGTERM).
Providers: ${providerIds.join(", ")} (default: all of them).

Options:
  --port <n>          first port; the next providers take the ports after it (default: free ports)
  --steps <n>         steps per task (default 3)
  --duration <ms>     how long each task runs (default 10000)
  --start-delay <ms>  how long each task waits before it runs (default 0)
  --outcome <o>       completed or failed (default completed)
  --output <text>     the final output of a completed task
  --max-active <n>    answer the provider's own 429 to starts beyond n active tasks
  --json              print one JSON line per provider instead of a table
  --log               print one line per request to stderr
  -h, --help          show this help

Each provider accepts the API key fake-<provider>-key (printed on start).`;

/** Thrown for a command line that cannot run; its message says what was wrong. */
class UsageError extends Error {
  override name = "UsageError";
}

function nonNegative(name: string, raw: string | undefined, integer: boolean): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (raw.trim() === "" || !Number.isFinite(value) || value < 0 || (integer && !Number.isInteger(value)))
    throw new UsageError(`--${name} takes ${integer ? "an integer" : "a number"} >= 0, got "${raw}"`);
  return value;
}

/**
 * The bin `agent-tasks-simulate`: serves simulations until SIGINT or SIGTERM, then closes them. Resolves with
 * the exit code: 0, or 2 for a command line it cannot run (the reason and the usage go to stderr). Rejects when a
 * server cannot listen (a port in use...).
 */
export async function main(argv: string[]): Promise<number> {
  let parsed: ReturnType<typeof parseCommandLine>;
  try {
    parsed = parseCommandLine(argv);
  } catch (error) {
    process.stderr.write(`agent-tasks-simulate: ${(error as Error).message}\n\n${usage}\n`);
    return 2;
  }
  if (parsed === "help") {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  const { providers, port, options, json, log } = parsed;
  // Listen for the signals first: one that arrives while the servers start still stops them.
  let stop = () => {};
  const stopped = new Promise<void>((resolve) => {
    stop = resolve;
  });
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  const running: (Simulation & { apiKey: string })[] = [];
  try {
    for (const [index, id] of providers.entries()) {
      const simulation = simulators[id](options);
      // Port 0 (or none) gives each server a free port of its own.
      const wanted = port === undefined || port === 0 ? 0 : port + index;
      try {
        await simulation.listen({ port: wanted });
      } catch (error) {
        throw new Error(`${id}: cannot listen on port ${wanted}: ${(error as Error).message}`);
      }
      running.push(simulation);
    }
    for (const simulation of running) {
      const line = json
        ? JSON.stringify({ provider: simulation.provider, baseUrl: simulation.baseUrl, apiKey: simulation.apiKey })
        : `${simulation.provider.padEnd(15)} ${simulation.baseUrl.padEnd(36)} key ${simulation.apiKey}`;
      process.stdout.write(`${line}\n`);
    }
    const stopLog = log ? startRequestLog(running) : undefined;
    await stopped;
    stopLog?.();
    return 0;
  } finally {
    process.off("SIGINT", stop);
    process.off("SIGTERM", stop);
    await Promise.all(running.map((simulation) => simulation.close()));
  }
}

/**
 * Prints each answered request once, polling the logs (simulations have no event hook, and need none). Returns
 * the function that stops it, printing what was answered since the last poll.
 */
function startRequestLog(simulations: Simulation[]): () => void {
  const printed = new Map<Simulation, number>();
  const print = () => {
    for (const simulation of simulations) {
      const requests = simulation.requests;
      let next = printed.get(simulation) ?? 0;
      while (next < requests.length && requests[next]?.outcome !== "pending") {
        const request = requests[next];
        if (request !== undefined)
          process.stderr.write(
            `${simulation.provider} ${request.operation} ${request.method} ${request.path} -> ${request.status ?? request.outcome}\n`,
          );
        next += 1;
      }
      printed.set(simulation, next);
    }
  };
  const timer = setInterval(print, 100);
  return () => {
    clearInterval(timer);
    print();
  };
}

function parseCommandLine(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      port: { type: "string" },
      steps: { type: "string" },
      duration: { type: "string" },
      "start-delay": { type: "string" },
      outcome: { type: "string" },
      output: { type: "string" },
      "max-active": { type: "string" },
      json: { type: "boolean", default: false },
      log: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) return "help" as const;
  const unknown = positionals.filter((name) => !providerIds.includes(name as ProviderId));
  if (unknown.length > 0)
    throw new UsageError(
      `unknown provider ${unknown.map((name) => `"${name}"`).join(", ")} (known: ${providerIds.join(", ")})`,
    );
  if (values.outcome !== undefined && values.outcome !== "completed" && values.outcome !== "failed")
    throw new UsageError(`--outcome is completed or failed, got "${values.outcome}"`);
  const providers = positionals.length === 0 ? providerIds : [...new Set(positionals as ProviderId[])];
  const port = nonNegative("port", values.port, true);
  if (port !== undefined && port + providers.length - 1 > 65_535)
    throw new UsageError(
      providers.length === 1
        ? `--port takes a port up to 65535, got "${values.port}"`
        : `--port ${port} leaves no room for the ports of ${providers.length} providers (${port}-${port + providers.length - 1})`,
    );
  const plan: Partial<TaskPlan> = {};
  const steps = nonNegative("steps", values.steps, true);
  const duration = nonNegative("duration", values.duration, false);
  const startDelay = nonNegative("start-delay", values["start-delay"], false);
  if (steps !== undefined) plan.steps = steps;
  if (duration !== undefined) plan.durationMs = duration;
  if (startDelay !== undefined) plan.startDelayMs = startDelay;
  if (values.outcome !== undefined) plan.outcome = values.outcome as TaskPlan["outcome"];
  if (values.output !== undefined) plan.output = values.output;
  const maxActive = nonNegative("max-active", values["max-active"], true);
  return {
    providers,
    port,
    json: values.json,
    log: values.log,
    options: { task: plan, ...(maxActive === undefined ? {} : { maxActiveTasks: maxActive }) },
  };
}
