import { escapeHtml, foldText } from './text.js';

/** What a hit shows with the query's words wrapped in <mark>; HTML-escaped, safe to render as HTML. */
export interface Highlights {
  title?: string;
  /** Product labels that matched, comma-separated. */
  products?: string;
  /** Cropped around the first match. */
  description?: string;
}

/** How many words of a long description a hit shows. */
export const DESCRIPTION_CROP_WORDS = 30;
export const CROP_MARKER = '…';

// Engines that mark matches themselves (Meilisearch) are asked for these control characters instead
// of <mark>, so the text can be HTML-escaped afterwards without escaping the marks too.
export const MARK_START = '\u0002';
export const MARK_END = '\u0003';

/** Turns engine-marked text into escaped HTML, or undefined when nothing in it matched. */
export function renderEngineMarks(text: string): string | undefined {
  if (!text.includes(MARK_START)) return undefined;
  return escapeHtml(text).replaceAll(MARK_START, '<mark>').replaceAll(MARK_END, '</mark>');
}

interface Segment {
  text: string;
  isWord: boolean;
  marked: boolean;
}

function segments(text: string, matchWords: readonly string[]): Segment[] {
  return (text.match(/[\p{L}\p{N}\p{M}]+|[^\p{L}\p{N}\p{M}]+/gu) ?? []).map((part) => {
    const isWord = /^[\p{L}\p{N}]/u.test(part);
    const folded = isWord ? foldText(part) : '';
    // A word matches a query word it starts with: "quinoa" for "quin", "herbes" for the stem "herb".
    // One-letter words would mark half the text, so they must match exactly.
    const marked = isWord && matchWords.some((w) => folded === w || (w.length >= 2 && folded.startsWith(w)));
    return { text: part, isWord, marked };
  });
}

function render(parts: readonly Segment[]): string {
  return parts.map((part) => (part.marked ? `<mark>${escapeHtml(part.text)}</mark>` : escapeHtml(part.text))).join('');
}

/**
 * Marks the words of `text` that match any of `matchWords` (folded: lower-case, no accents), or
 * returns undefined when none does. With `cropWords`, long text is cut to that many words starting
 * a little before the first match.
 */
export function markWords(text: string, matchWords: readonly string[], cropWords?: number): string | undefined {
  const parts = segments(text, matchWords);
  const first = parts.findIndex((part) => part.marked);
  if (first < 0) return undefined;
  const wordIndexes = parts.flatMap((part, index) => (part.isWord ? [index] : []));
  if (cropWords === undefined || wordIndexes.length <= cropWords) return render(parts);

  const firstWord = wordIndexes.indexOf(first);
  const startWord = Math.max(0, Math.min(firstWord - 3, wordIndexes.length - cropWords));
  const start = wordIndexes[startWord] ?? 0;
  const end = (wordIndexes[startWord + cropWords - 1] ?? parts.length - 1) + 1;
  const prefix = start > 0 ? CROP_MARKER : '';
  const suffix = end < parts.length ? CROP_MARKER : '';
  return prefix + render(parts.slice(start, end)) + suffix;
}

/** Marks the product labels that match, joined; undefined when none does. */
export function markLabels(labels: readonly string[], matchWords: readonly string[]): string | undefined {
  const marked = labels.flatMap((label) => markWords(label, matchWords) ?? []);
  return marked.length > 0 ? marked.join(', ') : undefined;
}
