// Generated from specs/browseract/openapi.yaml (sha256 489b62d0fad48d6c91361cf51ce7aee08120bdbd5fdd1ade58f1f6f4f94c4320)
// by `pnpm generate` (scripts/generate.ts, openapi-typescript 7.13.0).
// Do not edit: change the spec or the generator, then run `pnpm generate`.

/** Server and auth scheme of specs/browseract/openapi.yaml. */
export const browseractSpec = {
  "specId": "browseract",
  "serverUrl": "https://api.browseract.com",
  "security": {
    "type": "http",
    "scheme": "bearer"
  }
} as const;
