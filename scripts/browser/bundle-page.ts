import path from "node:path";
import { fileURLToPath } from "node:url";
import { type BuildOptions, build } from "esbuild";

const harnessDir = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(harnessDir, "../..");

/** A finding about the bundle; `problems` empty means it holds. */
interface BundleCheck {
  name: string;
  problems: string[];
  detail: string;
}

export interface PageBundle {
  code: string;
  checks: BundleCheck[];
}

// Sources the harness imports on purpose as test data; every other file under packages/ must come from a dist/.
const TEST_DATA_SOURCES = ["packages/normalize/src/providers/__fixtures__/", "packages/test-support/src/"];

// Node globals a browser does not have. `require` is left out: esbuild would refuse to bundle a `require` it cannot resolve.
const NODE_GLOBALS = ["process", "Buffer", "global", "__dirname", "__filename", "setImmediate"];
const MARKER = "__nodeGlobalInBrowserBundle_";

/** Free references to Node globals that cannot run in a browser, by bundle input; each with the reason it is fine. */
const ALLOWED_NODE_GLOBALS: Array<{ input: RegExp; global: string; reason: string }> = [
  {
    input: /\/openapi-fetch\/dist\/index\.mjs$/,
    global: "process",
    reason: 'openapi-fetch reads process.versions behind `typeof process === "object"`',
  },
];

const baseOptions = {
  absWorkingDir: repoRoot,
  entryPoints: [path.join(harnessDir, "page.ts")],
  bundle: true,
  // As a user's bundler would: browser platform, ESM, packages resolved through their `exports`.
  platform: "browser",
  format: "esm",
  write: false,
  logLevel: "silent",
} satisfies BuildOptions;

/** Which bundle input each free reference to a Node global sits in (esbuild heads each input with `// <path>`). */
function nodeGlobalReferences(code: string): Array<{ input: string; global: string }> {
  const references: Array<{ input: string; global: string }> = [];
  let input = "(bundle)";
  for (const line of code.split("\n")) {
    const heading = /^\/\/ (\S+)$/.exec(line);
    if (heading?.[1] !== undefined) input = heading[1];
    for (const match of line.matchAll(new RegExp(`${MARKER}(\\w+)`, "g"))) {
      references.push({ input, global: match[1] ?? "" });
    }
  }
  return references;
}

/**
 * Bundles `page.ts` for the browser and checks what went in: every `@agent-tasks/*` file from a built `dist/`,
 * and no Node global used where a browser would need it. esbuild itself refuses Node built-in modules here.
 */
export async function bundlePage(): Promise<PageBundle> {
  const result = await build({ ...baseOptions, metafile: true });
  const code = result.outputFiles[0]?.text ?? "";
  const inputs = Object.keys(result.metafile.inputs);
  const packageInputs = inputs.filter(
    (input) => input.startsWith("packages/") && !TEST_DATA_SOURCES.some((source) => input.startsWith(source)),
  );
  const notFromDist = packageInputs.filter((input) => !/^packages\/[^/]+\/dist\//.test(input));
  const packagesSeen = new Set(packageInputs.map((input) => input.split("/")[1]));

  // A second build renames free references to Node globals, so they can be found and traced to their input.
  const marked = await build({
    ...baseOptions,
    define: Object.fromEntries(NODE_GLOBALS.map((name) => [name, `${MARKER}${name}`])),
  });
  const references = nodeGlobalReferences(marked.outputFiles[0]?.text ?? "");
  const isAllowed = (reference: { input: string; global: string }) =>
    ALLOWED_NODE_GLOBALS.some((allowed) => allowed.global === reference.global && allowed.input.test(reference.input));
  const unexplained = [...new Set(references.filter((reference) => !isAllowed(reference)).map(describeReference))];
  const explained = ALLOWED_NODE_GLOBALS.filter((allowed) =>
    references.some((reference) => allowed.global === reference.global && allowed.input.test(reference.input)),
  ).map((allowed) => allowed.reason);

  return {
    code,
    checks: [
      {
        name: `bundle: @agent-tasks/* from built dist/ (${[...packagesSeen].sort().join(", ")})`,
        problems: notFromDist.map((input) => `${input} is not a built file`),
        detail: `${(code.length / 1024).toFixed(0)} KiB, ${packageInputs.length} files from packages/*/dist`,
      },
      {
        name: "bundle: no Node built-in module, no unguarded Node global",
        problems: unexplained.map((reference) => `free reference to ${reference}`),
        detail: explained.join("; "),
      },
    ],
  };
}

function describeReference(reference: { input: string; global: string }): string {
  return `${reference.global} in ${reference.input}`;
}
