/**
 * Text handling both engines share: folding case and accents the way PostgreSQL's unaccent does
 * for Latin scripts, splitting a query into words, and escaping for HTML.
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

/** The longest queries people type into a search box; more words only slow the query down. */
export const MAX_QUERY_WORDS = 8;

/** Distinct folded words of a query, punctuation dropped: "Huile d'argan, BIO" → ["huile", "d", "argan", "bio"]. */
export function queryWords(text: string): string[] {
  const words = foldText(text).split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0);
  return [...new Set(words)].slice(0, MAX_QUERY_WORDS);
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}
