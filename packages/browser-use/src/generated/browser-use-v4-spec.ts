// Generated from specs/browser-use-v4/openapi.yaml (sha256 b5f5343a49b779d1cf1c6f99e85611951cf07409766f4676acdd1e1e01aadefd)
// by `pnpm generate` (scripts/generate.ts, openapi-typescript 7.13.0).
// Do not edit: change the spec or the generator, then run `pnpm generate`.

/** Server and auth scheme of specs/browser-use-v4/openapi.yaml. */
export const browserUseV4Spec = {
  "specId": "browser-use-v4",
  "serverUrl": "https://api.browser-use.com/api/v4",
  "security": {
    "type": "apiKey",
    "in": "header",
    "name": "X-Browser-Use-API-Key"
  }
} as const;
