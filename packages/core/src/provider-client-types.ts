import type { FetchResponse, MaybeOptionalInit, Middleware } from "openapi-fetch";
import type { RequestOptions } from "./client-options.js";

// openapi-fetch's own method types, with the request layer's per-call options added and type-checked.

type HttpMethod = "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace";
type MediaType = `${string}/${string}`;

type PathsWithMethod<Paths, Method extends HttpMethod> = {
  [Path in keyof Paths]: Paths[Path] extends { [M in Method]: unknown } ? Path : never;
}[keyof Paths];

// biome-ignore lint/complexity/noBannedTypes: `{}` is exactly "an object with no required keys" here
type RequiredKeysOfHelper<T> = { [K in keyof T]: {} extends Pick<T, K> ? never : K }[keyof T];
type RequiredKeysOf<T> = RequiredKeysOfHelper<T> extends undefined ? never : RequiredKeysOfHelper<T>;

type InitParam<Init> =
  RequiredKeysOf<Init> extends never
    ? [(Init & RequestOptions & { [key: string]: unknown })?]
    : [Init & RequestOptions & { [key: string]: unknown }];

/**
 * The `error` of a call whose error response is not a JSON object, in place of the text or value openapi-fetch
 * would give: an HTML page from a proxy, plain text, an empty body, a JSON string. Its `message` is the one
 * `unwrap` would throw, e.g. `"Hyperbrowser: GET /api/task/x failed with HTTP 502 Bad Gateway and a text/html
 * body, not JSON: \"<html>...\""`; `body` is what the server sent (its text, or the parsed JSON value), with the
 * API key redacted. `result.response.text()` gives this object as JSON.
 */
export interface UnexpectedErrorBody {
  message: string;
  /** The HTTP status. */
  status: number;
  body: unknown;
}

type KeysOfUnion<T> = T extends unknown ? keyof T : never;

/**
 * An `UnexpectedErrorBody` as a member of a union with the declared error bodies: their other fields are absent
 * (`undefined`), so code written for the declared body (`error.msg`) still compiles and stays true at run time.
 */
type UnexpectedErrorOf<Declared> = [Exclude<KeysOfUnion<Declared>, keyof UnexpectedErrorBody>] extends [never]
  ? UnexpectedErrorBody
  : UnexpectedErrorBody & {
      readonly [Field in Exclude<KeysOfUnion<Declared>, keyof UnexpectedErrorBody>]?: undefined;
    };

/** openapi-fetch's result, its `error` widened to what it can be at run time: a declared body or an `UnexpectedErrorBody`. */
type ProviderFetchResponse<Result> = Result extends { error: infer Declared }
  ? Omit<Result, "error"> & { error: Declared | UnexpectedErrorOf<Declared> }
  : Result;

type ProviderClientMethod<
  // biome-ignore lint/complexity/noBannedTypes: openapi-fetch's own constraint
  Paths extends Record<string, Record<HttpMethod, {}>>,
  Method extends HttpMethod,
  Media extends MediaType,
> = <Path extends PathsWithMethod<Paths, Method>, Init extends MaybeOptionalInit<Paths[Path], Method>>(
  url: Path,
  ...init: InitParam<Init>
) => Promise<ProviderFetchResponse<FetchResponse<Paths[Path][Method], Init, Media>>>;

/** A typed client for one provider: openapi-fetch's methods, behind the shared request layer. */
export interface ProviderClient<Paths extends {}, Media extends MediaType = MediaType> {
  /** Call a GET endpoint */
  GET: ProviderClientMethod<Paths, "get", Media>;
  /** Call a PUT endpoint */
  PUT: ProviderClientMethod<Paths, "put", Media>;
  /** Call a POST endpoint */
  POST: ProviderClientMethod<Paths, "post", Media>;
  /** Call a DELETE endpoint */
  DELETE: ProviderClientMethod<Paths, "delete", Media>;
  /** Call an OPTIONS endpoint */
  OPTIONS: ProviderClientMethod<Paths, "options", Media>;
  /** Call a HEAD endpoint */
  HEAD: ProviderClientMethod<Paths, "head", Media>;
  /** Call a PATCH endpoint */
  PATCH: ProviderClientMethod<Paths, "patch", Media>;
  /** Call a TRACE endpoint */
  TRACE: ProviderClientMethod<Paths, "trace", Media>;
  /** Register openapi-fetch middleware; it runs once per call, outside the retries. */
  use(...middleware: Middleware[]): void;
  /** Unregister middleware. */
  eject(...middleware: Middleware[]): void;
  /** The provider id, e.g. `"hyperbrowser"`. */
  readonly provider: string;
  /** The base URL requests go to. */
  readonly baseUrl: string;
}
