import { execFile } from "node:child_process";
import { readFile, rm, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyRepo } from "./lib/scratch-repo.js";
import { repoRoot, sha256 } from "./lib/specs.js";
import { SLOW_TEST_TIMEOUT_MS } from "./lib/test-timeouts.js";

// End to end, in a temporary copy of the repo: `pnpm specs:update` and `pnpm specs:check` against a spec served from
// 127.0.0.1. The new spec is the Browser Use v2 API as docs/providers.md ("Changes since the seed") describes it today (a test fixture, never vendored).
// Runs after `pnpm build` (as `pnpm test` does): the copy type-checks normalize against the rebuilt package.

const newSpecPath = path.join(repoRoot, "scripts/__fixtures__/browser-use-v2-current/openapi.yaml");
const date = "2026-11-22";

interface Served {
  status: number;
  body: string;
}

let scratch = "";
let server: Server;
let baseUrl = "";
let served: Served = { status: 200, body: "" };
let newSpec = "";

const run = (script: string, args: string[]) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", `scripts/${script}.ts`, ...args],
      { cwd: scratch, env: { ...process.env, SPECS_UPDATE_DATE: date }, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });

const vendored = () => readFile(path.join(scratch, "specs/browser-use/openapi.yaml"), "utf8");
const meta = async () => JSON.parse(await readFile(path.join(scratch, "specs/browser-use/meta.json"), "utf8"));

beforeAll(async () => {
  newSpec = await readFile(newSpecPath, "utf8");
  scratch = await copyRepo("specs-update-", [
    "package.json",
    "tsconfig.base.json",
    "specs",
    "scripts",
    ".changeset",
    "packages",
  ]);
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

  it(
    "vendors the new spec, records its provenance, regenerates, names the broken mappers and writes changesets",
    async () => {
      served = { status: 200, body: newSpec };
      const url = `${baseUrl}/openapi.yaml`;
      const result = await run("specs-update", ["browser-use", "--from", url]);
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
      expect(report).toContain("### Normalize mappers to update");
      // The mapper reads raw fields through the generated schema's names, so the removed field is the compiler's
      // own error, in the mapper that reads it, naming the field.
      expect(report).toMatch(
        /`normalizeBrowserUseTask` \(`packages\/normalize\/src\/providers\/browser-use\.ts:\d+`\): TS2339: Property 'doneOutput' does not exist on type 'Fields</,
      );
      expect(report).not.toContain("reads a removed field");
      expect(report).toMatch(
        /`mapBrowserUseTaskStatus` \(`packages\/normalize\/src\/providers\/browser-use\.ts:\d+`\)/,
      );

      const changeset = await readFile(path.join(scratch, `.changeset/spec-browser-use-${date}.md`), "utf8");
      // 0.x: a breaking change is a minor bump (changesets' "major" would jump 0.1.0 to 1.0.0).
      expect(changeset.startsWith('---\n"@agent-tasks/browser-use": minor\n---\n')).toBe(true);
      expect(changeset).toContain("TaskView.doneOutput");
      const normalizeChangeset = await readFile(
        path.join(scratch, `.changeset/spec-browser-use-${date}-normalize.md`),
        "utf8",
      );
      expect(normalizeChangeset.startsWith('---\n"@agent-tasks/normalize": minor\n---\n')).toBe(true);
      expect(normalizeChangeset).toContain("`mapBrowserUseTaskStatus`");
      expect(normalizeChangeset).toContain("`normalizeBrowserUseTask`");
      expect(normalizeChangeset).not.toContain("is now the new task type");

      // Running it again finds nothing to do.
      const again = await run("specs-update", ["browser-use", "--from", url]);
      expect(again.code).toBe(0);
      expect(again.stdout).toContain("already this document");
    },
    SLOW_TEST_TIMEOUT_MS,
  );
});
