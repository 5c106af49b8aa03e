import { execFile } from "node:child_process";
import { access, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { copyRepo } from "./lib/scratch-repo.js";
import { repoRoot, sha256 } from "./lib/specs.js";
import { SLOW_TEST_TIMEOUT_MS } from "./lib/test-timeouts.js";

// End to end, in temporary copies of the repo: `pnpm specs:update` and `pnpm specs:check` against a spec served from
// 127.0.0.1 or read from a file. Each copy starts from the seed-era Browser Use v2 spec (the fixture seed.yaml, so
// the tests do not depend on what specs/browser-use holds today), regenerated; the new spec is the Browser Use v2 API
// as docs/providers.md ("Changes since the seed") describes it today (a test fixture, never vendored).
// The copies have no dist/ folders, as a fresh clone: specs:update builds what its type-checks read.

const fixturesDir = path.join(repoRoot, "scripts/__fixtures__/browser-use-v2-current");
const newSpecPath = path.join(fixturesDir, "openapi.yaml");
const seedSpecPath = path.join(fixturesDir, "seed.yaml");
const date = "2026-11-22";
/** The mappers of the other providers: an update of Browser Use must never name them. */
const otherProvidersMappers = ["mapDariTaskStatus", "mapHyperbrowserTaskStatus", "mapBrowserActTaskStatus"];

interface Served {
  status: number;
  body: string;
}

let scratch = "";
let server: Server;
let baseUrl = "";
let served: Served = { status: 200, body: "" };
let newSpec = "";

interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

const runIn = (cwd: string, script: string, args: string[]) =>
  new Promise<RunResult>((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", `scripts/${script}.ts`, ...args],
      { cwd, env: { ...process.env, SPECS_UPDATE_DATE: date }, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
const run = (script: string, args: string[]) => runIn(scratch, script, args);

const vendored = () => readFile(path.join(scratch, "specs/browser-use/openapi.yaml"), "utf8");
const meta = async () => JSON.parse(await readFile(path.join(scratch, "specs/browser-use/meta.json"), "utf8"));
const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );

/** A copy of the repo without dist/ folders, with Browser Use v2 back at the seed-era spec and regenerated from it. */
async function seedScratch(prefix: string): Promise<string> {
  const dir = await copyRepo(
    prefix,
    ["package.json", "tsconfig.base.json", "specs", "scripts", ".changeset", "packages"],
    { leaveOut: ["dist"] },
  );
  const seed = await readFile(seedSpecPath, "utf8");
  const metaPath = path.join(dir, "specs/browser-use/meta.json");
  const seedMeta = { ...JSON.parse(await readFile(metaPath, "utf8")), sha256: sha256(seed) };
  await writeFile(path.join(dir, "specs/browser-use/openapi.yaml"), seed);
  await writeFile(metaPath, `${JSON.stringify(seedMeta, null, 2)}\n`);
  for (const file of await readdir(path.join(dir, ".changeset"))) {
    if (file.startsWith("spec-")) await rm(path.join(dir, ".changeset", file));
  }
  const generated = await runIn(dir, "generate", ["browser-use"]);
  if (generated.code !== 0) throw new Error(`generate failed in ${dir}:\n${generated.stderr}`);
  return dir;
}

/** Whether any package of the copy has a dist/ folder. */
async function anyDist(dir: string): Promise<boolean> {
  const packages = await readdir(path.join(dir, "packages"));
  const found = await Promise.all(packages.map((name) => exists(path.join(dir, "packages", name, "dist"))));
  return found.some(Boolean);
}

beforeAll(async () => {
  newSpec = await readFile(newSpecPath, "utf8");
  scratch = await seedScratch("specs-update-");
  server = createServer((_request, response) => {
    response.writeHead(served.status, { "content-type": "application/yaml" });
    response.end(served.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, SLOW_TEST_TIMEOUT_MS);

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await rm(scratch, { recursive: true, force: true });
}, SLOW_TEST_TIMEOUT_MS);

describe("pnpm specs:update against a local server", () => {
  it(
    "refuses an invalid spec and changes nothing",
    async () => {
      const before = await vendored();
      served = { status: 200, body: "openapi: 3.1.0\ninfo: {title: x}\npaths: {}\n" };
      const result = await run("specs-update", ["browser-use", "--from", `${baseUrl}/invalid.yaml`]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain("is not a valid OpenAPI document");
      expect(result.stderr).toContain("Nothing was changed.");
      expect(await vendored()).toBe(before);
    },
    SLOW_TEST_TIMEOUT_MS,
  );

  it(
    "says so on an HTTP error, and when the server is unreachable, and changes nothing",
    async () => {
      const before = await vendored();
      served = { status: 503, body: "down" };
      const httpError = await run("specs-update", ["browser-use", "--from", `${baseUrl}/openapi.yaml`]);
      expect(httpError.code).toBe(2);
      expect(httpError.stderr).toContain("HTTP 503");
      // A port that was just free: nothing listens there, so the connection is refused.
      const closed = createServer();
      await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
      const closedPort = (closed.address() as AddressInfo).port;
      await new Promise((resolve) => closed.close(resolve));
      const offline = await run("specs-update", [
        "browser-use",
        "--from",
        `http://127.0.0.1:${closedPort}/openapi.yaml`,
      ]);
      expect(offline.code).toBe(2);
      expect(offline.stderr).toMatch(/ECONNREFUSED.*offline/);
      expect(await vendored()).toBe(before);
    },
    SLOW_TEST_TIMEOUT_MS,
  );

  it(
    "specs:check reports drift without changing anything (exit 1), and 'could not check' apart (exit 2)",
    async () => {
      const metaPath = path.join(scratch, "specs/browser-use/meta.json");
      await writeFile(metaPath, JSON.stringify({ ...(await meta()), specUrl: `${baseUrl}/openapi.yaml` }, null, 2));
      const before = await vendored();
      served = { status: 200, body: newSpec };
      const drifted = await run("specs-check", ["browser-use"]);
      expect(drifted.code).toBe(1);
      expect(drifted.stdout).toContain("browser-use: DRIFTED (major)");
      expect(drifted.stdout).toContain("TaskView.doneOutput");
      expect(await vendored()).toBe(before);
      served = { status: 500, body: "" };
      const unchecked = await run("specs-check", ["browser-use"]);
      expect(unchecked.code).toBe(2);
      expect(unchecked.stdout).toContain("browser-use: COULD NOT CHECK");
    },
    SLOW_TEST_TIMEOUT_MS,
  );

  describe("updating Browser Use v2 to the fixture, a change normalize's mappers must follow", () => {
    let result: RunResult;
    let url = "";
    let distBefore = true;

    beforeAll(async () => {
      distBefore = await anyDist(scratch);
      served = { status: 200, body: newSpec };
      url = `${baseUrl}/openapi.yaml`;
      result = await run("specs-update", ["browser-use", "--from", url]);
    }, SLOW_TEST_TIMEOUT_MS);

    it("vendors the new spec, records its provenance, regenerates, names the broken mappers and writes changesets", async () => {
      // Exit 3: updated, but normalize no longer type-checks until its mapper follows the new API.
      expect(result.code, result.stderr).toBe(3);

      expect(await vendored()).toBe(newSpec);
      const updated = await meta();
      expect(updated.sha256).toBe(sha256(newSpec));
      expect(updated.retrieved).toBe(date);
      expect(updated.specUrl).toBe(url);
      expect(updated.notes.at(-1)).toContain(`from ${url}`);

      const types = await readFile(path.join(scratch, "packages/browser-use/src/generated/browser-use.ts"), "utf8");
      expect(types).toContain(sha256(newSpec));
      expect(types).toMatch(/output\?: string \| null/);
      expect(types).not.toContain("doneOutput");
      expect(types).toContain('"created"');

      const report = result.stdout;
      expect(report).toMatch(/Breaking/);
      expect(report).toContain("TaskView.doneOutput");
      expect(report).toContain('"paused"');
      expect(report).toContain('"created"');
      expect(report).toContain("@agent-tasks/normalize: **no longer type-checks**");
      // Which of normalize's files break (mappers, fixtures, type tests) is the compiler's word on normalize as it is
      // today: which task shapes it reads is normalize's business, so this test names no mapper.
      expect(report).not.toContain("reads a removed field");

      const changeset = await readFile(path.join(scratch, `.changeset/spec-browser-use-${date}.md`), "utf8");
      // 0.x: a breaking change is a minor bump (changesets' "major" would jump 0.1.0 to 1.0.0).
      expect(changeset.startsWith('---\n"@agent-tasks/browser-use": minor\n---\n')).toBe(true);
      expect(changeset).toContain("TaskView.doneOutput");
      // normalize's changeset is written only when one of its mappers stopped compiling, and then names them.
      const normalizeChangeset = await readFile(
        path.join(scratch, `.changeset/spec-browser-use-${date}-normalize.md`),
        "utf8",
      ).catch(() => null);
      const mappersSection = report.split("### Normalize mappers to update")[1];
      expect(normalizeChangeset === null).toBe(mappersSection === undefined);
      if (normalizeChangeset !== null) {
        expect(normalizeChangeset.startsWith('---\n"@agent-tasks/normalize": minor\n---\n')).toBe(true);
        expect(normalizeChangeset).toMatch(/These mappers stopped type-checking/);
        expect(normalizeChangeset).not.toContain("is now the new task type");
      }
    });

    it("exit 3 means a dependent package broke: the message names the provider's dependents, not the provider", () => {
      expect(result.code).toBe(3);
      expect(result.stderr).toContain("A package that depends on @agent-tasks/browser-use no longer type-checks");
      expect(result.stderr).not.toContain("itself no longer");
    });

    it("in a copy without dist/ folders, builds what the type-checks read first, so only the updated provider's mappers are blamed", async () => {
      expect(distBefore, "the copy starts without dist/ folders, as a fresh clone").toBe(false);
      expect(result.stdout).not.toMatch(/Cannot find module '@agent-tasks\//);
      for (const mapper of otherProvidersMappers) expect(result.stdout).not.toContain(mapper);
      expect(result.stdout).not.toMatch(
        /packages\/normalize\/src\/providers\/(?:__fixtures__\/)?(?:dari|hyperbrowser|browseract|browser-use-v1)\b/,
      );
      const normalizeChangeset = await readFile(
        path.join(scratch, `.changeset/spec-browser-use-${date}-normalize.md`),
        "utf8",
      ).catch(() => "");
      for (const mapper of otherProvidersMappers) expect(normalizeChangeset).not.toContain(mapper);
    });

    it(
      "running it again finds nothing to do",
      async () => {
        const again = await run("specs-update", ["browser-use", "--from", url]);
        expect(again.code).toBe(0);
        expect(again.stdout).toContain("already this document");
      },
      SLOW_TEST_TIMEOUT_MS,
    );
  });
});

describe("pnpm specs:update when only the provider package's own type test breaks", () => {
  let dir = "";
  let result: RunResult;

  beforeAll(async () => {
    dir = await seedScratch("specs-update-provider-");
    // A type test of the provider's own that pins the spec as it is: there is no GET /tasks.
    await writeFile(
      path.join(dir, "packages/browser-use/src/spec-pin.test-d.ts"),
      [
        'import type { paths } from "./generated/browser-use.js";',
        "",
        "// @ts-expect-error the spec has no GET /tasks",
        'export type ListTasks = paths["/tasks"];',
        "",
      ].join("\n"),
    );
    // The new spec only adds GET /tasks: nothing normalize reads changes.
    const document = parse(await readFile(seedSpecPath, "utf8")) as { paths: Record<string, unknown> };
    document.paths["/tasks"] = {
      get: {
        summary: "List tasks",
        security: [{ APIKeyHeader: [] }],
        responses: {
          "200": {
            description: "The tasks.",
            content: {
              "application/json": { schema: { type: "array", items: { $ref: "#/components/schemas/TaskView" } } },
            },
          },
        },
      },
    };
    const specFile = path.join(dir, "list-tasks.yaml");
    await writeFile(specFile, stringify(document));
    result = await runIn(dir, "specs-update", ["browser-use", "--from", specFile]);
  }, SLOW_TEST_TIMEOUT_MS);

  afterAll(async () => {
    if (dir !== "") await rm(dir, { recursive: true, force: true });
  }, SLOW_TEST_TIMEOUT_MS);

  it("exits 4, saying the provider package itself broke and no dependent did", () => {
    expect(result.code, result.stderr).toBe(4);
    expect(result.stderr).toContain("@agent-tasks/browser-use itself no longer builds or type-checks");
    expect(result.stderr).not.toContain("A package that depends on");
    expect(result.stdout).toContain("- @agent-tasks/browser-use: **no longer type-checks**");
    expect(result.stdout).toMatch(/`packages\/browser-use\/src\/spec-pin\.test-d\.ts:3`: TS2578/);
    expect(result.stdout).not.toContain("@agent-tasks/normalize: **no longer type-checks**");
    expect(result.stdout).not.toContain("### Normalize mappers to update");
  });

  it("writes the provider's changeset but none for normalize, whose task type did not change", async () => {
    const changeset = await readFile(path.join(dir, `.changeset/spec-browser-use-${date}.md`), "utf8");
    expect(changeset.startsWith('---\n"@agent-tasks/browser-use": patch\n---\n')).toBe(true);
    expect(changeset).toContain("`GET /tasks`: added");
    expect(await exists(path.join(dir, `.changeset/spec-browser-use-${date}-normalize.md`))).toBe(false);
    expect(result.stdout).not.toContain("is now the new task type");
  });
});
