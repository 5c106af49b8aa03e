import { cp, mkdtemp, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { repoRoot } from "./specs.js";

/**
 * A temporary copy of part of the repo, for tests that run our scripts where they may change files: `entries` are
 * repo-relative paths (folders are copied whole, symlinks as links, `.turbo` caches left out), and `node_modules`
 * is linked to the real one. `leaveOut` names folders to skip wherever they are (`["dist"]` copies the packages as
 * a fresh clone has them, unbuilt). The caller removes the folder.
 */
export async function copyRepo(
  prefix: string,
  entries: string[],
  options: { leaveOut?: string[] } = {},
): Promise<string> {
  const leaveOut = new Set([".turbo", ...(options.leaveOut ?? [])]);
  const scratch = await mkdtemp(path.join(tmpdir(), prefix));
  for (const entry of entries) {
    await cp(path.join(repoRoot, entry), path.join(scratch, entry), {
      recursive: true,
      verbatimSymlinks: true,
      filter: (source) =>
        !path
          .relative(repoRoot, source)
          .split(path.sep)
          .some((segment) => leaveOut.has(segment)),
    });
  }
  await symlink(path.join(repoRoot, "node_modules"), path.join(scratch, "node_modules"));
  return scratch;
}
