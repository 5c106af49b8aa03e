import { execFile } from "node:child_process";
import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyRepo } from "./lib/scratch-repo.js";
import { repoRoot } from "./lib/specs.js";
import { SLOW_TEST_TIMEOUT_MS } from "./lib/test-timeouts.js";

// `pnpm changeset:check` in a scratch git repository: each case commits one change on top of a base commit and
// checks the last commit, as CI does on a fresh clone of main.

const exec = promisify(execFile);
let scratch = "";

const git = (...args: string[]) =>
  exec("git", ["-c", "user.email=ci@example.test", "-c", "user.name=ci", ...args], { cwd: scratch });

const check = () =>
  exec(process.execPath, ["--import", "tsx", "scripts/check-changeset.ts"], { cwd: scratch }).then(
    ({ stdout }) => ({ code: 0, output: stdout }),
    (error: { code: number; stdout: string; stderr: string }) => ({
      code: error.code,
      output: `${error.stdout}${error.stderr}`,
    }),
  );

async function commit(files: Record<string, string>): Promise<void> {
  for (const [file, contents] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(scratch, file)), { recursive: true });
    await writeFile(path.join(scratch, file), contents);
  }
  await git("add", "-A");
  await git("commit", "-qm", "change");
}

beforeAll(async () => {
  const manifests = (await readdir(path.join(repoRoot, "packages"))).map((dir) => `packages/${dir}/package.json`);
  scratch = await copyRepo("changeset-check-", ["scripts", "package.json", ".changeset/config.json", ...manifests]);
  await writeFile(path.join(scratch, ".gitignore"), "node_modules\n");
  await git("init", "-q");
  await git("add", "-A");
  await git("commit", "-qm", "base");
}, SLOW_TEST_TIMEOUT_MS);

afterAll(() => rm(scratch, { recursive: true, force: true }), SLOW_TEST_TIMEOUT_MS);

describe("pnpm changeset:check", () => {
  it(
    "fails when a published package's source changes without a changeset, naming the package",
    async () => {
      await commit({ "packages/dari/src/new-feature.ts": "export const feature = 1;\n" });
      const result = await check();
      expect(result.code).toBe(1);
      expect(result.output).toContain("@agent-tasks/dari: NO CHANGESET");
      expect(result.output).toContain("@agent-tasks/dari changed without a changeset");
    },
    SLOW_TEST_TIMEOUT_MS,
  );

  it(
    "passes when the same commit adds a changeset naming the package",
    async () => {
      await commit({
        "packages/dari/src/new-feature.ts": "export const feature = 2;\n",
        ".changeset/dari-feature.md": '---\n"@agent-tasks/dari": minor\n---\n\nA feature.\n',
      });
      expect(await check()).toEqual({ code: 0, output: expect.stringContaining("@agent-tasks/dari: changeset found") });
    },
    SLOW_TEST_TIMEOUT_MS,
  );

  it(
    "fails when the changeset names a different package",
    async () => {
      await commit({
        "packages/browseract/README.md": "# changed\n",
        ".changeset/other.md": '---\n"@agent-tasks/dari": patch\n---\n\nSomething else.\n',
      });
      const result = await check();
      expect(result.code).toBe(1);
      expect(result.output).toContain("@agent-tasks/browseract: NO CHANGESET");
    },
    SLOW_TEST_TIMEOUT_MS,
  );

  it(
    "passes for changes that never ship: tests, fixtures, test-support, typedoc config",
    async () => {
      await commit({
        "packages/dari/src/new-feature.test.ts": "// test\n",
        "packages/dari/src/__fixtures__/job.ts": "export {};\n",
        "packages/test-support/src/helper.ts": "export {};\n",
        "packages/core/typedoc.json": "{}\n",
      });
      expect(await check()).toEqual({ code: 0, output: expect.stringContaining("no published package changed") });
    },
    SLOW_TEST_TIMEOUT_MS,
  );

  it(
    "accepts an empty changeset as 'no release needed'",
    async () => {
      await commit({
        "packages/hyperbrowser/src/internal.ts": "export {};\n",
        ".changeset/no-release.md": "---\n---\n",
      });
      expect(await check()).toEqual({ code: 0, output: expect.stringContaining("no release needed") });
    },
    SLOW_TEST_TIMEOUT_MS,
  );
});
