import { execFile } from "node:child_process";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, expect, it } from "vitest";
import { extractBlocks } from "./lib/readme-blocks.js";
import { repoRoot } from "./lib/specs.js";
import { SLOW_TEST_TIMEOUT_MS } from "./lib/test-timeouts.js";

// The README blocks that are vitest tests (they import from "vitest") are run here, as a user runs them, not only
// type-checked (readme-examples.test.ts does that for every block): each is written to scripts/.readme-tests/
// (git-ignored; inside the repo so `@agent-tasks/*` resolve to the built packages) and run by a vitest child
// process with a bare config. A failing example fails this test with vitest's report.

const exec = promisify(execFile);
const scratchDir = path.join(repoRoot, "scripts/.readme-tests");
const readmesWithTests = ["packages/testing/README.md", "README.md"];

afterAll(() => rm(scratchDir, { recursive: true, force: true }), SLOW_TEST_TIMEOUT_MS);

it(
  "runs every vitest example of the READMEs, and they pass",
  async () => {
    const blocks = (
      await Promise.all(
        readmesWithTests.map(async (file) => extractBlocks(file, await readFile(path.join(repoRoot, file), "utf8"))),
      )
    )
      .flat()
      .filter((block) => /from "vitest"/.test(block.code));
    // The testing package's README has the vitest example; the main README's "Testing your code" shows one too.
    expect(blocks.map((block) => block.readme)).toEqual(expect.arrayContaining(readmesWithTests));

    await rm(scratchDir, { recursive: true, force: true });
    await mkdir(scratchDir, { recursive: true });
    await writeFile(
      path.join(scratchDir, "vitest.config.mjs"),
      'export default { test: { include: ["*.example.ts"] } };\n',
    );
    const names = new Map<string, string>();
    for (const block of blocks) {
      const name = `${block.readme.replace(/[/.]/g, "_")}-block-${block.index}.example.ts`;
      names.set(name, `${block.readme} block ${block.index} (line ${block.line})`);
      await writeFile(path.join(scratchDir, name), block.code);
    }

    const vitest = path.join(repoRoot, "node_modules/vitest/vitest.mjs");
    const result = await exec(process.execPath, [vitest, "run", "--reporter=json"], {
      cwd: scratchDir,
      maxBuffer: 64 * 1024 * 1024,
    }).catch((error: { stdout?: string; stderr?: string }) => error);
    const report = JSON.parse(result.stdout ?? "{}") as {
      testResults?: {
        name: string;
        status: string;
        message: string;
        assertionResults: { fullName: string; status: string; failureMessages: string[] }[];
      }[];
    };
    // Every block ran as a file of its own and passed: a block that fails to load reports no test, only its file.
    const files = (report.testResults ?? []).map((file) => ({
      where: names.get(path.basename(file.name)) ?? file.name,
      status: file.status,
      message: file.message.split("\n").slice(0, 8).join("\n"),
    }));
    expect(files.map((file) => file.where).sort(), `not every block ran:\n${result.stderr ?? ""}`).toEqual(
      [...names.values()].sort(),
    );
    expect(files.filter((file) => file.status !== "passed")).toEqual([]);
    const outcomes = (report.testResults ?? []).flatMap((file) =>
      file.assertionResults.map((test) => ({
        where: names.get(path.basename(file.name)) ?? file.name,
        test: test.fullName,
        status: test.status,
        failure: test.failureMessages.join("\n").split("\n").slice(0, 8).join("\n"),
      })),
    );
    expect(outcomes.length, `no test ran:\n${result.stderr ?? ""}`).toBeGreaterThanOrEqual(blocks.length);
    expect(outcomes.filter((outcome) => outcome.status !== "passed")).toEqual([]);
  },
  SLOW_TEST_TIMEOUT_MS,
);
