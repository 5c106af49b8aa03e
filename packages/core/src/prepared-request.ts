/**
 * What openapi-fetch builds in place of a `Request` when the client has no middleware: just the parts.
 * Building an undici `Request` costs about as much as the whole rest of a call on a fast network, and
 * `fetch(url, init)` builds one anyway, so the request layer sends these parts straight to `fetch`.
 * openapi-fetch only reads `method` (and middleware would read more, so clients with middleware get real ones).
 * How openapi-fetch builds it (`new Request(url, init)`), what it passes to our `fetch` and what it reads back
 * is pinned by `openapi-fetch-contract.test.ts`: run it after any openapi-fetch upgrade.
 */
export class PreparedRequest {
  declare readonly url: string;
  /** Upper-case, as openapi-fetch always passes it. */
  declare readonly method: string;
  /** openapi-fetch always passes its merged `Headers`. */
  declare readonly headers: Headers;
  declare readonly body?: BodyInit | null;

  constructor(input: string | URL, init: RequestInit) {
    // The rest of `init` (`credentials`, `cache`...) stays on the object, as a Request would keep it.
    Object.assign(this, init);
    this.url = String(input);
  }
}

// The fetch options a caller can pass per call (openapi-fetch hands them on), sent with every attempt and hop.
const FETCH_OPTIONS = [
  "cache",
  "credentials",
  "integrity",
  "keepalive",
  "mode",
  "priority",
  "referrer",
  "referrerPolicy",
];

/** A request as parts every attempt can send again: lower-case header names, and a stream body read once. */
export interface RequestParts {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: BodyInit | null;
  /** The caller's other fetch options, e.g. `credentials`, when there are any. */
  options?: RequestInit | undefined;
}

/** The parts of a `Request` (when the client has middleware) or a `PreparedRequest`. */
export async function requestParts(request: Request | PreparedRequest): Promise<RequestParts> {
  const { url, method, headers, body = null } = request;
  // Only the options that are set: undici slows down for every one given, even as `undefined`. A for-in
  // sees a PreparedRequest's own fields and a Request's getters, and is cheaper than looking up all eight.
  let options: Record<string, unknown> | undefined;
  for (const name in request) {
    const value = FETCH_OPTIONS.includes(name) ? (request as unknown as Record<string, unknown>)[name] : undefined;
    if (value === undefined) continue;
    options ??= {};
    options[name] = value;
  }
  return {
    url,
    method,
    headers: Object.fromEntries(headers),
    body: body instanceof ReadableStream ? await new Response(body).arrayBuffer() : body,
    options,
  };
}
