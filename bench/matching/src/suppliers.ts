import { randomUUID } from 'node:crypto';
import { STANDARDS_REGISTRY } from '@linkage/domain';
import { type DataSource } from 'typeorm';
import { cumulate, rng, weighted } from './random.js';

/** Producer groups generated: 100,000 by default (`BENCH_SUPPLIERS=1000000` for the large run). */
export const SUPPLIERS = Number(process.env.BENCH_SUPPLIERS ?? 100_000);
const SEED = 20261123;
/** Members are drawn from a second stream, so the groups' own lines and certificates stay those of the first generator. */
const MEMBER_SEED = 20261203;

/**
 * The bench database: `linkage_bench_matching` at 100,000 groups, `linkage_bench_matching_<n>` for
 * another count (so the large run does not regenerate the default one); `BENCH_DATABASE_URL` overrides.
 */
export const BENCH_DATABASE_URL =
  process.env.BENCH_DATABASE_URL ??
  `postgres://postgres@127.0.0.1:5432/linkage_bench_matching${SUPPLIERS === 100_000 ? '' : `_${SUPPLIERS}`}`;

/**
 * Where MSE producer groups are: countries weighted roughly by programme activity (Latin America,
 * North and West Africa, South Asia), each with a centre and a spread in degrees.
 */
const COUNTRIES: [string, number, number, number, number][] = [
  // code, weight, lat, lon, spread
  ['PE', 14, -10.5, -75.5, 4],
  ['BO', 5, -17, -65, 3],
  ['EC', 5, -1.5, -78.5, 2],
  ['CO', 8, 4.5, -74, 3],
  ['UY', 3, -33, -56, 1.5],
  ['MX', 8, 20, -100, 5],
  ['GT', 4, 15, -90.5, 1],
  ['MA', 10, 32, -7, 3],
  ['TN', 4, 35, 9.5, 1.5],
  ['SN', 4, 14.5, -15, 2],
  ['CI', 4, 7, -5.5, 2],
  ['GH', 4, 7.5, -1, 2],
  ['KE', 6, 0, 37.5, 2.5],
  ['ET', 5, 9, 39, 3],
  ['IN', 8, 22, 79, 6],
  ['BD', 3, 23.8, 90.3, 1.5],
  ['VN', 4, 16, 107, 4],
  ['FR', 1, 46.5, 2.5, 3],
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
  ['ORGANIC_EU', 0.12],
  ['ORGANIC_USDA_NOP', 0.06],
  ['GLOBALGAP_IFA', 0.08],
  ['FAIRTRADE_SPO', 0.07],
  ['HACCP', 0.15],
  ['ISO_9001', 0.06],
  ['ISO_22000', 0.03],
  ['FSSC_22000', 0.02],
  ['GMP', 0.05],
];
const VERIFICATIONS = ['SELF_DECLARED', 'BROKER_VERIFIED', 'THIRD_PARTY_VERIFIED'];

/**
 * Member enterprises: a share of groups records its members (ENTERPRISE organisations with a
 * GroupMember row each), mostly ACTIVE, some SUSPENDED, INVITED or LEFT. Members record their own
 * capacity lines for the group's products (committed to the group or not) and hold certificates
 * themselves (`member_id` set on the group's profile) — GLOBALGAP_IFA above all, as individual
 * farmers do under option 1, where the group itself rarely holds it.
 */
const GROUPS_WITH_MEMBERS = 0.2;
const MEMBER_STATUSES = cumulate([0.82, 0.08, 0.06, 0.04]);
const MEMBER_STATUS_NAMES = ['ACTIVE', 'SUSPENDED', 'INVITED', 'LEFT'] as const;
/** Members commit most of what they record to the group. */
const MEMBER_COMMITTED = 0.75;
const MEMBER_HELD: [string, number][] = [
  ['GLOBALGAP_IFA', 0.3],
  ['RAINFOREST_ALLIANCE', 0.1],
  ['ORGANIC_EU', 0.06],
];
/** Group-level shares of standards the first generator did not know (drawn from the member stream). */
const GROUP_HELD_EXTRA: [string, number][] = [['RAINFOREST_ALLIANCE', 0.03]];

/** Written on the organisations table once generated: a database generated otherwise is regenerated. */
const GENERATOR = `bench-matching generator v2 (members), seeds ${SEED}/${MEMBER_SEED}`;

/**
 * Creates the bench database's suppliers once: `SUPPLIERS` groups with ~2.4 capacity lines each and
 * their certificates, and for a fifth of them 3–10 member enterprises with their lines and certificates.
 */
