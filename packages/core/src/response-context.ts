/** What the request layer knows about a call, kept beside its response so `unwrap` can build a precise error. */
export interface RequestContext {
  provider: string;
  displayName: string;
  method: string;
  url: string;
}

const contexts = new WeakMap<Response, RequestContext>();

export function rememberRequestContext(response: Response, context: RequestContext): void {
  contexts.set(response, context);
}

/** The context of a response this package's clients returned, else one read off the response itself. */
export function requestContextOf(response: Response): RequestContext {
  return contexts.get(response) ?? { provider: "unknown", displayName: "API", method: "request", url: response.url };
}
