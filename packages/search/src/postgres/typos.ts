/**
 * Typo tolerance rules, the same as Meilisearch's defaults so both engines forgive the same typos:
 * none below 5 letters, one up to 8, two from 9; swapping two neighbouring letters counts as one.
 */
export function typoBudget(word: string): 0 | 1 | 2 {
  if (word.length < 5 || /^\d+$/.test(word)) return 0;
  return word.length < 9 ? 1 : 2;
}

/** Edits (insert, delete, substitute, swap neighbours) between two words: optimal string alignment. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = Array.from({ length: rows * cols }, (_, i) => (i < cols ? i : i % cols === 0 ? i / cols : 0));
  const at = (i: number, j: number) => d[i * cols + j] ?? 0;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      d[i * cols + j] = best;
    }
  }
  return at(a.length, b.length);
}

/** Vocabulary words close enough to `term` to be what the person meant. */
export function corrections(term: string, candidates: readonly string[]): string[] {
  const budget = typoBudget(term);
  if (budget === 0) return [];
  return candidates.filter((word) => word !== term && editDistance(term, word) <= budget);
}
