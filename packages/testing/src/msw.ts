import { type HttpHandler, HttpResponse, http } from "msw";
import type { Simulation } from "./simulation.js";
import { type Outcome, stalledPart } from "./transport.js";

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The base path of a simulation's msw base URL, without a trailing slash (`/api/v2`, or "" for an origin). */
function basePathOf(simulation: Simulation): string {
  return new URL(simulation.mswBaseUrl).pathname.replace(/\/+$/, "");
}

/**
 * Which of `simulations` answers `url`: of those on its origin, the one with the longest base path the path is
 * under (Browser Use's `/api/v2` and `/api/v4` share an origin), else the first one on its origin.
 */
function answererOf(simulations: readonly Simulation[], url: URL): Simulation | undefined {
  const sameOrigin = simulations.filter((simulation) => new URL(simulation.mswBaseUrl).origin === url.origin);
  let best: Simulation | undefined;
  let bestLength = -1;
  for (const simulation of sameOrigin) {
    const base = basePathOf(simulation);
    const under = base === "" || url.pathname === base || url.pathname.startsWith(`${base}/`);
    if (under && base.length > bestLength) {
      best = simulation;
      bestLength = base.length;
    }
  }
  return best ?? sameOrigin[0];
}

/**
 * msw request handlers that answer, in the test's own process, every request to each simulation's `mswBaseUrl`
 * origin (the provider's production origin unless the simulation was given a `baseUrl`):
 * `setupServer(...simulationHandlers(browserUse, hyperbrowser))`. A client built with the provider's default base
 * URL reaches the simulation without any other change; a path the provider does not serve gets its 404.
 *
 * The origin is fixed when the simulation is created, so it does not matter when the handlers are built: a
 * simulation that also `listen()`s keeps answering here over msw, and requests to its local HTTP server are
 * never caught by these handlers (they reach the server, and are recorded with transport `http`).
 *
 * Simulations on one origin (Browser Use v2 and v4, at `/api/v2` and `/api/v4`) share it when given in one call:
 * each answers the requests under its own base path, and the first one given answers the origin's other paths.
 *
 * With msw's `onUnhandledRequest: "error"`, requests to a simulation's local server are unhandled too: let
 * `http://127.0.0.1:` URLs through with a function there if a test uses both transports at once.
 *
 * Dropped connections become network errors (`TypeError: Failed to fetch`); hung requests wait until
 * `releaseHungRequests()` or `close()`, or until the client aborts, and then fail the same way. A `delay` fault
 * waits on `setTimeout`, so vitest's fake timers delay it too.
 */
export function simulationHandlers(...simulations: Simulation[]): HttpHandler[] {
  return simulations.map((simulation) =>
    http.all(new RegExp(`^${escapeRegExp(new URL(simulation.mswBaseUrl).origin)}(?:[/?#]|$)`), async ({ request }) => {
      // Another simulation of this call answers it: one on the same origin whose base path the request is under.
      if (answererOf(simulations, new URL(request.url)) !== simulation) return undefined;
      const headers: Record<string, string> = {};
      request.headers.forEach((value, name) => {
        headers[name] = value;
      });
      const { outcome } = await simulation.dispatch(
        { method: request.method, url: new URL(request.url), headers, body: await request.text() },
        "msw",
      );
      switch (outcome.kind) {
        case "answer":
          return new HttpResponse(outcome.body === "" ? null : outcome.body, {
            status: outcome.status,
            headers: outcome.headers,
          });
        case "drop":
          return HttpResponse.error();
        case "hang":
          if (outcome.partial !== undefined) return stalledResponse(outcome, request.signal);
          // A client that gives up (aborts, times out) ends the hang; its fetch has already rejected.
          if (request.signal.aborted) outcome.release();
          else request.signal.addEventListener("abort", outcome.release, { once: true });
          await outcome.released;
          request.signal.removeEventListener("abort", outcome.release);
          return HttpResponse.error();
      }
    }),
  );
}

/** A stall over msw: the status, headers and half the body now, then a body that errors once released or aborted. */
function stalledResponse(outcome: Extract<Outcome, { kind: "hang" }>, signal: AbortSignal): HttpResponse<BodyInit> {
  const { status, headers, body } = outcome.partial as NonNullable<typeof outcome.partial>;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(stalledPart(body)));
      const end = (reason: unknown) => {
        outcome.release();
        try {
          controller.error(reason);
        } catch {
          // Already errored or cancelled.
        }
      };
      // As fetch does: an abort fails the read with the signal's reason (an AbortError).
      const aborted = () => end(signal.reason);
      if (signal.aborted) aborted();
      else signal.addEventListener("abort", aborted, { once: true });
      outcome.released.then(() => end(new TypeError("the simulation ended a stalled answer's body")));
    },
  });
  return new HttpResponse(stream, { status, headers });
}
