/**
 * `toNodeListener`: a Fetch-API handler as a node:http / Express listener. No runtime import of `node:` modules
 * (the request is read with `for await`-style iteration, the answer written through `setHeader`/`end`), so the
 * package's one entry point still loads on edge runtimes. The request and response types are the few members used,
 * which `IncomingMessage`/`ServerResponse` and Express's `Request`/`Response` all have.
 */

/** What `toNodeListener` reads of a request: node:http's `IncomingMessage`, or Express's `Request`. */
export interface NodeRequestLike extends AsyncIterable<Uint8Array | string> {
  method?: string | undefined;
  url?: string | undefined;
  /** Express: the URL before routers stripped their mount path. */
  originalUrl?: string | undefined;
  headers: Record<string, string | string[] | undefined>;
  /** What a body parser left (Express); a Buffer from `express.raw()` is used as the body. */
  body?: unknown;
  readableEnded?: boolean | undefined;
  /** `encrypted: true` on a TLS socket gives `https:` (only without `baseUrl`). */
  socket?: unknown;
}

/** What `toNodeListener` writes to: node:http's `ServerResponse`, or Express's `Response`. */
export interface NodeResponseLike {
  statusCode: number;
  setHeader(name: string, value: string): unknown;
  end(chunk: Uint8Array): unknown;
}

/** Options of `toNodeListener`. */
export interface NodeListenerOptions {
  /**
   * The origin the server is reached at, e.g. `https://hooks.example.com`, for `request.url`. Default: `http(s)://`
   * plus the `Host` header. Only the path and query matter for verification (BrowserAct's token is in the query).
   */
  baseUrl?: string | undefined;
}

const PARSED_BODY_MESSAGE =
  "The request body was already parsed (req.body is an object), so its signature cannot be verified: a " +
  're-serialised body is not the body that was signed. Mount express.raw({ type: "*/*" }), or no body parser, ' +
  "on the webhook route.";

function isBytes(value: unknown): value is Uint8Array {
  return value instanceof Uint8Array;
}

/** The request body as a stream, read only when the handler reads it; once cancelled, the rest is discarded. */
function bodyStream(request: NodeRequestLike): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let chunks: AsyncIterator<Uint8Array | string> | undefined;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        chunks ??= request[Symbol.asyncIterator]();
        const { done, value } = await chunks.next();
        if (done) controller.close();
        else controller.enqueue(typeof value === "string" ? encoder.encode(value) : new Uint8Array(value));
      },
      async cancel() {
        // Drain without keeping anything, so the client finishes sending and reads the answer (413).
        chunks ??= request[Symbol.asyncIterator]();
        const rest = chunks;
        void (async () => {
          try {
            while (!(await rest.next()).done) {}
          } catch {}
        })();
      },
    },
    { highWaterMark: 0 },
  );
}

function answer(response: NodeResponseLike, status: number, body: object): void {
  response.statusCode = status;
  response.setHeader("content-type", "application/json");
  response.end(new TextEncoder().encode(JSON.stringify(body)));
}

function requestUrl(req: NodeRequestLike, baseUrl: string | undefined): URL {
  const path = req.originalUrl ?? req.url ?? "/";
  const host = [req.headers.host ?? []].flat()[0] ?? "localhost";
  for (const base of [
    baseUrl ?? `http${(req.socket as { encrypted?: unknown } | null)?.encrypted === true ? "s" : ""}://${host}`,
    "http://localhost",
  ]) {
    try {
      return new URL(path, base);
    } catch {}
  }
  return new URL("http://localhost/");
}

/** The Fetch `Request` for `req`, or `null` when a body parser left an object in place of the body. */
function toRequest(req: NodeRequestLike, baseUrl: string | undefined): Request | null {
  const method = req.method ?? "GET";
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (name.startsWith(":")) continue; // HTTP/2 pseudo-headers
    for (const one of [value ?? []].flat()) headers.append(name, one);
  }
  let body: BodyInit | null = null;
  if (method !== "GET" && method !== "HEAD") {
    if (isBytes(req.body)) body = new Uint8Array(req.body);
    else if (typeof req.body === "string") body = req.body;
    // An object is a parsed body; an empty one over an unread stream is body-parser 1.x skipping another type.
    else if (req.body != null && (req.readableEnded || Object.keys(req.body).length > 0)) return null;
    else body = bodyStream(req);
  }
  const init: RequestInit & { duplex?: "half" } = { method, headers, body, duplex: "half" };
  return new Request(requestUrl(req, baseUrl), init);
}

/**
 * `handler` (from `createWebhookHandler`) as a `(req, res)` listener for `http.createServer` or an Express route.
 * The `Request` it builds has the method, the headers and the full URL with its query; its body is the stream
 * itself, or `req.body` when `express.raw()` already read it into a Buffer. A body parsed into an object
 * (`express.json()`) cannot be verified: that is answered 500 with a message saying to mount `express.raw`.
 */
export function toNodeListener(
  handler: (request: Request) => Promise<Response>,
  options: NodeListenerOptions = {},
): (req: NodeRequestLike, res: NodeResponseLike) => Promise<void> {
  return async (req, res) => {
    try {
      const request = toRequest(req, options.baseUrl);
      if (request === null) return answer(res, 500, { error: "body-already-parsed", message: PARSED_BODY_MESSAGE });
      const response = await handler(request);
      res.statusCode = response.status;
      response.headers.forEach((value, name) => {
        res.setHeader(name, value);
      });
      res.end(new Uint8Array(await response.arrayBuffer()));
    } catch {
      // Only a broken socket or a handler not from `createWebhookHandler` gets here; never an unhandled rejection.
      try {
        answer(res, 500, { error: "internal-error" });
      } catch {}
    }
  };
}
