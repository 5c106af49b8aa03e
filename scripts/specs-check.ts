/**
 * Reports drift between each vendored spec and its upstream, changing nothing.
 *
 *   pnpm specs:check [<id>...]
 *
 * For every spec whose meta.json records a `specUrl`: fetch it, compare sha256, and when it differs print the
 * change report (breaking / additions / docs only) against the vendored copy.
 *
 * Exit codes: 0 every checked spec is up to date; 1 at least one drifted (run `pnpm specs:update <id>`);
 * 2 none drifted but at least one could not be checked (offline, HTTP error, invalid upstream document).
 */
import { parseArgs } from "node:util";
import { fetchSpec, SpecSourceError } from "./lib/fetch-spec.js";
import { diffSpecs, formatChangeReport, releaseLevel } from "./lib/spec-diff.js";
import { loadVendoredSpecs, parseSpec } from "./lib/specs.js";

async function main(): Promise<number> {
  const { positionals } = parseArgs({ allowPositionals: true });
  const specs = (await loadVendoredSpecs()).filter(
    (spec) => positionals.length === 0 || positionals.includes(spec.meta.id),
  );
  let drifted = 0;
  let unchecked = 0;
  for (const spec of specs) {
    const url = spec.meta.specUrl;
    if (!url) {
      console.log(`${spec.meta.id}: no specUrl recorded; skipped`);
      continue;
    }
    try {
      const upstream = await fetchSpec(url);
      if (upstream.sha256 === spec.meta.sha256) {
        console.log(`${spec.meta.id}: up to date (${url})`);
        continue;
      }
      drifted++;
      const changes = diffSpecs(parseSpec(spec), upstream.document);
      console.log(`${spec.meta.id}: DRIFTED (${releaseLevel(changes) ?? "byte-level only"}) from ${url}`);
      console.log(
        `${formatChangeReport(changes).replace(/^/gm, "    ")}\n    Run \`pnpm specs:update ${spec.meta.id}\`.`,
      );
    } catch (error) {
      if (!(error instanceof SpecSourceError)) throw error;
      unchecked++;
      console.log(`${spec.meta.id}: COULD NOT CHECK: ${error.message.replace(/\n/g, "\n    ")}`);
    }
  }
  const checked = specs.filter((spec) => spec.meta.specUrl).length;
  console.log(
    `\nspecs:check: ${checked - drifted - unchecked} up to date, ${drifted} drifted, ${unchecked} could not be checked.`,
  );
  return drifted > 0 ? 1 : unchecked > 0 ? 2 : 0;
}

process.exitCode = await main();
