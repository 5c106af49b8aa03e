import { accessSync, constants } from "node:fs";
import path from "node:path";

export const SKIP_ENV_VAR = "AGENT_TASKS_SKIP_BROWSER";
const DEFAULT_PATH = "/usr/bin/chromium";
const ON_PATH = "chromium-browser";

export type ChromiumLookup = { found: true; executablePath: string; how: string } | { found: false; problem: string };

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The Chromium to drive: `CHROMIUM_PATH`, else /usr/bin/chromium, else `chromium-browser` on PATH. Never downloads one. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): ChromiumLookup {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv !== undefined && fromEnv !== "") {
    // A path given on purpose is used or reported, never silently replaced by another browser.
    return isExecutable(fromEnv)
      ? { found: true, executablePath: fromEnv, how: "CHROMIUM_PATH" }
      : { found: false, problem: `CHROMIUM_PATH is ${fromEnv}, which is not an executable file.` };
  }
  if (isExecutable(DEFAULT_PATH)) return { found: true, executablePath: DEFAULT_PATH, how: "default path" };
  for (const folder of (env.PATH ?? "").split(path.delimiter).filter(Boolean)) {
    const candidate = path.join(folder, ON_PATH);
    if (isExecutable(candidate)) return { found: true, executablePath: candidate, how: `${ON_PATH} on PATH` };
  }
  return {
    found: false,
    problem: `No Chromium: CHROMIUM_PATH is not set, ${DEFAULT_PATH} does not exist, and there is no ${ON_PATH} on PATH.`,
  };
}

/** The loud, multi-line notice that the browser tests did not run, and why. */
export function notRunBanner(problem: string, skipped: boolean): string {
  const lines = [
    "BROWSER TESTS DID NOT RUN",
    "",
    ...problem.split("\n"),
    "",
    "Install Chromium (Debian/Ubuntu: apt-get install chromium) or set CHROMIUM_PATH to a",
    "Chromium or Chrome executable. This harness never downloads a browser.",
    skipped
      ? `${SKIP_ENV_VAR}=1 is set, so this is only a warning: exit code 0.`
      : `Failing (exit code 1). Set ${SKIP_ENV_VAR}=1 to skip the browser tests on purpose.`,
  ];
  const width = Math.max(...lines.map((line) => line.length));
  const bar = "!".repeat(width + 8);
  return [bar, ...lines.map((line) => `!!  ${line.padEnd(width)}  !!`), bar].join("\n");
}
