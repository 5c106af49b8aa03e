// `agent-tasks`: run, follow, stop and list agent tasks on any provider, from the command line.
import { readFile } from "node:fs/promises";
import { createInterface } from "node:readline";
import {
  type AgentTask,
  getTask,
  listTasks,
  startTask,
  stopTask,
  WaitTimeoutError,
  watchTask,
} from "@agent-tasks/normalize";
import { Command, CommanderError, Option } from "commander";
import { UsageError } from "./errors.js";
import { EXIT, exitCodesHelp, exitForError, exitForStatus } from "./exit-codes.js";
import { type CliProvider, cliProviders, type ProviderSettings, providerNamed } from "./providers.js";
import { createOutput, type Output, type OutputMode, type Terminal, taskJson } from "./render.js";
import { simulate } from "./simulate.js";

interface GlobalOptions {
  json?: boolean;
  apiKeyEnv?: string;
  baseUrl?: string;
  agent?: string;
  org?: string;
  endpoint?: string;
}

interface FollowOptions {
  timeout?: string;
  stopOnExit?: boolean;
  keepRunning?: boolean;
}

/** What `main` needs from its process, so tests and the bin share it. */
export interface Io extends Terminal {
  stdin: NodeJS.ReadStream;
}

const providerList = cliProviders
  .map((provider) => `  ${provider.id.padEnd(16)} ${provider.label} (key: ${provider.apiKeyEnvVar})`)
  .join("\n");

function settingsOf(provider: CliProvider, options: GlobalOptions, env: NodeJS.ProcessEnv): ProviderSettings {
  const keyVar = options.apiKeyEnv ?? provider.apiKeyEnvVar;
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(keyVar)) {
    // Never repeated: a key passed here by mistake must not be printed.
    throw new UsageError("--api-key-env takes the name of an environment variable (letters, digits, _)");
  }
  const apiKey = env[keyVar]?.trim() ?? "";
  if (apiKey === "") {
    const error = new UsageError(
      `no API key for ${provider.label}: set ${keyVar}${options.apiKeyEnv === undefined ? " (or name another variable with --api-key-env)" : ""}`,
    );
    (error as { exitCode?: number }).exitCode = EXIT.authOrNotFound;
    throw error;
  }
  return {
    apiKey,
    baseUrl: options.baseUrl ?? env[provider.baseUrlEnvVar],
    agent: options.agent,
    org: options.org,
    endpoint: options.endpoint,
  };
}

function timeoutMs(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const match = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(text.trim());
  if (match === null) throw new UsageError(`--timeout takes a duration like 90s, 5m or 1h, got "${text}"`);
  const unit = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000 }[(match[2] ?? "s") as "ms" | "s" | "m" | "h"];
  const ms = Number(match[1]) * unit;
  if (!(ms >= 1)) throw new UsageError(`--timeout must be at least 1 ms, got "${text}"`);
  return ms;
}

async function jsonObject(text: string, where: string): Promise<Record<string, unknown>> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${where} is not JSON: ${(error as Error).message}`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw new UsageError(`${where} must be a JSON object`);
  return value as Record<string, unknown>;
}

async function readJsonFile(path: string, flag: string): Promise<Record<string, unknown>> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new UsageError(`${flag} ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  return jsonObject(text, `${flag} ${path}`);
}

/** Asks one yes/no question on the terminal; resolves `false` on Enter, "n", or a second Ctrl-C. */
function askYesNo(io: Io, question: string): Promise<boolean> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: io.stdin, output: io.stderr, terminal: true });
    rl.once("SIGINT", () => {
      rl.close();
      resolve(false);
    });
    rl.question(question, (answer) => {
      rl.close();
      resolve(/^y(es)?$/i.test(answer.trim()));
    });
  });
}

/**
 * Follows `ref` until it ends, showing each change. Ctrl-C: on a terminal, asks once whether to stop the remote
 * task; otherwise `--stop-on-exit` stops it and `--keep-running` (the default) leaves it.
 */
