/**
 * Product picker benchmark. The picker asks `GET /products` on every pause in typing, so a query must
 * answer in a few milliseconds. Measures `searchProducts` (the in-memory index: prefix and typo
 * matching over the names and synonyms of 6,940 codes in four languages) against the obvious
 * baseline, measured in the same run: a linear scan that folds every name of every code and tests
 * each query word as a substring (no typos forgiven). Prints p50/p95 per query kind, the ratio, and
 * how many queries find the product a person meant in the first ten suggestions.
 */
import { foldText, foldedWords } from '@linkage/domain';
import { curatedNames, hsNomenclature, searchProducts } from '@linkage/domain/products';

const ROUNDS = Number(process.env['ROUNDS'] ?? 50);

/** Each query with the code a person typing it looks for. */
const QUERIES: Record<string, Array<[string, string]>> = {
  english: [
    ['quinoa', '100850'],
    ['argan oil', '151590'],
    ['green coffee', '090111'],
    ['dried herbs', '121190'],
    ['honey', '040900'],
    ['cotton t-shirts', '610910'],
    ['saffron', '091020'],
    ['almonds', '080212'],
  ],
  other: [
    ['quinua', '100850'],
    ["huile d'argan", '151590'],
    ['café vert', '090111'],
    ['herbes séchées', '121190'],
    ['miel', '040900'],
    ['زيت الزيتون', '1509'],
    ['comino', '090931'],
    ['dattes', '080410'],
  ],
  typo: [
    ['quiona', '100850'],
    ['chocolte', '1806'],
    ['saffran', '091020'],
    ['almods', '080212'],
    ['tumeric', '091030'],
    ['cinamon', '0906'],
  ],
  prefix: [
    ['quin', '100850'],
    ['arga', '151590'],
    ['saff', '091020'],
    ['kili', '570210'],
    ['cumi', '090931'],
  ],
  code: [
    ['1008.50', '100850'],
    ['0901', '0901'],
    ['151590', '151590'],
    ['09', '09'],
  ],
};

/** The baseline's data: every code with all its names folded into one string. */
const haystack = [...hsNomenclature().values()].map((entry) => ({
  code: entry.code,
  text: foldText([entry.description, ...(curatedNames(entry.code) ?? [])].join(' ')),
}));

function linearScan(text: string): string[] {
  const words = foldedWords(text);
  const code = text.replace(/[\s.]/g, '');
  return haystack
    .filter((entry) =>
      /^\d+$/.test(code) ? entry.code.startsWith(code) : words.every((word) => entry.text.includes(word)),
    )
    .slice(0, 10)
    .map((entry) => entry.code);
}

const indexed = (text: string) => searchProducts(text, { limit: 10 }).map((suggestion) => suggestion.code);

function time(run: (text: string) => string[], queries: Array<[string, string]>) {
  const samples: number[] = [];
  let found = 0;
  for (let round = 0; round < ROUNDS; round++) {
    for (const [text, expected] of queries) {
      const started = performance.now();
      const codes = run(text);
      samples.push(performance.now() - started);
      if (round === 0 && codes.includes(expected)) found += 1;
    }
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!;
  return { p50: at(0.5), p95: at(0.95), found };
}

const built = performance.now();
searchProducts('warm-up');
console.log(
  `Index built in ${(performance.now() - built).toFixed(0)} ms (first query, nomenclature read included); ${ROUNDS} rounds`,
);
console.log(
  'kind      queries  index p50/p95 ms   scan p50/p95 ms   p95 ratio   found in top 10 (index / scan)',
);
for (const [kind, queries] of Object.entries(QUERIES)) {
  const index = time(indexed, queries);
  const scan = time(linearScan, queries);
  console.log(
    `${kind.padEnd(9)} ${String(queries.length).padStart(7)}  ${index.p50.toFixed(2).padStart(6)} / ${index.p95.toFixed(2).padEnd(7)}  ${scan.p50.toFixed(2).padStart(6)} / ${scan.p95.toFixed(2).padEnd(7)}  ${(scan.p95 / index.p95).toFixed(2).padStart(8)}×   ${index.found}/${queries.length} / ${scan.found}/${queries.length}`,
  );
}
