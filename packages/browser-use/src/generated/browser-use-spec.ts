// Generated from specs/browser-use/openapi.yaml (sha256 3d589179e589557a6d6db5faebff937d75d3477dfcca6b4223a23d8677687631)
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
