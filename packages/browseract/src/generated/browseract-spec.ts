// Generated from specs/browseract/openapi.yaml (sha256 5271a46fa874d622dd554667e11f6ea6e9e9f4e8a5984cced443e63812bc89ce)
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
