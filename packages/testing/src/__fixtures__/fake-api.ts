import { afterEach } from "vitest";
import { createManualClock, type ManualClock, type SimulationClock } from "../clock.js";
import type { Simulation } from "../simulation.js";

/** How a provider sends its API key: the header's name and, when it is not the bare key, its value (`Bearer …`). */
interface FakeAuthHeader {
  name: string;
  value?: (key: string) => string;
}

interface FakeCallOptions {
  /** Sent as JSON, with `content-type: application/json`. */
  body?: unknown;
  /** The API key to send: the server's own by default, `null` for none. */
  key?: string | null;
}

/**
 * A `call(server, method, path, { body, key })` that requests `path` under the fake's `baseUrl` with the provider's
 * auth header, and answers the status and the parsed JSON body (`undefined` when the body is empty).
 */
export function fakeCaller(authHeader: FakeAuthHeader) {
  return async (
    server: Pick<Simulation, "baseUrl"> & { readonly apiKey: string },
    method: string,
    path: string,
    options: FakeCallOptions = {},
  ): Promise<{ status: number; body: unknown }> => {
    const headers: Record<string, string> = {};
    const key = options.key === undefined ? server.apiKey : options.key;
    if (key !== null) headers[authHeader.name] = authHeader.value === undefined ? key : authHeader.value(key);
    if (options.body !== undefined) headers["content-type"] = "application/json";
    const response = await fetch(`${server.baseUrl}${path}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    const text = await response.text();
    return { status: response.status, body: text === "" ? undefined : JSON.parse(text) };
  };
}

/**
 * Starts simulations (over HTTP) for the tests of one file and closes them after each test. `start(options)` runs the fake on a new
 * manual clock, which `clock` then answers; `track(server)` closes a fake the test started itself.
 */
export function useFake<Options extends { clock?: SimulationClock }, Server extends Simulation>(
  simulate: (options?: Options) => Server,
) {
  let servers: Server[] = [];
  let clock: ManualClock | undefined;
  afterEach(async () => {
    const closing = servers;
    servers = [];
    clock = undefined;
    await Promise.all(closing.map((server) => server.close()));
  });
  function track(server: Server): Server {
    servers.push(server);
    return server;
  }
  return {
    async start(options?: Options): Promise<Server> {
      clock = createManualClock();
      // Spreading `undefined` adds nothing; the cast only drops it from the type.
      return track(await simulate({ ...(options as Options), clock }).listen());
    },
    /** The manual clock of the fake the test started last. */
    get clock(): ManualClock {
      if (clock === undefined) throw new Error("no fake started in this test");
      return clock;
    },
    track,
  };
}
