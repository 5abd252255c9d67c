import { randomUUID } from 'node:crypto';
import { type INestApplicationContext } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import { OutboxTopic, QueueName } from '@linkage/contracts';
import {
  type DomainMessage,
  type GroupMemberStatus,
  STANDARDS_REGISTRY,
  message,
  renderSentences,
} from '@linkage/domain';
import {
  CapacityEntry,
  CatalogueItem,
  GroupMember,
  NeedRequirement,
  Organisation,
  OutboxEvent,
  SourcingNeed,
} from '@linkage/db';
import { type Queue } from 'bullmq';
import { type DataSource } from 'typeorm';
import { loadCandidates } from '../src/matching/candidate-source.js';
import { prepareNeed } from '../src/matching/need-for-matching.js';
import { NeedMatcherService } from '../src/matching/need-matcher.service.js';
import { eventually, startWorkerContext } from './support.js';

let ctx: INestApplicationContext;
let ds: DataSource;
let queue: Queue;

beforeAll(async () => {
  ({ ctx, dataSource: ds } = await startWorkerContext());
  queue = ctx.get<Queue>(getQueueToken(QueueName.Matching));
});
afterAll(() => ctx.close());

const TODAY = '2026-11-01';

/**
 * A producer group near Lima with one capacity line. Each test uses its own HS chapter, so the
 * groups other tests create in the shared database are never its candidates.
 */
async function group(productCode: string, tonnesPerMonth: number, at = { lat: -12.05, lon: -77.04 }) {
  const org = await ds.getRepository(Organisation).save({
    kind: 'PRODUCER_GROUP',
    legalName: `Group ${randomUUID().slice(0, 6)}`,
    country: 'PE',
    region: null,
    visibility: 'PUBLIC',
    latitude: at.lat,
    longitude: at.lon,
  });
  await line(org.id, productCode, tonnesPerMonth);
  return org;
}

/** A capacity line in t/month: the group's own, or a member's (committed or not). */
async function line(
  groupId: string,
  productCode: string,
  tonnesPerMonth: number,
  member?: { id: string; committed: boolean },
) {
  await ds.getRepository(CapacityEntry).save({
    organisationId: groupId,
    memberId: member?.id ?? null,
    committed: member?.committed ?? true, // the group's own lines count only when committed, like a member's
    productCode,
    productLabel: `Product ${productCode}`,
    quantity: tonnesPerMonth,
    unit: 't',
    period: 'MONTH',
    leadTimeDays: 14,
  });
}

/** A member enterprise of the group, in the given status. */
async function member(groupId: string, status: GroupMemberStatus) {
  const legalName = `Member ${randomUUID().slice(0, 6)}`;
  const { id } = await ds.getRepository(Organisation).save({ kind: 'ENTERPRISE', legalName, country: 'PE' });
  const members = ds.getRepository(GroupMember);
  return members.save({ groupId, memberOrganisationId: id, status, joinedOn: '2025-01-01' });
}

async function need(productCode: string, tonnesPerMonth: number, extra: Partial<SourcingNeed> = {}) {
  const firm = await ds.getRepository(Organisation).save({
    kind: 'LEAD_FIRM',
    legalName: `Buyer ${randomUUID().slice(0, 6)}`,
    country: 'PE',
    region: null,
    visibility: 'PUBLIC',
  });
  return ds.getRepository(SourcingNeed).save({
    leadFirmId: firm.id,
    createdById: null,
    title: `Need ${productCode}`,
    description: null,
    productCode,
    quantity: tonnesPerMonth,
    unit: 't',
    period: 'MONTH',
    deliveryCountry: 'PE',
    deliveryLat: -12.05,
    deliveryLon: -77.04,
    responseDeadline: '2027-01-15',
    startDate: '2027-02-01',
    endDate: '2028-01-31',
    targetPrice: 3000,
    currency: 'PEN',
    status: 'OPEN',
    version: 1,
    matchedVersion: null,
    matchedAt: null,
    ...extra,
  });
}

/** Stored explanations as an English reader reads them (decision 0022). */
const english = (messages: DomainMessage[]) => renderSentences(messages, 'en');

