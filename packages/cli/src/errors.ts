/** A command line that cannot run: exit code 3, its message and a hint at `--help`. */
export class UsageError extends Error {
  override name = "UsageError";
}
