// `agent-tasks simulate`: the simulated provider APIs of @agent-tasks/testing on 127.0.0.1, and the variables that
// point every other command at them, until Ctrl-C or SIGTERM.
import {
  simulateBrowserAct,
  simulateBrowserUse,
  simulateBrowserUseV4,
  simulateDari,
  simulateHyperbrowser,
  simulateSkyvern,
} from "@agent-tasks/testing";
import { UsageError } from "./errors.js";
import type { Terminal } from "./render.js";

/** Every Dari job the simulation runs lives under the portal it was started in: any names work. */
const DARI_PORTAL = { org: "my-org", endpoint: "contact_form" };

function positive(flag: string, text: string, integer: boolean): number {
  const value = Number(text);
  if (text.trim() === "" || !Number.isFinite(value) || value < 0 || (integer && !Number.isInteger(value))) {
    throw new UsageError(`${flag} takes ${integer ? "an integer" : "a number"} >= 0, got "${text}"`);
  }
  return value;
}

export async function simulate(
  options: { port?: string; duration: string; steps: string },
  io: Terminal,
): Promise<number> {
  const plan = {
    durationMs: positive("--duration", options.duration, false) * 1000,
    steps: positive("--steps", options.steps, true),
    files: ["report.pdf"],
  };
  const firstPort = options.port === undefined ? 0 : positive("--port", options.port, true);
  const browserUse = simulateBrowserUse({ task: plan });
  const simulations = [
    { envPrefix: "HYPERBROWSER", sim: simulateHyperbrowser({ task: plan }) },
    { envPrefix: "BROWSER_USE", sim: browserUse },
    { envPrefix: "DARI", sim: simulateDari({ task: plan }) },
    { envPrefix: "BROWSERACT", sim: simulateBrowserAct({ task: plan }) },
    // The same account and key as v2 (BROWSER_USE_API_KEY): only its base URL is its own.
    { envPrefix: "BROWSER_USE_V4", sim: simulateBrowserUseV4({ task: plan, apiKey: browserUse.apiKey }), keyed: false },
    { envPrefix: "SKYVERN", sim: simulateSkyvern({ task: plan }) },
  ];
  let stop = () => {};
  const stopped = new Promise<void>((resolve) => {
    stop = resolve;
  });
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  try {
    for (const [index, { sim }] of simulations.entries()) {
      await sim.listen({ port: firstPort === 0 ? 0 : firstPort + index });
    }
    const lines = simulations.flatMap(({ envPrefix, sim, keyed }) => [
      `export ${envPrefix}_BASE_URL=${sim.baseUrl}`,
      ...(keyed === false ? [] : [`export ${envPrefix}_API_KEY=${sim.apiKey}`]),
    ]);
    lines.push(`export DARI_ORG_ID=${DARI_PORTAL.org}`, `export DARI_ENDPOINT_NAME=${DARI_PORTAL.endpoint}`);
    io.stdout.write(
      `Simulated providers on 127.0.0.1 (tasks run ${options.duration} s with ${plan.steps} steps). In another shell:\n\n` +
        `${lines.join("\n")}\n\n` +
        "agent-tasks run browser-use 'Find the cheapest flight from Lisbon to Paris'\n" +
        "agent-tasks run hyperbrowser 'Summarise the front page of example.com'\n" +
        "agent-tasks run dari name=Ada email=ada@example.com\n" +
        "agent-tasks run browseract wf_123 keyword=laptops\n" +
        "agent-tasks run browser-use-v4 'Find the top post on Hacker News'\n" +
        "agent-tasks run skyvern 'Get the price of the first laptop' --input '{\"url\": \"https://example.com\"}'\n\n" +
        "Ctrl-C stops the simulations.\n",
    );
    await stopped;
    return 0;
  } finally {
    process.off("SIGINT", stop);
    process.off("SIGTERM", stop);
    await Promise.all(simulations.map(({ sim }) => sim.close()));
  }
}
