// The program the browser runs: every case side by side, then the key-leak check over every error they saw
// and the check that normalizeTask gives in the page what it gives in Node.
import { rejectionOf } from "../../packages/test-support/src/thrown-by.js";
import { API_KEY, browserCases } from "./browser-cases.js";
import {
  type BrowserCase,
  type CaseContext,
  type CaseOrigins,
  type CaseResult,
  casePrefix,
  type SimulationBridge,
} from "./case-types.js";
import { normalizeEveryFixture } from "./normalize-every-fixture.js";

export interface PageRunConfig {
  /** Where each case's simulations listen, in case order. */
  origins: CaseOrigins[];
  /** `normalizeEveryFixture()` as Node computed it. */
  normalizedInNode: Record<string, string>;
}

declare global {
  // The runner binds the bridge's functions on the page (Playwright's `exposeFunction`).
  interface Window extends SimulationBridge {
    runBrowserCases(config: PageRunConfig): Promise<CaseResult[]>;
  }
}

const CASE_TIMEOUT_MS = 10_000;

async function runCase(
  browserCase: BrowserCase,
  index: number,
  origins: CaseOrigins,
  caught: unknown[],
): Promise<CaseResult> {
  const prefix = casePrefix(index);
  const context: CaseContext = {
    apiKey: API_KEY,
    ...origins,
    clientOptions: (specServerUrl) => ({
      apiKey: API_KEY,
      baseUrl: `${origins.apiOrigin}${new URL(specServerUrl).pathname.replace(/\/$/, "")}`,
      onRequestEvent: (event) => console.debug(`[${prefix}] ${JSON.stringify(event)}`),
    }),
    startTask: (plan) => window.caseStartTask(index, plan),
    injectFault: (rule) => window.caseInjectFault(index, rule),
    requests: () => window.caseRequests(index),
    rejectionOf: async (promise) => {
      const error = await rejectionOf(promise);
      caught.push(error);
      return error;
    },
  };
  const startedAt = performance.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeLimit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`did not finish within ${CASE_TIMEOUT_MS} ms`)), CASE_TIMEOUT_MS);
  });
  const result = (passed: boolean, detail: string): CaseResult => ({
    name: browserCase.name,
    passed,
    durationMs: performance.now() - startedAt,
    detail,
  });
  try {
    return result(true, (await Promise.race([browserCase.run(context), timeLimit])) ?? "");
  } catch (error) {
    return result(false, error instanceof Error ? error.message : String(error));
  } finally {
    clearTimeout(timer);
  }
}

/** Where `key` shows in `error` or its causes, as the ways an app would print or send an error. */
function keyLeaksOf(error: unknown, key: string, depth = 0): string[] {
  if (depth > 5 || error === undefined || error === null) return [];
  let json: string;
  try {
    json = JSON.stringify(error) ?? "";
  } catch (problem) {
    json = `JSON.stringify threw ${String(problem)}`;
  }
  const views: Record<string, string> = { "String()": String(error), "JSON.stringify()": json };
  if (error instanceof Error) {
    views.message = error.message;
    views.stack = error.stack ?? "";
  }
  const name = error instanceof Error ? error.name : typeof error;
  const leaks = Object.entries(views)
    .filter(([, text]) => text.includes(key))
    .map(([view]) => `${"cause of ".repeat(depth)}${name} ${view}`);
  return error instanceof Error ? [...leaks, ...keyLeaksOf(error.cause, key, depth + 1)] : leaks;
}

function keyLeakCheck(caught: unknown[]): CaseResult {
  const startedAt = performance.now();
  const leaks = caught.flatMap((error) => keyLeaksOf(error, API_KEY));
  // Printed too, so the runner also checks what the browser's console makes of each error (stack included).
  for (const error of caught) console.info(error);
  return {
    name: `API key in no error message, String(), stack, JSON.stringify() or cause (${caught.length} errors)`,
    passed: caught.length > 0 && leaks.length === 0,
    durationMs: performance.now() - startedAt,
    detail: leaks.length > 0 ? `key found in: ${leaks.join("; ")}` : "",
  };
}

/** The page, in another time zone and locale than Node, must normalize every fixture to the same JSON. */
function sameAsNodeCheck(normalizedInNode: Record<string, string>): CaseResult {
  const startedAt = performance.now();
  const inPage = normalizeEveryFixture();
  const names = [...new Set([...Object.keys(normalizedInNode), ...Object.keys(inPage)])];
  const different = names.filter((name) => inPage[name] !== normalizedInNode[name]);
  const where = `${Intl.DateTimeFormat().resolvedOptions().timeZone}, ${navigator.language}`;
  return {
    name: `normalizeTask: ${names.length} fixtures give the same AgentTask as in Node (page in ${where})`,
    passed: names.length > 0 && different.length === 0,
    durationMs: performance.now() - startedAt,
    detail: different.length > 0 ? `different: ${different.join(", ")}` : "",
  };
}

window.runBrowserCases = async (config) => {
  const caught: unknown[] = [];
  const results = await Promise.all(
    browserCases.map((browserCase, index) => {
      const origins = config.origins[index];
      if (origins === undefined) throw new Error(`no simulation for case ${index + 1}`);
      return runCase(browserCase, index, origins, caught);
    }),
  );
  return [...results, keyLeakCheck(caught), sameAsNodeCheck(config.normalizedInNode)];
};
