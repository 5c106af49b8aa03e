import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { authHeaders, call, json, providerPaths, startTask } from "./__fixtures__/transports.js";
import { simulateBrowserUse } from "./browser-use.js";
import { simulateBrowserUseV4 } from "./browser-use-v4.js";
import { simulateBrowserAct } from "./browseract.js";
import { createManualClock } from "./clock.js";
import { simulateDari } from "./dari.js";
import { simulateHyperbrowser } from "./hyperbrowser.js";
import { simulationHandlers } from "./msw.js";
import type { Simulation } from "./simulation.js";
import { simulateSkyvern } from "./skyvern.js";

type Keyed = Simulation & { readonly apiKey: string; view(id: string): unknown };

const simulators = {
  hyperbrowser: simulateHyperbrowser,
  "browser-use": simulateBrowserUse,
  "browser-use-v4": simulateBrowserUseV4,
  browseract: simulateBrowserAct,
  dari: simulateDari,
  skyvern: simulateSkyvern,
} as const;

const productionBaseUrls = {
  hyperbrowser: "https://api.hyperbrowser.ai",
  "browser-use": "https://api.browser-use.com/api/v2",
  "browser-use-v4": "https://api.browser-use.com/api/v4",
  browseract: "https://api.browseract.com",
  dari: "https://agent.usedari.com",
  skyvern: "https://api.skyvern.com",
} as const;

/** Requests msw saw and no handler took. */
let unhandled: string[] = [];

