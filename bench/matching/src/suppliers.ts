import { randomUUID } from 'node:crypto';
import { STANDARDS_REGISTRY } from '@linkage/domain';
import { type DataSource } from 'typeorm';
import { cumulate, rng, weighted } from './random.js';

export const SUPPLIERS = 100_000;
const SEED = 20261123;

/**
 * Where MSE producer groups are: countries weighted roughly by programme activity (Latin America,
 * North and West Africa, South Asia), each with a centre and a spread in degrees.
 */
const COUNTRIES: [string, number, number, number, number][] = [
  // code, weight, lat, lon, spread
  ['PE', 14, -10.5, -75.5, 4], ['BO', 5, -17, -65, 3], ['EC', 5, -1.5, -78.5, 2], ['CO', 8, 4.5, -74, 3],
  ['UY', 3, -33, -56, 1.5], ['MX', 8, 20, -100, 5], ['GT', 4, 15, -90.5, 1], ['MA', 10, 32, -7, 3],
  ['TN', 4, 35, 9.5, 1.5], ['SN', 4, 14.5, -15, 2], ['CI', 4, 7, -5.5, 2], ['GH', 4, 7.5, -1, 2],
  ['KE', 6, 0, 37.5, 2.5], ['ET', 5, 9, 39, 3], ['IN', 8, 22, 79, 6], ['BD', 3, 23.8, 90.3, 1.5],
  ['VN', 4, 16, 107, 4], ['FR', 1, 46.5, 2.5, 3],
];

/** HS chapters MSE groups supply, with Zipf-like popularity, each with a few subheadings. */
const CHAPTERS: [string, string[]][] = [
  ['09', ['090111', '090121', '090230', '090411', '090510', '091011', '091099']],
  ['08', ['080111', '080132', '080211', '080390', '080450', '080510', '081190']],
  ['07', ['070200', '070310', '070820', '070960', '071190', '071339']],
  ['12', ['120241', '120740', '121190', '121299']],
  ['15', ['150910', '151590', '151321', '151800']],
  ['61', ['610910', '611020', '610462', '611130']],
  ['20', ['200811', '200899', '200970', '200190']],
  ['33', ['330129', '330499', '330190', '330510']],
  ['52', ['520100', '520511', '520812', '521031']],
  ['04', ['040900', '040610', '040210']],
  ['44', ['440110', '441700', '442190']],
  ['46', ['460121', '460211', '460219']],
  ['62', ['620342', '620462', '620520']],
  ['17', ['170114', '170490']],
  ['18', ['180100', '180690']],
  ['21', ['210111', '210390', '210690']],
  ['57', ['570110', '570210']],
  ['69', ['691200', '691390']],
  ['71', ['711319', '711711']],
  ['94', ['940360', '940161']],
];
const COUNTED = new Set(['61', '62', '46', '57', '69', '71', '94']);
const CHAPTER_WEIGHTS = cumulate(CHAPTERS.map((_, i) => 1 / (i + 1) ** 0.9));
const COUNTRY_WEIGHTS = cumulate(COUNTRIES.map((c) => c[1]));

/** Standards MSE groups commonly hold, with the share of groups holding each. */
const HELD: [string, number][] = [
  ['ORGANIC_EU', 0.12], ['ORGANIC_USDA_NOP', 0.06], ['GLOBALGAP_IFA', 0.08], ['FAIRTRADE_SPO', 0.07],
  ['HACCP', 0.15], ['ISO_9001', 0.06], ['ISO_22000', 0.03], ['FSSC_22000', 0.02], ['GMP', 0.05],
];
const VERIFICATIONS = ['SELF_DECLARED', 'BROKER_VERIFIED', 'THIRD_PARTY_VERIFIED'];

