import { DEFAULT_LOCALE, type Locale } from '../i18n/locale.js';
import { boundedEditDistance } from '../text/edit-distance.js';
import { foldText, foldedWords } from '../text/fold-text.js';
import { normaliseHsCode } from './hs-code.js';
import { hsNomenclature, type HsEntry } from './nomenclature.js';
import { curatedNames, productName } from './product-name.js';
import { PRODUCT_SYNONYMS } from './product-synonyms.js';
import { SEARCH_STOP_WORDS } from './search-vocabulary.js';

export type HsLevel = HsEntry['level'];

export interface ProductSuggestion {
  code: string;
  /** The short name in the reader's language (English where there is none). */
  name: string;
  /** The nomenclature's legal English description. */
  description: string;
  level: HsLevel;
}

export interface ProductSearchOptions {
  locale?: Locale;
  limit?: number;
  /** Only these levels (a catalogue line takes subheadings only). All by default. */
  levels?: readonly HsLevel[];
}

/** How much a word counts by where it was found: a curated name beats a synonym beats the legal text. */
const WEIGHT = { name: 3, synonym: 2.5, description: 1 } as const;
/** How well a query word matched an indexed word. */
const MATCH = { exact: 1, prefix: 0.8, typo: 0.6, typoPrefix: 0.45 } as const;

const STOP_WORDS = new Set(SEARCH_STOP_WORDS);

/** Typos forgiven, as in search: none below 5 letters, one up to 8, two from 9. */
const typoBudget = (word: string) => (word.length < 5 ? 0 : word.length < 9 ? 1 : 2);

interface IndexedEntry {
  entry: HsEntry;
  /** Folded curated names and synonyms, for exact-name matches and resolving typed names. */
  names: readonly string[];
}

interface ProductIndex {
  entries: readonly IndexedEntry[];
  /** Folded word → entry position → the best weight the word has in that entry. */
  words: ReadonlyMap<string, ReadonlyMap<number, number>>;
  /** The same words in code-unit order, so the words a query word begins are one binary search away. */
  sorted: readonly string[];
}

let index: ProductIndex | undefined;

function buildIndex(): ProductIndex {
  const entries: IndexedEntry[] = [];
  const words = new Map<string, Map<number, number>>();
  const add = (text: string, position: number, weight: number) => {
    for (const word of foldedWords(text)) {
      if (STOP_WORDS.has(word)) continue;
      const postings = words.get(word) ?? new Map<number, number>();
      postings.set(position, Math.max(postings.get(position) ?? 0, weight));
      words.set(word, postings);
    }
  };
  for (const entry of hsNomenclature().values()) {
    const position = entries.length;
    const curated = curatedNames(entry.code) ?? [];
    const synonyms = PRODUCT_SYNONYMS[entry.code] ?? [];
    entries.push({ entry, names: [...curated, ...synonyms].map(foldText) });
    for (const name of curated) add(name, position, WEIGHT.name);
    for (const synonym of synonyms) add(synonym, position, WEIGHT.synonym);
    add(entry.description, position, WEIGHT.description);
  }
  return { entries, words, sorted: [...words.keys()].sort() };
}

function productIndex(): ProductIndex {
  index ??= buildIndex();
  return index;
}

/**
 * A cheap test before the edit distance: with one typo, one of the first two letters is still in
 * one of the first two places (most words are ruled out here, which keeps a search in milliseconds).
 */
function mayBeTypo(query: string, word: string, budget: number): boolean {
  if (budget > 1) return true;
  const [q0, q1] = [query.charCodeAt(0), query.charCodeAt(1)];
  const [w0, w1] = [word.charCodeAt(0), word.charCodeAt(1)];
  return q0 === w0 || q1 === w1 || q0 === w1 || q1 === w0;
}

/** How well `query` matches the indexed `word` with a typo, or 0. */
function typoMatch(query: string, word: string): number {
  const budget = typoBudget(query);
  if (budget === 0 || !mayBeTypo(query, word, budget)) return 0;
  if (boundedEditDistance(query, word, budget) <= budget) return MATCH.typo;
  if (word.length > query.length && boundedEditDistance(query, word, budget, query.length) <= budget)
    return MATCH.typoPrefix;
  return 0;
}

