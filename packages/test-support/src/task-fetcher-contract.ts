import { HttpResponse, type HttpResponseResolver, http, type JsonBodyType, type Path } from "msw";
import { describe, expect, it } from "vitest";
import type { MswServer } from "./msw-server.js";
import { rejectionOf } from "./thrown-by.js";

type ErrorClass = abstract new (...args: never[]) => unknown;

/**
 * The part of core's `TaskFetcher` the contract drives, written out here because this package does not
 * depend on core (nor on any provider package).
 */
interface FetcherUnderTest<Ref> {
  readonly source: string;
  fetchTask(ref: Ref, options?: { signal?: AbortSignal }): Promise<unknown>;
}

/** What one provider's task fetcher is expected to do, told in that provider's terms. */
export interface TaskFetcherContract<Ref> {
  /** The test file's msw server, which its provider-specific tests share. */
  msw: MswServer;
  /** A fetcher over a client with retries off, so that every failure is one request. */
  createFetcher: () => FetcherUnderTest<Ref>;
  /** The fetcher's `source`, which also names the provider on every error it throws. */
  source: string;
  /** Core's error classes, passed in for the same reason as `FetcherUnderTest`. */
  errors: { NotFoundError: ErrorClass; UserAbortError: ErrorClass; InvalidTaskRefError: ErrorClass };
  /** A reference to a task the provider has. */
  ref: Ref;
  /** The body the provider serves for `ref`. */
  task: JsonBodyType;
  /**
   * Where reading one task takes more than the task GET (Browser Use v4 reads the run, then its events feed): the
   * GETs that follow it, in order, each served with its body and carrying the same credential.
   */
  followUps?: readonly { route: Path; url: string; body: JsonBodyType }[];
  /** What `fetchTask` resolves, where that is more than `task` (built from the follow-ups too); `task` otherwise. */
  resolves?: unknown;
  request: {
    /** The documented path, as the test name shows it, e.g. `/api/task/hyper-agent/{jobId}`. */
    path: string;
    /** The msw path the task GET is served at, e.g. `https://api.hyperbrowser.ai/api/task/hyper-agent/:id`. */
    route: Path;
    /** The whole URL the fetcher must request for `ref`. */
    url: string;
    /** The key the fetcher's client was given, the header that must carry it, and the scheme before it, if any. */
    credential: { key: string; header: string; scheme?: "Bearer" };
  };
  notFound: {
    /** What the provider's 404 body says, for the test name, e.g. "Hyperbrowser's message". */
    carrying: string;
    body: JsonBodyType;
    /** The whole message of the `NotFoundError`. */
    message: string;
    /** Fields the error takes from the body beyond the message, e.g. BrowserAct's `code` and `requestId`. */
    fields?: Record<string, unknown>;
  };
  /** Where the provider may answer 404 with no body at all: the message, which must say the body was empty. */
  emptyNotFoundMessage?: string;
  /** Where the reference is a single string id rather than an object. */
  stringId?: {
    /** The name `InvalidTaskRefError` gives the id, e.g. `jobId`. */
    field: string;
    /** A number passed as the id; worth choosing where the provider's ids outgrow a JavaScript number. */
    asNumber?: number;
    /** Where the id goes into the path: the path parameter `InvalidPathParameterError` names. */
    path?: { parameter: string; InvalidPathParameterError: ErrorClass };
  };
}

/**
 * Registers, inside the caller's `describe`, the tests every provider's task fetcher must pass: source,
 * request and credential, 404, aborts, and refusing bad ids before anything is sent.
 */
