import path from "node:path";

/** A source map (version 3), the fields read here. */
interface SourceMapPayload {
  sources: string[];
  sourceRoot?: string;
  mappings: string;
}

const base64Digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** The numbers of one segment of `mappings` (base64 VLQ, sign in the lowest bit). */
function decodeSegment(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = base64Digits.indexOf(char);
    if (digit < 0) throw new Error(`not a base64 VLQ digit: ${char}`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    values.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return values;
}

/**
 * The source files that put code into a bundle, read from the bundle's source map: the sources at least one mapping
 * points at, as paths relative to `root` (forward slashes). A source map lists every source of every input it was
 * chained through, tree-shaken ones included, so `sources` alone would overstate what is in the bundle. `path` is
 * where the map is written (its `sources` are relative to it).
 */
export function mappedSources(sourceMap: { path: string; text: string }, root: string): string[] {
  const payload = JSON.parse(sourceMap.text) as SourceMapPayload;
  const used = new Set<number>();
  let source = 0;
  for (const line of payload.mappings.split(";")) {
    for (const segment of line.split(",")) {
      if (segment === "") continue;
      const fields = decodeSegment(segment);
      // [column, source, line, column, name?]: a one-field segment maps to no source.
      if (fields.length < 4) continue;
      source += fields[1] as number;
      used.add(source);
    }
  }
  const mapDir = path.join(path.dirname(sourceMap.path), payload.sourceRoot ?? "");
  return [...used]
    .sort((a, b) => a - b)
    .map((index) =>
      path
        .relative(root, path.resolve(mapDir, payload.sources[index] ?? ""))
        .split(path.sep)
        .join("/"),
    );
}
