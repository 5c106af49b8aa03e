import { InvalidPathParameterError, InvalidTaskRefError, NotFoundError, UserAbortError } from "@agent-tasks/core";
import { describeTaskFetcherContract, rejectionOf, useMswServer } from "@agent-tasks/test-support";
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { RUN_ID, runEvents, runSummary } from "./__fixtures__/runs.js";
import { createBrowserUseV4Client } from "./create-browser-use-v4-client.js";
import { createBrowserUseV4TaskFetcher } from "./create-browser-use-v4-task-fetcher.js";
import { MAX_REMEMBERED_RUNS } from "./read-run.js";
import type { BrowserUseV4RunEvent, BrowserUseV4RunStatus } from "./task-types.js";

const KEY = "bu-v4-fetcher-key-9b2c";
const API = "https://api.browser-use.com/api/v4";
const RUN_URL = `${API}/runs/${RUN_ID}`;

const msw = useMswServer();
const { server, calls } = msw;

function createFetcher() {
  return createBrowserUseV4TaskFetcher(createBrowserUseV4Client({ apiKey: KEY, maxRetries: 0 }));
}

/**
 * A run whose status and events feed the test moves on, served the way the API serves them: `GET /runs/{run_id}`
 * and `GET /runs/{run_id}/events?after=&limit=`, each page the events above `after`, at most `pageSize`, with
 * `hasMore` and `nextAfter`. Any run id is this run.
 */
function serveRun(options: { pageSize?: number } = {}) {
  const feed = { status: "running" as BrowserUseV4RunStatus, events: [] as BrowserUseV4RunEvent[] };
  const pageSize = options.pageSize ?? 200;
  server.use(
    http.get(`${API}/runs/:runId`, ({ params }) => HttpResponse.json(runSummary(feed.status, String(params.runId)))),
    http.get(`${API}/runs/:runId/events`, ({ request }) => {
      const query = new URL(request.url).searchParams;
      const after = Number(query.get("after") ?? 0);
      const limit = Number(query.get("limit") ?? pageSize);
      const newer = feed.events.filter((event) => event.id > after);
      const events = newer.slice(0, limit);
      const hasMore = newer.length > events.length;
      return HttpResponse.json({ events, nextAfter: events.at(-1)?.id ?? null, hasMore });
    }),
  );
  return feed;
}

/** The `after` of every events request so far, in order. */
function afters(): (string | null)[] {
  return calls
    .filter((call) => call.url.pathname.endsWith("/events"))
    .map((call) => call.url.searchParams.get("after"));
}

const ids = (events: readonly BrowserUseV4RunEvent[]) => events.map((event) => event.id);

