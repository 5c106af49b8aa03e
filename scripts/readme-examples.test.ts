import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import ts from "typescript";
import { afterAll, expect, it } from "vitest";
import { type Block, extractBlocks } from "./lib/readme-blocks.js";
import { repoRoot } from "./lib/specs.js";
import { SLOW_TEST_TIMEOUT_MS } from "./lib/test-timeouts.js";

// Every ```ts / ```typescript block in README.md and packages/*/README.md must compile as written.
//
// Each block is one ES module: it imports what it uses from `@agent-tasks/*`, as a reader would. A value the block
// uses but does not make (an id from elsewhere, a raw task read earlier) is declared in the block itself, in plain
// sight, right after its imports:
//
//   declare const jobId: string;
//
// Nothing is added around a block here: what the reader sees is exactly what is compiled.
//
// The blocks are written to scripts/.readme-examples/ (git-ignored), inside the repo so that `@agent-tasks/*`
// resolve through the workspace node_modules to the built packages: run `pnpm build` first (`pnpm test` does).
// They are type-checked with tsconfig.base.json's strict options, `module: nodenext`, `noEmit`, `skipLibCheck`
// and Node's types. A failure reads `README.md block N (line L): <diagnostic>`, L being the block's first line.

const scratchDir = path.join(repoRoot, "scripts/.readme-examples");

async function readmes(): Promise<string[]> {
  const packages = await readdir(path.join(repoRoot, "packages"), { withFileTypes: true });
  const packageReadmes = packages
    .filter((entry) => entry.isDirectory())
    .map((entry) => `packages/${entry.name}/README.md`)
    .sort();
  const all = ["README.md", ...packageReadmes];
  const present = await Promise.all(
    all.map((file) =>
      readFile(path.join(repoRoot, file), "utf8").then(
        () => file,
        () => null,
      ),
    ),
  );
  return present.filter((file): file is string => file !== null);
}

function compilerOptions(): ts.CompilerOptions {
  const configPath = path.join(repoRoot, "tsconfig.base.json");
  const { config, error } = ts.readConfigFile(configPath, ts.sys.readFile);
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, "\n"));
  const { options } = ts.convertCompilerOptionsFromJson(config.compilerOptions, repoRoot, configPath);
  return {
    ...options,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    noEmit: true,
    skipLibCheck: true,
    types: ["node"],
    declaration: false,
    declarationMap: false,
    sourceMap: false,
  };
}

afterAll(() => rm(scratchDir, { recursive: true, force: true }), SLOW_TEST_TIMEOUT_MS);

it("finds the README code blocks", async () => {
  const blocks = (
    await Promise.all(
      (await readmes()).map(async (file) => extractBlocks(file, await readFile(path.join(repoRoot, file), "utf8"))),
    )
  ).flat();
  expect(blocks.filter((block) => block.readme === "README.md").length).toBeGreaterThan(5);
});

it(
  "compiles every ts block of README.md and packages/*/README.md as written",
  async () => {
    const blocks = (
      await Promise.all(
        (await readmes()).map(async (file) => extractBlocks(file, await readFile(path.join(repoRoot, file), "utf8"))),
      )
    ).flat();
    await rm(scratchDir, { recursive: true, force: true });
    await mkdir(scratchDir, { recursive: true });
    const fileToBlock = new Map<string, Block>();
    for (const block of blocks) {
      const name = `${block.readme.replace(/[/.]/g, "_")}-block-${block.index}.ts`;
      const file = path.join(scratchDir, name);
      await writeFile(file, block.code);
      fileToBlock.set(path.normalize(file), block);
    }

    const program = ts.createProgram([...fileToBlock.keys()], compilerOptions());
    const failures = ts.getPreEmitDiagnostics(program).map((diagnostic) => {
      const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n");
      const block = diagnostic.file ? fileToBlock.get(path.normalize(diagnostic.file.fileName)) : undefined;
      if (!block || !diagnostic.file || diagnostic.start === undefined) {
        return `${diagnostic.file?.fileName ?? "(no file)"}: TS${diagnostic.code}: ${message}`;
      }
      const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
      return `${block.readme} block ${block.index} (line ${block.line}): line ${block.line + line}: TS${diagnostic.code}: ${message}`;
    });
    expect(failures).toEqual([]);
  },
  SLOW_TEST_TIMEOUT_MS,
);

it("reports blocks by README, number and line", () => {
  const text = [
    "# Title",
    "",
    "```ts",
    "const a = 1;",
    "```",
    "",
    "```sh",
    "ls",
    "```",
    "```typescript",
    "x;",
    "```",
  ].join("\n");
  expect(extractBlocks("README.md", text)).toEqual([
    { readme: "README.md", index: 1, line: 4, code: "const a = 1;\n" },
    { readme: "README.md", index: 2, line: 11, code: "x;\n" },
  ]);
});