function firstAtLeast(sorted: readonly string[], query: string): number {
  let [low, high] = [0, sorted.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < query) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Entry position → score for one query word: the best match among the indexed words. The words it
 * is or begins are found by binary search; only when there are none are typos looked for, over every
 * word (as a person who typed "quiona" means quinoa, while one who typed "argan" does not mean
 * "argent").
 */
function scoreWord(query: string, { words, sorted }: ProductIndex): Map<number, number> {
  const scores = new Map<number, number>();
  const add = (word: string, match: number) => {
    for (const [position, weight] of words.get(word)!) {
      const score = match * weight;
      if (score > (scores.get(position) ?? 0)) scores.set(position, score);
    }
  };
  for (let i = firstAtLeast(sorted, query); i < sorted.length && sorted[i]!.startsWith(query); i++) {
    add(sorted[i]!, sorted[i] === query ? MATCH.exact : MATCH.prefix);
  }
  if (scores.size > 0) return scores;
  for (const word of sorted) {
    const match = typoMatch(query, word);
    if (match > 0) add(word, match);
  }
  return scores;
}

const CODE_QUERY = /^[\d\s.]+$/;

/**
 * Products for a picker as someone types: by code (with or without dots: "1008.5" lists 100850) or
 * by name in any of the four languages, accent- and case-insensitive, each word matching a word of a
 * name as itself or its beginning, or, when it matches none so, with a typo. Every word must match. Ranked by where the words
 * matched (names before legal text), an exact name first, then shorter names.
 */
export function searchProducts(text: string, options: ProductSearchOptions = {}): ProductSuggestion[] {
  const { locale = DEFAULT_LOCALE, limit = 10, levels } = options;
  const index = productIndex();
  const { entries } = index;
  const allowed = (entry: HsEntry) => !levels || levels.includes(entry.level);
  const suggest = (entry: HsEntry): ProductSuggestion => ({
    code: entry.code,
    name: productName(entry.code, locale),
    description: entry.description,
    level: entry.level,
  });

  if (CODE_QUERY.test(text.trim())) {
    const prefix = normaliseHsCode(text);
    if (prefix.length === 0) return [];
    return entries
      .filter(({ entry }) => entry.code.startsWith(prefix) && allowed(entry))
      .sort((a, b) => a.entry.code.length - b.entry.code.length || a.entry.code.localeCompare(b.entry.code))
      .slice(0, limit)
      .map(({ entry }) => suggest(entry));
  }

  const all = foldedWords(text);
  const meaningful = all.filter((word) => !STOP_WORDS.has(word));
  const queryWords = [...new Set(meaningful.length > 0 ? meaningful : all)];
  if (queryWords.length === 0) return [];

  let totals: Map<number, number> | undefined;
  for (const word of queryWords) {
    const scores = scoreWord(word, index);
    if (!totals) {
      totals = scores;
      continue;
    }
    const next = new Map<number, number>();
    for (const [position, score] of scores) {
      const total = totals.get(position);
      if (total !== undefined) next.set(position, total + score);
    }
    totals = next;
  }

  const folded = queryWords.join(' ');
  return [...(totals ?? [])]
    .filter(([position]) => allowed(entries[position]!.entry))
    .map(([position, score]) => {
      const { entry, names } = entries[position]!;
      const exact = names.some((name) => foldedWords(name).join(' ') === folded);
      return { entry, score: score + (exact ? 2 : 0), length: productName(entry.code, locale).length };
    })
    .sort((a, b) => b.score - a.score || a.length - b.length || a.entry.code.localeCompare(b.entry.code))
    .slice(0, limit)
    .map(({ entry }) => suggest(entry));
}

/**
 * The code a person typed into a product field without the picker's help: a code as written
 * ("1008.50"), or a name that is exactly one of a product's names in any language ("quinua").
 * Undefined when the text is neither, so the form can ask them to choose from the list.
 */
export function resolveProductInput(
  text: string,
  options: { levels?: readonly HsLevel[] } = {},
): string | undefined {
  const trimmed = text.trim();
  if (CODE_QUERY.test(trimmed)) {
    const code = normaliseHsCode(trimmed);
    return hsNomenclature().has(code) ? code : undefined;
  }
  const folded = foldedWords(trimmed).join(' ');
  if (folded.length === 0) return undefined;
  const { entries } = productIndex();
  const named = entries.filter(
    ({ entry, names }) =>
      (!options.levels || options.levels.includes(entry.level)) &&
      names.some((name) => foldedWords(name).join(' ') === folded),
  );
  // A name can be both a heading's and its subheading's ("Mate"): the most specific wins.
  return named.sort((a, b) => b.entry.level - a.entry.level)[0]?.entry.code;
}
