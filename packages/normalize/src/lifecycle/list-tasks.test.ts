import { AgentTasksError, UserAbortError } from "@agent-tasks/core";
import { rejectionOf } from "@agent-tasks/test-support";
import { describe, expect, it } from "vitest";
import { listTasks } from "../every-provider.js";
import type { AgentTask } from "../model/agent-task.js";
import { normalizeTask } from "../normalize-task.js";
import { FakeProvider } from "./__fixtures__/fake-adapter.js";

function providerWithThreePages(): FakeProvider {
  const provider = new FakeProvider();
  provider.pages = [
    [provider.rawTask("a", { status: "running" }), provider.rawTask("b", { status: "completed", steps: 2 }, "ok")],
    [provider.rawTask("c", { status: "failed" })],
    [provider.rawTask("d", { status: "pending" }), provider.rawTask("e", { status: "stopped" })],
  ];
  return provider;
}

describe("listTasks", () => {
  it("yields every task of every page, normalized, fetching each page once", async () => {
    const provider = providerWithThreePages();
    const tasks: AgentTask<"hyperbrowser">[] = [];

    for await (const task of listTasks(provider.adapter("list"), { pageSize: 2 })) tasks.push(task);

    expect(tasks.map((task) => `${task.id}:${task.status}`)).toEqual([
      "a:running",
      "b:completed",
      "c:failed",
      "d:pending",
      "e:stopped",
    ]);
    expect(tasks[1]).toEqual(normalizeTask("hyperbrowser", provider.pages[0]?.[1]));
    expect(provider.calls.list).toBe(3);
  });

  it("fetches no further page after a break", async () => {
    const provider = providerWithThreePages();
    const ids: string[] = [];

    for await (const task of listTasks(provider.adapter("list"))) {
      ids.push(task.id);
      if (task.id === "c") break;
    }

    expect(ids).toEqual(["a", "b", "c"]);
    expect(provider.calls.list).toBe(2);
  });

  it("fetches nothing until iterated", async () => {
    const provider = providerWithThreePages();

    const iterable = listTasks(provider.adapter("list"));
    const first = await iterable[Symbol.asyncIterator]().next();

    expect(first.value?.id).toBe("a");
    expect(provider.calls.list).toBe(1);
  });

  it("refuses an adapter without list", () => {
    const provider = new FakeProvider();

    expect(() => listTasks(provider.adapter() as never)).toThrow(AgentTasksError);
  });

  it("skips an empty page and a page without items, and goes on to the next", async () => {
    const provider = new FakeProvider();
    const adapter = provider.adapter("list");
    adapter.list = async function* () {
      yield { items: [], page: { page: 1 } };
      yield { page: { page: 2 } } as never;
      yield { items: [provider.rawTask("z", { status: "running" })], page: { page: 3 } };
    };

    const ids: string[] = [];
    for await (const task of listTasks(adapter)) ids.push(task.id);

    expect(ids).toEqual(["z"]);
  });

  it("fetches no page when the signal already aborted, even through an adapter that ignores the signal", async () => {
    const provider = providerWithThreePages();
    const adapter = provider.adapter("list");
    const list = adapter.list;
    adapter.list = (query) => list(query);
    const reason = new Error("never mind");

    const error = await rejectionOf(
      (async () => {
        for await (const _task of listTasks(adapter, undefined, { signal: AbortSignal.abort(reason) })) {
          // nothing
        }
      })(),
    );

    expect(error).toBeInstanceOf(UserAbortError);
    expect(error).toMatchObject({ cause: reason });
    expect(provider.calls.list).toBe(0);
  });
});
