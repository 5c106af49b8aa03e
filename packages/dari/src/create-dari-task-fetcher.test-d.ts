import type { TaskFetcher, TaskFetchOptions } from "@agent-tasks/core";
import { describe, expectTypeOf, it } from "vitest";
import {
  createDariClient,
  createDariTaskFetcher,
  type DariClient,
  type DariTask,
  type DariTaskFetcher,
  type DariTaskRef,
} from "./index.js";

const fetcher = createDariTaskFetcher(createDariClient({ apiKey: "test-key" }));

describe("createDariTaskFetcher types", () => {
  it("takes a DariClient and returns a DariTaskFetcher", () => {
    expectTypeOf(createDariTaskFetcher).parameters.toEqualTypeOf<[DariClient]>();
    expectTypeOf(fetcher).toEqualTypeOf<DariTaskFetcher>();
    expectTypeOf<DariTaskFetcher>().toEqualTypeOf<TaskFetcher<"dari", DariTaskRef, DariTask>>();
  });

  it("DariTaskRef is { orgId, endpointName, jobId }, all strings", () => {
    expectTypeOf<DariTaskRef>().toEqualTypeOf<{ orgId: string; endpointName: string; jobId: string }>();
  });

  it("has the literal source 'dari'", () => {
    expectTypeOf(fetcher.source).toEqualTypeOf<"dari">();
  });

  it("fetchTask takes a DariTaskRef and optional fetch options, and resolves DariTask", () => {
    expectTypeOf(fetcher.fetchTask).parameter(0).toEqualTypeOf<DariTaskRef>();
    expectTypeOf(fetcher.fetchTask).parameter(1).toEqualTypeOf<TaskFetchOptions | undefined>();
    expectTypeOf(fetcher.fetchTask).returns.toEqualTypeOf<Promise<DariTask>>();
    expectTypeOf(
      fetcher.fetchTask(
        { orgId: "my-org", endpointName: "contact_form", jobId: "job-1" },
        { signal: AbortSignal.timeout(1_000) },
      ),
    ).resolves.toEqualTypeOf<DariTask>();
  });

  it("refuses references of the wrong shape", () => {
    // @ts-expect-error a bare job id is not enough: the job lives under an organization and endpoint
    void fetcher.fetchTask("job-1");
    // @ts-expect-error jobId is required
    void fetcher.fetchTask({ orgId: "my-org", endpointName: "contact_form" });
    // @ts-expect-error the API's snake_case names are not the reference's
    void fetcher.fetchTask({ org_id: "my-org", endpoint_name: "contact_form", job_id: "job-1" });
    // @ts-expect-error ids are strings
    void fetcher.fetchTask({ orgId: "my-org", endpointName: "contact_form", jobId: 42 });
  });
});
