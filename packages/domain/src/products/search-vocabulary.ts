import { foldText } from '../text/fold-text.js';

/**
 * Words that mean the same product or attribute in English, French, Spanish and Arabic, so that a
 * search in one language finds documents written in another ("huile d'argan" finds "Argan oil",
 * "café orgánico" finds "Organic green coffee"). Both search adapters read it: the PostgreSQL
 * adapter expands each query word into its group at query time, the Meilisearch adapter sends the
 * groups as its `synonyms` setting. Words are single words because both engines match word by word;
 * a phrase is found through its words ("huile d'argan" → huile ≡ oil, argan). Arabic words are
 * listed bare and with the article (زيت الأركان: "الأركان"), as they are written attached.
 *
 * Groups are kept narrow on purpose: a synonym widens every search containing the word, so only
 * words that mean the same thing in trade are grouped (not "oil" with "butter").
 */
export const SEARCH_SYNONYM_GROUPS: readonly (readonly string[])[] = [
  // Products
  ['oil', 'oils', 'huile', 'huiles', 'aceite', 'aceites', 'زيت', 'الزيت', 'زيوت'],
  ['argan', 'argán', 'أركان', 'الأركان', 'أرقان'],
  ['olive', 'olives', 'oliva', 'olivas', 'aceituna', 'aceitunas', 'زيتون', 'الزيتون'],
  ['coffee', 'coffees', 'café', 'cafés', 'قهوة', 'القهوة', 'بن', 'البن'],
  ['tea', 'teas', 'thé', 'thés', 'té', 'tés', 'شاي', 'الشاي'],
  ['mate', 'maté', 'yerba', 'متة'],
  ['cocoa', 'cacao', 'كاكاو', 'الكاكاو'],
  ['chocolate', 'chocolat', 'شوكولاتة'],
  ['herb', 'herbs', 'herbe', 'herbes', 'hierba', 'hierbas', 'عشب', 'أعشاب', 'الأعشاب'],
  ['infusion', 'infusions', 'tisane', 'tisanes', 'aromática', 'aromáticas', 'منقوع', 'نقيع'],
  ['spice', 'spices', 'épice', 'épices', 'especia', 'especias', 'توابل', 'التوابل', 'بهارات'],
  ['pepper', 'poivre', 'pimienta', 'فلفل', 'الفلفل'],
  ['chilli', 'chili', 'chillies', 'piment', 'piments', 'ají', 'ajíes', 'chile', 'شطة'],
  ['cumin', 'comino', 'كمون', 'الكمون'],
  ['saffron', 'safran', 'azafrán', 'زعفران', 'الزعفران'],
  ['quinoa', 'quinua', 'كينوا', 'الكينوا'],
  ['grain', 'grains', 'cereal', 'cereals', 'céréale', 'céréales', 'cereales', 'granos', 'حبوب', 'الحبوب'],
  ['lentil', 'lentils', 'lentille', 'lentilles', 'lenteja', 'lentejas', 'عدس', 'العدس'],
  ['chickpea', 'chickpeas', 'garbanzo', 'garbanzos', 'حمص', 'الحمص'],
  ['bean', 'beans', 'haricot', 'haricots', 'frijol', 'frijoles', 'poroto', 'porotos', 'فاصوليا'],
  ['pulses', 'légumineuses', 'legumbres', 'بقوليات', 'البقوليات', 'بقول'],
  ['nut', 'nuts', 'noix', 'nuez', 'nueces', 'مكسرات', 'المكسرات'],
  ['almond', 'almonds', 'amande', 'amandes', 'almendra', 'almendras', 'لوز', 'اللوز'],
  ['cashew', 'cashews', 'cajou', 'anacardo', 'anacardos', 'marañón', 'كاجو', 'الكاجو'],
  ['walnut', 'walnuts', 'noix', 'nuez', 'nueces', 'جوز', 'الجوز'],
  ['dates', 'dattes', 'datte', 'dátil', 'dátiles', 'تمر', 'تمور', 'التمور'],
  ['fig', 'figs', 'figue', 'figues', 'higo', 'higos', 'تين', 'التين'],
  ['raisins', 'pasas', 'زبيب', 'الزبيب'],
  ['fruit', 'fruits', 'fruta', 'frutas', 'فاكهة', 'فواكه', 'الفواكه'],
  ['honey', 'miel', 'miels', 'عسل', 'العسل'],
  ['fish', 'poisson', 'poissons', 'pescado', 'pescados', 'سمك', 'أسماك', 'الأسماك'],
  ['cotton', 'coton', 'algodón', 'قطن', 'القطن', 'قطنية'],
  ['wool', 'laine', 'lana', 'صوف', 'الصوف'],
  ['alpaca', 'alpacas', 'alpaga', 'ألبكة', 'الألبكة'],
  ['shirt', 'shirts', 'chemise', 'chemises', 'camisa', 'camisas', 'قميص', 'قمصان'],
  [
    'garment',
    'garments',
    'clothing',
    'clothes',
    'apparel',
    'vêtement',
    'vêtements',
    'ropa',
    'prenda',
    'prendas',
    'ملابس',
    'الملابس',
  ],
  ['textile', 'textiles', 'textil', 'نسيج', 'منسوجات', 'المنسوجات'],
  ['leather', 'cuir', 'cuero', 'cueros', 'جلد', 'جلود', 'جلدية'],
  ['bag', 'bags', 'handbag', 'handbags', 'sac', 'sacs', 'bolso', 'bolsos', 'حقيبة', 'حقائب'],
  [
    'basket',
    'baskets',
    'basketry',
    'panier',
    'paniers',
    'vannerie',
    'cesta',
    'cestas',
    'canasta',
    'canastas',
    'cestería',
    'سلة',
    'سلال',
  ],
  ['carpet', 'carpets', 'rug', 'rugs', 'tapis', 'alfombra', 'alfombras', 'سجاد', 'السجاد', 'زربية', 'زرابي'],
  [
    'pottery',
    'ceramic',
    'ceramics',
    'poterie',
    'céramique',
    'céramiques',
    'cerámica',
    'cerámicas',
    'alfarería',
    'فخار',
    'الفخار',
    'خزف',
  ],
  [
    'handicraft',
    'handicrafts',
    'crafts',
    'artisanat',
    'artisanal',
    'artesanía',
    'artesanías',
    'artesanal',
    'حرف',
    'الحرف',
    'يدوية',
  ],
  ['cosmetic', 'cosmetics', 'cosmétique', 'cosmétiques', 'cosmético', 'cosméticos', 'تجميل', 'التجميل'],
  ['soap', 'soaps', 'savon', 'savons', 'jabón', 'jabones', 'صابون', 'الصابون'],
  ['furniture', 'meuble', 'meubles', 'mueble', 'muebles', 'أثاث', 'الأثاث'],
  ['jewellery', 'jewelry', 'bijou', 'bijoux', 'joya', 'joyas', 'joyería', 'مجوهرات', 'حلي'],
  ['silver', 'argent', 'plata', 'فضة', 'فضية'],
  ['plant', 'plants', 'plante', 'plantes', 'planta', 'plantas', 'نبات', 'نباتات'],
  ['extract', 'extracts', 'extrait', 'extraits', 'extracto', 'extractos', 'خلاصة', 'خلاصات', 'مستخلص'],
  // Attributes
  [
    'organic',
    'biologique',
    'biologiques',
    'bio',
    'biológico',
    'biológica',
    'orgánico',
    'orgánica',
    'orgánicos',
    'ecológico',
    'ecológica',
    'عضوي',
    'عضوية',
    'العضوي',
  ],
  [
    'dried',
    'dry',
    'dehydrated',
    'séché',
    'séchés',
    'séchée',
    'séchées',
    'sec',
    'secs',
    'sèche',
    'sèches',
    'seco',
    'secos',
    'seca',
    'secas',
    'deshidratado',
    'deshidratados',
    'مجفف',
    'مجففة',
    'المجففة',
  ],
  ['green', 'vert', 'verte', 'verts', 'verde', 'verdes', 'أخضر', 'الأخضر', 'خضراء'],
  ['black', 'noir', 'noire', 'negro', 'negra', 'أسود', 'الأسود'],
  ['natural', 'naturel', 'naturelle', 'naturels', 'naturelles', 'naturales', 'طبيعي', 'طبيعية'],
  ['essential', 'essentielle', 'essentielles', 'esencial', 'esenciales', 'عطري', 'عطرية'],
  ['medicinal', 'médicinal', 'médicinale', 'médicinales', 'medicinales', 'طبي', 'طبية'],
  ['aromatic', 'aromatique', 'aromatiques', 'aromático', 'aromáticos', 'عطرية'],
  ['virgin', 'vierge', 'virgen', 'بكر'],
];

