import { foldedWords } from '@linkage/domain';

/**
 * Text handling both engines share: folding case and accents (the domain's foldText, which the
 * product vocabulary uses too), splitting a query into words, and escaping for HTML.
 */

export { foldText } from '@linkage/domain';

/** The longest queries people type into a search box; more words only slow the query down. */
export const MAX_QUERY_WORDS = 8;

/** Distinct folded words of a query, punctuation dropped: "Huile d'argan, BIO" → ["huile", "d", "argan", "bio"]. */
export function queryWords(text: string): string[] {
  return [...new Set(foldedWords(text))].slice(0, MAX_QUERY_WORDS);
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}
