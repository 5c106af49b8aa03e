import { type ApiError, type ApiErrorDetails, errorClassForStatus, InvalidResponseError } from "./api-errors.js";
import type { RequestContext } from "./response-context.js";
import { parseRetryAfterMs } from "./retry-policy.js";

const SNIPPET_LENGTH = 200;
// The provider's own error text is what a message is for, so it may be longer than a snippet, but not unbounded.
const PROVIDER_TEXT_LENGTH = 1_000;
const REQUEST_ID_HEADERS = ["x-request-id", "request-id", "x-trace-id", "x-amzn-requestid"];
const REQUEST_ID_FIELDS = ["traceId", "trace_id", "requestId", "request_id"];
// Terminal escape sequences (CSI, OSC, and two-character ones), then any other control character.
const TERMINAL_ESCAPES =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[@-_]?|\u009b[0-?]*[ -/]*[@-~]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/g;

const unchanged = (shown: string) => shown;

/**
 * `text` as a message can show it: terminal escapes removed, control characters and runs of whitespace made one
 * space, and cut at `maxLength` characters with `…`, so a provider cannot flood or restyle a log line.
 */
function messageText(text: string, maxLength: number): string {
  // Cut well past the limit first, so a 5 MB body costs no more than its first few kilobytes.
  const shown = text
    .slice(0, maxLength * 4)
    .replace(TERMINAL_ESCAPES, "")
    .replace(CONTROL_CHARACTERS, " ")
    .replace(/\s+/g, " ")
    .trim();
  return shown.length > maxLength || text.length > maxLength * 4 ? `${shown.slice(0, maxLength)}…` : shown;
}

/** The first `SNIPPET_LENGTH` characters of a body on one line, quoted, for messages. */
export function bodySnippet(text: string): string {
  return JSON.stringify(messageText(text, SNIPPET_LENGTH));
}

/**
 * `value` written as JSON, like `JSON.stringify` for the values `JSON.parse` gives, but iteratively, so a body
 * nested 100,000 levels deep cannot overflow the stack; it stops once the text is longer than `maxLength`
 * (the caller cuts it). Without a `maxLength`, `value` must have no cycles.
 */
export function jsonText(value: unknown, maxLength = Number.POSITIVE_INFINITY): string {
  let text = "";
  // What is still to write, last first: punctuation as a string, a value as `[value]`.
  const pending: (string | [unknown])[] = [[value]];
  while (pending.length > 0 && text.length <= maxLength) {
    const next = pending.pop() as string | [unknown];
    if (typeof next === "string") {
      text += next;
      continue;
    }
    let [item] = next;
    if (isRecord(item) && typeof item.toJSON === "function") item = item.toJSON();
    if (typeof item !== "object" || item === null) {
      text += typeof item === "bigint" ? String(item) : (JSON.stringify(item) ?? "null");
      continue;
    }
    const isArray = Array.isArray(item);
    // An array writes every item (`null` for what JSON cannot write); an object skips such fields.
    const entries: [string, unknown][] = isArray
      ? Array.from(item as unknown[], (field) => ["", isWritable(field) ? field : null])
      : Object.entries(item).filter(([, field]) => isWritable(field));
    pending.push(isArray ? "]" : "}");
    entries.reverse().forEach(([name, field], index) => {
      pending.push([field]);
      if (!isArray) pending.push(`${JSON.stringify(name)}:`);
      if (index < entries.length - 1) pending.push(",");
    });
    text += isArray ? "[" : "{";
  }
  return text;
}

/** Whether `JSON.stringify` writes a field (it skips `undefined`, functions and symbols in objects). */
function isWritable(value: unknown): boolean {
  return value !== undefined && typeof value !== "function" && typeof value !== "symbol";
}

/** `"GET /api/task/x"`: the URL's path and query; the origin is in `error.url`. */
export function describeCall({ method, url }: RequestContext): string {
  try {
    const { pathname, search } = new URL(url);
    return `${method} ${pathname}${search}`;
  } catch {
    return url === "" ? method : `${method} ${url}`;
  }
}

/** `" (after 3 attempts over 1.6 s)"` when the call in `context` ended after retries, else `""`. */
export function attemptsNote({ attempts }: RequestContext): string {
  if (attempts === undefined || attempts.count < 2) return "";
  return ` (after ${attempts.count} attempts over ${(attempts.elapsedMs / 1000).toFixed(1)} s)`;
}

/**
 * Every error about one call, built the same way: the message starts `"<Provider>: <METHOD> <path> "` and
 * the details name the provider, method and URL (`status` is `null` unless `details` gives one).
 */
export function callError<ErrorClass, Details extends object>(
  ErrorType: new (message: string, details: ApiErrorDetails & NoInfer<Details>) => ErrorClass,
  context: RequestContext,
  what: string,
  details: Details,
): ErrorClass {
  // Every part of the message is redacted where it is read; this is the net under them all.
  const redact = context.redact ?? unchanged;
  return new ErrorType(redact(`${context.displayName}: ${describeCall(context)} ${what}${attemptsNote(context)}`), {
    ...context,
    status: null,
    ...details,
  });
}

/** Whether `value` is a JSON object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A FastAPI validation item as `loc.joined: msg`, a plain string as it is, anything else as nothing. */
function describeValidationItem(item: unknown): string[] {
  if (typeof item === "string") return [item];
  if (!isRecord(item) || typeof item.msg !== "string") return [];
  const location = Array.isArray(item.loc) ? item.loc.map(String).join(".") : "";
  return [location === "" ? item.msg : `${location}: ${item.msg}`];
}

