/**
 * Typo tolerance rules, the same as Meilisearch's defaults so both engines forgive the same typos:
 * none below 5 letters, one up to 8, two from 9; swapping two neighbouring letters counts as one.
 */
export function typoBudget(word: string): 0 | 1 | 2 {
  if (word.length < 5 || /^\d+$/.test(word)) return 0;
  return word.length < 9 ? 1 : 2;
}