export function describeTaskFetcherContract<Ref>(contract: TaskFetcherContract<Ref>): void {
  const { msw, createFetcher, source, errors, ref, task, request, notFound, emptyNotFoundMessage, stringId } = contract;
  const { followUps = [], resolves = task } = contract;
  const { calls } = msw;
  /** Answers the task GET with `resolver` for the current test. */
  const serve = (resolver: HttpResponseResolver) => msw.server.use(http.get(request.route, resolver));
  const { key, header, scheme } = request.credential;
  const credentialValue = scheme === undefined ? key : `${scheme} ${key}`;
  const credentialText = scheme === undefined ? header : `${header} (${scheme})`;
  const serveTask = () => {
    serve(() => HttpResponse.json(task));
    for (const followUp of followUps) msw.server.use(http.get(followUp.route, () => HttpResponse.json(followUp.body)));
  };
  const followUpText = followUps.length === 0 ? "" : ` and then its ${followUps.length} follow-up GET(s)`;

  /** A route that holds every request until it is aborted, and says when one has arrived. */
  function holdRequests(): Promise<void> {
    return new Promise((arrived) => {
      serve(async () => {
        arrived();
        await new Promise(() => {}); // held until the client aborts it
        return HttpResponse.json(task);
      });
    });
  }

  describe("TaskFetcher contract", () => {
    it(`has source '${source}'`, () => {
      expect(createFetcher().source).toBe(source);
    });

    it(`GETs ${request.path}${followUpText} with the key in ${credentialText} and resolves the task exactly as served`, async () => {
      serveTask();

      const served = await createFetcher().fetchTask(ref);

      expect(calls.map((call) => `${call.method} ${call.url.href}`)).toEqual(
        [request.url, ...followUps.map((followUp) => followUp.url)].map((url) => `GET ${url}`),
      );
      for (const call of calls) expect(call.headers.get(header)).toBe(credentialValue);
      expect(served).toEqual(resolves);
    });

    it(`rejects a 404 with NotFoundError carrying the provider, status, URL and ${notFound.carrying}`, async () => {
      serve(() => HttpResponse.json(notFound.body, { status: 404 }));

      const error = await rejectionOf(createFetcher().fetchTask(ref));

      expect(error).toBeInstanceOf(errors.NotFoundError);
      expect(error).toMatchObject({
        provider: source,
        status: 404,
        method: "GET",
        url: request.url,
        ...notFound.fields,
        body: notFound.body,
        message: notFound.message,
      });
      expect(calls).toHaveLength(1);
    });

    if (emptyNotFoundMessage !== undefined) {
      it("rejects a 404 with no body with NotFoundError saying the body was empty", async () => {
        serve(() => new HttpResponse(null, { status: 404, headers: { "Content-Length": "0" } }));

        const error = await rejectionOf(createFetcher().fetchTask(ref));

        expect(error).toBeInstanceOf(errors.NotFoundError);
        expect(error).toMatchObject({ provider: source, status: 404, message: emptyNotFoundMessage });
      });
    }

    it("aborts the request in flight when the signal fires, rejecting with UserAbortError", async () => {
      const arrived = holdRequests();
      const controller = new AbortController();
      const reason = new Error("the user closed the page");

      const pending = createFetcher().fetchTask(ref, { signal: controller.signal });
      await arrived;
      controller.abort(reason);
      const error = await rejectionOf(pending);

      expect(error).toBeInstanceOf(errors.UserAbortError);
      expect(error).toMatchObject({ provider: source, cause: reason });
      expect(calls).toHaveLength(1);
    });

    it("sends nothing when the signal has already aborted", async () => {
      serveTask();

      const error = await rejectionOf(createFetcher().fetchTask(ref, { signal: AbortSignal.abort() }));

      expect(error).toBeInstanceOf(errors.UserAbortError);
      expect(calls).toEqual([]);
    });

    if (stringId !== undefined) itRefusesBadIds(contract, stringId);
  });
}

/** The ids a single-string reference must refuse before anything is sent. */
function itRefusesBadIds<Ref>(
  { msw, createFetcher, source, errors }: TaskFetcherContract<Ref>,
  { field, asNumber = 42, path }: NonNullable<TaskFetcherContract<Ref>["stringId"]>,
): void {
  it.each([
    [asNumber, "must be a string, got number"],
    [null, "must be a string, got null"],
    [undefined, "must be a string, got undefined"],
    ["", "is empty"],
    ["   ", "is empty"],
  ])(`rejects the ${field} %j with InvalidTaskRefError and sends nothing`, async (id, problem) => {
    const error = await rejectionOf(createFetcher().fetchTask(id as Ref));

    expect(error).toBeInstanceOf(errors.InvalidTaskRefError);
    expect(error).toMatchObject({
      provider: source,
      field,
      message: `Invalid ${source} task reference: \`${field}\` ${problem}. Nothing was sent.`,
    });
    expect(msw.calls).toEqual([]);
  });

  if (path === undefined) return;

  it.each(["..", ".", "%2e%2e"])(
    `rejects the ${field} %j with InvalidPathParameterError and sends nothing`,
    async (id) => {
      const error = await rejectionOf(createFetcher().fetchTask(id as Ref));

      expect(error).toBeInstanceOf(path.InvalidPathParameterError);
      expect(error).toMatchObject({ provider: source, parameter: path.parameter });
      expect(msw.calls).toEqual([]);
    },
  );
}