export async function ensureSuppliers(ds: DataSource): Promise<void> {
  const [{ n, generator }] = await ds.query(
    `SELECT (SELECT count(*)::int FROM organisations WHERE kind = 'PRODUCER_GROUP') AS n,
            obj_description('organisations'::regclass, 'pg_class') AS generator`,
  );
  if (n === SUPPLIERS && generator === GENERATOR) return;
  await ds.query(`TRUNCATE organisations CASCADE`);
  for (const s of STANDARDS_REGISTRY)
    await ds.query(
      `INSERT INTO standards (code, name, kind, covers_group_members, typical_months_to_certify, equivalent_to, umbrella)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (code) DO NOTHING`,
      [
        s.code,
        s.name,
        s.kind,
        s.coversGroupMembers,
        s.typicalMonthsToCertify,
        [...s.equivalentTo],
        s.umbrella === true,
      ],
    );
  const standardIds = new Map<string, string>(
    (await ds.query(`SELECT id, code FROM standards`)).map((r: { id: string; code: string }) => [
      r.code,
      r.id,
    ]),
  );

  const random = rng(SEED);
  const memberRandom = rng(MEMBER_SEED);
  const validUntil = (r: () => number) =>
    new Date(Date.UTC(2026, 0, 1) + r() * 3 * 365 * 86_400_000).toISOString().slice(0, 10);
  const BATCH = 5000;
  const started = Date.now();
  const totals = { members: 0, memberLines: 0, memberCertificates: 0, lines: 0, certificates: 0 };
  for (let from = 0; from < SUPPLIERS; from += BATCH) {
    const orgs: unknown[][] = [];
    const members: unknown[][] = [];
    const lines: unknown[][] = [];
    const certs: unknown[][] = [];
    for (let i = from; i < Math.min(SUPPLIERS, from + BATCH); i++) {
      const id = randomUUID();
      const [country, , lat, lon, spread] = COUNTRIES[weighted(random, COUNTRY_WEIGHTS)]!;
      const groupLat = lat + (random() - 0.5) * 2 * spread;
      const groupLon = lon + (random() - 0.5) * 2 * spread;
      orgs.push([id, 'PRODUCER_GROUP', `Synthetic group ${i}`, country, groupLat, groupLon]);
      const products: string[] = [];
      // Most groups make one or two products in one chapter; some diversify into a second chapter.
      const chapters = random() < 0.25 ? 2 : 1;
      for (let c = 0; c < chapters; c++) {
        const [, codes] = CHAPTERS[weighted(random, CHAPTER_WEIGHTS)]!;
        const count = 1 + Math.floor(random() * 2);
        for (let p = 0; p < count; p++) {
          const code = codes[Math.floor(random() * codes.length)]!;
          products.push(code);
          // Textiles, crafts, ceramics, jewellery and furniture are counted in pieces; food and raw materials weighed.
          const unit = unitFor(code, random);
          // Log-normal capacities: many small groups, a few large ones.
          const quantity = quantityIn(unit, Math.exp(Math.log(3) + 1.1 * gaussian(random)));
          // A group's own lines count towards what it offers once committed, as the product records them.
          lines.push([
            id,
            null,
            code,
            `Product ${code}`,
            quantity,
            unit,
            random() < 0.8 ? 'MONTH' : 'YEAR',
            7 + Math.floor(random() * 60),
            true,
          ]);
        }
      }
      for (const [code, share] of HELD) {
        if (random() >= share) continue;
        certs.push([
          id,
          null,
          standardIds.get(code),
          validUntil(random),
          VERIFICATIONS[Math.floor(random() * 3)],
        ]);
      }

      // Everything below draws from the member stream only.
      for (const [code, share] of GROUP_HELD_EXTRA)
        if (memberRandom() < share)
          certs.push([
            id,
            null,
            standardIds.get(code),
            validUntil(memberRandom),
            VERIFICATIONS[Math.floor(memberRandom() * 3)],
          ]);
      if (memberRandom() >= GROUPS_WITH_MEMBERS) continue;
      const memberCount = 3 + Math.floor(memberRandom() * 8);
      for (let m = 0; m < memberCount; m++) {
        const memberId = randomUUID();
        const enterpriseId = randomUUID();
        const status = MEMBER_STATUS_NAMES[weighted(memberRandom, MEMBER_STATUSES)]!;
        orgs.push([
          enterpriseId,
          'ENTERPRISE',
          `Synthetic member ${i}.${m}`,
          country,
          groupLat + (memberRandom() - 0.5) * 0.6,
          groupLon + (memberRandom() - 0.5) * 0.6,
        ]);
        const joined = new Date(Date.UTC(2019, 0, 1) + memberRandom() * 7 * 365 * 86_400_000)
          .toISOString()
          .slice(0, 10);
        members.push([
          memberId,
          id,
          enterpriseId,
          status,
          status === 'INVITED' ? null : joined,
          status === 'LEFT' ? '2026-06-30' : null,
        ]);
        // A member makes one or two of the group's products, smaller volumes than the group's own lines.
        const count = 1 + Math.floor(memberRandom() * 2);
        for (let p = 0; p < count; p++) {
          const code = products[Math.floor(memberRandom() * products.length)]!;
          const unit = unitFor(code, memberRandom);
          const quantity = quantityIn(unit, Math.exp(Math.log(0.8) + 0.9 * gaussian(memberRandom)));
          lines.push([
            id,
            memberId,
            code,
            `Member product ${code}`,
            quantity,
            unit,
            memberRandom() < 0.8 ? 'MONTH' : 'YEAR',
            7 + Math.floor(memberRandom() * 60),
            memberRandom() < MEMBER_COMMITTED,
          ]);
          totals.memberLines++;
        }
        for (const [code, share] of MEMBER_HELD) {
          if (memberRandom() >= share) continue;
          certs.push([
            id,
            memberId,
            standardIds.get(code),
            validUntil(memberRandom),
            VERIFICATIONS[Math.floor(memberRandom() * 3)],
          ]);
          totals.memberCertificates++;
        }
      }
      totals.members += memberCount;
    }
    totals.lines += lines.length;
    totals.certificates += certs.length;
    await insert(
      ds,
      'organisations',
      {
        id: 'uuid',
        kind: 'text',
        legal_name: 'text',
        country: 'text',
        latitude: 'float8',
        longitude: 'float8',
      },
      orgs,
    );
    await insert(
      ds,
      'group_members',
      {
        id: 'uuid',
        group_id: 'uuid',
        member_organisation_id: 'uuid',
        status: 'text',
        joined_on: 'date',
        left_on: 'date',
      },
      members,
    );
    await insert(
      ds,
      'capacity_entries',
      {
        organisation_id: 'uuid',
        member_id: 'uuid',
        product_code: 'text',
        product_label: 'text',
        quantity: 'numeric',
        unit: 'text',
        period: 'text',
        lead_time_days: 'int',
        committed: 'bool',
        version: 'int',
      },
      lines.map((l) => [...l, 1]),
    );
    await insert(
      ds,
      'certifications',
      {
        organisation_id: 'uuid',
        member_id: 'uuid',
        standard_id: 'uuid',
        valid_until: 'date',
        verification: 'text',
      },
      certs,
    );
    if ((from / BATCH) % 20 === 19)
      console.log(
        `  ${(from + BATCH).toLocaleString('en')} groups, ${((Date.now() - started) / 1000).toFixed(0)} s`,
      );
  }
  await ds.query(`COMMENT ON TABLE organisations IS '${GENERATOR}'`);
  await ds.query('ANALYZE');
  console.log(
    `Generated ${SUPPLIERS.toLocaleString('en')} suppliers in ${((Date.now() - started) / 1000).toFixed(1)} s: ` +
      `${totals.lines.toLocaleString('en')} capacity lines (${totals.memberLines.toLocaleString('en')} of members), ` +
      `${totals.certificates.toLocaleString('en')} certificates (${totals.memberCertificates.toLocaleString('en')} held by members), ` +
      `${totals.members.toLocaleString('en')} member enterprises`,
  );
}

/** Textiles, crafts, ceramics, jewellery and furniture are counted in pieces; food and raw materials weighed. */
function unitFor(code: string, random: () => number): string {
  return COUNTED.has(code.slice(0, 2)) ? 'pieces' : random() < 0.55 ? 't' : 'kg';
}

function quantityIn(unit: string, tonnes: number): number {
  const quantity = unit === 't' ? tonnes : unit === 'kg' ? tonnes * 1000 : Math.round(tonnes * 2000);
  return Math.round(quantity * 100) / 100;
}

function gaussian(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

/** One multi-row INSERT per table and batch, each column passed as one array (`unnest`): a handful of parameters, not thousands. */
async function insert(ds: DataSource, table: string, columns: Record<string, string>, rows: unknown[][]) {
  if (!rows.length) return;
  const names = Object.keys(columns);
  const arrays = names.map((_, c) => rows.map((row) => row[c]));
  const casts = Object.values(columns).map((type, c) => `$${c + 1}::${type}[]`);
  await ds.query(
    `INSERT INTO ${table} (${names.join(', ')}) SELECT * FROM unnest(${casts.join(', ')})`,
    arrays,
  );
}
