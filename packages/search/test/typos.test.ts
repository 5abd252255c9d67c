import { typoBudget } from '../src/postgres/typos.js';

describe('typo tolerance', () => {
  it('allows no typo below 5 letters, one up to 8, two from 9, none in numbers', () => {
    expect(['cafe', 'argan', 'quinoa', 'rosemary', 'chocolate', '090421'].map(typoBudget)).toEqual([0, 1, 1, 1, 2, 0]);
  });
});
