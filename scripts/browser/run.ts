/**
 * Runs the built @agent-tasks packages in headless Chromium against simulated provider APIs (@agent-tasks/testing,
 * one per case, served over HTTP on other origins than the page's, with real CORS), and prints one row per check.
 * Exits non-zero on any failure, on an uncaught page error, on a console error no case expects, and when no
 * browser is found (unless AGENT_TASKS_SKIP_BROWSER=1).
 * Needs the packages built first (`pnpm turbo run build`).
 */
import { securityHeaderName } from "@agent-tasks/core/internal";
import { type Browser, type ConsoleMessage, chromium } from "playwright-core";
import { providerById } from "../providers.js";
import { API_KEY, browserCases } from "./browser-cases.js";
import { bundlePage } from "./bundle-page.js";
import type { CaseResult } from "./case-types.js";
import { findChromium, notRunBanner, SKIP_ENV_VAR } from "./find-chromium.js";
import { normalizeEveryFixture } from "./normalize-every-fixture.js";
import type { PageRunConfig } from "./page.js";
import { servePage } from "./serve-page.js";
import { type RunningSimulations, startSimulations } from "./simulations.js";

/** Prints the banner (and `details` below it); exit code 1, or 0 when the browser tests are skipped on purpose. */
function notRun(problem: string, details = ""): number {
  const skipped = process.env[SKIP_ENV_VAR] === "1";
  const print = skipped ? console.warn : console.error;
  if (details !== "") print(details);
  print(`\n${notRunBanner(problem, skipped)}\n`);
  return skipped ? 0 : 1;
}

const PROBLEMS_SHOWN = 3;

function checkRow(name: string, problems: string[], detail = ""): CaseResult {
  const more = problems.length > PROBLEMS_SHOWN ? [`(+${problems.length - PROBLEMS_SHOWN} more)`] : [];
  const shown = [...problems.slice(0, PROBLEMS_SHOWN), ...more].join("; ");
  return { name, passed: problems.length === 0, durationMs: 0, detail: problems.length > 0 ? shown : detail };
}

/**
 * The console and page-error checks: nothing thrown, no error a case did not announce, the key nowhere. A console
 * error belongs to the case whose simulation's origin it names (each case has its own).
 */
function consoleChecks(messages: ConsoleMessage[], pageErrors: Error[], simulations: RunningSimulations): CaseResult[] {
  const ownerOf = (where: string) =>
    browserCases.find((_, index) => {
      const origins = simulations.cases[index]?.origins;
      const owned = [origins?.apiOrigin, origins?.otherOrigin].filter((origin) => typeof origin === "string");
      return owned.some((origin) => where.includes(`${origin}/`));
    });
  const unexpected = messages
    .filter((message) => message.type() === "error")
    .filter((message) => {
      const owner = ownerOf(`${message.location().url} ${message.text()}`);
      return !owner?.expectedConsoleErrors?.some((pattern) => pattern.test(message.text()));
    })
    .map((message) => `${message.text()} (${message.location().url})`);
  const withKey = messages.filter((message) => message.text().includes(API_KEY)).map((message) => message.text());
  return [
    checkRow(
      "page: no uncaught exception",
      pageErrors.map((error) => error.stack ?? error.message),
    ),
    checkRow("page: no console error but the HTTP errors cases announce", unexpected),
    checkRow(
      `page: API key in no console output (${messages.length} messages)`,
      withKey.map((text) => `key in: ${text}`),
    ),
  ];
}

/**
 * What every case's CORS preflights asked, checked in Node after the page ran: each came from the page's origin,
 * for GET, asking for the case client's auth header alone. The simulations allow that header and `content-type`,
 * so this is what keeps a client from sending any other header (the browser would let `content-type` through).
 * Returns the problems found, and how many preflights there were.
 */
function preflightProblems(
  simulations: RunningSimulations,
  pageOrigin: string,
): { problems: string[]; preflights: number } {
  const problems: string[] = [];
  let preflights = 0;
  browserCases.forEach((browserCase, index) => {
    const header = securityHeaderName(providerById[browserCase.provider].spec.security).toLowerCase();
    for (const request of simulations.cases[index]?.requests() ?? []) {
      if (request.operation !== "preflight") continue;
      preflights += 1;
      const asked = {
        origin: request.headers.origin,
        method: request.headers["access-control-request-method"],
        headers: request.headers["access-control-request-headers"],
      };
      const expected = { origin: pageOrigin, method: "GET", headers: header };
      if (JSON.stringify(asked) !== JSON.stringify(expected)) {
        problems.push(
          `${browserCase.name}: preflight asked ${JSON.stringify(asked)}, expected ${JSON.stringify(expected)}`,
        );
      }
    }
  });
  // Every case sends the provider's auth header from another origin: no preflight at all means none was recorded.
  if (preflights === 0) problems.push("no preflight was recorded");
  return { problems, preflights };
}