describe("simulationHandlers", () => {
  const server = setupServer();
  // Unhandled requests fail, except those to a simulation's own HTTP server on 127.0.0.1, which must reach it.
  beforeAll(() =>
    server.listen({
      onUnhandledRequest: (request, print) => {
        unhandled.push(request.url);
        if (!request.url.startsWith("http://127.0.0.1:")) print.error();
      },
    }),
  );
  afterEach(() => {
    server.resetHandlers();
    unhandled = [];
    vi.restoreAllMocks();
  });
  afterAll(() => server.close());

  describe.each(Object.entries(simulators))("%s", (provider, simulate) => {
    it("answers at the provider's production base URL, recording transport msw and no byte counts", async () => {
      const simulation: Keyed = simulate({ clock: createManualClock() });
      server.use(...simulationHandlers(simulation));
      expect(simulation.baseUrl).toBe(productionBaseUrls[provider as keyof typeof productionBaseUrls]);
      expect(simulation.mswBaseUrl).toBe(simulation.baseUrl);

      const id = await startTask(simulation);
      const paths = providerPaths[provider];
      if (paths === undefined) throw new Error(provider);
      const response = await call(simulation, "GET", paths.get(id));
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/json");
      expect(await json(response)).toEqual(simulation.view(id));

      const [start, get] = simulation.requests;
      expect(start).toMatchObject({
        seq: 1,
        operation: "start",
        method: "POST",
        url: `${simulation.baseUrl}${paths.start.path}`,
        transport: "msw",
        outcome: "answered",
        bytesIn: null,
        bytesOut: null,
        json: paths.start.body,
        headers: expect.objectContaining(authHeaders(simulation)),
      });
      expect(get).toMatchObject({
        seq: 2,
        operation: "get",
        taskId: id,
        url: `${simulation.baseUrl}${paths.get(id)}`,
        transport: "msw",
        status: 200,
        bytesIn: null,
        bytesOut: null,
      });
      expect(get?.responseBody).toBe(JSON.stringify(simulation.view(id)));
      expect(unhandled).toEqual([]);
    });

    it("answers the same bodies over msw as over its HTTP server", async () => {
      const simulation: Keyed = simulate({ clock: createManualClock() });
      server.use(...simulationHandlers(simulation));
      const paths = providerPaths[provider];
      if (paths === undefined) throw new Error(provider);
      const mswId = await startTask(simulation);
      // While it listens, msw still answers at the production URL; its own URL is the local server.
      await simulation.listen();
      try {
        const httpId = await startTask(simulation);
        for (const id of [mswId, httpId]) {
          const overHttp = await call(simulation, "GET", paths.get(id));
          const overMsw = await fetch(`${simulation.mswBaseUrl}${paths.get(id)}`, {
            headers: authHeaders(simulation),
          });
          expect(overMsw.status).toBe(overHttp.status);
          expect(overMsw.headers.get("content-type")).toBe(overHttp.headers.get("content-type"));
          expect(await overMsw.text()).toBe(await overHttp.text());
        }
        expect(simulation.requests.map((request) => [request.operation, request.transport])).toEqual([
          ["start", "msw"],
          ["start", "http"],
          ["get", "http"],
          ["get", "msw"],
          ["get", "http"],
          ["get", "msw"],
        ]);
        expect(simulation.requests.filter((request) => request.transport === "http").map((r) => r.bytesIn)).toEqual([
          expect.any(Number),
          expect.any(Number),
          expect.any(Number),
        ]);
      } finally {
        await simulation.close();
      }
    });

    it("answers a path the provider does not serve on its origin with the provider's own 404", async () => {
      const simulation: Keyed = simulate({ clock: createManualClock() });
      const overHttp: Keyed = await simulate({ clock: createManualClock() }).listen();
      server.use(...simulationHandlers(simulation));
      try {
        const origin = new URL(simulation.mswBaseUrl).origin;
        for (const path of ["/no/such/path", "/", "/?probe=1"]) {
          const answer = await fetch(`${origin}${path}`, { headers: authHeaders(simulation) });
          const twin = await fetch(`${overHttp.origin}${path}`, { headers: authHeaders(overHttp) });
          expect(answer.status).toBe(404);
          expect(twin.status).toBe(404);
          // The provider's 404 body, the same as its server answers (BrowserAct's carries a time and a trace id).
          const body = (await json(answer)) as Record<string, unknown>;
          const twinBody = (await json(twin)) as Record<string, unknown>;
          expect(Object.keys(body).sort()).toEqual(Object.keys(twinBody).sort());
          expect(body.detail ?? body.message ?? body.msg).toBe(twinBody.detail ?? twinBody.message ?? twinBody.msg);
        }
        expect(simulation.requests.map((request) => request.operation)).toEqual(["unknown", "unknown", "unknown"]);
        expect(simulation.requests.map((request) => request.path)).toEqual(["/no/such/path", "/", "/?probe=1"]);
      } finally {
        await overHttp.close();
      }
    });
  });

  it("intercepts no other origin: look-alike hosts, other ports and schemes are left unhandled", async () => {
    const browserUse = simulateBrowserUse();
    const hyperbrowser = simulateHyperbrowser();
    server.use(...simulationHandlers(browserUse, hyperbrowser));
    const others = [
      "https://api.browser-use.com.example.test/api/v2/tasks",
      "https://api.browser-use.com:8443/api/v2/tasks",
      "http://api.browser-use.com/api/v2/tasks",
      "https://browser-use.com/api/v2/tasks",
    ];
    const printed = vi.spyOn(console, "error").mockImplementation(() => {});
    for (const url of others) {
      await expect(fetch(url, { headers: authHeaders(browserUse) })).rejects.toThrow(TypeError);
    }
    expect(unhandled).toEqual(others);
    expect(printed.mock.calls.map((args) => args.join(" "))).toEqual(
      others.map((url) => expect.stringContaining(`GET ${url}`)),
    );
    printed.mockRestore();
    expect(browserUse.requests).toEqual([]);
    expect(hyperbrowser.requests).toEqual([]);

    // Each simulation answers only at its own origin.
    const listed = await fetch("https://api.browser-use.com/api/v2/tasks", { headers: authHeaders(browserUse) });
    expect(listed.status).toBe(200);
    expect(browserUse.requests.map((request) => request.operation)).toEqual(["list"]);
    expect(hyperbrowser.requests).toEqual([]);
  });

  it("serves Browser Use v2 and v4 on their shared origin, each under its own base path, given in one call", async () => {
    const v2 = simulateBrowserUse();
    const v4 = simulateBrowserUseV4({ apiKey: v2.apiKey });
    server.use(...simulationHandlers(v2, v4));
    const headers = authHeaders(v2);
    expect((await fetch("https://api.browser-use.com/api/v2/tasks", { headers })).status).toBe(200);
    expect((await fetch("https://api.browser-use.com/api/v4/runs", { headers })).status).toBe(200);
    // A path under neither base goes to the first one given, which answers its own 404.
    expect((await fetch("https://api.browser-use.com/api/v3/tasks", { headers })).status).toBe(404);
    expect(v2.requests.map((request) => [request.operation, request.pathname])).toEqual([
      ["list", "/api/v2/tasks"],
      ["unknown", "/api/v3/tasks"],
    ]);
    expect(v4.requests.map((request) => [request.operation, request.pathname])).toEqual([["list", "/api/v4/runs"]]);
    expect(unhandled).toEqual([]);
  });

  it("intercepts the baseUrl a simulation was given instead of the production one", async () => {
    const regional = simulateBrowserUse({ baseUrl: "https://eu.browser-use.example.test/api/v2" });
    server.use(...simulationHandlers(regional));
    expect(regional.baseUrl).toBe("https://eu.browser-use.example.test/api/v2");
    expect(regional.mswBaseUrl).toBe(regional.baseUrl);
    const started = await call(regional, "POST", "/tasks", { body: { task: "Find flights" } });
    expect(started.status).toBe(202);
    vi.spyOn(console, "error").mockImplementation(() => {});
    await expect(fetch("https://api.browser-use.com/api/v2/tasks", { headers: authHeaders(regional) })).rejects.toThrow(
      TypeError,
    );
    expect(unhandled).toEqual(["https://api.browser-use.com/api/v2/tasks"]);
    expect(regional.requests.map((request) => request.url)).toEqual([
      "https://eu.browser-use.example.test/api/v2/tasks",
    ]);
  });

  it("rejects a baseUrl that is not an absolute URL when the simulation is created", () => {
    expect(() => simulateBrowserUse({ baseUrl: "/api/v2" })).toThrow(/baseUrl must be an absolute URL.*"\/api\/v2"/);
  });

  it("needs none of the real server: a missing key gets the provider's 401", async () => {
    const simulation = simulateBrowserUse();
    server.use(...simulationHandlers(simulation));
    const response = await call(simulation, "GET", "/tasks", { key: null });
    expect(response.status).toBe(401);
    expect(await json(response)).toEqual({ detail: "Invalid API key" });
  });

  it.each([
    ["built before listen()", true],
    ["built after listen()", false],
  ])(
    "handlers %s keep answering at the production URL and never catch the local server's requests",
    async (_, before) => {
      const simulation = simulateBrowserUse({ clock: createManualClock() });
      if (before) server.use(...simulationHandlers(simulation));
      await simulation.listen();
      if (!before) server.use(...simulationHandlers(simulation));
      try {
        expect(simulation.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v2$/);
        expect(simulation.mswBaseUrl).toBe("https://api.browser-use.com/api/v2");
        const overHttp = await call(simulation, "POST", "/tasks", { body: { task: "over HTTP" } });
        const overMsw = await fetch("https://api.browser-use.com/api/v2/tasks", {
          method: "POST",
          headers: { ...authHeaders(simulation), "content-type": "application/json" },
          body: JSON.stringify({ task: "over msw" }),
        });
        expect([overHttp.status, overMsw.status]).toEqual([202, 202]);
        expect(simulation.requests.map((request) => [request.transport, request.json])).toEqual([
          ["http", { task: "over HTTP" }],
          ["msw", { task: "over msw" }],
        ]);
        expect(unhandled).toEqual([`${simulation.baseUrl}/tasks`]);
      } finally {
        await simulation.close();
      }
      // Closed: baseUrl is the production URL again, and msw still answers there.
      expect(simulation.baseUrl).toBe("https://api.browser-use.com/api/v2");
      const listed = await call(simulation, "GET", "/tasks");
      expect(listed.status).toBe(200);
      expect(((await json(listed)) as { totalItems: number }).totalItems).toBe(2);
    },
  );
});

