// Generated from specs/skyvern/openapi.yaml (sha256 5299cc7d0a712703a93ce636b2e1b2421f1876ba75d0d3d13e436fc21b68abd1)
// by `pnpm generate` (scripts/generate.ts, openapi-typescript 7.13.0).
// Do not edit: change the spec or the generator, then run `pnpm generate`.

/** Server and auth scheme of specs/skyvern/openapi.yaml. */
export const skyvernSpec = {
  "specId": "skyvern",
  "serverUrl": "https://api.skyvern.com",
  "security": {
    "type": "apiKey",
    "in": "header",
    "name": "x-api-key"
  }
} as const;
