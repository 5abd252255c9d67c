import { corrections, editDistance, typoBudget } from '../src/postgres/typos.js';

describe('typo tolerance', () => {
  it('allows no typo below 5 letters, one up to 8, two from 9, none in numbers', () => {
    expect(['cafe', 'argan', 'quinoa', 'rosemary', 'chocolate', '090421'].map(typoBudget)).toEqual([0, 1, 1, 1, 2, 0]);
  });

  it('counts a swap of neighbouring letters as one edit', () => {
    expect(editDistance('quiona', 'quinoa')).toBe(1);
    expect(editDistance('argane', 'argan')).toBe(1);
    expect(editDistance('olive', 'olive')).toBe(0);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('keeps the candidates within budget, never the word itself', () => {
    expect(corrections('quiona', ['quinoa', 'quinua', 'quiona', 'quince'])).toEqual(['quinoa']);
    expect(corrections('cafe', ['safe'])).toEqual([]);
  });
});
