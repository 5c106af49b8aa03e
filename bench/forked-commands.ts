/**
 * Commands answered by a forked child process over IPC, both sides of it. A bench file that runs part of its work
 * in a child of its own (a server whose CPU time and memory must not be counted as the client's) keeps a table of
 * commands: the child (the file itself, started by `fork`) answers them with `serveCommands`, and the parent
 * starts that child with `forkCommands` and runs the commands through `call`.
 */
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";

/** The commands a child answers, by name: each takes at most one payload and returns (or resolves with) its result. */
type CommandTable = Record<string, (payload: never) => unknown>;

/** What the parent sends to run one command. */
interface CommandMessage {
  id: number;
  name: string;
  payload: unknown;
}

/** What the child answers to a `CommandMessage`: the command's result, or its error's stack (or message). */
interface ReplyMessage {
  id: number;
  result?: unknown;
  error?: string;
}

/**
 * Runs in the child: answers each command the parent sends with its result or error, exits once the parent
 * disconnects (Ctrl-C or a crash must not leave it serving), and then tells the parent it is ready.
 */
export function serveCommands(commands: CommandTable): void {
  const send = process.send?.bind(process);
  if (send === undefined) throw new Error("serveCommands runs in a forked child: there is no IPC channel");
  process.on("message", async (message: unknown) => {
    const { id, name, payload } = message as CommandMessage;
    try {
      const command = commands[name] as ((payload: unknown) => unknown) | undefined;
      if (command === undefined) throw new Error(`unknown command ${String(name)}`);
      send({ id, result: await command(payload) } satisfies ReplyMessage);
    } catch (error) {
      send({
        id,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      } satisfies ReplyMessage);
    }
  });
  process.on("disconnect", () => process.exit(0));
  send({ ready: true });
}

/** The parent's handle on a child started by `forkCommands`. */
export interface ForkedCommands<Commands extends CommandTable> {
  /** Runs one of the child's commands and resolves with what it returned; rejects with an `Error` if it threw. */
  call<Name extends keyof Commands & string>(
    name: Name,
    ...payload: Parameters<Commands[Name]>
  ): Promise<Awaited<ReturnType<Commands[Name]>>>;
  /** Ends the child process and resolves once it exited. */
  stop(): Promise<void>;
}

/** How `forkCommands` words its errors. */
interface ForkOptions {
  /** Starts the message of each error the child's commands throw with `<label>: `. */
  prefixErrors?: boolean;
}

/**
 * Forks the module at `moduleUrl` (the caller's `import.meta.url`; it must call `serveCommands` when started so)
 * and resolves once it is ready for commands. The child inherits this process's `execArgv`, which under `tsx`
 * carries the TypeScript loader. `label` names the child in errors: it exiting before it is ready rejects with
 * "<label> exited early with code <code>".
 */
export async function forkCommands<Commands extends CommandTable>(
  moduleUrl: string,
  label: string,
  { prefixErrors = false }: ForkOptions = {},
): Promise<ForkedCommands<Commands>> {
  const child = fork(fileURLToPath(moduleUrl), [], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let nextId = 1;

  await new Promise<void>((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`${label} exited early with code ${code}`));
    child.once("exit", onExit);
    child.once("error", reject);
    child.on("message", function onReady(message: unknown) {
      if ((message as { ready?: unknown }).ready !== true) return;
      child.off("message", onReady);
      child.off("exit", onExit);
      resolve();
    });
  });

  child.on("message", (message: unknown) => {
    const reply = message as Partial<ReplyMessage>;
    if (typeof reply.id !== "number") return;
    const waiter = pending.get(reply.id);
    pending.delete(reply.id);
    if (reply.error !== undefined) waiter?.reject(new Error(prefixErrors ? `${label}: ${reply.error}` : reply.error));
    else waiter?.resolve(reply.result);
  });

  return {
    call: (name, ...payload) =>
      new Promise((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
        child.send({ id, name, payload: payload[0] } satisfies CommandMessage);
      }),
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill();
      await exited;
    },
  };
}
