// Generated from specs/hyperbrowser/openapi.yaml (sha256 027eb7c6ffd0ab42c6f955db702e80c16f7f388c5ba66dc6a176ed30575a5001)
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
