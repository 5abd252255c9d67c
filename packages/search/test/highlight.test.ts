import { MARK_END, MARK_START, markLabels, markWords, renderEngineMarks } from '../src/highlight.js';

describe('markWords', () => {
  it('marks whole words that start with a query word, whatever their accents and case', () => {
    expect(markWords('Café de Colombia, CAFETERÍA', ['cafe'])).toBe('<mark>Café</mark> de Colombia, <mark>CAFETERÍA</mark>');
  });

  it('returns undefined when nothing matches', () => {
    expect(markWords('Argan oil', ['quinoa'])).toBeUndefined();
  });

  it('escapes the text around the marks', () => {
    expect(markWords('Tom & Jerry <Foods>', ['tom'])).toBe('<mark>Tom</mark> &amp; Jerry &lt;Foods&gt;');
  });

  it('marks one-letter words only on an exact match', () => {
    expect(markWords('d argan dates', ['d'])).toBe('<mark>d</mark> argan dates');
  });

  it('crops long text around the first match', () => {
    const text = Array.from({ length: 60 }, (_, i) => (i === 40 ? 'argan' : `w${i}`)).join(' ');
    const cropped = markWords(text, ['argan'], 10) ?? '';
    expect(cropped).toBe('…w37 w38 w39 <mark>argan</mark> w41 w42 w43 w44 w45 w46…');
  });

  it('does not crop text that is short enough', () => {
    expect(markWords('organic argan oil', ['argan'], 10)).toBe('organic <mark>argan</mark> oil');
  });
});

describe('markLabels', () => {
  it('keeps only the labels that match', () => {
    expect(markLabels(['Argan oil', 'Dates', 'Cosmetic argan'], ['argan'])).toBe('<mark>Argan</mark> oil, Cosmetic <mark>argan</mark>');
    expect(markLabels(['Dates'], ['argan'])).toBeUndefined();
  });
});

describe('renderEngineMarks', () => {
  it('turns engine marks into <mark> after escaping the text', () => {
    expect(renderEngineMarks(`${MARK_START}Tom${MARK_END} & <b>`)).toBe('<mark>Tom</mark> &amp; &lt;b&gt;');
  });

  it('returns undefined for text without marks', () => {
    expect(renderEngineMarks('Tom & Jerry')).toBeUndefined();
  });
});