const matchesOf = (needId: string) =>
  ds.query(
    `SELECT id, supplier_id, rank, eligibility, gaps, blockers, explanation, components, need_version, computed_at
       FROM matches WHERE need_id = $1 ORDER BY rank`,
    [needId],
  );
const proposalsOf = (needId: string) =>
  ds.query(
    `SELECT rank, allocations, total_quantity::float AS total, proven_optimal, relative_gap, objective, explanation
       FROM coalition_proposals WHERE need_id = $1 ORDER BY rank`,
    [needId],
  );

describe('real matching in the worker', () => {
  it('stores ranked matches with eligibility, components, explanation and gaps, and the one supplier as the cheapest proposal when it suffices', async () => {
    const big = await group('460121', 12);
    const small = await group('460121', 3);
    const n = await need('460121', 10);
    expect(await ctx.get(NeedMatcherService).match({ needId: n.id, needVersion: 1 }, TODAY)).toMatchObject({
      status: 'matched',
      matches: 2,
      coalitions: 1,
    });
    const rows = await matchesOf(n.id);
    expect(rows.map((r: { supplier_id: string }) => r.supplier_id)).toEqual([big.id, small.id]);
    expect(rows[0]).toMatchObject({ eligibility: 'ELIGIBLE', need_version: 1, gaps: [] });
    expect(Object.keys(rows[0].components).sort()).toEqual(
      ['capacity', 'compliance', 'distance', 'leadTime', 'product', 'trackRecord'].sort(),
    );
    expect(rows[1].gaps).toEqual([expect.objectContaining({ kind: 'CAPACITY' })]);
    expect(english(rows[1].explanation)).toContain('Covers 30% of the 10 t/month');
    // A coalition is always considered; here the big supplier alone is cheapest, so it is the proposal.
    const proposals = await proposalsOf(n.id);
    expect(proposals.map((p: { allocations: { supplierId: string }[] }) => p.allocations.map((a) => a.supplierId))).toEqual([
      [big.id],
    ]);
  });

  it('keeps a supplier lacking a standard as CONDITIONAL with its certification gap, and leaves out one that must hold it now', async () => {
    const g = await group('570210', 20);
    const obtainable = await need('570210', 10);
    await ds.getRepository(NeedRequirement).save({
      needId: obtainable.id,
      standardCode: 'ISO_9001',
      level: 'EACH_SUPPLIER',
      mustHoldNow: false,
      obtainBy: null,
      position: 0,
    });
    await ctx.get(NeedMatcherService).match({ needId: obtainable.id, needVersion: 1 }, '2026-01-01');
    const [row] = await matchesOf(obtainable.id);
    expect(row).toMatchObject({ supplier_id: g.id, eligibility: 'CONDITIONAL' });
    expect(row.gaps).toEqual([
      expect.objectContaining({
        kind: 'CERTIFICATION',
        missing: message('gap.notHeld', { standard: 'ISO_9001' }),
      }),
    ]);

    const now = await need('570210', 10);
    await ds.getRepository(NeedRequirement).save({
      needId: now.id,
      standardCode: 'ISO_9001',
      level: 'EACH_SUPPLIER',
      mustHoldNow: true,
      obtainBy: null,
      position: 0,
    });
    await ctx.get(NeedMatcherService).match({ needId: now.id, needVersion: 1 }, '2026-01-01');
    // Left out of the matches, and kept with its reason for the buyer's "why not".
    expect(await matchesOf(now.id)).toEqual([
      expect.objectContaining({
        supplier_id: g.id,
        eligibility: 'EXCLUDED',
        blockers: [message('blocker.notHeldRequiredNow', { standard: 'ISO_9001' })],
      }),
    ]);
  });

  it('proposes a coalition of the three suppliers that only together meet the volume, in the same write as the matches', async () => {
    const a = await group('440110', 4);
    const b = await group('440110', 4, { lat: -13.16, lon: -74.22 });
    const c = await group('440110', 3, { lat: -8.11, lon: -79.03 });
    const n = await need('440110', 10);
    const outcome = await ctx.get(NeedMatcherService).match({ needId: n.id, needVersion: 1 }, TODAY);
    expect(outcome).toMatchObject({ status: 'matched', matches: 3 });

    const [best, ...alternatives] = await proposalsOf(n.id);
    expect(best.rank).toBe(0);
    expect(best.total).toBeCloseTo(10, 6);
    expect(best.allocations.map((x: { supplierId: string }) => x.supplierId).sort()).toEqual([a.id, b.id, c.id].sort());
    for (const x of best.allocations as { supplierId: string; quantity: number }[])
      expect(x.quantity).toBeLessThanOrEqual(x.supplierId === c.id ? 3 : 4);
    expect(best.proven_optimal).toBe(true);
    expect(best.relative_gap).toBe(0);
    expect(english(best.explanation)).toContain('target price of PEN 3,000.00');
    // Without any one of the three the volume cannot be met, so there is no alternative.
    expect(alternatives).toEqual([]);
    const [row] = await ds.query('SELECT matched_version FROM sourcing_needs WHERE id = $1', [n.id]);
    expect(row.matched_version).toBe(1);
  });

  it("records which members back a group's share of a coalition, in proportion to what each committed", async () => {
    const g = await group('200819', 2); // the group's own 2 t
    const a = await member(g.id, 'ACTIVE');
    const b = await member(g.id, 'ACTIVE');
    await line(g.id, '200819', 4, { id: a.id, committed: true });
    await line(g.id, '200819', 2, { id: b.id, committed: true });
    const other = await group('200819', 4);
    const n = await need('200819', 10);
    await ctx.get(NeedMatcherService).match({ needId: n.id, needVersion: 1 }, TODAY);

    const [best] = await proposalsOf(n.id);
    type Stored = { supplierId: string; quantity: number; members: { memberId: string | null; quantity: number }[] };
    const share = (best.allocations as Stored[]).find((x) => x.supplierId === g.id)!;
    // 8 t backs the group's share (own 2, members 4 and 2): each is loaded to the same fraction.
    const loaded = share.quantity / 8;
    const by = new Map(share.members.map((m) => [m.memberId, m.quantity]));
    expect(share.quantity).toBeGreaterThanOrEqual(6 - 1e-6); // the other group has only 4 t
    expect(by.get(a.id)).toBeCloseTo(4 * loaded, 6);
    expect(by.get(b.id)).toBeCloseTo(2 * loaded, 6);
    expect(by.get(null)).toBeCloseTo(2 * loaded, 6);
    const whole = (best.allocations as Stored[]).find((x) => x.supplierId === other.id)!;
    expect(whole.members).toEqual([{ memberId: null, quantity: whole.quantity }]);
  });

  it('costs a coalition member at its published catalogue price in the need currency, the others at the target price', async () => {
    const [plain, catalogued, draft, dollars] = [
      await group('210690', 6),
      await group('210690', 6),
      await group('210690', 6),
      await group('210690', 6),
    ];
    const item = (groupId: string, price: number, currency: string, published: boolean) => ({
      groupId,
      productCode: '210690',
      productLabel: 'Food preparations',
      description: null,
      unit: 't' as const,
      period: 'MONTH' as const,
      minimumOrder: 5,
      priceMin: price - 100,
      priceMax: price + 100,
      currency,
      published,
      publishedAt: published ? new Date() : null,
    });
    await ds.getRepository(CatalogueItem).save([
      item(catalogued!.id, 2100, 'PEN', true),
      item(draft!.id, 1500, 'PEN', false), // not published: no offer
      item(dollars!.id, 100, 'USD', true), // another currency: not converted
    ]);
    const n = await need('210690', 10);
    await ctx.get(NeedMatcherService).match({ needId: n.id, needVersion: 1 }, TODAY);

    const [best] = await proposalsOf(n.id);
    const allocations = best.allocations as { supplierId: string; quantity: number; landedUnitCost: number }[];
    expect(allocations).toHaveLength(2);
    const cheap = allocations.find((a) => a.supplierId === catalogued!.id);
    expect(cheap?.quantity).toBeCloseTo(6, 6);
    expect(cheap!.landedUnitCost).toBeLessThan(allocations.find((a) => a !== cheap)!.landedUnitCost - 800);
    expect(english(best.explanation)).toContain(
      `Priced from published catalogues (midpoint of the range): ${catalogued!.legalName} at PEN 2,100.00 per t.`,
    );
    expect(english(best.explanation)).toContain('The other member is costed at the target price of PEN 3,000.00 per t.');
    expect([plain!.id, draft!.id, dollars!.id]).toContain(allocations.find((a) => a !== cheap)!.supplierId);
  });

  it('re-matches an open need when a supplier in its chapter records capacity, once however many changes arrive', async () => {
    await group('530110', 2);
    const n = await need('530110', 10);
    await ctx.get(NeedMatcherService).match({ needId: n.id, needVersion: 1 }, TODAY);
    expect(await matchesOf(n.id)).toHaveLength(1);
    const before = (await matchesOf(n.id))[0];

    const newcomer = await group('530121', 15);
    // A burst of changes: the relay turns each into a supply-changed job; re-matching is debounced per need.
    for (let i = 0; i < 5; i++)
      await ds.getRepository(OutboxEvent).save({ topic: OutboxTopic.SupplyChanged, payload: { organisationId: newcomer.id } });

    const rows = await eventually(async () => {
      const r = await matchesOf(n.id);
      return r.length === 2 ? r : undefined;
    }, 20_000);
    expect(rows.map((r: { supplier_id: string }) => r.supplier_id)).toContain(newcomer.id);
    // The match row of the earlier supplier kept its id (rows are upserted, so statuses and links survive).
    expect(rows.find((r: { supplier_id: string }) => r.supplier_id === before.supplier_id).id).toBe(before.id);
    const rematches = (await queue.getJobs(['completed', 'active', 'waiting', 'delayed'])).filter(
      (j) => j.name === 'rematch-need' && j.data.needId === n.id,
    );
    expect(rematches).toHaveLength(1);
  }, 30_000);

  it('fails a job of an unknown name permanently, and the queue keeps working', async () => {
    const poisoned = await queue.add('no-such-job', {}, { jobId: `poison-${randomUUID()}` });
    const failed = await eventually(async () => {
      const j = await queue.getJob(poisoned.id!);
      return j?.failedReason ? j : undefined;
    });
    expect(failed.failedReason).toMatch(/Unknown job "no-such-job"/);
    expect(failed.attemptsMade).toBe(1);
    const n = await need('460121', 1);
    await queue.add('match-need', { needId: n.id, needVersion: 1 }, { jobId: `need-${n.id}-v1` });
    await eventually(async () => ((await matchesOf(n.id)).length ? true : undefined));
  });

  it("counts a member's committed capacity only while the member is ACTIVE: a SUSPENDED member's does not count", async () => {
    const g = await group('120740', 2);
    const active = await member(g.id, 'ACTIVE');
    await line(g.id, '120740', 3, { id: active.id, committed: true });
    await line(g.id, '120740', 4, { id: active.id, committed: false }); // never counted: not committed
    const suspended = await member(g.id, 'SUSPENDED');
    await line(g.id, '120740', 6, { id: suspended.id, committed: true });
    const n = await need('120740', 10);

    const { candidates } = await loadCandidates(ds, prepareNeed(n, []).need, TODAY, {
      registry: STANDARDS_REGISTRY,
      visibleTiers: ['PUBLIC'],
    });
    expect(candidates.map((c) => [c.supplierId, c.capacity])).toEqual([
      [g.id, { quantity: 5, unit: 't', period: 'MONTH' }],
    ]);
    const matcher = ctx.get(NeedMatcherService);
    await matcher.match({ needId: n.id, needVersion: 1 }, TODAY);
    const [row] = await matchesOf(n.id);
    expect(row.supplier_id).toBe(g.id);
    expect(english(row.explanation)).toContain('Covers 50% of the 10 t/month');
    expect(row.gaps).toEqual([expect.objectContaining({ kind: 'CAPACITY' })]);

    // Active again, the member's commitment counts again: 2 + 3 + 6 t cover the 10 t.
    await ds.getRepository(GroupMember).update({ id: suspended.id }, { status: 'ACTIVE' });
    await matcher.match({ needId: n.id, needVersion: 1 }, TODAY);
    const [again] = await matchesOf(n.id);
    expect(again.gaps).toEqual([]);
    expect(english(again.explanation)).not.toContain('Covers 50%');
  });
});
