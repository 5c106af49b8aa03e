// Generated from specs/dari/openapi.yaml (sha256 0198cdd1f2751decb7571b179f4ae13fefc020bccd9e08dbf373bf04ea6e5584)
// by `pnpm generate` (scripts/generate.ts, openapi-typescript 7.13.0).
// Do not edit: change the spec or the generator, then run `pnpm generate`.

/** Server and auth scheme of specs/dari/openapi.yaml. */
export const dariSpec = {
  "specId": "dari",
  "serverUrl": "https://agent.usedari.com",
  "security": {
    "type": "apiKey",
    "in": "header",
    "name": "X-API-Key"
  }
} as const;
