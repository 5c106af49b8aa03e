import { RedirectError } from "./errors.js";
import type { RequestParts } from "./prepared-request.js";
import { markAnsweredAfterRedirect, markMayHaveBeenSent } from "./retry-policy.js";
import { type SecurityScheme, securityHeaderName, securityHeaderValue } from "./security-scheme.js";

export type FetchLike = (request: Request) => Promise<Response>;

/** One request as the request layer hands it down: parts, not a `Request`, so an attempt builds nothing it does not send. */
interface OutgoingRequest extends RequestParts {
  signal: AbortSignal | undefined;
}

/** Sends one attempt, authenticated, following redirects safely. The caller's `headers` object is never changed. */
export type AuthenticatedTransport = (outgoing: OutgoingRequest, fetchOverride?: FetchLike) => Promise<Response>;

const MAX_REDIRECTS = 5;
const REDIRECT_STATUSES = [301, 302, 303, 307, 308];
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

/**
 * Adds the key to each request and follows redirects by hand: same-origin hops keep the key, and once a hop
 * leaves the API's origin no credential travels again. Non-http(s) targets and more than 5 hops are refused.
 * A hop after the first that fails is thrown marked as "may have been sent" (`markMayHaveBeenSent`), so the
 * retry policy never resends a POST whose first hop already arrived; a response from such a hop is marked
 * (`markAnsweredAfterRedirect`) for the same reason, so its 408/409/429 does not resend a POST either.
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

  return async ({ url, method, headers: sentHeaders, body, options, signal }, fetchOverride) => {
    const headers = { ...sentHeaders };
    // A prefix test can only say "no" wrongly (odd casing, default port), which withholds the key: the safe side.
    let keyAllowed = url.startsWith(origin) && (url[origin.length] ?? "/") === "/";
    for (let hop = 0; ; hop++) {
      if (keyAllowed) headers[keyHeader] = keyValue;
      else for (const name of [keyHeader, ...CREDENTIAL_HEADERS]) delete headers[name];
      const init: RequestInit = { ...options, method, headers, body, redirect: "manual", signal: signal ?? null };
      const customFetch = fetchOverride ?? getFetch?.();
      // `fetch(url, init)` builds one Request itself; a custom fetch is promised a Request.
      const response = await (customFetch ? customFetch(new Request(url, init)) : fetch(url, init)).catch(
        (error: unknown) => {
          // An earlier hop reached a server, which may have acted on the request before redirecting it: whatever
          // this hop's error says (even ECONNREFUSED), the request is no longer safe to send again.
          throw hop ? markMayHaveBeenSent(error) : error;
        },
      );
      const { status } = response;
      if (response.type === "opaqueredirect") throw refuse(0, "the runtime hides the redirect target (browser fetch)");
      const location = REDIRECT_STATUSES.includes(status) ? response.headers.get("location") : null;
      // A later hop's answer (even "429, refused") says nothing of what the first hop's server did with the request.
      if (location === null) return hop ? markAnsweredAfterRedirect(response) : response;
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
