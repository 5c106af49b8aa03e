import type { TaskFetcher } from "@agent-tasks/core";
import { rejectionOf } from "@agent-tasks/test-support";
import { describe, expect, it } from "vitest";
import * as browserUseEntry from "./browser-use.js";
import * as browserUseV1Entry from "./browser-use-v1.js";
import * as browserUseV4Entry from "./browser-use-v4.js";
import * as browserActEntry from "./browseract.js";
import * as dariEntry from "./dari.js";
import * as main from "./every-provider.js";
import * as hyperbrowserEntry from "./hyperbrowser.js";
import { FakeProvider } from "./lifecycle/__fixtures__/fake-adapter.js";
import { TaskSourceMismatchError } from "./lifecycle/errors.js";
import { type AgentTaskSource, agentTaskSources } from "./model/agent-task.js";
import { normalizeTask } from "./normalize-task.js";
import { fixturesBySource, sourceCases } from "./providers/__fixtures__/index.js";
import * as skyvernEntry from "./skyvern.js";

// `@agent-tasks/normalize/<source>`: the main entry point's lifecycle functions bound to one provider's mapper.
// They must behave as the main ones for that provider, and refuse any other provider's fetcher or adapter.

const entries = {
  hyperbrowser: hyperbrowserEntry,
  "browser-use": browserUseEntry,
  "browser-use-v1": browserUseV1Entry,
  dari: dariEntry,
  browseract: browserActEntry,
  "browser-use-v4": browserUseV4Entry,
  skyvern: skyvernEntry,
} as const satisfies Record<AgentTaskSource, object>;

/** What each entry point exports: its mapper, its status mapper, and the lifecycle functions its adapter allows. */
const expectedExports: Record<AgentTaskSource, string[]> = {
  hyperbrowser: ["getTask", "runTask", "startTask", "stopTask", "waitForTask", "watchTask"],
  "browser-use": ["getTask", "listTasks", "runTask", "startTask", "stopTask", "waitForTask", "watchTask"],
  "browser-use-v1": ["getTask", "waitForTask", "watchTask"],
  dari: ["getTask", "runTask", "startTask", "waitForTask", "watchTask"],
  browseract: ["getTask", "listTasks", "runTask", "startTask", "stopTask", "waitForTask", "watchTask"],
  "browser-use-v4": ["getTask", "listTasks", "runTask", "startTask", "stopTask", "waitForTask", "watchTask"],
  skyvern: ["getTask", "listTasks", "runTask", "startTask", "stopTask", "waitForTask", "watchTask"],
};

/** A fetcher of `source` answering the same raw task every time; counts its reads. */
function fixedFetcher(source: AgentTaskSource, rawTask: unknown) {
  const fetcher = {
    source,
    reads: 0,
    fetchTask: async () => {
      fetcher.reads++;
      return rawTask;
    },
  };
  return fetcher;
}

/** A terminal fixture of `source`. */
function terminalFixture(source: AgentTaskSource): unknown {
  const found = Object.values(fixturesBySource[source]).find((raw) => sourceCases[source].normalize(raw).isTerminal);
  if (found === undefined) throw new Error(`no terminal fixture for ${source}`);
  return found;
}

const fast = { intervalMs: 1, maxIntervalMs: 1 };

