/** What a secret is replaced with wherever it could show. */
export const REDACTED = "[redacted]";

// Below this length a "key" would match ordinary text, and redacting it would garble bodies.
const MIN_REDACTABLE_LENGTH = 6;

/** Replaces every occurrence of `secret` in `text` (providers sometimes echo a bad key back in their error). */
export function redactSecret(text: string, secret: string): string {
  return secret.length < MIN_REDACTABLE_LENGTH ? text : text.replaceAll(secret, REDACTED);
}

const SENSITIVE_HEADERS = ["authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key"];

/** Headers as a plain object for logs, with credentials (and the client's own key header) shown as `[redacted]`. */
export function redactHeaders(headers: Headers, keyHeaderName: string): Record<string, string> {
  const sensitive = [...SENSITIVE_HEADERS, keyHeaderName.toLowerCase()];
  const plain: Record<string, string> = {};
  headers.forEach((value, name) => {
    plain[name] = sensitive.includes(name) ? REDACTED : value;
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
  let changed = cause !== error.cause;
  // Own fields, plus message and stack (own properties of most errors, but not guaranteed to be).
  const fields: Record<string, unknown> = { ...error, message: error.message, stack: error.stack };
  for (const [name, value] of Object.entries(fields)) {
    const redacted = typeof value === "string" ? redactSecret(value, secret) : value;
    changed ||= redacted !== value;
    fields[name] = redacted;
  }
  if (!changed) return error;
  const copy = new Error(fields.message as string, cause === undefined ? undefined : { cause });
  Object.assign(copy, fields, { name: error.name });
  return copy;
}
