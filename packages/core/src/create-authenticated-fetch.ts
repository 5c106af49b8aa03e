import { RedirectError } from "./errors.js";
import { applySecurityScheme, type SecurityScheme, securityHeaderName } from "./security-scheme.js";

export type FetchLike = (request: Request) => Promise<Response>;

/** A fetch that authenticates; `fetchOverride` replaces the underlying transport for one call. */
export type AuthenticatedFetch = (request: Request, fetchOverride?: FetchLike) => Promise<Response>;

const MAX_REDIRECTS = 5;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const CREDENTIAL_HEADERS = ["authorization", "proxy-authorization", "cookie"];

export interface AuthenticatedFetchOptions {
  provider: string;
  security: SecurityScheme;
  apiKey: string;
  /** The only origin the key is sent to: the client's base URL. A per-request `baseUrl` elsewhere gets no key. */
  apiOrigin: string;
  /** Resolved on every call, so a mock installed after the client was created (msw) is still used. */
  getFetch: () => FetchLike;
}

/**
 * Wraps fetch so the key is added to each request and follows redirects by hand:
 * same-origin hops keep the key, and once a hop leaves the API's origin no credential travels again.
 */
export function createAuthenticatedFetch(options: AuthenticatedFetchOptions): AuthenticatedFetch {
  const keyHeader = securityHeaderName(options.security).toLowerCase();
  return async (request, fetchOverride) => {
    const send = fetchOverride ?? options.getFetch();
    const body = request.body === null ? null : await request.arrayBuffer();
    let url = new URL(request.url);
    let method = request.method;
    let sendBody: ArrayBuffer | null = body;
    let keyAllowed = url.origin === options.apiOrigin;
    const baseHeaders = new Headers(request.headers);

    for (let hop = 0; ; hop++) {
      const headers = new Headers(baseHeaders);
      if (keyAllowed) {
        applySecurityScheme(headers, options.security, options.apiKey);
      } else {
        for (const name of [keyHeader, ...CREDENTIAL_HEADERS]) headers.delete(name);
      }
      const response = await send(
        new Request(url, { method, headers, body: sendBody, redirect: "manual", signal: request.signal }),
      );
      if (response.type === "opaqueredirect") {
        throw new RedirectError(options.provider, 0, "the runtime hides the redirect target (browser fetch)");
      }
      const location = response.headers.get("location");
      if (!REDIRECT_STATUSES.has(response.status) || location === null) return response;
      if (hop >= MAX_REDIRECTS) {
        throw new RedirectError(options.provider, response.status, `more than ${MAX_REDIRECTS} redirects`);
      }
      await response.body?.cancel();
      url = new URL(location, url);
      if (url.protocol !== "https:" && url.protocol !== "http:") {
        throw new RedirectError(options.provider, response.status, `the target is a ${url.protocol} URL`);
      }
      if (url.origin !== options.apiOrigin) keyAllowed = false;
      const becomesGet =
        response.status === 303 || ((response.status === 301 || response.status === 302) && method === "POST");
      if (becomesGet && method !== "HEAD") {
        method = "GET";
        sendBody = null;
        baseHeaders.delete("content-type");
        baseHeaders.delete("content-length");
      }
    }
  };
}
