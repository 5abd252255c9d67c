import {
  CapacityEntry,
  Certification,
  GroupMember,
  Organisation,
  createDataSource,
  loadStandardsRegistry,
} from '@linkage/db';
import {
  type GroupMemberStatus,
  type HeldCertification,
  type Match,
  type Period,
  type Requirement,
  type SourcingNeedForMatching,
  type StandardDefinition,
  type SupplierCandidate,
  type Unit,
  type VerificationLevel,
  type VisibilityTier,
  areCompatible,
  convertRate,
  countsTowardsOffer,
  leadFirmTiers,
  matchSuppliers,
  normaliseHsCode,
  sharedHsLevel,
} from '@linkage/domain';
import { type DataSource, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { type CandidateScope, loadCandidates } from '../src/matching/candidate-source.js';
import { countryCentroid } from '../src/matching/country-centroids.js';

import { testDatabaseUrl } from './support.js';

/**
 * The guard on candidate generation: its SQL pre-filter may drop only suppliers that matching would
 * exclude anyway. A few hundred random producer groups are written to PostgreSQL; for each need,
 * `matchSuppliers` over the SQL candidates must rank exactly the eligible and conditional suppliers
 * that `matchSuppliers` ranks over every supplier the lead firm may see, folded here in TypeScript
 * straight from the generated data (the oracle never reads the database back).
 *
 * HS chapter 14 (vegetable plaiting materials) is used by no other worker test; the file has a
 * database of its own anyway (support.ts `testDatabaseUrl`).
 */

const TODAY = '2026-11-01';
const SEED = 0x14c0ffee;
const GROUPS = 300;
const NAIROBI = { lat: -1.29, lon: 36.82 };

// --- Deterministic randomness -------------------------------------------------------------------

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = mulberry32(SEED);
const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
const chance = (p: number) => random() < p;
function weighted<T>(options: readonly (readonly [T, number])[]): T {
  const total = options.reduce((s, [, w]) => s + w, 0);
  let x = random() * total;
  for (const [value, w] of options) if ((x -= w) < 0) return value;
  return options[options.length - 1]![0];
}
/** A version-4 UUID drawn from the seeded generator, so ids (and with them tie-breaks) are reproducible. */
function uuid(): string {
  const bytes = Array.from({ length: 16 }, () => int(0, 255));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = int(0, i);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
/** Rounded as numeric(9,6) stores it, so the oracle sees the coordinates PostgreSQL returns. */
const degrees = (x: number) => Number(x.toFixed(6));

// --- The generated world ------------------------------------------------------------------------

interface GenMember {
  id: string;
  organisationId: string;
  status: GroupMemberStatus;
}
interface GenLine {
  memberId: string | null;
  productCode: string;
  quantity: number;
  unit: Unit;
  period: Period;
  leadTimeDays: number | null;
  committed: boolean;
}
interface GenCertificate extends HeldCertification {
  memberId: string | null;
}
interface GenGroup {
  id: string;
  name: string;
  country: string;
  lat: number | null;
  lon: number | null;
  visibility: VisibilityTier;
  members: GenMember[];
  lines: GenLine[];
  certificates: GenCertificate[];
}

/** Where groups are: the countries' rough centres (SS and CD have no centroid in the worker's table). */
const COUNTRIES: readonly (readonly [{ code: string; at: { lat: number; lon: number } }, number])[] = [
  [{ code: 'KE', at: { lat: 0.0, lon: 37.5 } }, 28],
  [{ code: 'UG', at: { lat: 1.3, lon: 32.3 } }, 15],
  [{ code: 'TZ', at: { lat: -6.0, lon: 35.0 } }, 15],
  [{ code: 'RW', at: { lat: -1.95, lon: 30.06 } }, 8],
  [{ code: 'ET', at: { lat: 9.0, lon: 38.7 } }, 10],
  [{ code: 'ZA', at: { lat: -26.2, lon: 28.05 } }, 8],
  [{ code: 'MA', at: { lat: 33.57, lon: -7.59 } }, 5],
  [{ code: 'SS', at: { lat: 4.85, lon: 31.6 } }, 6],
  [{ code: 'CD', at: { lat: -4.3, lon: 15.3 } }, 5],
];

/** The need's exact product, its siblings in chapter 14, and a product of another chapter (never counted). */
const PRODUCTS: readonly (readonly [string, number])[] = [
  ['140120', 40],
  ['140110', 15],
  ['140190', 15],
  ['140420', 10],
  ['140490', 10],
  ['530110', 10],
];

/**
 * The standards certificates are drawn from: the HACCP family (ISO 22000, FSSC 22000, BRCGS and
 * PrimusGFS meet HACCP; PrimusGFS also covers a group's members), covering schemes (GLOBALG.A.P.,
 * Fairtrade SPO, EU organic), ISO 9001 and ISO 13485 that meets it, and standards no need asks for.
 */
const STANDARD_POOL: readonly (readonly [string, number])[] = [
  ['HACCP', 10],
  ['ISO_22000', 5],
  ['FSSC_22000', 4],
  ['BRCGS_FOOD', 4],
  ['IFS_FOOD', 2],
  ['PRIMUSGFS', 5],
  ['GLOBALGAP_IFA', 10],
  ['FAIRTRADE_SPO', 6],
  ['ORGANIC_EU', 10],
  ['ISO_9001', 5],
  ['ISO_13485', 2],
  ['SA8000', 3],
  ['KOSHER', 3],
];

function generateLine(memberId: string | null): GenLine {
  const unit = weighted<Unit>([
    ['t', 55],
    ['kg', 30],
    ['l', 10],
    ['pieces', 5],
  ]);
  const period = weighted<Period>([
    ['MONTH', 50],
    ['YEAR', 30],
    ['WEEK', 20],
  ]);
  const perMonth =
    unit === 't'
      ? chance(0.3)
        ? int(50, 2500) / 100
        : int(1, 25)
      : unit === 'kg'
        ? int(200, 15_000)
        : int(100, 5_000);
  const quantity =
    period === 'YEAR' ? perMonth * 12 : period === 'WEEK' ? Math.max(1, Math.round(perMonth / 4)) : perMonth;
  return {
    memberId,
    productCode: weighted(PRODUCTS),
    quantity,
    unit,
    period,
    leadTimeDays: chance(0.15) ? null : chance(0.88) ? int(5, 60) : int(80, 160),
    committed: chance(0.85),
  };
}

function generateGroup(index: number): GenGroup {
  const { code: country, at } = weighted(COUNTRIES);
  const located = chance(0.75);
  const members: GenMember[] = Array.from({ length: int(0, 4) }, () => ({
    id: uuid(),
    organisationId: uuid(),
    status: weighted<GroupMemberStatus>([
      ['ACTIVE', 55],
      ['SUSPENDED', 15],
      ['INVITED', 15],
      ['LEFT', 15],
    ]),
  }));
  const lines = [
    ...Array.from(
      {
        length: weighted([
          [0, 35],
          [1, 45],
          [2, 20],
        ] as const),
      },
      () => generateLine(null),
    ),
    ...members.flatMap((m) => Array.from({ length: int(0, 2) }, () => generateLine(m.id))),
  ];
  // Each certificate of a group (its own and its members') ends on a different day: then every choice
  // between certificates (best, weakest, longest valid) is strict, whatever order they are read in.
  const used = new Set<string>();
  const certificate = (memberId: string | null): GenCertificate => {
    let validUntil: string;
    do {
      validUntil = weighted<() => string>([
        [() => addDays('2028-01-15', int(0, 700)), 50], // valid through every need's last delivery
        [() => addDays('2026-11-02', int(0, 400)), 25], // valid now, lapsing before the last delivery
        [() => addDays('2025-05-01', int(0, 548)), 25], // expired
      ])();
    } while (used.has(validUntil));
    used.add(validUntil);
    return {
      memberId,
      standardCode: weighted(STANDARD_POOL),
      validUntil,
      verification: weighted<VerificationLevel>([
        ['SELF_DECLARED', 40],
        ['BROKER_VERIFIED', 30],
        ['THIRD_PARTY_VERIFIED', 30],
      ]),
    };
  };
  const count = () =>
    weighted([
      [0, 35],
      [1, 40],
      [2, 25],
    ] as const);
  const certificates = [
    ...Array.from({ length: count() }, () => certificate(null)),
    ...members.flatMap((m) => Array.from({ length: count() }, () => certificate(m.id))),
  ];
  return {
    id: uuid(),
    name: `Group ${String(index).padStart(3, '0')}`,
    country,
    lat: located ? degrees(at.lat + (random() - 0.5) * 6) : null,
    lon: located ? degrees(at.lon + (random() - 0.5) * 6) : null,
    visibility: weighted<VisibilityTier>([
      ['PUBLIC', 55],
      ['LEAD_FIRMS', 30],
      ['BROKERS', 15],
    ]),
    members,
    lines,
    certificates,
  };
}

const groups: GenGroup[] = Array.from({ length: GROUPS }, (_, i) => generateGroup(i));
const groupById = new Map(groups.map((g) => [g.id, g]));

// --- The oracle: candidates folded in TypeScript from the generated data ------------------------

const held = ({ standardCode, validUntil, verification }: GenCertificate): HeldCertification => ({
  standardCode,
  validUntil,
  verification,
});

/**
 * Every producer group the lead firm may see (by tier) with an offerable line of the need's chapter
 * (DESIGN §2 "Offerable capacity": committed, the group's own or an ACTIVE member's), as matching
 * reads a supplier: capacity at its closest HS level in the need's unit and period, one supplying unit
 * per member and one for the group's own lines, and every certificate of the group and its members —
 * including standards the need does not ask for and expired ones. Returned in shuffled order.
 */
function oracleCandidates(
  need: SourcingNeedForMatching,
  tiers: readonly VisibilityTier[],
): SupplierCandidate[] {
  const needCode = normaliseHsCode(need.productCode);
  const candidates: SupplierCandidate[] = [];
  for (const g of groups) {
    if (!tiers.includes(g.visibility)) continue;
    const status = new Map(g.members.map((m) => [m.id, m.status]));
    const lines = g.lines.filter(
      (l) =>
        l.productCode.startsWith(needCode.slice(0, 2)) &&
        countsTowardsOffer({
          memberId: l.memberId,
          memberStatus: l.memberId === null ? null : status.get(l.memberId)!,
          committed: l.committed,
        }),
    );
    if (lines.length === 0) continue;
    const best = Math.max(...lines.map((l) => sharedHsLevel(needCode, l.productCode)));
    const closest = lines.filter((l) => sharedHsLevel(needCode, l.productCode) === best);
    const comparable = closest.filter((l) => areCompatible(l.unit, need.unit));
    const perUnit = new Map<string | null, number>();
    for (const l of comparable)
      perUnit.set(l.memberId, (perUnit.get(l.memberId) ?? 0) + convertRate(l, need.unit, need.period));
    const first = closest[0]!;
    candidates.push({
      supplierId: g.id,
      name: g.name,
      country: g.country,
      location:
        g.lat !== null && g.lon !== null
          ? { lat: g.lat, lon: g.lon }
          : (countryCentroid(g.country) ?? need.deliveryPlace),
      productCodes: [...new Set(lines.map((l) => l.productCode))],
      capacity: comparable.length
        ? { quantity: [...perUnit.values()].reduce((s, q) => s + q, 0), unit: need.unit, period: need.period }
        : { quantity: first.quantity, unit: first.unit, period: first.period },
      leadTimeDays: Math.max(0, ...comparable.map((l) => l.leadTimeDays ?? 0)),
      certifications: g.certificates.filter((c) => c.memberId === null).map(held),
      units: shuffled([...perUnit]).map(([memberId, quantity]) => ({
        memberId,
        quantity,
        certifications:
          memberId === null ? [] : g.certificates.filter((c) => c.memberId === memberId).map(held),
      })),
    });
  }
  return shuffled(candidates);
}

// --- The needs ----------------------------------------------------------------------------------

const requirement = (
  standardCode: string,
  level: Requirement['level'],
  extra: Partial<Requirement> = {},
): Requirement => ({
  standardCode,
  level,
  mustHoldNow: false,
  ...extra,
});

function need(id: string, extra: Partial<SourcingNeedForMatching>): SourcingNeedForMatching {
  return {
    id,
    productCode: '140120',
    quantity: 40,
    unit: 't',
    period: 'MONTH',
    startDate: '2027-03-01',
    endDate: '2027-12-31',
    deliveryPlace: NAIROBI,
    requirements: [],
    ...extra,
  };
}

interface NeedCase {
  need: SourcingNeedForMatching;
  /** Whether the SQL has a limit to apply beyond tiers and offerable lines (so it must leave suppliers out). */
  filters: boolean;
}

/**
 * Deadlines are chosen so that the pre-filter applies: HACCP takes at least 4 months to obtain (a
 * renewal 3), GLOBALG.A.P. 6, a GFSI-recognised scheme 8, EU organic 24; ISO 9001 (9 months) can be
 * obtained by its obtain-by date, so it filters no one.
 */
const NEEDS: readonly NeedCase[] = [
  {
    // 111 days to the first delivery: a holder of an expired certificate can renew, nobody can obtain it.
    need: need('each-supplier-haccp', {
      startDate: '2027-02-20',
      requirements: [requirement('HACCP', 'EACH_SUPPLIER')],
    }),
    filters: true,
  },
  {
    // One holder in a coalition is enough, even required now: a non-holder is still a supplier.
    need: need('any-supplier-globalgap', {
      startDate: '2027-02-15',
      requirements: [requirement('GLOBALGAP_IFA', 'ANY_SUPPLIER', { mustHoldNow: true })],
    }),
    filters: false,
  },
  {
    need: need('group-covers-globalgap', {
      startDate: '2027-03-15',
      requirements: [requirement('GLOBALGAP_IFA', 'GROUP_COVERS')],
    }),
    filters: true,
  },
  {
    need: need('must-hold-organic-now', {
      startDate: '2027-06-01',
      endDate: '2028-05-31',
      requirements: [requirement('ORGANIC_EU', 'EACH_SUPPLIER', { mustHoldNow: true })],
    }),
    filters: true,
  },
  {
    need: need('countries-and-distance', {
      allowedCountries: ['KE', 'UG', 'TZ', 'RW'],
      maxDistanceKm: 900,
    }),
    filters: true,
  },
  {
    // Another product and unit: capacity folds into kg per year.
    need: need('no-requirement', {
      productCode: '140190',
      quantity: 300_000,
      unit: 'kg',
      period: 'YEAR',
      endDate: undefined,
    }),
    filters: false,
  },
  {
    need: need('mixed', {
      startDate: '2027-05-01',
      maxDistanceKm: 1500,
      requirements: [
        requirement('GFSI_RECOGNISED', 'EACH_SUPPLIER'),
        requirement('FAIRTRADE_SPO', 'ANY_SUPPLIER'),
        requirement('ISO_9001', 'EACH_SUPPLIER', { obtainBy: '2027-10-01' }),
      ],
    }),
    filters: true,
  },
  {
    // 75 days to the first delivery: a trial (3 months) cannot finish, so a supplier of chapter 14 alone
    // is excluded and SQL keeps only the makers of heading 1401.
    need: need('first-delivery-soon', { startDate: '2027-01-15' }),
    filters: true,
  },
  {
    // A heading-level need: lines of heading 1401 share only the chapter (a competence gap).
    need: need('heading-organic-obtain-by', {
      productCode: '1404',
      quantity: 15,
      deliveryPlace: { lat: 0.35, lon: 32.58 },
      startDate: '2027-06-01',
      requirements: [requirement('ORGANIC_EU', 'EACH_SUPPLIER', { obtainBy: '2027-04-01' })],
    }),
    filters: true,
  },
  {
    // HACCP can be obtained in the 165 days left, so only the group certificate required now filters.
    need: need('group-covers-now-and-each', {
      startDate: '2027-04-15',
      requirements: [
        requirement('GLOBALGAP_IFA', 'GROUP_COVERS', { mustHoldNow: true }),
        requirement('HACCP', 'EACH_SUPPLIER'),
      ],
    }),
    filters: true,
  },
];

const FIRMS = [
  { firm: 'a verified lead firm', verified: true },
  { firm: 'an unverified lead firm', verified: false },
] as const;

// --- Database -----------------------------------------------------------------------------------

let ds: DataSource;
let registry: StandardDefinition[];

async function insertAll<T extends ObjectLiteral>(entity: EntityTarget<T>, rows: object[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500)
    await ds.getRepository(entity).insert(rows.slice(i, i + 500) as T[]);
}

beforeAll(async () => {
  ds = await createDataSource(await testDatabaseUrl()).initialize();
  registry = await loadStandardsRegistry(ds);
  const standardIds = new Map(
    (await ds.query<{ id: string; code: string }[]>(`SELECT id, code FROM standards`)).map((s) => [
      s.code,
      s.id,
    ]),
  );
  await insertAll(Organisation, [
    ...groups.map((g) => ({
      id: g.id,
      kind: 'PRODUCER_GROUP',
      legalName: g.name,
      country: g.country,
      region: null,
      visibility: g.visibility,
      latitude: g.lat,
      longitude: g.lon,
    })),
    ...groups.flatMap((g) =>
      g.members.map((m, i) => ({
        id: m.organisationId,
        kind: 'ENTERPRISE',
        legalName: `${g.name} member ${i}`,
        country: g.country,
        visibility: 'PUBLIC',
      })),
    ),
  ]);
  await insertAll(
    GroupMember,
    groups.flatMap((g) =>
      g.members.map((m) => ({
        id: m.id,
        groupId: g.id,
        memberOrganisationId: m.organisationId,
        status: m.status,
        joinedOn: '2024-01-01',
        leftOn: m.status === 'LEFT' ? '2026-06-30' : null,
      })),
    ),
  );
  await insertAll(
    CapacityEntry,
    groups.flatMap((g) =>
      g.lines.map((l) => ({
        organisationId: g.id,
        memberId: l.memberId,
        productCode: l.productCode,
        productLabel: `Product ${l.productCode}`,
        quantity: l.quantity,
        unit: l.unit,
        period: l.period,
        leadTimeDays: l.leadTimeDays,
        committed: l.committed,
      })),
    ),
  );
  await insertAll(
    Certification,
    groups.flatMap((g) =>
      g.certificates.map((c) => ({
        organisationId: g.id,
        memberId: c.memberId,
        standardId: standardIds.get(c.standardCode)!,
        validUntil: c.validUntil,
        verification: c.verification,
      })),
    ),
  );
  await ds.query('ANALYZE');
}, 60_000);
afterAll(() => ds?.destroy());

// --- The comparison -----------------------------------------------------------------------------

const MATCH_ALL = { limit: 10_000, excludedLimit: 0 };

/** Everything a ranked match carries but its score (compared to a tolerance). */
function described(m: Match) {
  return {
    supplier: groupById.get(m.supplierId)?.name ?? m.supplierId,
    eligibility: m.eligibility,
    gaps: m.gaps,
    blockers: m.blockers,
    explanation: m.explanation,
    standsAlone: m.standsAlone,
    components: m.components,
    distanceKm: m.distanceKm,
  };
}

describe('SQL candidate generation keeps every supplier matching would rank', () => {
  const cases = NEEDS.flatMap(({ need, filters }) =>
    FIRMS.map(({ firm, verified }) => ({ need, filters, firm, verified })),
  );

  it.each(cases)('$need.id for $firm', async ({ need, filters, verified }) => {
    const tiers = leadFirmTiers({ verified });
    const scope: CandidateScope = { registry, visibleTiers: tiers };
    const options = { today: TODAY, registry, ...MATCH_ALL };

    const fromSql = await loadCandidates(ds, need, TODAY, scope);
    const everyone = oracleCandidates(need, tiers);
    const viaSql = matchSuppliers(need, fromSql.candidates, options).matches;
    const oracle = matchSuppliers(need, everyone, options).matches;

    // Same eligible and conditional suppliers, in the same order, for the same reasons.
    expect(viaSql.map(described)).toEqual(oracle.map(described));
    viaSql.forEach((m, i) => {
      expect(m.score).toBeCloseTo(oracle[i]!.score, 6);
      expect(m.offerableQuantity).toBeCloseTo(oracle[i]!.offerableQuantity, 3);
    });

    // The comparison has teeth: a good number of suppliers is ranked.
    expect(oracle.length).toBeGreaterThanOrEqual(5);
    // SQL only ever narrows the suppliers the lead firm may see, and for a need with limits it does narrow them.
    const everyoneIds = new Set(everyone.map((c) => c.supplierId));
    const sqlIds = fromSql.candidates.map((c) => c.supplierId);
    expect(sqlIds.filter((id) => !everyoneIds.has(id))).toEqual([]);
    if (filters) expect(sqlIds.length).toBeLessThan(everyone.length);
    else expect(sqlIds.length).toBe(everyone.length);
    // Nothing beyond the lead firm's tiers reaches matching.
    for (const id of sqlIds) expect(tiers).toContain(groupById.get(id)!.visibility);
    // Suppliers with no coordinates are the ones flagged as located by their country.
    expect([...fromSql.approximateLocation].sort()).toEqual(
      sqlIds.filter((id) => groupById.get(id)!.lat === null).sort(),
    );
  });

  it('exercises the cases the pre-filter once got wrong', async () => {
    const scope: CandidateScope = { registry, visibleTiers: leadFirmTiers({ verified: true }) };
    const options = { today: TODAY, registry, ...MATCH_ALL };
    const ranked = async (id: string) => {
      const n = NEEDS.find((c) => c.need.id === id)!.need;
      return matchSuppliers(n, (await loadCandidates(ds, n, TODAY, scope)).candidates, options).matches;
    };
    const haccpFamily = new Set(['HACCP', 'ISO_22000', 'FSSC_22000', 'BRCGS_FOOD', 'IFS_FOOD', 'PRIMUSGFS']);

    // ANY_SUPPLIER filters no one: suppliers holding no GLOBALG.A.P. certificate at all are ranked.
    const any = await ranked('any-supplier-globalgap');
    expect(
      any.filter(
        (m) => !groupById.get(m.supplierId)!.certificates.some((c) => c.standardCode === 'GLOBALGAP_IFA'),
      ).length,
    ).toBeGreaterThan(0);

    // EACH_SUPPLIER counts members' own certificates: groups holding no HACCP-family certificate
    // themselves are ranked through their members'.
    const each = await ranked('each-supplier-haccp');
    expect(
      each.filter(
        (m) =>
          !groupById
            .get(m.supplierId)!
            .certificates.some((c) => c.memberId === null && haccpFamily.has(c.standardCode)),
      ).length,
    ).toBeGreaterThan(0);
  });
});