/**
 * The provider's own words from an error body: Hyperbrowser `message`, Browser Use `detail`
 * (a string, or FastAPI's list of `{loc, msg}`), BrowserAct `msg`, or a generic `error`.
 */
export function providerErrorText(body: unknown): string | null {
  if (!isRecord(body)) return null;
  for (const field of ["message", "detail", "msg", "error"]) {
    const value = body[field];
    if (typeof value === "string" && value.trim() !== "") return value.trim();
    const items = Array.isArray(value) ? value.flatMap(describeValidationItem) : [];
    if (items.length > 0) return items.join("; ");
    if (isRecord(value) && typeof value.message === "string") return value.message;
  }
  return null;
}

/**
 * The request id of a response: `x-request-id` (or a similar header), else the body's `traceId` (or a similar
 * field), else `null`; redacted, as a provider may echo the key in it. The `response` hook event reads it too.
 */
export function readRequestId(headers: Headers, body: unknown, redact: (shown: string) => string): string | null {
  const requestId = [
    ...REQUEST_ID_HEADERS.map((name) => headers.get(name)),
    ...REQUEST_ID_FIELDS.map((field) => isRecord(body) && body[field]),
  ].find((value) => typeof value === "string" && value !== "");
  return typeof requestId === "string" ? redact(requestId) : null;
}

function readCode(body: unknown): string | null {
  const code = isRecord(body) ? (isRecord(body.error) ? body.error : body).code : null;
  return typeof code === "string" || typeof code === "number" ? String(code) : null;
}

// `null`, `application/json...`, or a media type that is empty or ends in `/json` or `+json`.
function isJsonContentType(contentType: string | null): boolean {
  return (
    contentType === null || contentType.startsWith("application/json") || /^([^;]*[/+]json)?\s*(;|$)/i.test(contentType)
  );
}

/** A response header as a message shows it: redacted, on one line, short. */
function headerText(value: string, redact: (shown: string) => string): string {
  return messageText(redact(value), SNIPPET_LENGTH);
}

/** `a text/html body`: the response's content type as a message shows it. */
function typedBody(response: Response, redact: (shown: string) => string): string {
  return `a ${headerText(response.headers.get("content-type") ?? "", redact)} body`;
}

function describeBody(response: Response, body: unknown, redact: (shown: string) => string): string {
  const explained = providerErrorText(body);
  if (explained !== null) return `: ${messageText(explained, PROVIDER_TEXT_LENGTH)}`;
  if (body == null || body === "") return " and an empty body";
  if (typeof body !== "string") return `: ${bodySnippet(jsonText(body, SNIPPET_LENGTH))}`;
  const kind = isJsonContentType(response.headers.get("content-type"))
    ? "a body that is not JSON"
    : `${typedBody(response, redact)}, not JSON`;
  return ` and ${kind}: ${bodySnippet(body)}`;
}

/** `HTTP 502 Bad Gateway`: the reason phrase is the server's own, so it is redacted and kept short. */
function statusLine({ status, statusText }: Response, redact: (shown: string) => string): string {
  return `HTTP ${status}${statusText === "" ? "" : ` ${headerText(statusText, redact)}`}`;
}

/**
 * The typed error for an HTTP error response, its message built from the provider's own error text (cut to a
 * readable length; `body` keeps all of it). `body` is the error body as received: parsed JSON, or the text when
 * it was not JSON, already redacted; what the headers contribute is redacted here with `context.redact`.
 */
export function errorFromResponse(context: RequestContext, response: Response, body: unknown): ApiError {
  const { status, headers } = response;
  const redact = context.redact ?? unchanged;
  const requestId = readRequestId(headers, body, redact);
  // The wait a 429 asks for, cut to the client's `maxRetryAfterMs`: the wait the client honours.
  const retryAfterMs = parseRetryAfterMs(headers);
  return callError(
    errorClassForStatus(status),
    context,
    `failed with ${statusLine(response, redact)}${describeBody(response, body, redact)}${
      requestId === null ? "" : ` (request id ${messageText(requestId, SNIPPET_LENGTH)})`
    }`,
    {
      status,
      requestId,
      code: readCode(body),
      body,
      // Only `RateLimitError` keeps it; every other class ignores the field.
      retryAfterMs: retryAfterMs === null ? null : Math.min(retryAfterMs, context.maxRetryAfterMs ?? Infinity),
    },
  );
}

/** A 2xx body read as JSON, or the typed error that says why it is not JSON. */
export type JsonBody = { ok: true; value: unknown } | { ok: false; error: InvalidResponseError };

/**
 * Parses a 2xx body that the API promised as JSON, once. An empty body, a non-JSON content type (an HTML page
 * from a proxy) or malformed/truncated JSON becomes an `InvalidResponseError` with a snippet of the body;
 * `redact` cleans everything that error shows (the body, and the parser's message, which quotes it).
 */
export function parseJsonBody(
  context: RequestContext,
  response: Response,
  text: string,
  redact: (shown: string) => string = unchanged,
): JsonBody {
  let problem: string;
  if (!/\S/.test(text)) {
    problem = "an empty body";
  } else if (!isJsonContentType(response.headers.get("content-type"))) {
    problem = `${typedBody(response, redact)}: ${bodySnippet(redact(text))}`;
  } else {
    try {
      return { ok: true, value: JSON.parse(text) };
    } catch (error) {
      problem = `malformed JSON (${redact((error as Error).message)}): ${bodySnippet(redact(text))}`;
    }
  }
  const error = callError(
    InvalidResponseError,
    context,
    `answered ${statusLine(response, redact)} with ${problem}; expected JSON`,
    { status: response.status, requestId: readRequestId(response.headers, null, redact), body: redact(text) },
  );
  return { ok: false, error };
}
