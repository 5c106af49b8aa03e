import { type ApiError, errorClassForStatus, InvalidResponseError, RateLimitError } from "./api-errors.js";
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
export function describeCall(context: RequestContext): string {
  try {
    const url = new URL(context.url);
    return `${context.method} ${url.pathname}${url.search}`;
  } catch {
    return context.url === "" ? context.method : `${context.method} ${context.url}`;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function describeValidationItem(item: unknown): string | null {
  if (!isRecord(item) || typeof item.msg !== "string") return typeof item === "string" ? item : null;
  const location = Array.isArray(item.loc) ? item.loc.map(String).join(".") : "";
  return location === "" ? item.msg : `${location}: ${item.msg}`;
}

/**
 * The provider's own words from an error body: Hyperbrowser `message`, Browser Use `detail`
 * (a string, or FastAPI's list of `{loc, msg}`), BrowserAct `msg`, or a generic `error`.
 */
export function providerErrorText(body: unknown): string | null {
  if (!isRecord(body)) return null;
  for (const field of ["message", "detail", "msg", "error"] as const) {
    const value = body[field];
    if (typeof value === "string" && value.trim() !== "") return value.trim();
    if (Array.isArray(value)) {
      const items = value.map(describeValidationItem).filter((item): item is string => item !== null);
      if (items.length > 0) return items.join("; ");
    }
    if (isRecord(value) && typeof value.message === "string") return value.message;
  }
  return null;
}

function readRequestId(headers: Headers, body: unknown): string | null {
  for (const name of REQUEST_ID_HEADERS) {
    const value = headers.get(name);
    if (value) return value;
  }
  if (!isRecord(body)) return null;
  for (const field of REQUEST_ID_FIELDS) {
    const value = body[field];
    if (typeof value === "string" && value !== "") return value;
  }
  return null;
}

function readCode(body: unknown): string | null {
  if (!isRecord(body)) return null;
  const code = isRecord(body.error) ? body.error.code : body.code;
  return typeof code === "string" || typeof code === "number" ? String(code) : null;
}

function isJsonContentType(contentType: string | null): boolean {
  if (contentType === null || contentType.startsWith("application/json")) return true;
  const mediaType = contentType.split(";", 1)[0]?.trim().toLowerCase() ?? "";
  return mediaType === "" || mediaType.endsWith("/json") || mediaType.endsWith("+json");
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
  return response.statusText === "" ? `HTTP ${response.status}` : `HTTP ${response.status} ${response.statusText}`;
}

/**
 * The typed error for an HTTP error response, its message built from the provider's own error text.
 * `body` is what openapi-fetch gives as `error`: parsed JSON, or the text when it was not JSON.
 */
export function errorFromResponse(context: RequestContext, response: Response, body: unknown): ApiError {
  const requestId = readRequestId(response.headers, body);
  const suffix = requestId === null ? "" : ` (request id ${requestId})`;
  const message = `${context.displayName}: ${describeCall(context)} failed with ${statusLine(response)}${describeBody(response, body)}${suffix}`;
  const details = {
    provider: context.provider,
    status: response.status,
    method: context.method,
    url: context.url,
    requestId,
    code: readCode(body),
    body,
  };
  const ErrorClass = errorClassForStatus(response.status);
  if (ErrorClass === RateLimitError) {
    return new RateLimitError(message, { ...details, retryAfterMs: parseRetryAfterMs(response.headers) });
  }
  return new ErrorClass(message, details);
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
  const error = new InvalidResponseError(
    `${context.displayName}: ${describeCall(context)} answered ${statusLine(response)} with ${problem}; expected JSON`,
    {
      provider: context.provider,
      status: response.status,
      method: context.method,
      url: context.url,
      requestId: readRequestId(response.headers, null),
      body: redact(text),
    },
  );
  return { ok: false, error };
}

/** `null` when a 2xx body is the JSON the API promised, else the `InvalidResponseError` saying what arrived instead. */
export function invalidJsonBodyError(
  context: RequestContext,
  response: Response,
  text: string,
): InvalidResponseError | null {
  const body = parseJsonBody(context, response, text);
  return body.ok ? null : body.error;
}
