/**
 * An opt-in transport for Node: requests go straight to an undici `Agent` (a keep-alive pool of sockets per
 * origin) through `dispatcher.request()`, skipping the WHATWG `fetch` machinery that costs most of a call's time
 * on a fast network. Only `@agent-tasks/core/node` imports this file, so browser bundles never see `undici` or a
 * `node:` module.
 */
import { pipeline, type Readable } from "node:stream";
import * as zlib from "node:zlib";
import { Agent, type Dispatcher } from "undici";
import type { BodySource, PartsInit } from "./prepared-request.js";
import { concatBytes } from "./response-body.js";

// prepared-request.ts's `SEND_PARTS` and `BODY_SOURCE`, spelled again rather than imported: importing them would
// put that module in a chunk of its own that every entry point then loads. node-transport.test.ts checks that
// they are the same symbols.
const SEND_PARTS = Symbol.for("@agent-tasks/core.send-parts");
const BODY_SOURCE = Symbol.for("@agent-tasks/core.body-source");

/** Options of {@link createNodeTransport}. */
export interface NodeTransportOptions {
  /**
   * Most sockets open at once to one origin; further requests wait for a free one. Default: no limit of its own
   * (a client's `maxConcurrentRequests`, default 32, already bounds its requests in flight).
   */
  connections?: number;
  /** How long an idle keep-alive socket is kept for the next request, in milliseconds. Default 4,000. */
  keepAliveTimeoutMs?: number;
}

/**
 * A `fetch` for a client's `fetch` option, on undici's dispatcher: `createHyperbrowserClient({ fetch:
 * createNodeTransport() })`. Requests a client sends through it build no WHATWG `Request`, and every guarantee of
 * the client holds as with the default `fetch`: timeouts and the caller's abort end the request and free its
 * socket, `maxResponseBytes` bounds the decompressed body, redirects are followed by the client (never by the
 * transport), and a failed connection is an `ApiConnectionError` whose cause carries the system error code.
 */
export interface NodeTransport {
  /**
   * Sends `request` and resolves to its `Response`, as `fetch` would, but never follows a redirect (the
   * 3xx is the response) and ignores browser-only options (`mode`, `credentials`, `cache`...).
   */
  (request: Request): Promise<Response>;
  /** Refuses new requests, lets those in flight end, then closes every socket. */
  close(): Promise<void>;
}

// What fetch sends when the caller did not say otherwise; `host` and `content-length` undici sets itself.
const DEFAULT_HEADERS: Record<string, string> = {
  accept: "*/*",
  "accept-encoding": "gzip, deflate, br",
  "user-agent": "node",
};
const NULL_BODY_STATUSES = [101, 103, 204, 205, 304];
// As lenient as fetch: a compressed body cut short still yields what arrived, and ends without an error.
// Functions, not constants: reading `zlib.constants` at load time would keep this module in every bundle.
const zlibOptions = () => ({ flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH });
const brotliOptions = () => ({
  flush: zlib.constants.BROTLI_OPERATION_FLUSH,
  finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH,
});

/**
 * Creates a Node transport: pass it as a client's `fetch` option, and `close()` it when the program is done with
 * it (idle sockets do not keep the process alive meanwhile). One transport can serve many clients; it keeps one
 * keep-alive pool per origin. Node only (it uses `undici`, an optional peer dependency: `npm install undici`).
 *
 * @example
 * ```ts
 * import { createNodeTransport } from "@agent-tasks/core/node";
 * import { createHyperbrowserClient } from "@agent-tasks/hyperbrowser";
 *
 * const transport = createNodeTransport();
 * const client = createHyperbrowserClient({ fetch: transport });
 * // ... calls as usual ...
 * await transport.close();
 * ```
 */
export function createNodeTransport(options: NodeTransportOptions = {}): NodeTransport {
  const { connections, keepAliveTimeoutMs } = options;
  const agent = new Agent({
    ...(connections !== undefined && { connections }),
    ...(keepAliveTimeoutMs !== undefined && { keepAliveTimeout: keepAliveTimeoutMs }),
  });
  const send = (url: string, init: PartsInit) => sendWith(agent, url, init);
  const transport = async (request: Request) => {
    const { url, method, headers, signal } = request;
    const body = request.body === null ? null : new Uint8Array(await request.arrayBuffer());
    return send(url, { method, headers: Object.fromEntries(headers), body, signal });
  };
  // The request layer hands a recognised transport the URL and init it would give `fetch`: no `Request` is built.
  return Object.assign(transport, { close: () => agent.close(), [SEND_PARTS]: send });
}