function printTable(rows: CaseResult[]): void {
  const width = Math.max(...rows.map((row) => row.name.length));
  for (const row of rows) {
    const mark = row.passed ? "PASS" : "FAIL";
    const time = row.durationMs > 0 ? `${Math.round(row.durationMs)} ms` : "";
    const detail = row.detail.replace(/\s+/g, " ");
    console.log(`${mark}  ${time.padStart(7)}  ${row.name.padEnd(width)}  ${detail}`.trimEnd());
  }
}

async function runInBrowser(
  browser: Browser,
  pageOrigin: string,
  simulations: RunningSimulations,
  config: PageRunConfig,
): Promise<CaseResult[]> {
  // Far from UTC, with a half-hour-and-more offset, and a locale that writes numbers and dates differently.
  const context = await browser.newContext({ timezoneId: "Asia/Kathmandu", locale: "de-DE" });
  const page = await context.newPage();
  for (const [name, call] of Object.entries(simulations.bridge)) await page.exposeFunction(name, call);
  const messages: ConsoleMessage[] = [];
  const pageErrors: Error[] = [];
  page.on("console", (message) => messages.push(message));
  page.on("pageerror", (error) => pageErrors.push(error));
  await page.goto(`${pageOrigin}/`);
  try {
    await page.waitForFunction(() => typeof window.runBrowserCases === "function", undefined, { timeout: 5_000 });
  } catch {
    const seen = [...pageErrors.map((error) => error.message), ...messages.map((message) => message.text())];
    throw new Error(`the page program did not start: ${seen.join("; ") || "no error seen"}`);
  }
  const results = await page.evaluate((pageConfig) => window.runBrowserCases(pageConfig), config);
  await context.close();
  const cors = preflightProblems(simulations, pageOrigin);
  return [
    ...results,
    checkRow(
      `CORS: every preflight (${cors.preflights}) from the page's origin, for GET, with the auth header alone`,
      cors.problems,
    ),
    ...consoleChecks(messages, pageErrors, simulations),
  ];
}

async function main(): Promise<number> {
  const startedAt = performance.now();
  const lookup = findChromium();
  if (!lookup.found) return notRun(lookup.problem);

  let bundle: Awaited<ReturnType<typeof bundlePage>>;
  try {
    bundle = await bundlePage();
  } catch (error) {
    // esbuild lists each unresolvable import: a Node built-in module, or a package not built yet.
    console.error(
      `Bundling the page for the browser failed (built the packages? pnpm turbo run build):\n${String(error)}`,
    );
    return 1;
  }
  const bundledAt = performance.now();
  const pageServer = await servePage(bundle.code);
  const simulations = await startSimulations(browserCases, API_KEY);
  let browser: Browser | undefined;
  let rows: CaseResult[];
  let launchedAt = 0;
  let version = "";
  try {
    try {
      browser = await chromium.launch({ executablePath: lookup.executablePath, headless: true });
    } catch (error) {
      const firstLine = String(error).split("\n", 1)[0] ?? "";
      return notRun(`Chromium at ${lookup.executablePath} (${lookup.how}) did not start:\n${firstLine}`, String(error));
    }
    launchedAt = performance.now();
    version = browser.version();
    rows = bundle.checks.map((check) => checkRow(check.name, check.problems, check.detail));
    const config = {
      origins: simulations.cases.map((simulation) => simulation.origins),
      normalizedInNode: normalizeEveryFixture(),
    };
    try {
      rows.push(...(await runInBrowser(browser, pageServer.origin, simulations, config)));
    } catch (error) {
      rows.push(checkRow("page: the cases ran", [String(error)]));
    }
  } finally {
    await browser?.close();
    await Promise.all([simulations.close(), pageServer.close()]);
  }
  const finishedAt = performance.now();

  console.log(`agent-tasks in headless Chromium ${version} (${lookup.executablePath}, ${lookup.how})\n`);
  printTable(rows);
  const failed = rows.filter((row) => !row.passed).length;
  const ms = (from: number, to: number) => `${Math.round(to - from)} ms`;
  console.log(
    `\n${rows.length - failed} passed, ${failed} failed. Bundle ${ms(startedAt, bundledAt)}, browser launch ${ms(bundledAt, launchedAt)}, cases ${ms(launchedAt, finishedAt)}, total ${ms(startedAt, finishedAt)}.`,
  );
  return failed === 0 ? 0 : 1;
}

process.exitCode = await main();
