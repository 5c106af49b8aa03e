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
  if (body === null) return { bytes: new Uint8Array(0), truncated: false };
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  let stopped: ((reason: unknown) => void) | undefined;
  const stop = new Promise<never>((_resolve, reject) => {
    stopped = reject;
  });
  // Nobody may be listening when it is stopped after the read ended.
  stop.catch(() => {});
  onCancel((reason) => {
    stopped?.(reason);
    reader.cancel(reason).catch(() => {});
  });
  try {
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), stop]);
      if (done) break;
      if (length + value.byteLength > limit) {
        chunks.push(value.subarray(0, limit - length));
        length = limit;
        reader.cancel().catch(() => {});
        return { bytes: concat(chunks, length), truncated: true };
      }
      chunks.push(value);
      length += value.byteLength;
    }
  } finally {
    reader.releaseLock();
  }
  return { bytes: concat(chunks, length), truncated: false };
}

function concat(chunks: Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]?.byteLength === length) return chunks[0];
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
