import { type ChildProcess, spawn } from "node:child_process";
import { closedPort } from "./real-server.js";

// A real Redis for the tests and benchmarks of the BullMQ package: `redis-server` (Debian's package; `.ci/run`
// installs it) started on a free port of 127.0.0.1, without persistence, and stopped when asked. Nothing is mocked
// at the Redis level.

/** A redis-server this process started. */
export interface RedisServer {
  readonly host: "127.0.0.1";
  readonly port: number;
  /** `redis://127.0.0.1:<port>` */
  readonly url: string;
  /** Stops the server (SIGTERM, then SIGKILL after 5 s) and resolves once it exited. */
  stop(): Promise<void>;
}

const NOT_INSTALLED =
  "redis-server was not found. Install it (Debian or Ubuntu: `apt-get install -y redis-server`; `.ci/run` does), " +
  "or point REDIS_SERVER at its binary.";

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}

/** Starts one redis-server and resolves once it accepts connections. Retries on a port taken meanwhile. */
async function startOnce(port: number): Promise<RedisServer | "port-taken"> {
  const binary = process.env.REDIS_SERVER ?? "redis-server";
  const child = spawn(
    binary,
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--loglevel", "warning"],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  const collect = (chunk: Buffer) => {
    output += chunk.toString("utf8");
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  let timer: ReturnType<typeof setInterval> | undefined;
  let deadline: ReturnType<typeof setTimeout> | undefined;
  const outcome = await new Promise<"ready" | "port-taken" | Error>((resolve) => {
    timer = setInterval(async () => {
      if (await answersPing(port)) resolve("ready");
    }, 50);
    deadline = setTimeout(
      () => resolve(new Error(`redis-server did not answer on port ${port} within 20 s: ${output}`)),
      20_000,
    );
    child.once("error", (error: NodeJS.ErrnoException) =>
      resolve(error.code === "ENOENT" ? new Error(NOT_INSTALLED) : error),
    );
    child.once("exit", (code) =>
      resolve(
        /Address already in use/i.test(output)
          ? "port-taken"
          : new Error(`redis-server exited with code ${code} before it was ready: ${output.trim()}`),
      ),
    );
  });
  clearInterval(timer);
  clearTimeout(deadline);
  if (outcome !== "ready") {
    child.kill("SIGKILL");
    await exited(child);
    if (outcome === "port-taken") return outcome;
    throw outcome;
  }
  child.stdout?.removeListener("data", collect);
  child.stderr?.removeListener("data", collect);
  return {
    host: "127.0.0.1",
    port,
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      const kill = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await exited(child);
      clearTimeout(kill);
    },
  };
}

/** Whether a Redis on `port` answers `PING` (RESP, over a raw socket: no client library needed). */
async function answersPing(port: number): Promise<boolean> {
  const { createConnection } = await import("node:net");
  return new Promise((resolve) => {
    const socket = createConnection({ host: "127.0.0.1", port });
    const done = (answer: boolean) => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(1_000, () => done(false));
    socket.once("error", () => done(false));
    socket.once("connect", () => socket.write("PING\r\n"));
    socket.once("data", (data) => done(data.toString("utf8").startsWith("+PONG")));
  });
}

/** Starts a real redis-server on a free port of 127.0.0.1; `stop()` it when done. */
export async function startRedisServer(): Promise<RedisServer> {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const started = await startOnce(await closedPort());
    if (started !== "port-taken") return started;
  }
  throw new Error("redis-server: no free port found in 5 tries");
}
