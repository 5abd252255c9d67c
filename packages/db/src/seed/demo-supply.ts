import { type Period, type Unit } from '@linkage/domain';

/**
 * ILLUSTRATIVE capacities for the demo. The source (UNIDO 2009, see seed-data/consortia.json) gives
 * no production capacities; these figures are plausible orders of magnitude for firms of the stated
 * size, invented for the demo and labelled as such wherever they are shown.
 * Keyed by consortium name, then member id (A, B, …) as anonymised in the source.
 */
export interface IllustrativeCapacity {
  productCode: string;
  productLabel: string;
  quantity: number;
  unit: Unit;
  period: Period;
  leadTimeDays: number;
  /** Months of harvest or production (1 = January); absent: all year. */
  availableMonths?: number[];
}

/** The months from `first` to `last` (1 = January). */
const months = (first: number, last: number) => Array.from({ length: last - first + 1 }, (_, k) => first + k);

const line = (
  productCode: string,
  productLabel: string,
  quantity: number,
  unit: Unit,
  leadTimeDays: number,
  period: Period = 'MONTH',
): IllustrativeCapacity => ({
  productCode,
  productLabel,
  quantity,
  unit,
  period,
  leadTimeDays,
});

export const ILLUSTRATIVE_CAPACITY: Record<string, Record<string, IllustrativeCapacity[]>> = {
  Mosaic: {
    A: [
      line('610821', "Women's cotton briefs and lingerie", 40_000, 'pieces', 45),
      line('611241', "Women's swimwear", 6_000, 'pieces', 60),
    ],
    B: [
      line('620520', "Men's cotton shirts", 12_000, 'pieces', 45),
      line('620721', 'Cotton night wear', 5_000, 'pieces', 45),
    ],
    C: [
      line('620721', 'Cotton night wear', 8_000, 'pieces', 45),
      line('611212', 'Sportswear, synthetic', 6_000, 'pieces', 50),
    ],
    D: [line('621133', 'Professional outfits, man-made fibres', 7_000, 'pieces', 60)],
    E: [
      line('610910', 'Cotton T-shirts', 9_000, 'pieces', 30),
      line('611030', 'Pullovers, man-made fibres', 4_000, 'pieces', 45),
    ],
    F: [line('610711', "Men's cotton underpants", 25_000, 'pieces', 40)],
  },
  Vitargan: {
    A: [line('151590', 'Argan oil, cosmetic and culinary', 900, 'kg', 21)],
    B: [line('151590', 'Argan oil, cosmetic and culinary', 650, 'kg', 21)],
    C: [line('151590', 'Argan oil, cosmetic and culinary', 150, 'kg', 28)],
    D: [line('151590', 'Argan oil, cosmetic and culinary', 400, 'kg', 28)],
    E: [line('151590', 'Argan oil, cosmetic and culinary', 300, 'kg', 28)],
    F: [line('151590', 'Argan oil, cosmetic and culinary', 80, 'kg', 35)],
  },
  Muyu: {
    A: [line('420310', 'Alpaca leather garments and accessories', 300, 'pieces', 45)],
    B: [line('611019', 'Alpaca wool knitwear', 1_200, 'pieces', 40)],
    C: [line('711411', 'Silver sculptures', 40, 'pieces', 60)],
    D: [line('691390', 'Hand-painted ceramics', 800, 'pieces', 45)],
    E: [line('580500', 'Loom-woven tapestries and covers', 150, 'pieces', 60)],
  },
  'Peruvian Bio Consortia': {
    A: [
      line('130219', 'Plant extracts for cosmetics and functional food', 1_000, 'kg', 30),
      line('090190', 'Coffee cascara (dried coffee husks) for infusions', 800, 'kg', 30),
      // Seasonal (decision 0020): the golden berry harvest, June to August.
      {
        ...line('081340', 'Dried golden berries (aguaymanto)', 800, 'kg', 20),
        availableMonths: months(6, 8),
      },
    ],
    B: [line('330499', 'Natural cosmetic products', 8_000, 'pieces', 30)],
    C: [
      line('121190', 'Dried herbs for infusions', 1_500, 'kg', 25),
      { ...line('081340', 'Dehydrated fruits', 2_000, 'kg', 25), availableMonths: months(1, 7) },
    ],
  },
  'APMC Industrial Group': {
    A: [line('940320', 'Metal furniture', 600, 'pieces', 30)],
    C: [line('940320', 'Metal furniture and decorative elements', 250, 'pieces', 30)],
    D: [line('940320', 'Metal display stands and exhibition furniture', 300, 'pieces', 35)],
  },
  'Ande Natura': {
    A: [line('121190', 'Aromatic herbs for filtered infusions', 1_200, 'kg', 20)],
    B: [line('090210', 'Green tea', 600, 'kg', 30), line('090230', 'Black tea', 400, 'kg', 30)],
    C: [line('151590', 'Sacha inchi oil', 250, 'kg', 30)],
    D: [
      line('200520', 'Native potato snacks', 3_000, 'kg', 21),
      {
        ...line('081340', 'Dehydrated fruit chips (mango, pineapple)', 2_000, 'kg', 21),
        availableMonths: months(9, 12),
      },
    ],
    E: [
      line('090111', 'Organic green coffee', 20, 't', 45),
      line('320300', 'Annatto colourant', 500, 'kg', 45),
    ],
  },
  'Phyto Uruguay': {
    B: [line('121190', 'Organic medicinal and aromatic herbs', 2_000, 'kg', 30)],
    C: [line('330499', 'Herbal cosmetics', 15_000, 'pieces', 30)],
    E: [line('330129', 'Essential oils', 120, 'kg', 40)],
    G: [line('130219', 'Aloe extract', 800, 'kg', 30)],
    I: [line('130219', 'Vegetal extracts', 400, 'kg', 30)],
  },
};
