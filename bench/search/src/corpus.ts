import type { SearchDocumentInput } from '@linkage/search';
import type { Random } from './random.js';

export type Language = 'en' | 'fr' | 'es';

/** Products of the export consortia the programme works with, named as producers write them. */
export const PRODUCTS = [
  { hs: '100850', en: 'quinoa grain', fr: 'graines de quinoa', es: 'quinua en grano' },
  { hs: '151590', en: 'argan oil', fr: "huile d'argan", es: 'aceite de argán' },
  { hs: '121190', en: 'dried herbs', fr: 'herbes séchées', es: 'hierbas secas' },
  { hs: '091099', en: 'dried thyme', fr: 'thym séché', es: 'tomillo seco' },
  { hs: '121190', en: 'rosemary leaves', fr: 'feuilles de romarin', es: 'hojas de romero' },
  { hs: '150910', en: 'extra virgin olive oil', fr: "huile d'olive extra vierge", es: 'aceite de oliva virgen extra' },
  { hs: '520812', en: 'cotton fabric', fr: 'tissu de coton', es: 'tejido de algodón' },
  { hs: '611030', en: 'alpaca knitwear', fr: "tricots en alpaga", es: 'prendas de alpaca' },
  { hs: '410712', en: 'finished leather', fr: 'cuir fini', es: 'cuero terminado' },
  { hs: '420221', en: 'leather handbags', fr: 'sacs à main en cuir', es: 'bolsos de cuero' },
  { hs: '090111', en: 'green coffee', fr: 'café vert', es: 'café verde' },
  { hs: '180100', en: 'cocoa beans', fr: 'fèves de cacao', es: 'granos de cacao' },
  { hs: '080410', en: 'dates', fr: 'dattes', es: 'dátiles' },
  { hs: '040900', en: 'natural honey', fr: 'miel naturel', es: 'miel natural' },
  { hs: '091020', en: 'saffron', fr: 'safran', es: 'azafrán' },
  { hs: '691200', en: 'ceramic tableware', fr: 'vaisselle en céramique', es: 'vajilla de cerámica' },
  { hs: '160413', en: 'canned sardines', fr: 'sardines en conserve', es: 'sardinas en conserva' },
  { hs: '080711', en: 'fresh watermelons', fr: 'pastèques fraîches', es: 'sandías frescas' },
] as const;

const GROUP_WORDS: Record<Language, readonly string[]> = {
  en: ['Cooperative', 'Producers Association', 'Export Consortium', 'Growers Union', 'Cluster'],
  fr: ['Coopérative', 'Groupement', "Consortium d'exportation", 'Association des producteurs', 'Union'],
  es: ['Cooperativa', 'Consorcio de exportación', 'Asociación de productores', 'Agrupación', 'Red'],
};
const PLACES = ['Atlas', 'Souss', 'Andina', 'Sfax', 'Huila', 'Cusco', 'Tacna', 'Rif', 'Kairouan', 'Salto', 'Nabeul',
  'Piura', 'Essaouira', 'Tafilalet', 'Puno', 'Arequipa', 'Cajamarca', 'Médenine', 'Ouarzazate', 'Chiclayo'];
const QUALIFIERS: Record<Language, readonly string[]> = {
  en: ['organic', 'women-led', 'fair trade', 'small-scale', 'family-run', 'certified', 'traditional', 'premium'],
  fr: ['biologique', 'féminine', 'équitable', 'artisanale', 'familiale', 'certifiée', 'traditionnelle', 'de qualité'],
  es: ['orgánica', 'de mujeres', 'de comercio justo', 'artesanal', 'familiar', 'certificada', 'tradicional', 'selecta'],
};
const SENTENCES: Record<Language, readonly string[]> = {
  en: [
    'We supply {p} to buyers in Europe and North America.',
    'Our members produce {p} under a shared quality plan.',
    'Joint offer of {p}, {q}, with monthly capacity and traceability.',
    'Looking for buyers of {p}; samples available on request.',
  ],
  fr: [
    'Nous fournissons {p} aux acheteurs en Europe et au Moyen-Orient.',
    'Nos membres produisent {p} selon un plan qualité commun.',
    'Offre conjointe de {p}, {q}, avec capacité mensuelle et traçabilité.',
    'Production {q} de {p}, récolte manuelle et séchage à l’ombre.',
  ],
  es: [
    'Exportamos {p} a compradores de Europa y Estados Unidos.',
    'Nuestros socios producen {p} con un plan de calidad común.',
    'Oferta conjunta de {p}, {q}, con capacidad mensual y trazabilidad.',
    'Producción {q} de {p}, cosecha manual y secado al sol.',
  ],
};
export const COUNTRIES = [['MA', 20], ['TN', 15], ['PE', 20], ['UY', 5], ['CO', 10], ['EC', 5], ['BO', 5], ['SN', 5],
  ['KE', 5], ['VN', 5], ['EG', 5]] as const;
export const STANDARDS = ['ISO_9001', 'ISO_22000', 'HACCP', 'GLOBALGAP_IFA', 'ORGANIC_EU', 'ORGANIC_USDA_NOP',
  'FAIRTRADE_SPO', 'FSSC_22000', 'BRCGS_FOOD', 'SA8000', 'OEKO_TEX_100', 'GMP', 'ECOCERT_COSMOS'] as const;
const KINDS = [['PRODUCER_GROUP', 15], ['ENTERPRISE', 45], ['CATALOGUE_ITEM', 25], ['SOURCING_NEED', 10], ['LEAD_FIRM', 5]] as const;
const VISIBILITY = [['PUBLIC', 70], ['LEAD_FIRMS', 20], ['BROKERS', 10]] as const;
const ORGANISATION_KIND = {
  PRODUCER_GROUP: 'PRODUCER_GROUP',
  ENTERPRISE: 'ENTERPRISE',
  CATALOGUE_ITEM: 'PRODUCER_GROUP',
  SOURCING_NEED: 'LEAD_FIRM',
  LEAD_FIRM: 'LEAD_FIRM',
} as const;

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** One seeded document; the n-th document is the same on every run with the same seed. */
export function generateDocument(random: Random, n: number): SearchDocumentInput {
  const language = random.pick(['en', 'fr', 'es'] as const);
  const kind = random.weighted(KINDS);
  const products = random.sample(PRODUCTS, 1 + random.int(3));
  const main = products[0] ?? PRODUCTS[0];
  const qualifier = random.pick(QUALIFIERS[language]);
  const title =
    kind === 'CATALOGUE_ITEM' || kind === 'SOURCING_NEED'
      ? `${capitalise(main[language])} ${qualifier}`
      : `${random.pick(GROUP_WORDS[language])} ${random.pick(PLACES)} ${n}`;
  const description = Array.from({ length: 2 + random.int(3) }, () =>
    random.pick(SENTENCES[language]).replace('{p}', random.pick(products)[language]).replace('{q}', random.pick(QUALIFIERS[language])),
  ).join(' ');
  return {
    id: `doc-${n}`,
    kind,
    organisationId: `org-${Math.floor(n / 3)}`,
    title,
    products: products.map((product) => ({ label: capitalise(product[language]), hsCode: product.hs })),
    description,
    country: random.weighted(COUNTRIES),
    region: random.pick(PLACES),
    standards: random.sample(STANDARDS, random.int(4)),
    productCodes: [...new Set(products.map((product) => product.hs))],
    organisationKind: ORGANISATION_KIND[kind],
    visibility: random.weighted(VISIBILITY),
    updatedAt: new Date(Date.UTC(2024, 0, 1) + random.int(600 * 86_400_000)),
  };
}
