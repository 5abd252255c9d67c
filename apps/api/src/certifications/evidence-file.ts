import { type EvidenceContentType } from '@linkage/contracts';

const SIGNATURES: Array<{ type: EvidenceContentType; extension: string; bytes: number[] }> = [
  { type: 'application/pdf', extension: 'pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { type: 'image/png', extension: 'png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/jpeg', extension: 'jpg', bytes: [0xff, 0xd8, 0xff] },
];

/**
 * The evidence file's real type, read from its first bytes. The Content-Type a browser sends is the
 * file name's guess and can be anything, so it is never trusted. Undefined for any other content.
 */
export function sniffEvidenceType(
  buffer: Buffer,
): { type: EvidenceContentType; extension: string } | undefined {
  const match = SIGNATURES.find((s) => s.bytes.every((byte, i) => buffer[i] === byte));
  return match && { type: match.type, extension: match.extension };
}

/** A file name safe to echo in a Content-Disposition header and to show. */
export const safeFileName = (name: string): string =>
  name.replace(/[^\w.\- ]+/g, '_').slice(0, 120) || 'evidence';
