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

/**
 * The parts of a `Request` (when the client has middleware) or a `PreparedRequest`. Synchronous unless the body
 * is a stream, which is read here once: the call's hot path awaits nothing it does not have to.
 */
export function requestParts(request: Request | PreparedRequest): RequestParts | Promise<RequestParts> {
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
  const named: Record<string, string> = {};
  headers.forEach((value, name) => {
    named[name] = value;
  });
  const parts: RequestParts = { url, method, headers: named, body, options };
  if (!(body instanceof ReadableStream)) return parts;
  return new Response(body).arrayBuffer().then((bytes) => ({ ...parts, body: bytes }));
}

/**
 * Marks a transport that takes a request as the URL and init the layer would give `fetch` (`[SEND_PARTS](url,
 * init)`), so that no `Request` is built for it: the Node transport (node-transport.ts). A registered symbol, so
 * two copies of this package still recognise each other's transport.
 */
export const SEND_PARTS: unique symbol = Symbol.for("@agent-tasks/core.send-parts");

/**
 * Where a `Response` from such a transport may offer its body without a web stream: `response[BODY_SOURCE]`. The
 * request layer reads a body through it when it is there (building a `ReadableStream` costs more than the rest of
 * the read); `response.body` still gives the same body as a stream, to anyone else.
 */
export const BODY_SOURCE: unique symbol = Symbol.for("@agent-tasks/core.body-source");

/** A response body behind `BODY_SOURCE`. */
export interface BodySource {
  /**
   * Reads the body to its end, holding at most `limit` bytes, as `readBounded` (response-body.ts) does: past the
   * limit the rest is discarded (and its connection closed) and the body is `truncated`. `onStop` is handed a
   * function that ends the read at once, failing it with the reason given.
   */
  read(
    limit: number,
    onStop: (stop: (reason: unknown) => void) => void,
  ): Promise<{ bytes: Uint8Array; truncated: boolean }>;
}

/** What a transport marked with `SEND_PARTS` is given besides the URL: lower-case header names, the key included. */
export interface PartsInit {
  method: string;
  headers: Record<string, string>;
  body?: BodyInit | null | undefined;
  signal?: AbortSignal | null | undefined;
}
