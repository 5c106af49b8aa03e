/**
 * HMAC-SHA256 with WebCrypto, so verification runs in Node, browsers, Workers, Deno and edge runtimes alike, and
 * comparison in constant time. Nothing here throws on bad input.
 */

const encoder = /* @__PURE__ */ new TextEncoder();

/** HMAC-SHA256 of `message` under `secret`, as lower-case hex. */
async function hmacSha256Hex(secret: string, message: string | Uint8Array): Promise<string> {
  const key = await crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, [
    "sign",
  ]);
  // A copy on its own ArrayBuffer: WebCrypto takes no view of a SharedArrayBuffer.
  const data = typeof message === "string" ? encoder.encode(message) : new Uint8Array(message);
  const mac = new Uint8Array(await crypto.subtle.sign("HMAC", key, data));
  let hex = "";
  for (const byte of mac) hex += byte.toString(16).padStart(2, "0");
  return hex;
}

/**
 * Whether two strings are equal, in time that depends only on their lengths (never on where they first differ).
 * Strings of different lengths are unequal, and are told apart without an early exit over their characters.
 */
export function constantTimeEqual(a: string, b: string): boolean {
  let difference = a.length ^ b.length;
  const length = Math.max(a.length, b.length);
  for (let index = 0; index < length; index++) {
    difference |= (a.charCodeAt(index) || 0) ^ (b.charCodeAt(index) || 0);
  }
  return difference === 0;
}

/**
 * Whether `signature` (hex, any case, maybe prefixed `sha256=`) is the HMAC-SHA256 of one of `messages` under
 * one of `secrets` (several at once while a secret rotates). Every candidate is computed and compared, so the
 * time taken does not say which secret or message came close.
 */
export async function matchesAnySignature(
  signature: string,
  secrets: readonly string[],
  messages: readonly (string | Uint8Array)[],
): Promise<boolean> {
  const given = signature
    .trim()
    .toLowerCase()
    .replace(/^sha256=/, "");
  let matched = false;
  for (const secret of secrets) {
    for (const message of messages) {
      const expected = await hmacSha256Hex(secret, message);
      matched = constantTimeEqual(given, expected) || matched;
    }
  }
  return matched;
}
