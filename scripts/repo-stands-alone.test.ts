import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "./lib/specs.js";

// The repository must stand alone: no file may send a reader (or a test) to material outside it, such as the
// team workspace that sat beside the repo (`../shared/...`, a `FACTS.md` there) or a local absolute path
// (`/work/...`, `/home/...`). Provider facts and their public sources live in docs/providers.md instead.
// Checked: every tracked file plus every untracked file git does not ignore, when it is text.

const thisFile = "scripts/repo-stands-alone.test.ts";

/** Each pattern, with what it points at. */
const outsideReferences: Array<[pattern: RegExp, what: string]> = [
  [/\.\.\/shared\b/, "the team workspace beside the repo (../shared)"],
  [/(?<![\w-])shared\/(?:providers|seeds|upstream-specs)\b/, "the team workspace's shared/ folders"],
  [/\bFACTS(?:\.md)?\b/, "FACTS.md, which is not in the repo (see docs/providers.md)"],
  // An absolute path that starts a word: after a quote, a space, a bracket or the line start, not inside a URL
  // (`https://host/home/...`), a relative path (`a/tmp/b`) or a template (`${dir}/tmp/`). Code that needs a
  // temporary folder asks `os.tmpdir()`, so a literal `/tmp/...` is a machine-local path.
  [/(?<![\w.~:/\\$})\]*-])\/(?:work|root|home|tmp)\//, "an absolute path on one machine"],
];

/** The problems on one line of text, as "what (matched text)". */
export function outsideReferencesIn(line: string): string[] {
  return outsideReferences.flatMap(([pattern, what]) => {
    const match = pattern.exec(line);
    return match ? [`${what}: \`${match[0]}\``] : [];
  });
}

function repoFiles(): string[] {
  const list = (...args: string[]) =>
    execFileSync("git", ["ls-files", "-z", ...args], { cwd: repoRoot, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 })
      .split("\0")
      .filter(Boolean);
  const files = new Set([...list(), ...list("--others", "--exclude-standard")]);
  return [...files].filter((file) => {
    const absolute = path.join(repoRoot, file);
    return file !== thisFile && existsSync(absolute) && statSync(absolute).isFile();
  });
}

function isText(bytes: Buffer): boolean {
  return !bytes.subarray(0, 8000).includes(0);
}

describe("the repository stands alone", () => {
  it("has no file that refers to sources outside the repo (../shared, FACTS.md, /work/, /home/, /root/, /tmp/)", () => {
    const found: string[] = [];
    for (const file of repoFiles()) {
      const bytes = readFileSync(path.join(repoRoot, file));
      if (!isText(bytes)) continue;
      bytes
        .toString("utf8")
        .split("\n")
        .forEach((line, index) => {
          for (const problem of outsideReferencesIn(line)) found.push(`${file}:${index + 1}: ${problem}`);
        });
    }
    expect(found).toEqual([]);
  });

  it("lists the tracked files (so the check above is not vacuous)", () => {
    const files = repoFiles();
    expect(files).toContain("README.md");
    expect(files).toContain("specs/browser-use/meta.json");
  });

  // Lines the repository used to have, before docs/providers.md replaced the workspace notes.
  it.each([
    ['const seedsDir = path.resolve(repoRoot, "../shared/seeds");'],
    ["// The seeds sit beside the repo in the team workspace (../shared/seeds); a plain clone has no copy."],
    ['"servers[0].url ... source: /work/shared/providers/FACTS.md (a) browser-use/sdk@44546949",'],
    ["# TEST FIXTURE, never vendored: the Browser Use v2 spec as /work/shared/providers/FACTS.md says"],
    ['        # FACTS.md: "createdAt was added". Its schema is ours.'],
    ["names and the vendors' docs and repositories in `shared/providers/FACTS.md`; BrowserAct has an n8n node"],
    ["// vendors' docs and repositories (shared/providers/FACTS.md); BrowserAct publishes an n8n node, not an SDK."],
    ["  its `format: date-time` even though the API sends naive UTC (see FACTS in the team docs)."],
    ["See `../upstream-specs/SOURCES.md` or ../shared/upstream-specs/SOURCES.md"],
    ['const fixture = "/home/alice/agent-tasks/specs/dari/openapi.yaml";'],
    ["Copied from /root/seeds/004.txt"],
    ["pnpm pack --pack-destination /tmp/packcheck"],
    ["(`/work/shared/seeds/001_76a204803618188f.txt`)"],
  ])("flags %s", (line) => {
    expect(outsideReferencesIn(line)).not.toEqual([]);
  });

  it.each([
    ['import { asRecord } from "../mapping/coerce.js";'],
    ["const scratch = await mkdtemp(path.join(os.tmpdir(), 'agent-tasks-'));"],
    ['const out = path.join(tmpdir(), "pack");'],
    ["See https://example.com/home/docs and https://docs.browseract.com/work/x"],
    ["packages/normalize/src/mapping/to-iso-timestamp.ts"],
    ["[docs/providers.md](../docs/providers.md#browser-use-v2)"],
    ["a relative path such as fixtures/tmp/file.json or $HOME/tmp/x"],
    ["The sha256 of the vendored file is in `meta.json`."],
  ])("does not flag %s", (line) => {
    expect(outsideReferencesIn(line)).toEqual([]);
  });
});