describe("@agent-tasks/normalize/<source> entry points", () => {
  it.each(agentTaskSources)("%s exports its mappers and the lifecycle functions its adapter allows", (source) => {
    const entry = entries[source];
    const { normalize, mapStatus } = sourceCases[source];
    expect(Object.keys(entry).sort()).toEqual([...expectedExports[source], normalize.name, mapStatus.name].sort());
    expect(entry[normalize.name as keyof typeof entry]).toBe(normalize);
  });

  it.each(agentTaskSources)("%s: getTask and waitForTask give what the main entry point gives", async (source) => {
    const raw = terminalFixture(source);
    // One provider's functions at a time; typed loosely, as the loop over every entry point cannot narrow them.
    const { getTask, waitForTask } = entries[source] as unknown as {
      getTask: typeof main.getTask;
      waitForTask: typeof main.waitForTask;
    };
    const fetcher = fixedFetcher(source, raw) as unknown as TaskFetcher<AgentTaskSource, string, unknown>;

    const expected = normalizeTask(source, raw);
    expect(await getTask(fetcher, "ref")).toEqual(expected);
    expect(await waitForTask(fetcher, "ref", fast)).toEqual(expected);
    expect(await main.getTask(fetcher, "ref")).toEqual(expected);
  });

  it("hyperbrowser: runTask, startTask, watchTask and stopTask drive a Hyperbrowser adapter as the main ones do", async () => {
    const provider = new FakeProvider();
    const adapter = provider.adapter("status", "stop");
    const run = await hyperbrowserEntry.runTask(adapter, { task: "x", output: "done" }, fast);
    expect(run).toMatchObject({ source: "hyperbrowser", status: "completed", output: "done" });

    const ref = await hyperbrowserEntry.startTask(adapter, {
      task: "y",
      timeline: [{ status: "running" }, { status: "running", steps: 1 }, { status: "completed", steps: 2 }],
    });
    const seen: string[] = [];
    for await (const task of hyperbrowserEntry.watchTask(adapter, ref, fast)) seen.push(task.status);
    expect(seen.at(-1)).toBe("completed");

    const other = await hyperbrowserEntry.startTask(adapter, { task: "z", timeline: [{ status: "running" }] });
    expect(await hyperbrowserEntry.stopTask(adapter, other, fast)).toMatchObject({ status: "stopped" });
  });

  it.each(agentTaskSources.filter((source) => source !== "hyperbrowser"))(
    "%s refuses a Hyperbrowser fetcher or adapter with TaskSourceMismatchError, and sends nothing",
    async (source) => {
      const provider = new FakeProvider();
      const adapter = provider.adapter("status", "stop", "list");
      const entry = entries[source] as unknown as Partial<Record<string, (...args: unknown[]) => unknown>>;
      const outcomes: unknown[] = [];
      for (const name of expectedExports[source]) {
        const call = entry[name];
        if (call === undefined) throw new Error(`${source} has no ${name}`);
        try {
          const result = call(adapter, name === "runTask" || name === "startTask" ? { task: "x" } : "task-1");
          // The promise-returning ones reject; watchTask and listTasks throw at once (caught below).
          outcomes.push(result instanceof Promise ? await rejectionOf(result) : result);
        } catch (error) {
          outcomes.push(error);
        }
      }

      expect(outcomes).toHaveLength(expectedExports[source].length);
      for (const [index, error] of outcomes.entries()) {
        const caller = expectedExports[source][index];
        expect(error).toBeInstanceOf(TaskSourceMismatchError);
        expect(error).toMatchObject({
          name: "TaskSourceMismatchError",
          provider: "hyperbrowser",
          source: "hyperbrowser",
        });
        expect((error as TaskSourceMismatchError).expectedSources).toEqual([source]);
        expect((error as Error).message).toBe(
          `${caller} from @agent-tasks/normalize/${source} maps ${source} tasks only, but was given a hyperbrowser ` +
            `task fetcher or adapter; import ${caller} from @agent-tasks/normalize/hyperbrowser, or from ` +
            "@agent-tasks/normalize (every provider)",
        );
      }
      expect(provider.calls).toEqual({ start: 0, get: 0, status: 0, stop: 0, list: 0, findByClientKey: 0 });
    },
  );

  it("watchTask and listTasks throw at once, as the main ones do for a bad argument", () => {
    const adapter = new FakeProvider().adapter("list");
    expect(() => dariEntry.watchTask(adapter as never, "task-1")).toThrow(TaskSourceMismatchError);
    expect(() => browserActEntry.listTasks(adapter as never)).toThrow(TaskSourceMismatchError);
  });
});
