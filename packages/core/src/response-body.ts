/** How a body read ended: the bytes, and whether the body went on past the limit (and was cut there). */
export interface BoundedBody {
  bytes: Uint8Array;
  truncated: boolean;
}

/**
 * Reads `body` to the end, holding at most `limit` bytes: past the limit the stream is cancelled (which ends the
 * download and, for a compressed body, the decompression) and the body is reported `truncated`. `onCancel` is
 * called with a function that stops the read at once: the request layer's timeout and abort use it, so a body
 * that trickles forever cannot outlast them even when the stream ignores its signal.
 */
export async function readBounded(
  body: ReadableStream<Uint8Array> | null,
  limit: number,
  onCancel: (stop: (reason: unknown) => void) => void,
): Promise<BoundedBody> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  let truncated = false;
  const reader = body?.getReader();
  // Cancelling a reader ends its pending read at once (as done), whatever the stream's source does; the read then
  // fails with the reason it was stopped for.
  let stopped: { reason: unknown } | undefined;
  onCancel((reason) => {
    stopped = { reason };
    reader?.cancel(reason).catch(() => {});
  });
  try {
    while (reader && !truncated) {
      const { done, value } = await reader.read();
      if (stopped) throw stopped.reason;
      if (done) break;
      truncated = length + value.byteLength > limit;
      if (truncated) reader.cancel().catch(() => {});
      chunks.push(truncated ? value.subarray(0, limit - length) : value);
      length = Math.min(length + value.byteLength, limit);
    }
  } finally {
    reader?.releaseLock();
  }
  return { bytes: concatBytes(chunks, length), truncated };
}

/** `chunks` as one array of `length` bytes; a single chunk of that length is returned as it is, not copied. */
export function concatBytes(chunks: readonly Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]?.byteLength === length) return chunks[0];
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
