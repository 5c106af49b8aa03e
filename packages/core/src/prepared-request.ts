/**
 * What openapi-fetch builds in place of a `Request` when the client has no middleware: just the parts.
 * Building an undici `Request` costs about as much as the whole rest of a call on a fast network, and
 * `fetch(url, init)` builds one anyway, so the request layer sends these parts straight to `fetch`.
 * openapi-fetch only reads `method` (and middleware would read more, so clients with middleware get real ones).
 */
export class PreparedRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly body: BodyInit | null;
  readonly redirect: RequestRedirect;

  constructor(input: string | URL, init: RequestInit = {}) {
    this.url = String(input);
    this.method = (init.method ?? "GET").toUpperCase();
    this.headers = init.headers instanceof Headers ? init.headers : new Headers(init.headers);
    this.body = init.body ?? null;
    this.redirect = init.redirect ?? "follow";
  }
}
