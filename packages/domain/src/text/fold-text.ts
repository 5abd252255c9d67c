/**
 * Folding case and accents the way PostgreSQL's unaccent does for Latin scripts, so that "Café",
 * "cafe" and "CAFÉ" compare equal. Arabic hamza seats fold too (أ, إ, آ → ا), as do short-vowel
 * marks: people type them inconsistently.
 */
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', đ: 'd', ł: 'l', ı: 'i' };

const ASCII = /^\p{ASCII}*$/u;

/** Lower-case, accent-free form: "Café Œuvre" → "cafe oeuvre". */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  // Most words are plain ASCII, with nothing to decompose: skipping normalize() for them takes a third
  // off highlighting a page of hits.
  if (ASCII.test(lower)) return lower;
  return lower
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[œæßøđłı]/g, (char) => LIGATURES[char] ?? char);
}

/** Folded words of a text, punctuation dropped: "Huile d'argan, BIO" → ["huile", "d", "argan", "bio"]. */
export function foldedWords(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}
