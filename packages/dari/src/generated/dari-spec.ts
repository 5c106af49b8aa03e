// Generated from specs/dari/openapi.yaml (sha256 e37b84f3ac0ce8d6e7772c851d9989e9445f1dbff903c64203675b858e0aac4c)
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
