import { createHmac } from "node:crypto";

// Signs webhook deliveries the way the providers document it, with node:crypto, independently of the WebCrypto code
// of @agent-tasks/webhooks: for its tests, the demo and the benchmark, which play the provider's sender.

/** JSON with every object's keys sorted (as strings) and no whitespace: Browser Use's canonical form. */
export function sortedJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(sortedJson).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const record = value as Record<string, unknown>;
    const members = Object.keys(record)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${sortedJson(record[key])}`);
    return `{${members.join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/**
 * The headers of a Browser Use delivery of `body`: `X-Browser-Use-Signature`, lower-case hex HMAC-SHA256 of
 * `` `${timestamp}.${canonical}` `` (default canonical: `sortedJson(body)`), and `X-Browser-Use-Timestamp`.
 */
export function browserUseSignatureHeaders(
  body: unknown,
  options: { secret: string; timestamp?: string | number; canonical?: string },
): Record<string, string> {
  const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000));
  const signature = createHmac("sha256", options.secret)
    .update(`${timestamp}.${options.canonical ?? sortedJson(body)}`)
    .digest("hex");
  return { "x-browser-use-signature": signature, "x-browser-use-timestamp": timestamp };
}

/** The most of `times` (milliseconds, any order) that fall within any `windowMs`: a sliding window. */
export function busiestWindow(times: readonly number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  let first = 0;
  for (let last = 0; last < sorted.length; last += 1) {
    while ((sorted[last] as number) - (sorted[first] as number) >= windowMs) first += 1;
    most = Math.max(most, last - first + 1);
  }
  return most;
}
