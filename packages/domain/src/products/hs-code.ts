/**
 * Harmonized System (HS 2022) product codes. Suppliers declare 6-digit subheadings; a need may name a
 * subheading (6), heading (4) or chapter (2). Codes that share a longer prefix are closer products.
 */
export const HS_CODE_PATTERN = /^(\d{2}|\d{4}|\d{6})$/;
export const HS_SUBHEADING_PATTERN = /^\d{6}$/;

/** Normalises the usual written forms ("0904.21", "0904 21") to bare digits. */
export function normaliseHsCode(code: string): string {
  return code.replace(/[\s.]/g, '');
}

/**
 * Length of the common HS prefix counted in whole levels (0, 2, 4 or 6 digits). Matching calls it
 * for every capacity line of every candidate, so it compares characters without slicing strings.
 */
export function sharedHsLevel(a: string, b: string): 0 | 2 | 4 | 6 {
  let level = 0;
  for (let i = 0; i + 1 < a.length && i + 1 < b.length && i < 6; i += 2) {
    if (a.charCodeAt(i) !== b.charCodeAt(i) || a.charCodeAt(i + 1) !== b.charCodeAt(i + 1)) break;
    level = i + 2;
  }
  return level as 0 | 2 | 4 | 6;
}

/** The chapter (first two digits): candidate suppliers are drawn from the same chapter. */
export function hsChapter(code: string): string {
  return code.slice(0, 2);
}

/** "0904.21" reads faster than "090421". */
export function formatHsCode(code: string): string {
  return code.length > 4 ? `${code.slice(0, 4)}.${code.slice(4)}` : code;
}
