import { parseJsonBody } from "./error-from-response.js";
import { type RequestContext, rememberRequestContext } from "./response-context.js";

/**
 * Lets openapi-fetch (and the caller, through `result.response`) read a body the layer has already read,
 * without building a second `Response` or parsing the JSON twice. `clone()` still gives a fresh, unread copy.
 * That openapi-fetch reads bodies only through `text()`/`json()` and hands back this very `Response` is pinned
 * by `openapi-fetch-contract.test.ts`: run it after any openapi-fetch upgrade.
 */
function serveReadBody(response: Response, text: string, parse: () => unknown): void {
  const method = (value: unknown) => ({ value, configurable: true });
  Object.defineProperties(response, {
    text: method(async () => text),
    json: method(async () => parse()),
    clone: method(() => new Response(text, response)),
  });
}

/**
 * The response handed back to openapi-fetch: a JSON success parsed once (or the `InvalidResponseError` thrown
 * when it is not JSON), an error body redacted, and the call's context remembered for `unwrap`.
 */
export function settleResponse(
  context: RequestContext,
  response: Response,
  text: string | null,
  redact: (shown: string) => string,
): Response {
  if (text !== null && response.ok) {
    const body = parseJsonBody(context, response, text, redact);
    if (!body.ok) throw body.error;
    serveReadBody(response, text, () => body.value);
  } else if (text !== null) {
    const redacted = redact(text);
    serveReadBody(response, redacted, () => JSON.parse(redacted));
  }
  rememberRequestContext(response, context);
  return response;
}
