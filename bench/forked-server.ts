import { fork } from "node:child_process";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";

/** A command from the benchmark to its forked server; answered by one `ServerReply` with the same `id`. */
interface ServerCommand {
  id: number;
  name: string;
  payload: unknown;
}

interface ServerReply {
  id: number;
  result?: unknown;
  error?: string;
}

interface ReadyMessage {
  ready: true;
  port: number;
}

/** A mock API running in its own process, so its CPU time is not billed to the clients being measured. */
export interface ForkedServer {
  /** `http://127.0.0.1:<port>`. */
  origin: string;
  /** Runs one of the server's command handlers and resolves with what it returned. */
  call<Result>(name: string, payload?: unknown): Promise<Result>;
  /** Ends the server process. */
  stop(): Promise<void>;
}

/**
 * Forks `moduleUrl` (a server file that calls `serveCommands`) and waits until it listens.
 * The child inherits this process's `execArgv`, which under `tsx` carries the TypeScript loader.
 */
export async function forkServer(moduleUrl: URL, args: string[] = []): Promise<ForkedServer> {
  const child = fork(fileURLToPath(moduleUrl), args, { stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let nextId = 1;

  const port = await new Promise<number>((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`bench server exited early with code ${code}`));
    child.once("exit", onExit);
    child.once("error", reject);
    child.on("message", function onReady(message: unknown) {
      const ready = message as Partial<ReadyMessage>;
      if (ready.ready !== true || typeof ready.port !== "number") return;
      child.off("message", onReady);
      child.off("exit", onExit);
      resolve(ready.port);
    });
  });

  child.on("message", (message: unknown) => {
    const reply = message as Partial<ServerReply>;
    if (typeof reply.id !== "number") return;
    const waiter = pending.get(reply.id);
    pending.delete(reply.id);
    if (reply.error !== undefined) waiter?.reject(new Error(reply.error));
    else waiter?.resolve(reply.result);
  });

  return {
    origin: `http://127.0.0.1:${port}`,
    call: <Result>(name: string, payload?: unknown) =>
      new Promise<Result>((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
        child.send({ id, name, payload } satisfies ServerCommand);
      }),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) {
          resolve();
          return;
        }
        child.once("exit", () => resolve());
        child.kill();
      }),
  };
}

/** Server side of `forkServer`: listens on 127.0.0.1 (port 0), announces the port, and answers commands. */
export async function serveCommands(
  server: Server,
  handlers: Record<string, (payload: unknown) => unknown>,
): Promise<void> {
  const send = process.send?.bind(process);
  if (send === undefined) throw new Error("this file is a bench server; start it with forkServer()");
  // A deep accept queue, so a thousand connections opened at once are not refused or made to retry.
  await new Promise<void>((resolve) => server.listen({ port: 0, host: "127.0.0.1", backlog: 4096 }, resolve));
  process.on("message", async (message: unknown) => {
    const command = message as ServerCommand;
    const handler = handlers[command.name];
    try {
      if (handler === undefined) throw new Error(`unknown command ${command.name}`);
      send({ id: command.id, result: await handler(command.payload) } satisfies ServerReply);
    } catch (error) {
      send({ id: command.id, error: String(error) } satisfies ServerReply);
    }
  });
  // The parent going away (Ctrl-C, crash) must not leave this process listening.
  process.on("disconnect", () => process.exit(0));
  send({ ready: true, port: (server.address() as AddressInfo).port } satisfies ReadyMessage);
}
