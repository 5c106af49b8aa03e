// Generated from specs/browser-use/openapi.yaml (sha256 434c57780859884ee3553912c228077f5e2f78e1944f4d6465efa0bbe45292b2)
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
