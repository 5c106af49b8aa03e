#!/usr/bin/env bash
# Runs the vitest suite on the other Node versions we support, with Node binaries from the npm registry's `node`
# package (`npx -y node@<version>`; nothing is downloaded from anywhere else). Needs the build (`pnpm build`).
#   pnpm test:node-versions
# - Node 22 and 24: every package's tests (the request layer, normalize, the clients) and the tests of the built
#   packages (`built-packages`, `bundle-contents`): what users run on those versions. Left to the Node 20 run of
#   `pnpm test`: the type tests (`*.test-d.ts`; the compiler answers the same on every Node) and the tests of the
#   repo's own tooling (generate, specs:update, changeset, API report, README examples, registry), which
#   contributors and CI run on the Node the repo pins. That keeps the two extra runs to about half a minute each.
# - Node 20.19.0, the `engines` floor: the built packages' ESM import and require(esm) tests.
set -euo pipefail
cd "$(dirname "$0")/.."

vitest=node_modules/vitest/vitest.mjs
run_on() {
  local version=$1
  shift
  echo "── Node $version: vitest run $*"
  # `node --version` through the same wrapper proves which binary ran the suite.
  echo "   binary: $(npx -y "node@$version" --version)"
  npx -y "node@$version" "$vitest" run "$@"
}

failed=()
users_suite=(--typecheck.enabled=false packages/ scripts/built-packages.test.ts scripts/bundle-contents.test.ts)
run_on 22.23.3 "${users_suite[@]}" || failed+=("Node 22.23.3")
run_on 24.21.0 "${users_suite[@]}" || failed+=("Node 24.21.0")
run_on 20.19.0 scripts/built-packages.test.ts || failed+=("Node 20.19.0")
if [ ${#failed[@]} -gt 0 ]; then
  echo "The suite failed on: ${failed[*]}" >&2
  exit 1
fi
echo "The packages' tests passed on Node 22.23.3 and 24.21.0; the built packages load on Node 20.19.0."