async function follow(
  provider: CliProvider,
  adapter: ReturnType<CliProvider["adapter"]>,
  ref: unknown,
  options: FollowOptions,
  output: Output,
  io: Io,
): Promise<number> {
  const controller = new AbortController();
  const interactive = io.stdin.isTTY === true && io.stderr.isTTY === true && output.mode !== "json";
  let interrupted = false;
  const onInterrupt = () => {
    interrupted = true;
    controller.abort(new Error("interrupted (Ctrl-C)"));
  };
  process.once("SIGINT", onInterrupt);
  const followForMs = timeoutMs(options.timeout) ?? 24 * 3_600_000;
  let last: AgentTask | null = null;
  // Whole reads on every poll: the steps are what the view shows, and a cheap status read has none.
  const fetcher = { source: adapter.source, fetchTask: adapter.fetchTask.bind(adapter) };
  try {
    for await (const task of watchTask(fetcher, ref, {
      timeoutMs: followForMs,
      signal: controller.signal,
    })) {
      last = task;
      output.update(task);
    }
    if (last !== null) output.final(last);
    return last === null ? EXIT.failed : exitForStatus(last.status);
  } catch (error) {
    const timedOut = error instanceof WaitTimeoutError;
    if (!interrupted && !timedOut) throw error;
    let lastSeen = timedOut ? ((error as WaitTimeoutError).lastTask ?? last) : last;
    if (interactive) output.done();
    const id = provider.idOf?.(ref) ?? String(ref);
    const canStop = typeof (adapter as { stop?: unknown }).stop === "function";
    let stop = options.stopOnExit === true && options.keepRunning !== true;
    if (interrupted && interactive && canStop && options.stopOnExit !== true && options.keepRunning !== true) {
      stop = await askYesNo(io, `Stop the ${provider.label} task ${id} too? [y/N] `);
    }
    if (stop && canStop) {
      try {
        lastSeen = await stopTask(adapter as never, ref as never);
        io.stderr.write(`stopped ${provider.label} task ${id}: ${lastSeen.status}\n`);
      } catch (error) {
        io.stderr.write(`could not stop ${provider.label} task ${id}: ${(error as Error).message}\n`);
      }
    } else {
      io.stderr.write(
        `${timedOut ? "timed out; " : ""}task ${id} keeps running: agent-tasks watch ${provider.id} ${id}\n`,
      );
    }
    if (lastSeen !== null && !interactive) output.final(lastSeen);
    return EXIT.stoppedOrTimedOut;
  } finally {
    process.removeListener("SIGINT", onInterrupt);
    output.done();
  }
}

function outputMode(options: GlobalOptions, io: Io): OutputMode {
  if (options.json === true) return "json";
  return io.stdout.isTTY === true ? "live" : "plain";
}

