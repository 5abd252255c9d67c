/**
 * Helpers for multipart forms the portal receives (CSV import, certificate evidence): read a text
 * part, discard a part, and re-frame a browser's file part as a one-field multipart body that is
 * streamed on to the API as its bytes arrive (never held whole in the portal's memory).
 */

export async function readText(data: AsyncIterable<Uint8Array>, maxBytes = 1_000_000): Promise<string> {
  const decoder = new TextDecoder();
  let text = '';
  let size = 0;
  for await (const chunk of data) {
    size += chunk.byteLength;
    if (size > maxBytes) throw new UploadTooLargeError(maxBytes);
    text += decoder.decode(chunk, { stream: true });
  }
  return text + decoder.decode();
}

export async function drain(data: AsyncIterable<Uint8Array>): Promise<void> {
  for await (const _chunk of data) {
    // discard
  }
}

export class UploadTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`The file is larger than the ${Math.round(maxBytes / (1024 * 1024))} MB limit`);
  }
}

/** Same limit as the API's UPLOAD_MAX_BYTES default: the portal stops a larger file early with a clear message. */
export const EVIDENCE_MAX_BYTES = Number(process.env.UPLOAD_MAX_BYTES ?? 5 * 1024 * 1024);

function quote(value: string): string {
  return value.replace(/[\r\n"\\]/g, '_');
}

/**
 * Frames `data` as multipart/form-data with one file field. The returned stream pulls from `data`
 * lazily; if more than `maxBytes` arrive it errors with UploadTooLargeError.
 */
export function multipartFileStream(
  field: string,
  fileName: string,
  contentType: string,
  data: AsyncIterable<Uint8Array>,
  maxBytes: number,
): { stream: ReadableStream<Uint8Array>; contentType: string; bytes: () => number; rest: () => Promise<void> } {
  const boundary = `----linkage${crypto.randomUUID().replace(/-/g, '')}`;
  const encoder = new TextEncoder();
  const head = encoder.encode(
    `--${boundary}\r\nContent-Disposition: form-data; name="${quote(field)}"; filename="${quote(fileName)}"\r\n` +
      `Content-Type: ${contentType || 'application/octet-stream'}\r\n\r\n`,
  );
  const tail = encoder.encode(`\r\n--${boundary}--\r\n`);
  const iterator = data[Symbol.asyncIterator]();
  let sent = 0;
  let started = false;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(head);
        return;
      }
      const next = await iterator.next();
      if (next.done) {
        controller.enqueue(tail);
        controller.close();
        return;
      }
      sent += next.value.byteLength;
      if (sent > maxBytes) {
        controller.error(new UploadTooLargeError(maxBytes));
        return;
      }
      controller.enqueue(next.value);
    },
  });
  /** Reads and discards whatever the API did not take, so the browser's request can finish. */
  const rest = async () => {
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      // discard
    }
  };
  return { stream, contentType: `multipart/form-data; boundary=${boundary}`, bytes: () => sent, rest };
}
