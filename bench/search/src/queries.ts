import type { SearchFilters, SearchQuery, Viewer } from '@linkage/search';
import { COUNTRIES, STANDARDS } from './corpus.js';
import type { Random } from './random.js';

export type QueryKind = 'exact' | 'typo' | 'accent' | 'faceted';

export interface BenchQuery {
  kind: QueryKind;
  query: SearchQuery;
}

const EXACT = ['argan oil', 'quinoa', 'huile d’olive', 'café verde', 'cocoa beans', 'dattes', 'finished leather',
  'alpaca', 'miel', 'saffron', 'cooperativa andina', 'tissu de coton', 'sardinas', 'dried herbs', 'romarin'];
const TYPOS = ['quiona', 'argane', 'saffran', 'rosemery', 'alpacca', 'leathre', 'sardinnes', 'corperative', 'olvie oil',
  'cofee', 'cocao beans', 'watermelnos'];
const ACCENTS = ['cafe vert', 'azafran', 'herbes sechees', 'ceramique', 'datiles', 'cooperative feminine', 'argan', 'feves de cacao',
  'sandias', 'vajilla de ceramica'];
const FACETED = ['oil', 'organic', 'coffee', 'herbs', 'leather', 'miel', 'quinua', 'huile'];
const VIEWERS: readonly Viewer[] = ['ANONYMOUS', 'LEAD_FIRM', 'PRODUCER_GROUP_MEMBER', 'BROKER'];

/** A seeded mix: 30 % exact words, 25 % typos, 20 % accents left out, 25 % text with filters and facets. */
export function generateQueries(random: Random, count: number): BenchQuery[] {
  return Array.from({ length: count }, () => {
    const kind = random.weighted([['exact', 30], ['typo', 25], ['accent', 20], ['faceted', 25]] as const);
    const viewer = random.pick(VIEWERS);
    switch (kind) {
      case 'exact':
        return { kind, query: { text: random.pick(EXACT), viewer } };
      case 'typo':
        return { kind, query: { text: random.pick(TYPOS), viewer } };
      case 'accent':
        return { kind, query: { text: random.pick(ACCENTS), viewer } };
      case 'faceted': {
        const options: SearchFilters[] = [
          { country: [random.weighted(COUNTRIES)] },
          { standard: [random.pick(STANDARDS)] },
          { country: [random.weighted(COUNTRIES), random.weighted(COUNTRIES)], productCodePrefix: random.pick(['09', '15', '1211']) },
          { organisationKind: ['PRODUCER_GROUP'] },
        ];
        const filters = random.pick(options);
        return {
          kind,
          query: { text: random.pick(FACETED), viewer, filters, facets: ['kind', 'country', 'standard', 'organisationKind'] },
        };
      }
    }
  });
}