describe("createBrowserUseV4TaskFetcher (API v4)", () => {
  describeTaskFetcherContract({
    msw,
    createFetcher,
    source: "browser-use-v4",
    errors: { NotFoundError, UserAbortError, InvalidTaskRefError },
    ref: RUN_ID,
    task: runSummary("completed"),
    followUps: [
      {
        route: `${API}/runs/:runId/events`,
        url: `${RUN_URL}/events?after=0`,
        body: { events: runEvents(1, 3), nextAfter: 3, hasMore: false },
      },
    ],
    resolves: { run: runSummary("completed"), events: runEvents(1, 3) },
    request: {
      path: "/api/v4/runs/{runId}",
      route: `${API}/runs/:runId`,
      url: RUN_URL,
      credential: { key: KEY, header: "X-Browser-Use-API-Key" },
    },
    notFound: {
      carrying: "Browser Use's detail",
      body: { detail: "Run not found" },
      message: `Browser Use v4: GET /api/v4/runs/${RUN_ID} failed with HTTP 404 Not Found: Run not found`,
    },
    emptyNotFoundMessage: `Browser Use v4: GET /api/v4/runs/${RUN_ID} failed with HTTP 404 Not Found and an empty body`,
    stringId: { field: "runId", path: { parameter: "run_id", InvalidPathParameterError } },
  });

  describe("the events cursor", () => {
    it("asks only for new events on the second poll (after=<last id>) and resolves every event once, in order", async () => {
      const feed = serveRun();
      feed.events.push(...runEvents(1, 4));
      const fetcher = createFetcher();

      const first = await fetcher.fetchTask(RUN_ID);
      feed.events.push(...runEvents(5, 7));
      const second = await fetcher.fetchTask(RUN_ID);

      expect(afters()).toEqual(["0", "4"]);
      expect(ids(first.events)).toEqual([1, 2, 3, 4]);
      expect(second.events).toEqual(runEvents(1, 7));
      expect(second.run).toEqual(runSummary("running"));
      // What the first poll resolved is not changed by the second.
      expect(ids(first.events)).toEqual([1, 2, 3, 4]);
    });

    it("a poll with nothing new asks after the last id again and resolves the same events", async () => {
      const feed = serveRun();
      feed.events.push(...runEvents(1, 2));
      const fetcher = createFetcher();

      await fetcher.fetchTask(RUN_ID);
      const again = await fetcher.fetchTask(RUN_ID);

      expect(afters()).toEqual(["0", "2"]);
      expect(ids(again.events)).toEqual([1, 2]);
    });

    it("follows hasMore/nextAfter through every page of the feed in one poll", async () => {
      const feed = serveRun({ pageSize: 3 });
      feed.events.push(...runEvents(1, 8));
      const fetcher = createFetcher();

      const first = await fetcher.fetchTask(RUN_ID);
      feed.events.push(...runEvents(9, 10));
      const second = await fetcher.fetchTask(RUN_ID);

      expect(afters()).toEqual(["0", "3", "6", "8"]);
      expect(ids(first.events)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
      expect(ids(second.events)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    });

    it("keeps ids that are not consecutive, and continues after the highest", async () => {
      const feed = serveRun();
      feed.events.push(...[3, 10, 11].map((id) => runEvents(id, id)[0] as BrowserUseV4RunEvent));
      const fetcher = createFetcher();

      await fetcher.fetchTask(RUN_ID);
      feed.events.push(...runEvents(40, 40));
      const second = await fetcher.fetchTask(RUN_ID);

      expect(afters()).toEqual(["0", "11"]);
      expect(ids(second.events)).toEqual([3, 10, 11, 40]);
    });

    it("drops an event the feed sends again (an id not above the last one seen)", async () => {
      server.use(
        http.get(`${RUN_URL}`, () => HttpResponse.json(runSummary("running"))),
        http.get(`${RUN_URL}/events`, ({ request }) => {
          const after = Number(new URL(request.url).searchParams.get("after"));
          // A feed that overlaps its pages: it sends the last event seen again with the new ones.
          const events = after === 0 ? runEvents(1, 3) : runEvents(after, after + 2);
          return HttpResponse.json({ events, nextAfter: events.at(-1)?.id, hasMore: false });
        }),
      );
      const fetcher = createFetcher();

      await fetcher.fetchTask(RUN_ID);
      const second = await fetcher.fetchTask(RUN_ID);

      expect(ids(second.events)).toEqual([1, 2, 3, 4, 5]);
    });

    it("concurrent polls of one run keep every event once, and the next poll continues after the highest", async () => {
      const feed = serveRun({ pageSize: 2 });
      feed.events.push(...runEvents(1, 5));
      const fetcher = createFetcher();

      const results = await Promise.all([
        fetcher.fetchTask(RUN_ID),
        fetcher.fetchTask(RUN_ID),
        fetcher.fetchTask(RUN_ID),
      ]);
      feed.events.push(...runEvents(6, 6));
      const next = await fetcher.fetchTask(RUN_ID);

      for (const result of results) expect(ids(result.events)).toEqual([1, 2, 3, 4, 5]);
      expect(afters().at(-1)).toBe("5");
      expect(ids(next.events)).toEqual([1, 2, 3, 4, 5, 6]);
    });

    it("a poll that overlaps another one, with new events arriving in between, loses and repeats none", async () => {
      const feed = serveRun();
      feed.events.push(...runEvents(1, 2));
      // The first poll's events request is held until the second poll has read a longer feed.
      let releaseHeld: () => void = () => {};
      const held = new Promise<void>((resolve) => {
        releaseHeld = resolve;
      });
      let eventsRequests = 0;
      let firstArrived: () => void = () => {};
      const arrived = new Promise<void>((resolve) => {
        firstArrived = resolve;
      });
      server.use(
        http.get(`${RUN_URL}/events`, async ({ request }) => {
          eventsRequests += 1;
          const after = Number(new URL(request.url).searchParams.get("after"));
          const events = feed.events.filter((event) => event.id > after);
          if (eventsRequests === 1) {
            firstArrived();
            await held;
          }
          return HttpResponse.json({ events, nextAfter: events.at(-1)?.id ?? null, hasMore: false });
        }),
      );
      const fetcher = createFetcher();

      const slow = fetcher.fetchTask(RUN_ID); // will answer events 1-2
      await arrived;
      feed.events.push(...runEvents(3, 4));
      const fast = await fetcher.fetchTask(RUN_ID); // answers events 1-4
      releaseHeld();
      const late = await slow;
      feed.events.push(...runEvents(5, 5));
      const next = await fetcher.fetchTask(RUN_ID);

      expect(ids(fast.events)).toEqual([1, 2, 3, 4]);
      expect(ids(late.events)).toEqual([1, 2, 3, 4]);
      expect(ids(next.events)).toEqual([1, 2, 3, 4, 5]);
      expect(afters()).toEqual(["0", "0", "4"]);
    });

    it("reads the run before its events, so the poll that sees a terminal run has its last events", async () => {
      const feed = serveRun();
      feed.events.push(...runEvents(1, 2));
      const fetcher = createFetcher();
      await fetcher.fetchTask(RUN_ID);
      feed.status = "completed";
      feed.events.push(...runEvents(3, 4));

      const last = await fetcher.fetchTask(RUN_ID);

      expect(calls.map((call) => call.url.pathname.replace(`/api/v4/runs/${RUN_ID}`, "run"))).toEqual([
        "run",
        "run/events",
        "run",
        "run/events",
      ]);
      expect(last.run.status).toBe("completed");
      expect(ids(last.events)).toEqual([1, 2, 3, 4]);
    });

    it("forgets a run once it is terminal: a later read starts the feed from the beginning, whole", async () => {
      const feed = serveRun();
      feed.events.push(...runEvents(1, 3));
      const fetcher = createFetcher();
      await fetcher.fetchTask(RUN_ID);
      feed.status = "cancelled";
      await fetcher.fetchTask(RUN_ID);

      const afterEnd = await fetcher.fetchTask(RUN_ID);

      expect(afters()).toEqual(["0", "3", "0"]);
      expect(ids(afterEnd.events)).toEqual([1, 2, 3]);
    });

    it.each([
      { status: "completed", secondAfter: "0" },
      { status: "failed", secondAfter: "0" },
      { status: "cancelled", secondAfter: "0" },
      { status: "queued", secondAfter: "1" },
      { status: "dispatching", secondAfter: "1" },
      { status: "running", secondAfter: "1" },
    ] as const)("a $status run: the next read asks after=$secondAfter", async ({ status, secondAfter }) => {
      const feed = serveRun();
      feed.status = status;
      feed.events.push(...runEvents(1, 1));
      const fetcher = createFetcher();

      await fetcher.fetchTask(RUN_ID);
      await fetcher.fetchTask(RUN_ID);

      // Terminal runs are forgotten (read whole again); the others keep their cursor.
      expect(afters()).toEqual(["0", secondAfter]);
    });

    it("keeps a cursor per run id, and per fetcher", async () => {
      const feed = serveRun();
      feed.events.push(...runEvents(1, 2));
      const other = "7e1f0a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b";
      const fetcher = createFetcher();

      await fetcher.fetchTask(RUN_ID);
      await fetcher.fetchTask(other);
      await fetcher.fetchTask(RUN_ID);
      await createFetcher().fetchTask(RUN_ID);

      expect(
        calls
          .filter((call) => call.url.pathname.endsWith("/events"))
          .map((call) => call.url.pathname + call.url.search),
      ).toEqual([
        `/api/v4/runs/${RUN_ID}/events?after=0`,
        `/api/v4/runs/${other}/events?after=0`,
        `/api/v4/runs/${RUN_ID}/events?after=2`,
        `/api/v4/runs/${RUN_ID}/events?after=0`,
      ]);
    });

    it(`remembers at most ${MAX_REMEMBERED_RUNS} runs: the least recently read is forgotten, and read whole again`, async () => {
      const feed = serveRun();
      feed.events.push(...runEvents(1, 1));
      const runIds = Array.from({ length: MAX_REMEMBERED_RUNS + 1 }, (_, n) => `run-${n}`);
      const fetcher = createFetcher();
      for (const runId of runIds) await fetcher.fetchTask(runId);
      calls.length = 0;

      await fetcher.fetchTask("run-1"); // still remembered
      await fetcher.fetchTask("run-0"); // forgotten when the last run was read

      expect(afters()).toEqual(["1", "0"]);
    });

    it("stops at a page that says hasMore but moves the cursor nowhere", async () => {
      server.use(
        http.get(`${RUN_URL}`, () => HttpResponse.json(runSummary("running"))),
        http.get(`${RUN_URL}/events`, () => HttpResponse.json({ events: [], nextAfter: null, hasMore: true })),
      );

      const read = await createFetcher().fetchTask(RUN_ID);

      expect(read.events).toEqual([]);
      expect(afters()).toEqual(["0"]);
    });

    it("rejects with the events feed's error (a 404), keeping what was read before", async () => {
      const feed = serveRun();
      feed.events.push(...runEvents(1, 2));
      const fetcher = createFetcher();
      await fetcher.fetchTask(RUN_ID);
      server.use(
        http.get(`${RUN_URL}/events`, () => HttpResponse.json({ detail: "Run not found" }, { status: 404 }), {
          once: true,
        }),
      );

      const error = await rejectionOf(fetcher.fetchTask(RUN_ID));
      feed.events.push(...runEvents(3, 3));
      const after = await fetcher.fetchTask(RUN_ID);

      expect(error).toBeInstanceOf(NotFoundError);
      expect(error).toMatchObject({ status: 404, url: `${RUN_URL}/events?after=2` });
      expect(afters()).toEqual(["0", "2", "2"]);
      expect(ids(after.events)).toEqual([1, 2, 3]);
    });
  });
});
