import { describe, expect, it, vi } from "vitest";
import { call, json, providerPaths, startTask, transports, useTransport } from "./__fixtures__/transports.js";
import { simulateBrowserUse } from "./browser-use.js";
import { simulateBrowserAct } from "./browseract.js";
import { createManualClock } from "./clock.js";
import { simulateDari } from "./dari.js";
import { simulateHyperbrowser } from "./hyperbrowser.js";
import { DEFAULT_HTML_PAGE } from "./simulation.js";

/** Settles a promise into what it resolved or rejected with, so a test can assert on a rejection's details. */
async function settle<T>(promise: Promise<T>): Promise<{ value: T } | { error: unknown }> {
  try {
    return { value: await promise };
  } catch (error) {
    return { error };
  }
}

describe.each(transports)("faults over %s", (transport) => {
  const { serve } = useTransport(transport);
  const browserUse = () => serve(simulateBrowserUse({ clock: createManualClock() }));

  describe("status", () => {
    it("answers the scripted status, JSON body and headers instead of running the route", async () => {
      const simulation = await browserUse();
      simulation.injectFault({
        operation: "start",
        fault: {
          kind: "status",
          status: 503,
          body: { detail: "Down for maintenance" },
          headers: { "retry-after": "7", "x-request-id": "req-1" },
        },
      });
      const failed = await call(simulation, "POST", "/tasks", { body: { task: "Find flights" } });
      expect(failed.status).toBe(503);
      expect(failed.headers.get("retry-after")).toBe("7");
      expect(failed.headers.get("x-request-id")).toBe("req-1");
      expect(failed.headers.get("content-type")).toBe("application/json");
      expect(await json(failed)).toEqual({ detail: "Down for maintenance" });
      expect(simulation.tasks.list()).toEqual([]);
      expect(simulation.requests[0]).toMatchObject({
        operation: "start",
        transport,
        outcome: "answered",
        status: 503,
        responseHeaders: expect.objectContaining({ "retry-after": "7", "x-request-id": "req-1" }),
        responseBody: JSON.stringify({ detail: "Down for maintenance" }),
      });
      // Used up: the next start runs.
      const started = await call(simulation, "POST", "/tasks", { body: { task: "Find flights" } });
      expect(started.status).toBe(202);
      expect(simulation.tasks.list()).toHaveLength(1);
    });

    it("answers no body and no content-type when the fault has no body", async () => {
      const simulation = await browserUse();
      simulation.injectFault({ fault: { kind: "status", status: 500 } });
      const failed = await call(simulation, "GET", "/tasks");
      expect(failed.status).toBe(500);
      expect(failed.headers.get("content-type")).toBeNull();
      expect(await failed.text()).toBe("");
      expect(simulation.requests[0]?.responseBody).toBe("");
    });

    it("redirects with a 307 and location: the second simulation records the headers that arrived", async () => {
      const first = await browserUse();
      const second = await serve(
        simulateBrowserUse({ clock: createManualClock(), baseUrl: "https://eu.browser-use.example.test/api/v2" }),
      );
      const id = await startTask(second);
      second.clearRequests();
      first.injectFault({
        operation: "get",
        fault: { kind: "status", status: 307, headers: { location: `${second.baseUrl}/tasks/${id}` } },
      });
      const response = await call(first, "GET", `/tasks/${id}`, {
        headers: { authorization: "Bearer session-token", "x-trace-id": "trace-1" },
      });
      expect(response.status).toBe(200);
      expect(response.redirected).toBe(true);
      expect(await json(response)).toEqual(second.view(id));
      expect(first.requests).toMatchObject([
        { operation: "get", status: 307, responseHeaders: { location: `${second.baseUrl}/tasks/${id}` } },
      ]);
      const arrived = second.requests[0];
      expect(second.requests).toHaveLength(1);
      expect(arrived).toMatchObject({ operation: "get", taskId: id, status: 200, transport });
      // The fetch spec drops `authorization` on a redirect to another origin, but not a provider's own key header.
      expect(arrived?.headers["x-browser-use-api-key"]).toBe(first.apiKey);
      expect(arrived?.headers["x-trace-id"]).toBe("trace-1");
      expect(arrived?.headers.authorization).toBeUndefined();
    });
  });

  describe("html", () => {
    it("answers a 502 gateway page as text/html by default", async () => {
      const simulation = await browserUse();
      simulation.injectFault({ fault: { kind: "html" } });
      const response = await call(simulation, "GET", "/tasks");
      expect(response.status).toBe(502);
      expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect(await response.text()).toBe(DEFAULT_HTML_PAGE);
      expect(simulation.requests[0]).toMatchObject({ status: 502, responseBody: DEFAULT_HTML_PAGE });
    });

    it("answers a custom status and page", async () => {
      const simulation = await browserUse();
      simulation.injectFault({ fault: { kind: "html", status: 503, body: "<h1>Service Unavailable</h1>" } });
      const response = await call(simulation, "GET", "/tasks");
      expect(response.status).toBe(503);
      expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect(await response.text()).toBe("<h1>Service Unavailable</h1>");
    });
  });

  describe("hang", () => {
    it("never answers until releaseHungRequests(), which fails the request", async () => {
      const simulation = await browserUse();
      simulation.injectFault({ operation: "list", fault: { kind: "hang" } });
      let settled = false;
      const listing = settle(call(simulation, "GET", "/tasks")).finally(() => {
        settled = true;
      });
      const record = await simulation.waitForRequest("list");
      // Other requests are answered meanwhile.
      expect((await call(simulation, "POST", "/tasks", { body: { task: "Find flights" } })).status).toBe(202);
      expect(settled).toBe(false);
      expect(record).toMatchObject({ outcome: "hung", status: null });
      simulation.releaseHungRequests();
      const result = await listing;
      expect(result).toEqual({ error: expect.any(TypeError) });
      expect(record).toMatchObject({ outcome: "hung", status: null, responseBody: "" });
    });

    it("ends hung requests on close()", async () => {
      const simulation = await browserUse();
      simulation.injectFault({ fault: { kind: "hang" } });
      const listing = settle(call(simulation, "GET", "/tasks"));
      await simulation.waitForRequest("list");
      await simulation.close();
      expect(await listing).toEqual({ error: expect.any(TypeError) });
    });

    it("lets the client give up: its abort fails the fetch and the simulation lets the request go", async () => {
      const simulation = await browserUse();
      simulation.injectFault({ fault: { kind: "hang" } });
      const controller = new AbortController();
      const listing = settle(call(simulation, "GET", "/tasks", { signal: controller.signal }));
      const record = await simulation.waitForRequest("list");
      controller.abort();
      const result = await listing;
      expect(result).toEqual({ error: expect.objectContaining({ name: "AbortError" }) });
      expect(record.outcome).toBe("hung");
      // Over HTTP the hung request is settled once its socket closes.
      if (transport === "http") await vi.waitFor(() => expect(record.bytesIn).toBeGreaterThan(0));
      // The simulation still answers, and releasing finds nothing left to release.
      simulation.releaseHungRequests();
      expect((await call(simulation, "GET", "/tasks")).status).toBe(200);
    });
  });

  describe("stall", () => {
    it("sends the real status, headers and half the body, then nothing until released", async () => {
      const simulation = await browserUse();
      simulation.injectFault({ operation: "start", fault: { kind: "stall" } });
      const response = await call(simulation, "POST", "/tasks", { body: { task: "Find flights" } });
      // The headers arrived: the route ran, the task exists.
      expect(response.status).toBe(202);
      expect(response.headers.get("content-type")).toBe("application/json");
      expect(simulation.tasks.list()).toHaveLength(1);
      const record = simulation.requests[0];
      expect(record).toMatchObject({ operation: "start", outcome: "hung", status: 202 });
      const whole = JSON.stringify({
        id: simulation.tasks.list()[0]?.id,
        sessionId: simulation.tasks.list()[0]?.extra.sessionId,
      });
      expect(record?.responseBody).toBe(whole.slice(0, Math.floor(whole.length / 2)));
      let settled = false;
      const reading = settle(response.text()).finally(() => {
        settled = true;
      });
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(settled).toBe(false);
      simulation.releaseHungRequests();
      expect(await reading).toEqual({ error: expect.any(Error) });
    });

    it("lets the client give up reading the body: its abort ends the read", async () => {
      const simulation = await browserUse();
      simulation.injectFault({ operation: "list", fault: { kind: "stall" } });
      const controller = new AbortController();
      const response = await call(simulation, "GET", "/tasks", { signal: controller.signal });
      expect(response.status).toBe(200);
      const reading = settle(response.text());
      controller.abort();
      expect(await reading).toEqual({ error: expect.objectContaining({ name: "AbortError" }) });
      simulation.releaseHungRequests();
      expect((await call(simulation, "GET", "/tasks")).status).toBe(200);
    });
  });

  describe("drop", () => {
    it("ends the connection without an answer, so fetch rejects, and runs nothing", async () => {
      const simulation = await browserUse();
      simulation.injectFault({ operation: "start", fault: { kind: "drop" } });
      const result = await settle(call(simulation, "POST", "/tasks", { body: { task: "Find flights" } }));
      expect(result).toEqual({ error: expect.any(TypeError) });
      expect(simulation.tasks.list()).toEqual([]);
      expect(simulation.requests[0]).toMatchObject({ operation: "start", outcome: "dropped", status: null });
      if (transport === "http") expect(simulation.requests[0]?.bytesOut).toBe(0);
      expect((await call(simulation, "POST", "/tasks", { body: { task: "Find flights" } })).status).toBe(202);
    });
  });

  describe("delay", () => {
    it("answers after the delay, running the route then: a change made meanwhile shows", async () => {
      const simulation = await browserUse();
      const id = await startTask(simulation);
      simulation.injectFault({ operation: "get", fault: { kind: "delay", ms: 50 } });
      const reading = call(simulation, "GET", `/tasks/${id}`);
      const record = await simulation.waitForRequest("get");
      expect(record.outcome).toBe("pending");
      simulation.tasks.stop(id);
      const response = await reading;
      expect(response.status).toBe(200);
      expect(await json(response)).toMatchObject({ id, status: "stopped" });
      expect(record).toMatchObject({ outcome: "answered", status: 200 });
    });

    it("with afterHandling, runs the route first and delays its answer", async () => {
      const simulation = await browserUse();
      const id = await startTask(simulation);
      simulation.injectFault({ operation: "get", afterHandling: true, fault: { kind: "delay", ms: 50 } });
      const reading = call(simulation, "GET", `/tasks/${id}`);
      await simulation.waitForRequest("get");
      simulation.tasks.stop(id);
      expect(await json(await reading)).toMatchObject({ id, status: "started" });
      expect(simulation.tasks.get(id).phase).toBe("stopped");
    });
  });

  describe("times", () => {
    it("applies to that many matching requests", async () => {
      const simulation = await browserUse();
      simulation.injectFault({ operation: "list", times: 2, fault: { kind: "status", status: 500 } });
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 3; attempt += 1) statuses.push((await call(simulation, "GET", "/tasks")).status);
      expect(statuses).toEqual([500, 500, 200]);
    });

    it("applies to every matching request with Infinity, until clearFaults()", async () => {
      const simulation = await browserUse();
      simulation.injectFault({ operation: "list", times: Number.POSITIVE_INFINITY, fault: { kind: "html" } });
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 5; attempt += 1) statuses.push((await call(simulation, "GET", "/tasks")).status);
      expect(statuses).toEqual([502, 502, 502, 502, 502]);
      simulation.clearFaults();
      expect((await call(simulation, "GET", "/tasks")).status).toBe(200);
    });

    it("refuses a count that is not above 0", async () => {
      const simulation = await browserUse();
      for (const times of [0, -1, Number.NaN])
        expect(() => simulation.injectFault({ times, fault: { kind: "drop" } })).toThrow(RangeError);
      expect((await call(simulation, "GET", "/tasks")).status).toBe(200);
    });
  });

  describe("taskId", () => {
    it.each([
      ["browser-use", simulateBrowserUse],
      ["hyperbrowser", simulateHyperbrowser],
      ["browseract (task_id in the query)", simulateBrowserAct],
      ["dari (job_id in the query)", simulateDari],
    ] as const)("%s: fails only requests naming that task", async (_, simulate) => {
      const simulation = await serve(simulate({ clock: createManualClock() }));
      const paths = providerPaths[simulation.provider];
      if (paths === undefined) throw new Error(simulation.provider);
      const target = await startTask(simulation);
      const other = await startTask(simulation);
      simulation.injectFault({
        taskId: target,
        times: Number.POSITIVE_INFINITY,
        fault: { kind: "status", status: 500, body: { detail: "boom" } },
      });
      expect((await call(simulation, "GET", paths.get(other))).status).toBe(200);
      expect((await call(simulation, "GET", paths.get(target))).status).toBe(500);
      // A start names no task: untouched.
      await startTask(simulation);
      expect((await call(simulation, "GET", paths.get(target))).status).toBe(500);
      expect(
        simulation.requests.filter((request) => request.operation === "get").map((r) => [r.taskId, r.status]),
      ).toEqual([
        [other, 200],
        [target, 500],
        [target, 500],
      ]);
    });
  });

  describe("afterHandling", () => {
    it("creates the task yet loses the answer", async () => {
      const simulation = await browserUse();
      simulation.injectFault({
        operation: "start",
        afterHandling: true,
        fault: { kind: "status", status: 502, body: { detail: "Bad gateway" } },
      });
      const response = await call(simulation, "POST", "/tasks", { body: { task: "Find flights" } });
      expect(response.status).toBe(502);
      expect(await json(response)).toEqual({ detail: "Bad gateway" });
      expect(simulation.tasks.list()).toHaveLength(1);
      expect(simulation.tasks.list()[0]?.input).toEqual({ task: "Find flights" });
    });

    it("creates the task even when the connection is dropped", async () => {
      const simulation = await browserUse();
      simulation.injectFault({ operation: "start", afterHandling: true, fault: { kind: "drop" } });
      const result = await settle(call(simulation, "POST", "/tasks", { body: { task: "Find flights" } }));
      expect(result).toEqual({ error: expect.any(TypeError) });
      expect(simulation.tasks.list()).toHaveLength(1);
    });

    it("without it, the request has no effect", async () => {
      const simulation = await browserUse();
      const id = await startTask(simulation);
      simulation.injectFault({ operation: "stop", fault: { kind: "status", status: 502 } });
      const response = await call(simulation, "PATCH", `/tasks/${id}`, { body: { action: "stop" } });
      expect(response.status).toBe(502);
      expect(simulation.tasks.get(id).phase).not.toBe("stopped");
    });
  });

  describe("operation", () => {
    it('defaults to "*": the next request of any kind, even unauthorized or to an unknown path', async () => {
      const simulation = await browserUse();
      simulation.injectFault({ times: 3, fault: { kind: "status", status: 418 } });
      const statuses = [
        (await call(simulation, "GET", "/tasks", { key: "wrong-key" })).status,
        (await call(simulation, "GET", "/no/such/path")).status,
        (await call(simulation, "POST", "/tasks", { body: { task: "Find flights" } })).status,
        (await call(simulation, "GET", "/tasks")).status,
      ];
      expect(statuses).toEqual([418, 418, 418, 200]);
      expect(simulation.requests.map((request) => request.operation)).toEqual(["list", "unknown", "start", "list"]);
    });

    it("applies only to its operation", async () => {
      const simulation = await browserUse();
      simulation.injectFault({ operation: "start", fault: { kind: "status", status: 500 } });
      expect((await call(simulation, "GET", "/tasks")).status).toBe(200);
      expect((await call(simulation, "POST", "/tasks", { body: { task: "Find flights" } })).status).toBe(500);
    });
  });

  describe("rules order", () => {
    it("applies the first matching rule in the order added, whatever its operation", async () => {
      const simulation = await browserUse();
      simulation.injectFault({ fault: { kind: "status", status: 503 } });
      simulation.injectFault({ operation: "list", fault: { kind: "status", status: 500 } });
      simulation.injectFault({ operation: "list", fault: { kind: "html", status: 504 } });
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 4; attempt += 1) statuses.push((await call(simulation, "GET", "/tasks")).status);
      expect(statuses).toEqual([503, 500, 504, 200]);
    });

    it("skips rules that do not match this request", async () => {
      const simulation = await browserUse();
      simulation.injectFault({ operation: "start", fault: { kind: "status", status: 500 } });
      simulation.injectFault({ operation: "list", fault: { kind: "status", status: 503 } });
      expect((await call(simulation, "GET", "/tasks")).status).toBe(503);
      expect((await call(simulation, "GET", "/tasks")).status).toBe(200);
      expect((await call(simulation, "POST", "/tasks", { body: { task: "Find flights" } })).status).toBe(500);
    });
  });
});
