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

/** Length of the common HS prefix counted in whole levels (0, 2, 4 or 6 digits). */
export function sharedHsLevel(a: string, b: string): 0 | 2 | 4 | 6 {
  let level: 0 | 2 | 4 | 6 = 0;
  for (const len of [2, 4, 6] as const) {
    if (a.length >= len && b.length >= len && a.slice(0, len) === b.slice(0, len)) level = len;
    else break;
  }
  return level;
}

/** The chapter (first two digits): candidate suppliers are drawn from the same chapter. */
export function hsChapter(code: string): string {
  return code.slice(0, 2);
}
