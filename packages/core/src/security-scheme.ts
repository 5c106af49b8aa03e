/** How a spec's security scheme says the API key travels. Only header-based schemes exist: keys never go in URLs. */
export type SecurityScheme =
  | { readonly type: "apiKey"; readonly in: "header"; readonly name: string }
  | { readonly type: "http"; readonly scheme: "bearer" };

/** Name of the header that carries the key under `scheme`. */
export function securityHeaderName(scheme: SecurityScheme): string {
  return scheme.type === "apiKey" ? scheme.name : "Authorization";
}

/** The header value that carries `apiKey` under `scheme`. */
export function securityHeaderValue(scheme: SecurityScheme, apiKey: string): string {
  return scheme.type === "apiKey" ? apiKey : `Bearer ${apiKey}`;
}
