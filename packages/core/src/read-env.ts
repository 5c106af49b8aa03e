type ProcessLike = { process?: { env?: Record<string, string | undefined> } };

/** Reads an environment variable where `process.env` exists (Node, Bun, Deno's compat layer), else `undefined`. */
export function readEnv(name: string): string | undefined {
  const value = (globalThis as ProcessLike).process?.env?.[name];
  return value === undefined || value.trim() === "" ? undefined : value;
}