/** Runs the command line `argv` (without node and the script); resolves the exit code. */
export async function main(
  argv: readonly string[],
  io: Io = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env },
): Promise<number> {
  let exitCode: number = EXIT.completed;
  const program = new Command("agent-tasks")
    .description("Run, follow, stop and list browser-agent tasks on any provider.")
    .configureOutput({ writeOut: (text) => io.stdout.write(text), writeErr: (text) => io.stderr.write(text) })
    .exitOverride()
    .showHelpAfterError("(agent-tasks --help shows the commands)")
    .addHelpText(
      "after",
      `\nProviders:\n${providerList}\n\n${exitCodesHelp}\n\nTry it without a key: agent-tasks simulate, then the commands it prints.`,
    );
  const withGlobal = (command: Command) =>
    command
      .option("--json", "one JSON object per line (NDJSON), the final task last")
      .option("--api-key-env <NAME>", "read the API key from this environment variable")
      .option("--base-url <url>", "the provider's API base URL (default: <PROVIDER>_BASE_URL, else the service)")
      .option("--agent <agent>", "Hyperbrowser's agent (default hyper-agent)")
      .option("--org <orgId>", "Dari's organization (default DARI_ORG_ID)")
      .option("--endpoint <name>", "Dari's portal endpoint (default DARI_ENDPOINT_NAME)");
  const withFollow = (command: Command) =>
    command
      .option("--timeout <duration>", "stop following after this long (90s, 5m, 1h); exit code 2")
      .addOption(new Option("--stop-on-exit", "on Ctrl-C or timeout, stop the remote task").conflicts("keepRunning"))
      .option("--keep-running", "on Ctrl-C or timeout, leave the remote task running (the default off a terminal)");

  const prepare = (providerId: string, options: GlobalOptions) => {
    const provider = providerNamed(providerId);
    const settings = settingsOf(provider, options, io.env);
    return { provider, settings, adapter: provider.adapter(settings) };
  };

  withFollow(
    withGlobal(
      program
        .command("run")
        .description("start a task and follow it to the end")
        .argument("<provider>", "the provider")
        .argument("[task...]", "what the agent should do (see Providers)")
        .option("--input <json>", "provider-specific start fields, a JSON object")
        .option("--input-file <file>", "the same, from a file")
        .option("--schema <file>", "a JSON Schema file for structured output (providers that take one)")
        .option("--no-wait", "print the task's id and exit without following it"),
    ),
  )
    .addHelpText(
      "after",
      "\nExample:\n  agent-tasks run browser-use 'Find the cheapest flight from Lisbon to Paris on Friday'",
    )
    .action(
      async (
        providerId: string,
        words: string[],
        options: GlobalOptions & FollowOptions & { input?: string; inputFile?: string; schema?: string; wait: boolean },
      ) => {
        // Usage errors first (what to run, --input, --schema, --timeout), then the key, and only then the start.
        timeoutMs(options.timeout);
        const named = providerNamed(providerId);
        const given = {
          ...(options.inputFile === undefined ? {} : await readJsonFile(options.inputFile, "--input-file")),
          ...(options.input === undefined ? {} : await jsonObject(options.input, "--input")),
        };
        let input = named.startInput(words, given);
        const schema = options.schema === undefined ? undefined : await readJsonFile(options.schema, "--schema");
        const { provider, adapter } = prepare(providerId, options);
        if (schema !== undefined) {
          const withSchema = (adapter as { withOutputSchema?: (input: unknown, schema: unknown) => unknown })
            .withOutputSchema;
          if (typeof withSchema !== "function")
            throw new UsageError(`${provider.label} takes no output schema at start`);
          input = withSchema.call(adapter, input, schema);
        }
        if (typeof (adapter as { start?: unknown }).start !== "function")
          throw new UsageError(`${provider.label} tasks cannot be started`);
        const output = createOutput(outputMode(options, io), io);
        const ref = await startTask(adapter as never, input as never);
        const id = provider.idOf?.(ref) ?? String(ref);
        if (output.mode === "json")
          io.stdout.write(`${JSON.stringify({ event: "started", source: provider.source, id })}\n`);
        else output.note(`started ${provider.label} task ${id}`);
        if (!options.wait) {
          output.done();
          if (output.mode !== "json") io.stdout.write(`follow it with: agent-tasks watch ${provider.id} ${id}\n`);
          exitCode = EXIT.completed;
          return;
        }
        exitCode = await follow(provider, adapter, ref, options, output, io);
      },
    );

  withFollow(
    withGlobal(
      program
        .command("watch")
        .description("follow an existing task to the end")
        .argument("<provider>")
        .argument("<id>", "the task's id"),
    ),
  )
    .addHelpText("after", "\nExample:\n  agent-tasks watch browser-use 6a8c3f0e-...")
    .action(async (providerId: string, id: string, options: GlobalOptions & FollowOptions) => {
      const { provider, settings, adapter } = prepare(providerId, options);
      const output = createOutput(outputMode(options, io), io);
      exitCode = await follow(provider, adapter, provider.ref?.(id, settings) ?? id, options, output, io);
    });

  withGlobal(
    program
      .command("get")
      .description("print a task once, normalized")
      .argument("<provider>")
      .argument("<id>", "the task's id"),
  )
    .addHelpText("after", "\nExample:\n  agent-tasks get hyperbrowser 7f3e... --json | jq .task.status")
    .action(async (providerId: string, id: string, options: GlobalOptions) => {
      const { provider, settings, adapter } = prepare(providerId, options);
      const task = await getTask(adapter, provider.ref?.(id, settings) ?? id);
      const output = createOutput(options.json === true ? "json" : "plain", io);
      output.final(task);
      exitCode = EXIT.completed;
    });

  withGlobal(
    program
      .command("stop")
      .description("ask the provider to stop a task")
      .argument("<provider>")
      .argument("<id>", "the task's id"),
  )
    .addHelpText("after", "\nExample:\n  agent-tasks stop browseract 75318642097531864")
    .action(async (providerId: string, id: string, options: GlobalOptions) => {
      const { provider, settings, adapter } = prepare(providerId, options);
      if (typeof (adapter as { stop?: unknown }).stop !== "function")
        throw new UsageError(`${provider.label} tasks cannot be stopped through its API`);
      const task: AgentTask = await stopTask(adapter as never, (provider.ref?.(id, settings) ?? id) as never);
      createOutput(options.json === true ? "json" : "plain", io).final(task);
      exitCode = EXIT.completed;
    });

  withGlobal(
    program
      .command("list")
      .description("list tasks, newest first, page after page")
      .argument("<provider>")
      .argument("[filters...]", "the provider's list filters as name=value")
      .option("--limit <n>", "at most this many tasks (default 20)", "20"),
  )
    .addHelpText("after", "\nExample:\n  agent-tasks list browser-use --limit 50 --json")
    .action(async (providerId: string, filters: string[], options: GlobalOptions & { limit: string }) => {
      const { provider, adapter } = prepare(providerId, options);
      const limit = Number(options.limit);
      if (!Number.isInteger(limit) || limit < 1)
        throw new UsageError(`--limit takes a positive integer, got "${options.limit}"`);
      if (typeof (adapter as { list?: unknown }).list !== "function")
        throw new UsageError(`${provider.label} has no task list in its API`);
      const query: Record<string, string> = {};
      for (const filter of filters) {
        const at = filter.indexOf("=");
        if (at <= 0) throw new UsageError(`filters are name=value, got "${filter}"`);
        query[filter.slice(0, at)] = filter.slice(at + 1);
      }
      let count = 0;
      for await (const task of listTasks(adapter as never, query as never)) {
        if (options.json === true) io.stdout.write(`${JSON.stringify(taskJson(task))}\n`);
        else
          io.stdout.write(
            `${task.id}  ${task.status.padEnd(9)}  ${task.createdAt ?? "-"}  ${(task.instructions ?? "").slice(0, 60)}\n`,
          );
        count += 1;
        if (count >= limit) break;
      }
      if (options.json !== true && count === 0) io.stdout.write("no tasks\n");
      exitCode = EXIT.completed;
    });

  program
    .command("simulate")
    .description("serve simulated provider APIs on 127.0.0.1, to try every command without a key")
    .option("--port <n>", "the first port (default: free ports)")
    .option("--duration <seconds>", "how long each simulated task runs", "20")
    .option("--steps <n>", "steps per task", "4")
    .addHelpText(
      "after",
      "\nExample:\n  agent-tasks simulate   # then, in another terminal, the export lines it prints and: agent-tasks run browser-use 'Find a hotel'",
    )
    .action(async (options: { port?: string; duration: string; steps: string }) => {
      exitCode = await simulate(options, io);
    });

  if (argv.length === 0) {
    // No command: the help, on stderr, as a usage error.
    program.outputHelp({ error: true });
    return EXIT.usage;
  }
  try {
    await program.parseAsync([...argv], { from: "user" });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return EXIT.completed;
      return EXIT.usage;
    }
    const explicit = (error as { exitCode?: unknown }).exitCode;
    const code = typeof explicit === "number" ? explicit : exitForError(error);
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`agent-tasks: ${message}\n`);
    if (code === EXIT.usage) io.stderr.write("(agent-tasks --help shows the commands)\n");
    return code;
  }
}
