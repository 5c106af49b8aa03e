import { errorFromResponse } from "./error-from-response.js";
import { requestContextOf } from "./response-context.js";

/** The shape openapi-fetch resolves with: `data` on success, `error` otherwise, and the response. */
export interface FetchResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/** The success data of a result, without the `undefined` of the error branch. */
export type SuccessData<Result extends FetchResult> = Exclude<Result["data"], undefined>;

/**
 * Turns openapi-fetch's `{ data, error }` into a value or a thrown, typed error:
 * `const task = await unwrap(client.GET(...))`. HTTP errors become `NotFoundError`, `RateLimitError`...
 * with the provider, status, request id and the body as received: parsed JSON, or its text when it was not JSON
 * (where `error` is an `UnexpectedErrorBody` wrapping it).
 */
export async function unwrap<Result extends FetchResult>(
  result: Result | Promise<Result>,
): Promise<SuccessData<Result>> {
  const settled = await result;
  if (settled.response.ok && settled.error === undefined) return settled.data as SuccessData<Result>;
  const { response } = settled;
  const context = requestContextOf(response);
  const received = context.receivedErrorBody;
  throw errorFromResponse(context, response, received === undefined ? settled.error : received.body);
}