/** Creates the bench database's suppliers once (100,000 groups, ~2.4 capacity lines each, certificates). */
export async function ensureSuppliers(ds: DataSource): Promise<void> {
  // Lines generated before only committed capacity counted were uncommitted: such a database is regenerated.
  const [{ n, uncommitted }] = await ds.query(
    `SELECT (SELECT count(*)::int FROM organisations WHERE kind = 'PRODUCER_GROUP') AS n,
            EXISTS (SELECT 1 FROM capacity_entries WHERE NOT committed) AS uncommitted`,
  );
  if (n === SUPPLIERS && !uncommitted) return;
  await ds.query(`TRUNCATE organisations CASCADE`);
  for (const s of STANDARDS_REGISTRY)
    await ds.query(
      `INSERT INTO standards (code, name, kind, covers_group_members, typical_months_to_certify, equivalent_to, umbrella)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (code) DO NOTHING`,
      [s.code, s.name, s.kind, s.coversGroupMembers, s.typicalMonthsToCertify, [...s.equivalentTo], s.umbrella === true],
    );
  const standardIds = new Map<string, string>(
    (await ds.query(`SELECT id, code FROM standards`)).map((r: { id: string; code: string }) => [r.code, r.id]),
  );

  const random = rng(SEED);
  const BATCH = 2000;
  const started = Date.now();
  for (let from = 0; from < SUPPLIERS; from += BATCH) {
    const orgs: unknown[][] = [];
    const lines: unknown[][] = [];
    const certs: unknown[][] = [];
    for (let i = from; i < Math.min(SUPPLIERS, from + BATCH); i++) {
      const id = randomUUID();
      const [country, , lat, lon, spread] = COUNTRIES[weighted(random, COUNTRY_WEIGHTS)]!;
      orgs.push([id, `Synthetic group ${i}`, country, lat + (random() - 0.5) * 2 * spread, lon + (random() - 0.5) * 2 * spread]);
      // Most groups make one or two products in one chapter; some diversify into a second chapter.
      const chapters = random() < 0.25 ? 2 : 1;
      for (let c = 0; c < chapters; c++) {
        const [, codes] = CHAPTERS[weighted(random, CHAPTER_WEIGHTS)]!;
        const products = 1 + Math.floor(random() * 2);
        for (let p = 0; p < products; p++) {
          const code = codes[Math.floor(random() * codes.length)]!;
          // Textiles, crafts, ceramics, jewellery and furniture are counted in pieces; food and raw materials weighed.
          const unit = COUNTED.has(code.slice(0, 2)) ? 'pieces' : random() < 0.55 ? 't' : 'kg';
          // Log-normal capacities: many small groups, a few large ones.
          const tonnes = Math.exp(Math.log(3) + 1.1 * gaussian(random));
          const quantity = unit === 't' ? tonnes : unit === 'kg' ? tonnes * 1000 : Math.round(tonnes * 2000);
          lines.push([id, code, `Product ${code}`, Math.round(quantity * 100) / 100, unit, random() < 0.8 ? 'MONTH' : 'YEAR', 7 + Math.floor(random() * 60)]);
        }
      }
      for (const [code, share] of HELD) {
        if (random() >= share) continue;
        const until = new Date(Date.UTC(2026, 0, 1) + random() * 3 * 365 * 86_400_000).toISOString().slice(0, 10);
        certs.push([id, standardIds.get(code), until, VERIFICATIONS[Math.floor(random() * 3)]]);
      }
    }
    await insert(ds, 'organisations', ['id', 'kind', 'legal_name', 'country', 'latitude', 'longitude'], orgs.map(([id, name, country, lat, lon]) => [id, 'PRODUCER_GROUP', name, country, lat, lon]));
    // A group's own lines count towards what it offers once committed, as the product records them.
    await insert(ds, 'capacity_entries', ['organisation_id', 'product_code', 'product_label', 'quantity', 'unit', 'period', 'lead_time_days', 'committed', 'version'], lines.map((l) => [...l, true, 1]));
    await insert(ds, 'certifications', ['organisation_id', 'standard_id', 'valid_until', 'verification'], certs);
  }
  await ds.query('ANALYZE');
  console.log(`Generated ${SUPPLIERS.toLocaleString('en')} suppliers in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function gaussian(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

async function insert(ds: DataSource, table: string, columns: string[], rows: unknown[][]) {
  if (!rows.length) return;
  const params: unknown[] = [];
  const values = rows.map((row) => `(${row.map((v) => (params.push(v), `$${params.length}`)).join(', ')})`);
  await ds.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values.join(', ')}`, params);
}
