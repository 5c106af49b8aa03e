/** One request the simulation saw, from arrival to answer. Fields after `receivedAt` are set once it is answered. */
export interface RecordedRequest {
  /** 1 for the first request of this simulation. */
  readonly seq: number;
  /**
   * The route's operation (`start`, `get`, `status`, `stop`, `pause`, `resume`, `list`, `answer`, `file`),
   * `preflight` for a CORS preflight, or `unknown` for a path the provider does not serve.
   */
  readonly operation: string;
  /** The task the request names (in its path or query), or `null`. */
  readonly taskId: string | null;
  readonly method: string;
  /** The whole URL as sent. */
  readonly url: string;
  /** Path and query exactly as sent (`/v2/workflow/get-task?task_id=1`). */
  readonly path: string;
  readonly pathname: string;
  readonly query: URLSearchParams;
  /** Request headers, names lower-cased (`x-api-key`, `authorization`...). */
  readonly headers: Readonly<Record<string, string>>;
  /** The request body as text ("" for none). */
  readonly body: string;
  /** The body parsed as JSON, `undefined` when empty or not JSON. */
  readonly json: unknown;
  /** Clock time (the simulation's clock) when the request arrived. */
  readonly receivedAt: number;
  /** How it reached the simulation: its own HTTP server, or msw handlers in the test's process. */
  readonly transport: "http" | "msw";
  /** `pending` until answered; `hung` and `dropped` come from scripted faults. */
  readonly outcome: "pending" | "answered" | "hung" | "dropped";
  /** The HTTP status answered; `null` when hung or dropped. */
  readonly status: number | null;
  readonly responseHeaders: Readonly<Record<string, string>>;
  /** The response body as sent ("" for none). */
  readonly responseBody: string;
  /** Bytes of the request on the wire (request line, headers and body); `null` over msw, where there is no wire. */
  readonly bytesIn: number | null;
  /** Bytes of the response on the wire (status line, headers and body); `null` over msw. */
  readonly bytesOut: number | null;
}

/** @internal */
export type MutableRecord = { -readonly [Key in keyof RecordedRequest]: RecordedRequest[Key] };

/** @internal A request as a transport hands it over. */
export interface IncomingRequest {
  method: string;
  url: URL;
  headers: Record<string, string>;
  body: string;
}

/** @internal An answer with its whole body. */
export interface Answer {
  kind: "answer";
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** @internal What the transport must do. */
export type Outcome =
  | Answer
  | {
      kind: "hang";
      /** Resolves on `releaseHungRequests()` or `close()`: the transport then ends the request. */
      released: Promise<void>;
      /** The transport calls it when the client went away first, so the hang is forgotten. */
      release(): void;
      /** A `stall`: send this answer's status, headers and the first half of its body before hanging. */
      partial?: Answer;
    }
  | { kind: "drop" };

/** @internal */
export interface DispatchResult {
  record: MutableRecord;
  outcome: Outcome;
}

/** @internal How a transport hands a request to its simulation. */
export type Dispatch = (request: IncomingRequest, transport: RecordedRequest["transport"]) => Promise<DispatchResult>;

/** @internal The HTTP server of one simulation. */
export interface HttpTransport {
  readonly origin: string;
  readonly connectionsOpened: number;
  close(): Promise<void>;
}

/** @internal The part of a stalled answer's body that is sent: the first half. */
export function stalledPart(body: string): string {
  return body.slice(0, Math.floor(body.length / 2));
}
