/**
 * What openapi-fetch builds in place of a `Request` when the client has no middleware: just the parts.
 * Building an undici `Request` costs about as much as the whole rest of a call on a fast network, and
 * `fetch(url, init)` builds one anyway, so the request layer sends these parts straight to `fetch`.
 * openapi-fetch only reads `method` (and middleware would read more, so clients with middleware get real ones).
 */
export class PreparedRequest {
  declare readonly url: string;
  /** Upper-case, as openapi-fetch always passes it. */
  declare readonly method: string;
  /** openapi-fetch always passes its merged `Headers`. */
  declare readonly headers: Headers;
  declare readonly body?: BodyInit | null;

  constructor(input: string | URL, { method, headers, body }: RequestInit) {
    Object.assign(this, { url: String(input), method, headers, body });
  }
}

/** A request as parts every attempt can send again: lower-case header names, and a stream body read once. */
export interface RequestParts {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: BodyInit | null;
}

/** The parts of a `Request` (from middleware, or a caller of `createAuthenticatedFetch`) or a `PreparedRequest`. */
export async function requestParts({
  url,
  method,
  headers,
  body = null,
}: Request | PreparedRequest): Promise<RequestParts> {
  return {
    url,
    method,
    headers: Object.fromEntries(headers),
    body: body instanceof ReadableStream ? await new Response(body).arrayBuffer() : body,
  };
}