/*
 * Fake timers: plain `vi.useFakeTimers()` is enough. Vitest 4 fakes every timer and Date by default but not
 * `queueMicrotask` or `process.nextTick`, and msw answers through promises alone, so requests complete without
 * advancing time; the real clock (the default) reads the faked `Date.now()`, so tasks move as the test advances
 * time. No `toFake` list is needed.
 */
describe("msw with vitest fake timers", () => {
  const browserUse = simulateBrowserUse({ task: { durationMs: 60_000, steps: 3, output: "42 stars" } });
  const server = setupServer(...simulationHandlers(browserUse));
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  afterEach(() => {
    vi.useRealTimers();
    browserUse.clearRequests();
    browserUse.clearFaults();
  });
  afterAll(() => server.close());

  const getTask = async (id: string) =>
    (await json(await call(browserUse, "GET", `/tasks/${id}`))) as {
      status: string;
      steps: unknown[];
      output: string | null;
    };

  it("moves a task started through msw as the test advances fake time", async () => {
    vi.useFakeTimers({ now: Date.UTC(2026, 0, 1) });
    const id = await startTask(browserUse);
    expect(await getTask(id)).toMatchObject({ status: "started", steps: [] });
    await vi.advanceTimersByTimeAsync(20_000);
    expect(await getTask(id)).toMatchObject({ status: "started", steps: [expect.anything()] });
    await vi.advanceTimersByTimeAsync(40_000);
    const done = await getTask(id);
    expect(done).toMatchObject({ status: "finished", output: "42 stars" });
    expect(done.steps).toHaveLength(3);
    expect(browserUse.tasks.get(id).finishedAt).toBe(Date.UTC(2026, 0, 1) + 60_000);
  });

  it("lets a setTimeout poll loop reach the terminal status on fake time alone", async () => {
    vi.useFakeTimers({ now: Date.UTC(2026, 0, 1) });
    const id = await startTask(browserUse);
    const poll = async () => {
      for (;;) {
        const task = await getTask(id);
        if (task.status === "finished" || task.status === "failed" || task.status === "stopped") return task;
        await new Promise((resolve) => setTimeout(resolve, 1_000));
      }
    };
    const polled = poll();
    await vi.advanceTimersByTimeAsync(60_000);
    await expect(polled).resolves.toMatchObject({ status: "finished", output: "42 stars" });
    // One read per fake second from 0 s to 60 s, the last one the first to see the task finished.
    const reads = browserUse.requestsOf("get");
    expect(reads).toHaveLength(61);
    expect(reads.map((read) => read.receivedAt - Date.UTC(2026, 0, 1))).toEqual(
      Array.from({ length: 61 }, (_, second) => second * 1_000),
    );
  });

  it("holds a delay fault's answer until fake time reaches it", async () => {
    vi.useFakeTimers();
    const id = await startTask(browserUse);
    // Ten minutes: on real timers the answer would not come before the test times out.
    browserUse.injectFault({ operation: "get", fault: { kind: "delay", ms: 600_000 } });
    let answered = false;
    const reading = call(browserUse, "GET", `/tasks/${id}`).then((response) => {
      answered = true;
      return response;
    });
    const record = await browserUse.waitForRequest("get");
    await vi.advanceTimersByTimeAsync(599_999);
    expect(answered).toBe(false);
    expect(record.outcome).toBe("pending");
    await vi.advanceTimersByTimeAsync(1);
    // Nothing left to wait for but promises; vi.waitFor polls on real timers.
    await vi.waitFor(() => expect(answered).toBe(true), { timeout: 30_000 });
    const response = await reading;
    expect(response.status).toBe(200);
    expect(record).toMatchObject({ outcome: "answered", status: 200 });
  });
});