/** Sends one request through `dispatcher` and builds its `Response`, the body streamed (and decoded) as it arrives. */
async function sendWith(dispatcher: Dispatcher, url: string, init: PartsInit): Promise<Response> {
  const { method, signal } = init;
  const target = new URL(url);
  // fetch refuses these too: the credentials would be sent in the clear as a header nobody asked for.
  if (target.username || target.password) throw new TypeError("The URL includes credentials");
  const headers: Record<string, string> = { ...DEFAULT_HEADERS, ...init.headers };
  const given = init.body;
  // Strings (JSON) and bytes go as they are, without an await; other bodies are serialized first.
  const body =
    given === null || given === undefined || typeof given === "string" || given instanceof Uint8Array
      ? given
      : await requestBody(given, headers);
  const answer = await dispatcher.request({
    origin: target.origin,
    path: `${target.pathname}${target.search}`,
    method: method as Dispatcher.HttpMethod,
    headers,
    body,
    signal: signal ?? null,
  });
  const { statusCode: status, statusText } = answer;
  const head = { status, statusText, headers: headerPairs(answer.headers) };
  if (method === "HEAD" || NULL_BODY_STATUSES.includes(status)) {
    // Drained, so the socket goes back to the pool.
    answer.body.on("error", () => {}).resume();
    return new (nodeResponseClass())(null, head, target.href);
  }
  return new (nodeResponseClass())(decoded(answer.body, answer.headers["content-encoding"]), head, target.href);
}

/**
 * The `Response` the transport resolves to: a real one (`instanceof Response`, every reader works), whose body is
 * still the Node stream undici delivers. The request layer reads it through `BODY_SOURCE`, without a web stream;
 * `body`, `text()` and the other readers build the web stream only when someone asks for it.
 */
// Made on first use: a class extending `Response` at the top level is code a bundler can never drop.
let nodeResponse: ReturnType<typeof defineNodeResponse> | undefined;
const nodeResponseClass = () => {
  nodeResponse ??= defineNodeResponse();
  return nodeResponse;
};

function defineNodeResponse() {
  return class NodeResponse extends Response {
    readonly #received: Readable | null;
    readonly #url: string;
    #stream: ReadableStream<Bytes> | undefined;
    /** Read in full through `BODY_SOURCE`, or by one of the readers below. */
    #consumed = false;

    constructor(received: Readable | null, init: ResponseInit, url: string) {
      super(null, init);
      this.#received = received;
      this.#url = url;
    }

    // Over Response's own accessors and readers, which would read the empty body given to `super`.
    override get body(): ReadableStream<Bytes> | null {
      if (this.#received === null) return null;
      // Once read through `BODY_SOURCE` the body is gone: an empty stream, and `bodyUsed` says so.
      this.#stream ??= this.#consumed
        ? new ReadableStream({ start: (stream) => stream.close() })
        : webStream(this.#received);
      return this.#stream;
    }

    override get bodyUsed(): boolean {
      return this.#consumed;
    }

    override get url(): string {
      return this.#url;
    }

    /** For the request layer only: the body, not yet touched, read without a web stream. */
    get [BODY_SOURCE](): BodySource | undefined {
      const received = this.#received;
      if (received === null || this.#consumed || this.#stream !== undefined) return undefined;
      return {
        read: (limit, onStop) => {
          this.#consumed = true;
          return readNodeBody(received, limit, onStop);
        },
      };
    }

    override async arrayBuffer(): Promise<ArrayBuffer> {
      return this.#take().arrayBuffer();
    }

    override async blob(): Promise<Blob> {
      return this.#take().blob();
    }

    override async formData(): Promise<FormData> {
      return this.#take().formData();
    }

    override async json(): Promise<unknown> {
      return this.#take().json();
    }

    override async text(): Promise<string> {
      return this.#take().text();
    }

    override async bytes(): Promise<Bytes> {
      return new Uint8Array(await this.arrayBuffer());
    }

    override clone(): Response {
      if (this.#consumed) throw new TypeError("Response.clone: Body has already been consumed.");
      const { body } = this;
      if (body === null) return new Response(null, this);
      const [mine, theirs] = body.tee();
      this.#stream = mine;
      return new Response(theirs, this);
    }

    /** A plain `Response` over this body, for a reader to read at once; a body already read is refused, as fetch's. */
    #take(): Response {
      if (this.#consumed) throw new TypeError("Body is unusable: Body has already been read");
      const taken = new Response(this.body, this);
      this.#consumed = true;
      return taken;
    }
  };
}

/** Bytes as `Response` bodies hold them. */
type Bytes = Uint8Array<ArrayBuffer>;

/** How a body read ended: as `readBounded` (response-body.ts) reports it. */
interface BoundedBody {
  bytes: Uint8Array;
  truncated: boolean;
}

/**
 * Reads `received` to its end, holding at most `limit` bytes; past the limit the stream is destroyed (which ends
 * the request and closes its socket, or ends a decompression) and the body reported `truncated`. `onStop` is
 * handed a function that fails the read at once and destroys the stream, whatever it is doing.
 */
function readNodeBody(
  received: Readable,
  limit: number,
  onStop: (stop: (reason: unknown) => void) => void,
): Promise<BoundedBody> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    const end = (truncated: boolean) => {
      received.removeAllListeners("data");
      resolve({ bytes: plainBytes(concatBytes(chunks, length)), truncated });
    };
    received.on("data", (chunk: Buffer) => {
      const room = limit - length;
      chunks.push(chunk.byteLength > room ? chunk.subarray(0, room) : chunk);
      length += Math.min(chunk.byteLength, room);
      if (chunk.byteLength <= room) return;
      end(true);
      received.destroy();
    });
    received.once("end", () => end(false));
    // Stays attached: a stream destroyed after the read ended (past the limit) still reports an error.
    received.on("error", reject);
    onStop((reason) => {
      reject(reason);
      received.destroy();
    });
  });
}

/** The chunks as one `Uint8Array` of its own (not a Buffer, whose `slice` would share memory). */
/** A plain `Uint8Array` over the same memory when `bytes` is a `Buffer` (a single chunk, handed over as it came). */
function plainBytes(bytes: Uint8Array): Uint8Array {
  return Buffer.isBuffer(bytes) ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) : bytes;
}

