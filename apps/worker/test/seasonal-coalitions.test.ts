import { randomUUID } from 'node:crypto';
import { type INestApplicationContext } from '@nestjs/common';
import { type DomainMessage, type ProposalSchedule, renderSentences } from '@linkage/domain';
import { CapacityEntry, Organisation, SourcingNeed, type StoredCoalitionAllocation } from '@linkage/db';
import { type DataSource } from 'typeorm';
import { NeedMatcherService } from '../src/matching/need-matcher.service.js';
import { startWorkerContext } from './support.js';

let ctx: INestApplicationContext;
let ds: DataSource;

beforeAll(async () => {
  ({ ctx, dataSource: ds } = await startWorkerContext());
});
afterAll(() => ctx.close());

const TODAY = '2026-11-01';
// A chapter no other worker test uses, so only this file's groups are candidates.
const FRUIT = '081090';

/** A producer group near Lima with one committed line of `tonnes` t/month in the given months (1 = January). */
async function harvester(tonnes: number, availableMonths: number[]) {
  const org = await ds.getRepository(Organisation).save({
    kind: 'PRODUCER_GROUP',
    legalName: `Orchard ${randomUUID().slice(0, 6)}`,
    country: 'PE',
    region: null,
    visibility: 'PUBLIC',
    latitude: -12.05,
    longitude: -77.04,
  });
  await ds.getRepository(CapacityEntry).save({
    organisationId: org.id,
    memberId: null,
    committed: true,
    productCode: FRUIT,
    productLabel: 'Fresh fruit',
    quantity: tonnes,
    unit: 't',
    period: 'MONTH',
    leadTimeDays: 7,
    availableMonths,
  });
  return org;
}

async function seasonalNeed(tonnesPerMonth: number, minimumLot: number | null = null) {
  const firm = await ds.getRepository(Organisation).save({
    kind: 'LEAD_FIRM',
    legalName: `Juicer ${randomUUID().slice(0, 6)}`,
    country: 'PE',
    region: null,
    visibility: 'PUBLIC',
  });
  return ds.getRepository(SourcingNeed).save({
    leadFirmId: firm.id,
    createdById: null,
    title: 'Fruit, March to October',
    description: null,
    productCode: FRUIT,
    quantity: tonnesPerMonth,
    unit: 't',
    period: 'MONTH',
    minimumLot,
    deliveryCountry: 'PE',
    deliveryLat: -12.05,
    deliveryLon: -77.04,
    responseDeadline: '2027-01-15',
    startDate: '2027-03-01',
    endDate: '2027-10-31',
    targetPrice: 1000,
    currency: 'PEN',
    status: 'OPEN',
    version: 1,
    matchedVersion: null,
    matchedAt: null,
  });
}

interface StoredProposal {
  role: string;
  allocations: StoredCoalitionAllocation[];
  schedule: ProposalSchedule | null;
  explanation: DomainMessage[];
}

const proposalsOf = (needId: string): Promise<StoredProposal[]> =>
  ds.query(
    `SELECT role, allocations, schedule, explanation FROM coalition_proposals WHERE need_id = $1 ORDER BY rank`,
    [needId],
  );

describe('seasonal coalitions in the worker', () => {
  // One test: the groups of the chapter are shared, so each case adds to the same orchards.
  it('plans a need over its months from its lines’ months of availability, stores each member’s quantity per month, then a partial proposal with the shortfall when a month cannot be served', async () => {
    const spring = await harvester(5, [3, 4, 5, 6]);
    const autumn = await harvester(5, [7, 8, 9, 10]);
    const first = await seasonalNeed(3);
    await ctx.get(NeedMatcherService).match({ needId: first.id, needVersion: 1 }, TODAY);
    const [best] = await proposalsOf(first.id);
    expect(best!.role).toBe('BEST');
    expect(best!.schedule!.partial).toBe(false);
    expect(best!.schedule!.periods.map((p) => p.month)).toEqual([
      '2027-03',
      '2027-04',
      '2027-05',
      '2027-06',
      '2027-07',
      '2027-08',
      '2027-09',
      '2027-10',
    ]);
    const perMonth = new Map(best!.allocations.map((a) => [a.supplierId, a.perPeriod]));
    expect(perMonth.get(spring.id)).toEqual([3, 3, 3, 3, 0, 0, 0, 0]);
    expect(perMonth.get(autumn.id)).toEqual([0, 0, 0, 0, 3, 3, 3, 3]);

    // 6 t a month is more than either orchard has in any month: the most they can is 5, every month.
    const second = await seasonalNeed(6);
    await ctx.get(NeedMatcherService).match({ needId: second.id, needVersion: 1 }, TODAY);
    const [partial] = await proposalsOf(second.id);
    expect(partial!.schedule!.partial).toBe(true);
    expect(
      partial!.schedule!.periods.every((p) => p.available === 5 && p.demand === 6 && p.supplied === 5),
    ).toBe(true);
    expect(renderSentences(partial!.explanation, 'en')).toContain('August 2027: 5 of 6 t available');

    // A 4 t minimum lot: neither orchard can ship 5 t and a partner 1 t — the lot keeps each month to one.
    const third = await seasonalNeed(3, 4);
    await ctx.get(NeedMatcherService).match({ needId: third.id, needVersion: 1 }, TODAY);
    const [lotted] = await proposalsOf(third.id);
    expect(lotted!.schedule!.partial).toBe(false);
    for (const a of lotted!.allocations) for (const q of a.perPeriod!) expect(q === 0 || q >= 4).toBe(true);
  });
});
