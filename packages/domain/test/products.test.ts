import { LOCALES, SEARCH_SYNONYM_GROUPS, foldText, searchSynonyms, synonymMap } from '../src/index.js';
import { CHAPTER_NAMES } from '../src/products/chapter-names.js';
import { COMMON_PRODUCT_NAMES } from '../src/products/common-product-names.js';
import {
  hsNomenclature,
  isHsCode,
  productDescription,
  productLabel,
  productName,
  resolveProductInput,
  searchProducts,
} from '../src/products/index.js';
import { PRODUCT_SYNONYMS } from '../src/products/product-synonyms.js';

const codes = (text: string, options?: Parameters<typeof searchProducts>[1]) =>
  searchProducts(text, options).map((suggestion) => suggestion.code);

describe('HS 2022 nomenclature', () => {
  it('holds the 97 chapters (77 is reserved, 99 is used), 1,229 headings and 5,613 subheadings', () => {
    const levels = [...hsNomenclature().values()].map((entry) => entry.level);
    expect(levels.filter((level) => level === 2)).toHaveLength(97);
    expect(levels.filter((level) => level === 4)).toHaveLength(1229);
    expect(levels.filter((level) => level === 6)).toHaveLength(5613);
    expect(hsNomenclature().get('100850')).toEqual({
      code: '100850',
      description: 'Cereals; quinoa (Chenopodium quinoa)',
      level: 6,
      parent: '1008',
    });
  });

  it('knows codes as written with dots, and no others', () => {
    expect(isHsCode('1008.50')).toBe(true);
    expect(isHsCode('100899')).toBe(false);
  });

  it('gives every curated name, synonym and chapter a code of the nomenclature, and every chapter a name', () => {
    const unknown = [
      ...Object.keys(COMMON_PRODUCT_NAMES),
      ...Object.keys(PRODUCT_SYNONYMS),
      ...Object.keys(CHAPTER_NAMES),
    ].filter((code) => !hsNomenclature().has(code));
    expect(unknown).toEqual([]);
    const chapters = [...hsNomenclature().values()]
      .filter((entry) => entry.level === 2)
      .map((entry) => entry.code);
    expect(chapters.filter((code) => !CHAPTER_NAMES[code])).toEqual([]);
  });

  it('has a name in each of the four languages for every curated code', () => {
    const names = [...Object.values(COMMON_PRODUCT_NAMES), ...Object.values(CHAPTER_NAMES)];
    expect(
      names.filter((entry) => entry.length !== LOCALES.length || entry.some((name) => name.trim() === '')),
    ).toEqual([]);
  });
});

describe('productName', () => {
  it('gives the short name in the reader’s language', () => {
    expect(productName('100850', 'en')).toBe('Quinoa');
    expect(productName('100850', 'es')).toBe('Quinua');
    expect(productName('151590', 'fr')).toBe("Huile d'argan et autres huiles végétales");
    expect(productName('1509', 'ar')).toBe('زيت الزيتون');
    expect(productName('09', 'fr')).toBe('Café, thé, maté et épices');
  });

  it('reads codes written with dots', () => {
    expect(productName('1008.50', 'fr')).toBe('Quinoa');
  });

  it('falls back to the nomenclature’s English description where no short name exists, then to the code', () => {
    expect(productName('010121', 'fr')).toBe('Horses; live, pure-bred breeding animals');
    expect(productName('000000', 'es')).toBe('000000');
  });

  it('keeps the legal description available, and labels a product with its code as a hint', () => {
    expect(productDescription('100850')).toBe('Cereals; quinoa (Chenopodium quinoa)');
    expect(productLabel('100850', 'en')).toBe('Quinoa (HS 1008.50)');
  });
});

describe('searchProducts', () => {
  it('finds quinoa by its English and its Spanish (Andean) name', () => {
    expect(codes('quinoa')[0]).toBe('100850');
    expect(codes('quinua')[0]).toBe('100850');
    expect(codes('كينوا')[0]).toBe('100850');
  });

  it('finds products across languages, accents and case ignored', () => {
    expect(codes("huile d'argan")[0]).toBe('151590');
    expect(codes('ACEITE DE ARGAN')[0]).toBe('151590');
    expect(codes('herbes séchées')[0]).toBe('121190');
    expect(codes('miel')).toContain('040900');
    expect(codes('زيت الزيتون')).toContain('1509');
  });

  it('forgives typos and matches the word being typed as a prefix', () => {
    expect(codes('chocolte')[0]).toBe('1806');
    expect(codes('saffr')).toContain('091020');
  });

  it('finds codes typed with or without dots, shortest first', () => {
    expect(codes('1008.5')).toEqual(['100850']);
    expect(codes('0901').slice(0, 2)).toEqual(['0901', '090111']);
  });

  it('names suggestions in the reader’s language and keeps to the levels asked for', () => {
    const [quinoa] = searchProducts('quinoa', { locale: 'es' });
    expect(quinoa).toMatchObject({ code: '100850', name: 'Quinua', level: 6 });
    expect(searchProducts('coffee', { levels: [6] }).every((suggestion) => suggestion.level === 6)).toBe(
      true,
    );
  });

  it('requires every word and finds nothing for gibberish', () => {
    expect(codes('quinoa leather')).toEqual([]);
    expect(codes('zzqxw')).toEqual([]);
  });
});

describe('resolveProductInput', () => {
  it('accepts a code as written, or a product’s exact name in any language', () => {
    expect(resolveProductInput('1008.50')).toBe('100850');
    expect(resolveProductInput('Quinua')).toBe('100850');
    expect(resolveProductInput("huile d'olive vierge extra")).toBe('150920');
  });

  it('prefers the most specific code when a heading and its subheading share a name', () => {
    expect(resolveProductInput('Mate')).toBe('090300');
  });

  it('returns nothing for an unknown code or a partial name', () => {
    expect(resolveProductInput('1008.99')).toBeUndefined();
    expect(resolveProductInput('quin')).toBeUndefined();
  });
});

describe('search vocabulary', () => {
  it('links a word to its translations, folded and as written', () => {
    expect(searchSynonyms('huile')).toEqual(expect.arrayContaining(['oil', 'aceite', 'زيت']));
    expect(searchSynonyms('organico')).toEqual(expect.arrayContaining(['organic', 'bio', 'عضوي']));
    expect(searchSynonyms('الاركان')).toEqual(expect.arrayContaining(['argan', 'الأركان']));
    expect(searchSynonyms('tractor')).toEqual([]);
  });

  it('gives Meilisearch every word of every group, never a word as its own synonym', () => {
    const map = synonymMap();
    for (const group of SEARCH_SYNONYM_GROUPS)
      for (const word of group) expect(map[foldText(word)]).toBeDefined();
    expect(Object.entries(map).filter(([word, others]) => others.includes(word))).toEqual([]);
  });
});
