// Generated from specs/browser-use/openapi.yaml (sha256 9423bebaa24b60b0bc0c69e2743bd73d6793c9f415938372008e7579e0eb34d7)
// by `pnpm generate` (scripts/generate.ts, openapi-typescript 7.13.0).
// Do not edit: change the spec or the generator, then run `pnpm generate`.

/** Server and auth scheme of specs/browser-use/openapi.yaml. */
export const browserUseSpec = {
  "specId": "browser-use",
  "serverUrl": "https://api.browser-use.com/api/v2",
  "security": {
    "type": "apiKey",
    "in": "header",
    "name": "X-Browser-Use-API-Key"
  }
} as const;
