// Generated from specs/hyperbrowser/openapi.yaml (sha256 522dba8baed007de9c964bc9d4abb3c47643346e0a5abe344bceab5e0ceae22f)
// by `pnpm generate` (scripts/generate.ts, openapi-typescript 7.13.0).
// Do not edit: change the spec or the generator, then run `pnpm generate`.

/** Server and auth scheme of specs/hyperbrowser/openapi.yaml. */
export const hyperbrowserSpec = {
  "specId": "hyperbrowser",
  "serverUrl": "https://api.hyperbrowser.ai",
  "security": {
    "type": "apiKey",
    "in": "header",
    "name": "x-api-key"
  }
} as const;