/**
 * A body other than a string or bytes as undici takes it: an `ArrayBuffer` or view as bytes, anything else
 * (`FormData`, `URLSearchParams`, `Blob`) serialized the way fetch does, with the content type fetch would give
 * it unless `headers` has one.
 */
async function requestBody(body: BodyInit, headers: Record<string, string>): Promise<Uint8Array> {
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  if (ArrayBuffer.isView(body)) return new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
  const extracted = new Response(body);
  const type = extracted.headers.get("content-type");
  if (type !== null && headers["content-type"] === undefined) headers["content-type"] = type;
  return new Uint8Array(await extracted.arrayBuffer());
}

/** Response headers as `Headers` takes them; a repeated header (`set-cookie`) gives one pair per value. */
function headerPairs(received: Record<string, string | string[] | undefined>): [string, string][] {
  const pairs: [string, string][] = [];
  for (const name in received) {
    const value = received[name];
    if (typeof value === "string") pairs.push([name, value]);
    else if (value !== undefined) for (const item of value) pairs.push([name, item]);
  }
  return pairs;
}

/**
 * `body` decoded as its `content-encoding` says (gzip, deflate, br, in the order applied), as fetch decodes it;
 * an encoding it does not know leaves the body as it came. Destroying the result destroys `body` too.
 */
function decoded(body: Readable, encoding: string | string[] | undefined): Readable {
  if (encoding === undefined) return body;
  const codings = String(encoding ?? "")
    .toLowerCase()
    .split(",")
    .map((coding) => coding.trim())
    .filter((coding) => coding !== "" && coding !== "identity");
  const decoders: NodeJS.ReadWriteStream[] = [];
  for (const coding of codings.reverse()) {
    if (coding === "gzip" || coding === "x-gzip") decoders.push(zlib.createGunzip(zlibOptions()));
    else if (coding === "deflate") decoders.push(zlib.createInflate(zlibOptions()));
    else if (coding === "br") decoders.push(zlib.createBrotliDecompress(brotliOptions()));
    else return body;
  }
  if (decoders.length === 0) return body;
  return pipeline([body, ...decoders], () => {}) as unknown as Readable;
}

/**
 * A web stream over a Node readable: chunks are handed on as they come (the readable is paused while the
 * stream's queue is full), and cancelling the stream destroys the readable, which ends the request and closes its
 * socket.
 */
function webStream(readable: Readable): ReadableStream<Bytes> {
  let ended = false;
  return new ReadableStream<Bytes>({
    start(controller) {
      readable.on("data", (chunk: Buffer) => {
        if (ended) return;
        controller.enqueue(new Uint8Array(chunk.buffer as ArrayBuffer, chunk.byteOffset, chunk.byteLength));
        if ((controller.desiredSize ?? 0) <= 0) readable.pause();
      });
      readable.once("end", () => {
        if (!ended) controller.close();
        ended = true;
      });
      readable.on("error", (error) => {
        if (!ended) controller.error(error);
        ended = true;
      });
    },
    pull() {
      readable.resume();
    },
    cancel(reason) {
      ended = true;
      readable.destroy(reason instanceof Error ? reason : undefined);
    },
  });
}
