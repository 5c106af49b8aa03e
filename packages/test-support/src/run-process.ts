import { spawn } from "node:child_process";

/** What a finished process printed, and its exit code (`null` when a signal ended it). */
export interface ProcessRun {
  stdout: string;
  stderr: string;
  code: number | null;
}

/** Runs `node <args>` to its end, with exactly `env` as its environment, and collects what it printed. */
export function runNode(
  args: readonly string[],
  options: { env: NodeJS.ProcessEnv; cwd?: string },
): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...args], { env: options.env, cwd: options.cwd });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString("utf8");
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
    });
    child.once("error", reject);
    child.once("exit", (code) => resolve({ stdout, stderr, code }));
  });
}
