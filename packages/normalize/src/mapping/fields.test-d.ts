import type {
  BrowserUseCurrentTask,
  BrowserUseTask,
  BrowserUseTaskItem,
  BrowserUseTaskStep,
} from "@agent-tasks/browser-use";
import type { BrowserActTask } from "@agent-tasks/browseract";
import type { HyperAgentTask } from "@agent-tasks/hyperbrowser";
import { describe, expectTypeOf, it } from "vitest";
import { mapTask } from "./create-agent-task.js";
import { type Fields, fieldsOf, mapFieldItems, nestedFields } from "./fields.js";

declare const raw: unknown;

describe("typed reads of raw provider objects", () => {
  it("reads the fields the generated schema declares, each as unknown", () => {
    const task = fieldsOf<BrowserUseCurrentTask>(raw);
    expectTypeOf(task).toEqualTypeOf<Fields<BrowserUseCurrentTask> | null>();
    expectTypeOf(task?.output).toEqualTypeOf<unknown>();
    expectTypeOf(task?.isSuccess).toEqualTypeOf<unknown>();
  });

  it("fails type-checking on a field the schema does not declare, naming it", () => {
    const task = fieldsOf<BrowserUseCurrentTask>(raw);
    // @ts-expect-error Property 'doneOutput' does not exist on type 'Fields<...>' (today's TaskView has output)
    task?.doneOutput;
    // @ts-expect-error field names are spelled as the spec spells them
    task?.done_output;
  });

  it("reads every field of every member of a union, so one mapper reads both Browser Use eras", () => {
    const task = fieldsOf<BrowserUseTask>(raw);
    expectTypeOf(task?.output).toEqualTypeOf<unknown>();
    expectTypeOf(task?.doneOutput).toEqualTypeOf<unknown>();
    expectTypeOf(task?.cost).toEqualTypeOf<unknown>();
    expectTypeOf(nestedFields(task, "session")?.liveUrl).toEqualTypeOf<unknown>();
    // @ts-expect-error a field neither era declares
    task?.liveUrl;
    // @ts-expect-error `session` is the seed era's BrowserUseSeedEraSession, which has no `recordingUrl`
    nestedFields(task, "session")?.recordingUrl;
  });

  it("reads a nested object through its own schema", () => {
    const task = fieldsOf<HyperAgentTask>(raw);
    const data = nestedFields(task, "data");
    expectTypeOf(data?.finalResult).toEqualTypeOf<unknown>();
    // @ts-expect-error `data` has no `output`
    data?.output;
    // @ts-expect-error only declared fields can be opened
    nestedFields(task, "payload");
  });

  it("allows any name where the schema leaves an object open", () => {
    const task = fieldsOf<BrowserActTask>(raw);
    const output = nestedFields(task, "output");
    expectTypeOf(output?.string).toEqualTypeOf<unknown>();
    const step = fieldsOf<Record<string, unknown>>(raw);
    expectTypeOf(step?.anything).toEqualTypeOf<unknown>();
  });

  it("maps array fields only by a declared name", () => {
    const task = fieldsOf<BrowserUseTask>(raw);
    expectTypeOf(mapFieldItems(task, "steps", (item) => fieldsOf<BrowserUseTaskStep>(item)?.number)).toEqualTypeOf<
      unknown[]
    >();
    // @ts-expect-error `stepList` is not a field of TaskView
    mapFieldItems(task, "stepList", () => null);
  });

  it("hands mappers the source's raw schema, so mapFields and idField are checked against the spec", () => {
    mapTask(
      {
        source: "browser-use",
        idField: "id",
        mapStatus: () => "unknown",
        mapFields: (task) => {
          expectTypeOf(task).toEqualTypeOf<Fields<BrowserUseTask | BrowserUseTaskItem>>();
          // @ts-expect-error `jobId` is Hyperbrowser's id field, not Browser Use's
          task.jobId;
          return {};
        },
      },
      raw,
    );
    mapTask(
      {
        source: "dari",
        // @ts-expect-error Dari's id field is `job_id`
        idField: "id",
        mapStatus: () => "unknown",
        mapFields: () => ({}),
      },
      raw,
    );
  });
});
