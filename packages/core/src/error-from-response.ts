import { type ApiError, type ApiErrorDetails, errorClassForStatus, InvalidResponseError } from "./api-errors.js";
import type { RequestContext } from "./response-context.js";
import { parseRetryAfterMs } from "./retry-policy.js";

const SNIPPET_LENGTH = 200;
const REQUEST_ID_HEADERS = ["x-request-id", "request-id", "x-trace-id", "x-amzn-requestid"];
const REQUEST_ID_FIELDS = ["traceId", "trace_id", "requestId", "request_id"];

/** The first `SNIPPET_LENGTH` characters of a body on one line, quoted, for messages. */
export function bodySnippet(text: string): string {
  const oneLine = text.replace(/\s+/g, " ").trim();
  return JSON.stringify(oneLine.length > SNIPPET_LENGTH ? `${oneLine.slice(0, SNIPPET_LENGTH)}…` : oneLine);
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
  return new ErrorType(`${context.displayName}: ${describeCall(context)} ${what}`, {
    ...context,
    status: null,
    ...details,
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
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

function readRequestId(headers: Headers, body: unknown): string | null {
  return (
    REQUEST_ID_HEADERS.map((name) => headers.get(name)).find(Boolean) ??
    (REQUEST_ID_FIELDS.map((field) => isRecord(body) && body[field]).find(
      (value) => typeof value === "string" && value !== "",
    ) as string | undefined) ??
    null
  );
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

function describeBody(response: Response, body: unknown): string {
  const explained = providerErrorText(body);
  if (explained !== null) return `: ${explained}`;
  if (body === undefined || body === null || body === "") return " and an empty body";
  const contentType = response.headers.get("content-type");
  if (typeof body === "string") {
    const kind = isJsonContentType(contentType) ? "a body that is not JSON" : `a ${contentType} body, not JSON`;
    return ` and ${kind}: ${bodySnippet(body)}`;
  }
  return `: ${bodySnippet(JSON.stringify(body))}`;
}

function statusLine(response: Response): string {
  return `HTTP ${response.status}${response.statusText === "" ? "" : ` ${response.statusText}`}`;
}

/**
 * The typed error for an HTTP error response, its message built from the provider's own error text.
 * `body` is what openapi-fetch gives as `error`: parsed JSON, or the text when it was not JSON.
 */
export function errorFromResponse(context: RequestContext, response: Response, body: unknown): ApiError {
  const { status, headers } = response;
  const requestId = readRequestId(headers, body);
  return callError(
    errorClassForStatus(status),
    context,
    `failed with ${statusLine(response)}${describeBody(response, body)}${requestId === null ? "" : ` (request id ${requestId})`}`,
    {
      status,
      requestId,
      code: readCode(body),
      body,
      // Only `RateLimitError` keeps it; every other class ignores the field.
      retryAfterMs: parseRetryAfterMs(headers),
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
  redact: (shown: string) => string = (shown) => shown,
): JsonBody {
  const contentType = response.headers.get("content-type");
  let problem: string;
  if (!/\S/.test(text)) {
    problem = "an empty body";
  } else if (!isJsonContentType(contentType)) {
    problem = `a ${contentType} body: ${bodySnippet(redact(text))}`;
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
    `answered ${statusLine(response)} with ${problem}; expected JSON`,
    { status: response.status, requestId: readRequestId(response.headers, null), body: redact(text) },
  );
  return { ok: false, error };
}
