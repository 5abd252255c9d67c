import { escapeHtml, foldText, queryWords } from '../src/text.js';

describe('text', () => {
  it('folds case, accents and ligatures as unaccent does', () => {
    expect(foldText('Café Oléicole ÑANDÚ Œuvre Straße')).toBe('cafe oleicole nandu oeuvre strasse');
  });

  it('splits a query into distinct folded words', () => {
    expect(queryWords("Huile d'Argan, BIO — huile 100%")).toEqual(['huile', 'd', 'argan', 'bio', '100']);
    expect(queryWords('  ;; ')).toEqual([]);
  });

  it('keeps at most eight words', () => {
    expect(queryWords('a b c d e f g h i j')).toHaveLength(8);
  });

  it('escapes HTML', () => {
    expect(escapeHtml(`<a href="x">Tom & 'Jerry'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;');
  });
});
