import { errorFromResponse, isRecord, jsonText, parseJsonBody } from "./error-from-response.js";
import type { UnexpectedErrorBody } from "./provider-client-types.js";
import { redactJsonInPlace } from "./redact.js";
import { type RequestContext, rememberRequestContext } from "./response-context.js";

/** Puts `methods` on `response` in place of its own body readers. */
function serve(response: Response, methods: Record<string, () => unknown>): void {
  for (const name in methods) Object.defineProperty(response, name, { value: methods[name], configurable: true });
}

/**
 * Lets openapi-fetch (and the caller, through `result.response`) read a body the layer has already read,
 * without building a second `Response` or parsing the JSON twice. `clone()` still gives a fresh, unread copy.
 * That openapi-fetch reads bodies only through `text()`/`json()` and hands back this very `Response` is pinned
 * by `openapi-fetch-contract.test.ts`: run it after any openapi-fetch upgrade.
 */
function serveReadBody(response: Response, text: string, parse: () => unknown): void {
  serve(response, {
    text: async () => text,
    json: async () => parse(),
    clone: () => new Response(text, response),
  });
}

/**
 * Lets openapi-fetch (and the caller) read a success body the layer has already read, bounded, as bytes: the
 * caller asked for text, a blob or an array buffer. Every reader gives the same bytes; `clone()` a fresh copy.
 */
function serveReadBytes(response: Response, bytes: Uint8Array): void {
  const copy = () => bytes.slice();
  const text = async () => new TextDecoder().decode(bytes);
  serve(response, {
    text,
    json: async () => JSON.parse(await text()),
    arrayBuffer: async () => copy().buffer,
    bytes: async () => copy(),
    blob: async () => new Blob([copy()], { type: response.headers.get("content-type") ?? "" }),
    clone: () => new Response(copy(), response),
  });
}

/**
 * Serves `headers` in place of the response's own: once the body served differs from the one received, its
 * `content-length` is wrong, and openapi-fetch would give a `Content-Length: 0` error response `error: undefined`.
 */
function serveHeadersWithoutLength(response: Response): void {
  const headers = new Headers(response.headers);
  headers.delete("content-length");
  Object.defineProperty(response, "headers", { value: headers, configurable: true });
}

/**
 * The text served for an error body, so that openapi-fetch's `error` is true to its type and holds no form of
 * the key. A JSON object is served as it came, or re-written from its parsed value when that held the key (a
 * key echoed as `sk_live\/...` is only found once decoded). Anything else (an HTML page, plain text, an empty
 * body, a JSON string) is served as an `UnexpectedErrorBody`: `{ message, status, body }`.
 */
function servedErrorText(context: RequestContext, response: Response, text: string, redact: (shown: string) => string) {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  // Re-written also when only the raw text holds the key: JSON.parse keeps the last of duplicate fields, and an
  // earlier one may be the echo.
  if (isRecord(body)) return redactJsonInPlace(body, redact) || redact(text) !== text ? jsonText(body) : text;
  if (typeof body === "string") body = redact(body);
  else redactJsonInPlace(body, redact);
  context.receivedErrorBody = { body };
  const { message } = errorFromResponse(context, response, body);
  const wrapped: UnexpectedErrorBody = { message, status: response.status, body };
  return jsonText(wrapped);
}

/**
 * The response handed back to openapi-fetch: a JSON success parsed once (or the `InvalidResponseError` thrown
 * when it is not JSON), an error body redacted and served as `servedErrorText` says, and the call's context
 * remembered for `unwrap`.
 */
export function settleResponse(
  context: RequestContext,
  { response, text, bytes }: { response: Response; text: string | null; bytes: Uint8Array | null },
  redact: (shown: string) => string,
): Response {
  if (bytes !== null) {
    serveReadBytes(response, bytes);
  } else if (text !== null && response.ok) {
    const body = parseJsonBody(context, response, text, redact);
    if (!body.ok) throw body.error;
    serveReadBody(response, text, () => body.value);
  } else if (text !== null) {
    const served = servedErrorText(context, response, text, redact);
    if (served !== text) serveHeadersWithoutLength(response);
    serveReadBody(response, served, () => JSON.parse(served));
  }
  rememberRequestContext(response, context);
  return response;
}
