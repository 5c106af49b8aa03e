import { HttpResponse, http, type JsonBodyType, type Path } from "msw";
import { afterEach, describe, expect, it, vi } from "vitest";
import { type ClientResult, expectRetriedTwiceThenReturned } from "./default-retries.js";
import type { MswServer } from "./msw-server.js";

type ErrorClass = abstract new (...args: never[]) => unknown;

/** What one provider's client factory is expected to do, told in that provider's terms. */
export interface ProviderClientContract<Client> {
  /** The test file's msw server, which its provider-specific tests share. */
  msw: MswServer;
  /** The factory under test. Called with no options, it must fall back to `key.envVar`. */
  createClient: (options?: { apiKey?: string }) => Client;
  /** The factory's name, as the missing-key message gives it, e.g. `createHyperbrowserClient`. */
  factoryName: string;
  /** Sends the provider's task GET through `client`. */
  send: (client: Client) => Promise<ClientResult>;
  /** Core's error class, passed in because this package does not depend on core. */
  errors: { MissingApiKeyError: ErrorClass };
  request: {
    /** The URL as the test name shows it, e.g. `https://api.browseract.com/v2/workflow/get-task?task_id=...`. */
    documentedUrl: string;
    /** The msw path the task GET is served at, e.g. `https://api.browseract.com/v2/workflow/get-task`. */
    route: Path;
    /** The whole URL `send` must request. */
    url: string;
  };
  /** The body the route serves, and what the test name calls it, e.g. "the documented task". */
  served: { body: JsonBodyType; called: string };
  key: {
    /** The key passed as `apiKey`. */
    value: string;
    /** The header that must carry it, as the provider's docs spell it, and the scheme before it, if any. */
    header: string;
    scheme?: "Bearer";
    /** The environment variable read when no `apiKey` is passed, and the key the test puts in it. */
    envVar: string;
    fromEnv: string;
    /** The whole message of the `MissingApiKeyError` thrown when neither is there. */
    missingMessage: string;
  };
  /** The provider's own 500 body, served on every attempt of the default-retries check. */
  serverErrorBody: JsonBodyType;
}

/**
 * Registers, inside the caller's `describe`, the tests every provider's client must pass: the task GET,
 * the credential header and only that one, default retries, and the API key from the environment or
 * a `MissingApiKeyError` naming the factory and the variable.
 */
export function describeProviderClientContract<Client>(contract: ProviderClientContract<Client>): void {
  const { msw, createClient, factoryName, send, errors, request, served, key, serverErrorBody } = contract;
  const { calls } = msw;
  const credentialValue = (apiKey: string) => (key.scheme === undefined ? apiKey : `${key.scheme} ${apiKey}`);
  const credentialText = key.scheme === undefined ? key.header : `${key.header}: ${key.scheme}`;
  const serveTask = () => msw.server.use(http.get(request.route, () => HttpResponse.json(served.body)));

  describe("ProviderClient contract", () => {
    afterEach(() => {
      vi.unstubAllEnvs();
    });

    it(`GETs ${request.documentedUrl} and returns ${served.called} as data`, async () => {
      serveTask();

      const { data, error, response } = await send(createClient({ apiKey: key.value }));

      expect(calls).toHaveLength(1);
      expect(calls[0]?.method).toBe("GET");
      expect(calls[0]?.url.href).toBe(request.url);
      expect(response.status).toBe(200);
      expect(error).toBeUndefined();
      expect(data).toEqual(served.body);
    });

    it(`sends the key as ${credentialText} and no other credential header`, async () => {
      serveTask();

      await send(createClient({ apiKey: key.value }));

      const headers = calls[0]?.headers;
      expect(headers?.get(key.header)).toBe(credentialValue(key.value));
      // Headers lower-cases every name it lists.
      expect([...(headers?.keys() ?? [])]).toEqual([key.header.toLowerCase()]);
      expect(calls[0]?.url.href).not.toContain(key.value);
    });

    it("retries a 500 twice by default, 0.5 s then 1 s later, then returns it as error", async () => {
      await expectRetriedTwiceThenReturned({
        msw,
        route: request.route,
        url: request.url,
        errorBody: serverErrorBody,
        send: () => send(createClient({ apiKey: key.value })),
      });
    });

    it(`reads ${key.envVar} when no apiKey is passed`, async () => {
      vi.stubEnv(key.envVar, key.fromEnv);
      serveTask();

      await send(createClient());

      expect(calls[0]?.headers.get(key.header)).toBe(credentialValue(key.fromEnv));
    });

    it(`names ${factoryName} and ${key.envVar} when no key is found`, () => {
      vi.stubEnv(key.envVar, undefined);

      expect(() => createClient()).toThrow(errors.MissingApiKeyError);
      expect(() => createClient()).toThrow(key.missingMessage);
    });
  });
}
