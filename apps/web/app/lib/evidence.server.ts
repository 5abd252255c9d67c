import type { UserApi } from './api.server';
import { EVIDENCE_MAX_BYTES, multipartFileStream, UploadTooLargeError } from './uploads.server';

/** One file part of a browser's multipart form, as Remix's upload handler hands it over. */
export interface FilePart {
  filename: string;
  contentType: string;
  data: AsyncIterable<Uint8Array>;
}

/**
 * Streams one browser file part to the API as a certificate's evidence, checking the size limit on
 * the way. Returns what went wrong in words for the form, or null once the API kept the file.
 */
export async function streamEvidence(
  api: UserApi,
  certificationId: string,
  part: FilePart,
): Promise<string | null> {
  const framed = multipartFileStream('file', part.filename, part.contentType, part.data, EVIDENCE_MAX_BYTES);
  const result = await api.uploadEvidence(certificationId, framed.stream, framed.contentType);
  if (framed.bytes() > EVIDENCE_MAX_BYTES) {
    await framed.rest();
    return new UploadTooLargeError(EVIDENCE_MAX_BYTES).message;
  }
  await framed.rest();
  if (result.ok) return null;
  return result.error.fields?.file ?? result.error.message;
}
