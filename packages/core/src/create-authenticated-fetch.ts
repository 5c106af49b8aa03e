import { RedirectError } from "./errors.js";
import { type SecurityScheme, securityHeaderName } from "./security-scheme.js";

export type FetchLike = (request: Request) => Promise<Response>;

/** A fetch that authenticates; `fetchOverride` replaces the underlying transport for one call. */
export type AuthenticatedFetch = (request: Request, fetchOverride?: FetchLike) => Promise<Response>;

/** One request as the request layer hands it down: parts, not a `Request`, so an attempt builds nothing it does not send. */
export interface OutgoingRequest {
  url: string;
  method: string;
  /** Lower-case names. Copied before any change, so the caller's object can be reused for the next attempt. */
  headers: Record<string, string>;
  /** Anything `fetch` can send more than once: a string, a buffer, form data (streams are read into a buffer first). */
  body: BodyInit | null;
  signal: AbortSignal | undefined;
}

/**
 * Sends one attempt, authenticated, following redirects safely. It takes either parts, or (the fast path) a
 * body-less `Request` built with `redirect: "manual"`, sent as it is with `signal` in place of its own.
 */
export type AuthenticatedTransport = (
  outgoing: OutgoingRequest | Request,
  fetchOverride?: FetchLike,
  signal?: AbortSignal,
) => Promise<Response>;

const MAX_REDIRECTS = 5;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const CREDENTIAL_HEADERS = ["authorization", "proxy-authorization", "cookie"];

export interface AuthenticatedFetchOptions {
  provider: string;
  security: SecurityScheme;
  apiKey: string;
  /** The only origin the key is sent to: the client's base URL. A per-request `baseUrl` elsewhere gets no key. */
  apiOrigin: string;
  /**
   * Resolved on every call, so a mock installed after the client was created (msw) is still used.
   * Without it, `globalThis.fetch` is looked up on every call and given the URL and init directly.
   */
  getFetch?: (() => FetchLike) | undefined;
}

function isSameOrigin(url: string, origin: string): boolean {
  // A prefix test can only say "no" wrongly (odd casing, default port), which withholds the key: the safe side.
  return url.startsWith(origin) && (url.length === origin.length || url[origin.length] === "/");
}

/**
 * Adds the key to each request and follows redirects by hand: same-origin hops keep the key, and once a hop
 * leaves the API's origin no credential travels again. Non-http(s) targets and more than 5 hops are refused.
 */
export function createAuthenticatedTransport(options: AuthenticatedFetchOptions): AuthenticatedTransport {
  const keyHeader = securityHeaderName(options.security).toLowerCase();
  const keyValue = options.security.type === "apiKey" ? options.apiKey : `Bearer ${options.apiKey}`;
  const origin = new URL(options.apiOrigin).origin;
  const fetchOnce = (
    request: Request | string,
    init: RequestInit | undefined,
    fetchOverride: FetchLike | undefined,
  ) => {
    const customFetch = fetchOverride ?? options.getFetch?.();
    // `fetch(request, { signal })` makes undici follow one signal; a signal baked into the Request would be two.
    if (customFetch === undefined) return globalThis.fetch(request, init);
    return customFetch(typeof request === "string" || init !== undefined ? new Request(request, init) : request);
  };

  /** What a redirect answer means: the response itself, or where to go next. */
  const nextHop = async (response: Response, url: string, method: string, hop: number) => {
    if (response.type === "opaqueredirect") {
      throw new RedirectError(options.provider, 0, "the runtime hides the redirect target (browser fetch)");
    }
    if (!REDIRECT_STATUSES.has(response.status)) return null;
    const location = response.headers.get("location");
    if (location === null) return null;
    if (hop >= MAX_REDIRECTS) {
      throw new RedirectError(options.provider, response.status, `more than ${MAX_REDIRECTS} redirects`);
    }
    await response.body?.cancel();
    const target = new URL(location, url);
    if (target.protocol !== "https:" && target.protocol !== "http:") {
      throw new RedirectError(options.provider, response.status, `the target is a ${target.protocol} URL`);
    }
    const becomesGet =
      response.status === 303 || ((response.status === 301 || response.status === 302) && method === "POST");
    return { target, becomesGet: becomesGet && method !== "HEAD" };
  };

  return async (outgoing, fetchOverride, signal) => {
    let firstHop = 0;
    let parts: OutgoingRequest;
    let keyAllowed: boolean;
    if (outgoing instanceof Request) {
      // Fast path: the request openapi-fetch built is sent as it is, with the key set on its own headers.
      keyAllowed = isSameOrigin(outgoing.url, origin);
      if (keyAllowed) {
        outgoing.headers.set(keyHeader, keyValue);
      } else {
        for (const name of [keyHeader, ...CREDENTIAL_HEADERS]) outgoing.headers.delete(name);
      }
      const response = await fetchOnce(outgoing, signal === undefined ? undefined : { signal }, fetchOverride);
      const redirect = await nextHop(response, outgoing.url, outgoing.method, 0);
      if (redirect === null) return response;
      parts = {
        url: outgoing.url,
        method: outgoing.method,
        headers: headersToRecord(outgoing.headers),
        body: null,
        signal,
      };
      firstHop = 1;
      parts.url = redirect.target.href;
      if (redirect.target.origin !== origin) keyAllowed = false;
      if (redirect.becomesGet) parts.method = "GET";
    } else {
      parts = outgoing;
      keyAllowed = isSameOrigin(parts.url, origin);
    }
    let url = parts.url;
    let method = parts.method;
    let body: BodyInit | null = parts.body;
    const headers = { ...parts.headers };

    for (let hop = firstHop; ; hop++) {
      if (keyAllowed) {
        headers[keyHeader] = keyValue;
      } else {
        delete headers[keyHeader];
        for (const name of CREDENTIAL_HEADERS) delete headers[name];
      }
      const init: RequestInit = { method, headers, body, redirect: "manual", signal: parts.signal ?? null };
      const response = await fetchOnce(url, init, fetchOverride);
      const redirect = await nextHop(response, url, method, hop);
      if (redirect === null) return response;
      url = redirect.target.href;
      if (redirect.target.origin !== origin) keyAllowed = false;
      if (redirect.becomesGet) {
        method = "GET";
        body = null;
        delete headers["content-type"];
        delete headers["content-length"];
      }
    }
  };
}

/** Lower-cased header names and values as a plain object. */
export function headersToRecord(headers: Headers): Record<string, string> {
  const record: Record<string, string> = {};
  headers.forEach((value, name) => {
    record[name] = value;
  });
  return record;
}

/** `createAuthenticatedTransport` for callers that hold a `Request`. */
export function createAuthenticatedFetch(options: AuthenticatedFetchOptions): AuthenticatedFetch {
  const transport = createAuthenticatedTransport(options);
  return async (request, fetchOverride) =>
    transport(
      {
        url: request.url,
        method: request.method,
        headers: headersToRecord(request.headers),
        body: request.body === null ? null : await request.arrayBuffer(),
        signal: request.signal,
      },
      fetchOverride,
    );
}