/**
 * Articles and prepositions of the four languages, which a search ignores: "huile d'argan" is
 * searched as "huile argan", so that it finds "Argan oil". Meilisearch takes them as its
 * `stopWords`; the PostgreSQL adapter drops them through its stemmers' stop-word lists.
 */
export const SEARCH_STOP_WORDS: readonly string[] = [
  'a',
  'an',
  'and',
  'the',
  'of',
  'for',
  'with',
  'd',
  'de',
  'des',
  'du',
  'l',
  'la',
  'le',
  'les',
  'et',
  'avec',
  'y',
  'el',
  'los',
  'las',
  'del',
  'con',
  'و',
];

/**
 * Word → every other word of its groups, each word both as written (lower-case) and folded: the query
 * side is folded, but documents in Arabic keep their hamza seats in PostgreSQL (unaccent leaves
 * Arabic alone), so both spellings are searched. Built once.
 */
const SYNONYMS: ReadonlyMap<string, readonly string[]> = (() => {
  const byWord = new Map<string, Set<string>>();
  for (const group of SEARCH_SYNONYM_GROUPS) {
    const spellings = [...new Set(group.flatMap((word) => [word.toLowerCase(), foldText(word)]))];
    for (const word of spellings) {
      const others = byWord.get(word) ?? new Set<string>();
      for (const other of spellings) if (other !== word) others.add(other);
      byWord.set(word, others);
    }
  }
  return new Map([...byWord].map(([word, others]) => [word, [...others]]));
})();

/** The other words meaning the same as a query word (folded or not); empty for a word in no group. */
export function searchSynonyms(word: string): readonly string[] {
  return SYNONYMS.get(word) ?? [];
}

/** The groups as Meilisearch's `synonyms` setting wants them: each word mapped to all the others. */
export function synonymMap(): Record<string, string[]> {
  return Object.fromEntries([...SYNONYMS].map(([word, others]) => [word, [...others]]));
}
