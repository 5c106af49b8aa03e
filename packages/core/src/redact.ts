/** What a secret is replaced with wherever it could show. */
export const REDACTED = "[redacted]";

// Below this length a "key" would match ordinary text, and redacting it would garble bodies.
const MIN_REDACTABLE_LENGTH = 6;

/** Replaces every occurrence of `secret` in `text` (providers sometimes echo a bad key back in their error). */
export function redactSecret(text: string, secret: string): string {
  if (secret.length < MIN_REDACTABLE_LENGTH || !text.includes(secret)) return text;
  return text.split(secret).join(REDACTED);
}

const SENSITIVE_HEADERS = new Set(["authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key"]);

/** Headers as a plain object for logs, with credentials (and the client's own key header) shown as `[redacted]`. */
export function redactHeaders(headers: Headers, keyHeaderName: string): Record<string, string> {
  const keyHeader = keyHeaderName.toLowerCase();
  const plain: Record<string, string> = {};
  headers.forEach((value, name) => {
    plain[name] = SENSITIVE_HEADERS.has(name) || name === keyHeader ? REDACTED : value;
  });
  return plain;
}

/**
 * `error` as it is, unless its message, stack, string fields or causes mention `secret`: then a copy of the
 * chain with the secret redacted, keeping each error's name and fields (`code` included, for the retry policy).
 */
export function redactErrorChain(error: unknown, secret: string, depth = 0): unknown {
  if (!(error instanceof Error) || depth >= 5) return error;
  const cause = redactErrorChain(error.cause, secret, depth + 1);
  const fields = Object.entries(error).map(([name, value]): [string, unknown] => [
    name,
    typeof value === "string" ? redactSecret(value, secret) : value,
  ]);
  const message = redactSecret(error.message, secret);
  const stack = error.stack === undefined ? undefined : redactSecret(error.stack, secret);
  const unchanged =
    cause === error.cause &&
    message === error.message &&
    stack === error.stack &&
    fields.every(([name, value]) => value === (error as unknown as Record<string, unknown>)[name]);
  if (unchanged) return error;
  const copy = new Error(message, cause === undefined ? undefined : { cause });
  Object.assign(copy, Object.fromEntries(fields));
  copy.name = error.name;
  copy.stack = stack;
  return copy;
}
