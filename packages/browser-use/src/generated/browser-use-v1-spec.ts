// Generated from specs/browser-use-v1/openapi.yaml (sha256 4a959751aa8c4293d1a9da75b78c3f61ac29d0413c6fe45ca56857e4cdc720df)
// by `pnpm generate` (scripts/generate.ts, openapi-typescript 7.13.0).
// Do not edit: change the spec or the generator, then run `pnpm generate`.

/** Server and auth scheme of specs/browser-use-v1/openapi.yaml. */
export const browserUseV1Spec = {
  "specId": "browser-use-v1",
  "serverUrl": "https://api.browser-use.com",
  "security": {
    "type": "http",
    "scheme": "bearer"
  }
} as const;
