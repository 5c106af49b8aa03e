import { RedirectError } from "./errors.js";
import { type PartsInit, type RequestParts, SEND_PARTS } from "./prepared-request.js";
import { type SecurityScheme, securityHeaderName, securityHeaderValue } from "./security-scheme.js";

export type FetchLike = (request: Request) => Promise<Response>;

/** A `FetchLike` that may also take the URL and init without a `Request` (the Node transport). */
type MaybePartsTransport = FetchLike & { [SEND_PARTS]?: (url: string, init: PartsInit) => Promise<Response> };

/** One request as the request layer hands it down: parts, not a `Request`, so an attempt builds nothing it does not send. */
interface OutgoingRequest extends RequestParts {
  signal: AbortSignal | undefined;
  /**
   * Counts the hops that reached a server and answered with a redirect. Once one has, the request has arrived
   * somewhere that may have acted on it, whatever a later hop does: the request layer reads this to decide whether
   * a POST may be sent again.
   */
  reached: { redirects: number };
}

/** Sends one attempt, authenticated, following redirects safely. The caller's `headers` object is never changed. */
export type AuthenticatedTransport = (outgoing: OutgoingRequest, fetchOverride?: FetchLike) => Promise<Response>;

const MAX_REDIRECTS = 5;
const REDIRECT_STATUSES = [301, 302, 303, 307, 308];
// Never sent to another origin than the API's, even when the caller points one call there (a per-call `baseUrl`).
const CREDENTIAL_HEADERS = ["authorization", "proxy-authorization", "cookie"];
// The only headers that follow a redirect to another origin: none can carry a credential. Everything else (the key,
// `authorization`, and any header the caller added through the `headers` option, which may hold a token) stays behind.
const CROSS_ORIGIN_HEADERS = ["accept", "accept-language", "content-language", "content-type", "user-agent"];

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

/**
 * Adds the key to each request and follows redirects by hand: same-origin hops keep the key and every header,
 * and once a redirect leaves the API's origin only `CROSS_ORIGIN_HEADERS` travel on (a call the caller sent to
 * another origin itself keeps its headers, but never the key or `CREDENTIAL_HEADERS`). Non-http(s) targets and more than
 * 5 hops are refused. Each hop that answers with a redirect is counted in `reached`, so the request layer knows the
 * request arrived somewhere even when a later hop fails or refuses it.
 */
export function createAuthenticatedTransport({
  provider,
  security,
  apiKey,
  apiOrigin,
  getFetch,
}: AuthenticatedFetchOptions): AuthenticatedTransport {
  const keyHeader = securityHeaderName(security).toLowerCase();
  const keyValue = securityHeaderValue(security, apiKey);
  const origin = new URL(apiOrigin).origin;
  const refuse = (status: number, problem: string) => new RedirectError(provider, status, problem);

  return async ({ url, method, headers: sentHeaders, body, options, signal, reached }, fetchOverride) => {
    let headers = { ...sentHeaders };
    // A prefix test can only say "no" wrongly (odd casing, default port), which withholds the key: the safe side.
    let keyAllowed = url.startsWith(origin) && (url[origin.length] ?? "/") === "/";
    for (let hop = 0; ; hop++) {
      // The attempt may have ended (its timeout, the caller's abort) while a custom fetch that ignores the signal
      // was still answering: no further hop is sent for it.
      signal?.throwIfAborted();
      if (keyAllowed) headers[keyHeader] = keyValue;
      else if (hop > 0) headers = pickHeaders(headers, CROSS_ORIGIN_HEADERS);
      else for (const name of [keyHeader, ...CREDENTIAL_HEADERS]) delete headers[name];
      // Only what is set: undici does work for every field given, even `null`.
      const init: RequestInit = options
        ? { ...options, method, headers, redirect: "manual" }
        : { method, headers, redirect: "manual" };
      if (body !== null) init.body = body;
      if (signal) init.signal = signal;
      const customFetch: MaybePartsTransport | undefined = fetchOverride ?? getFetch?.();
      // `fetch(url, init)` builds one Request itself; a transport that takes parts builds none; any other custom
      // fetch is promised a Request.
      const sendParts = customFetch?.[SEND_PARTS];
      const response = await (customFetch === undefined
        ? fetch(url, init)
        : sendParts
          ? sendParts(url, init as PartsInit)
          : customFetch(new Request(url, init)));
      const { status } = response;
      if (response.type === "opaqueredirect") throw refuse(0, "the runtime hides the redirect target (browser fetch)");
      const location = REDIRECT_STATUSES.includes(status) ? response.headers.get("location") : null;
      if (location === null) return response;
      reached.redirects++;
      if (hop >= MAX_REDIRECTS) throw refuse(status, `more than ${MAX_REDIRECTS} redirects`);
      await response.body?.cancel();
      const target = new URL(location, url);
      if (!/^https?:$/.test(target.protocol)) throw refuse(status, `the target is a ${target.protocol} URL`);
      // 303, and 301/302 after a POST, continue as a GET without the body.
      if ((status === 303 || (status < 303 && method === "POST")) && method !== "HEAD") {
        method = "GET";
        body = null;
        delete headers["content-type"];
        delete headers["content-length"];
      }
      url = target.href;
      keyAllowed &&= target.origin === origin;
    }
  };
}

/** The entries of `headers` named in `names` (lower-case). */
function pickHeaders(headers: Record<string, string>, names: readonly string[]): Record<string, string> {
  const picked: Record<string, string> = {};
  for (const name of names) if (headers[name] !== undefined) picked[name] = headers[name];
  return picked;
}
