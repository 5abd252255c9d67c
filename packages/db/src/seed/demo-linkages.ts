import { type LinkageStage } from '@linkage/domain';
import { type EntityManager } from 'typeorm';
import { Delivery, Linkage, LinkageEvent, LinkageOrder } from '../entities/index.js';
import { demoDay } from './demo-dates.js';

interface DemoStep {
  stage: LinkageStage;
  /** Days from the seed day (negative: in the past). */
  day: number;
  note: string;
}

interface DemoLinkage {
  leadFirm: string;
  group: string;
  steps: DemoStep[];
  nextAction?: { what: string; day: number };
  governance?: 'MARKET' | 'DIRECTED' | 'RELATIONAL';
  /**
   * Deliveries: days ago, whether on time, and the order each fills (0 the trial order, then repeat
   * orders, each placed 20 days before its first delivery).
   */
  deliveries?: Array<{ day: number; onTime: boolean; quantity: number; order: number }>;
}

/**
 * Linkages already under way when the demo starts, so a programme officer's first screen shows real
 * work: one supplying with a delivery history (its group's track record in matching), one sampling
 * with a next step due, and one quiet since its meeting six weeks ago (stalled). Illustrative, like
 * the capacities; dates relative to the seed day. None involves the needs the demo journeys use.
 */
const DEMO_LINKAGES: DemoLinkage[] = [
  {
    leadFirm: 'Atlas Retail Group (demo)',
    group: 'Mosaic',
    governance: 'RELATIONAL',
    steps: [
      {
        stage: 'INTRODUCED',
        day: -210,
        note: 'Introduced at the programme’s buyer–supplier meeting in Casablanca.',
      },
      {
        stage: 'MEETING',
        day: -196,
        note: 'Factory visit: cutting and sewing lines seen, quality manager met.',
      },
      { stage: 'SAMPLING', day: -170, note: 'Twelve sample T-shirts sent for the spring line.' },
      { stage: 'TRIAL_ORDER', day: -150, note: 'Trial order of 2,000 pieces accepted.' },
      { stage: 'AGREEMENT', day: -120, note: 'Framework agreement for the year signed.' },
      { stage: 'SUPPLYING', day: -95, note: 'Monthly deliveries started.' },
    ],
    nextAction: { what: 'Quarterly quality review with Atlas buyers', day: 12 },
    // Its scorecard: 4 deliveries in the last 12 months, 75 % on time, 100 % conforming, 2 repeat orders.
    deliveries: [
      { day: -95, onTime: true, quantity: 2000, order: 0 },
      { day: -65, onTime: true, quantity: 2500, order: 1 },
      { day: -35, onTime: false, quantity: 2500, order: 1 },
      { day: -5, onTime: true, quantity: 2500, order: 2 },
    ],
  },
  {
    leadFirm: 'Maison Verte Cosmétiques (demo)',
    group: 'Peruvian Bio Consortia',
    steps: [
      { stage: 'INTRODUCED', day: -60, note: 'Introduced by the programme for a sacha inchi oil line.' },
      { stage: 'MEETING', day: -45, note: 'Video call: volumes, cold pressing and the lab tests discussed.' },
      { stage: 'SAMPLING', day: -20, note: 'Two 1-litre samples sent to Lyon for lab tests.' },
    ],
    nextAction: { what: 'Lab results from Maison Verte', day: 5 },
  },
  {
    leadFirm: 'Andes Natural Foods S.A.C. (demo)',
    group: 'Muyu',
    steps: [
      { stage: 'INTRODUCED', day: -75, note: 'Introduced for woven gift baskets for the year-end range.' },
      { stage: 'MEETING', day: -44, note: 'Met in Lima; Andes asked for a price list and samples.' },
    ],
  },
];

export async function seedDemoLinkages(
  em: EntityManager,
  leadFirmIds: ReadonlyMap<string, string>,
  groupIds: ReadonlyMap<string, string>,
  actorId: string,
  programmeId: string,
): Promise<number> {
  let count = 0;
  for (const l of DEMO_LINKAGES) {
    const leadFirmId = leadFirmIds.get(l.leadFirm);
    const supplierId = groupIds.get(l.group);
    if (!leadFirmId || !supplierId) continue;
    const linkage = await em.save(
      em.create(Linkage, {
        leadFirmId,
        supplierId,
        programmeId,
        stage: l.steps[l.steps.length - 1]!.stage,
        governance: l.governance ?? null,
        embeddedServices: [],
        nextAction: l.nextAction?.what ?? null,
        nextActionDue: l.nextAction ? demoDay(l.nextAction.day) : null,
      }),
    );
    await em.save(
      l.steps.map((s) =>
        em.create(LinkageEvent, {
          linkageId: linkage.id,
          stage: s.stage,
          occurredOn: demoDay(s.day),
          note: s.note,
          actorId,
          awardId: null,
          startsOn: null,
          endsOn: null,
        }),
      ),
    );
    const orderIds: string[] = [];
    for (const [i, lots] of groupByOrder(l.deliveries ?? []).entries()) {
      const order = await em.save(
        em.create(LinkageOrder, {
          linkageId: linkage.id,
          quantity: lots.reduce((sum, d) => sum + d.quantity, 0),
          unit: 'pieces',
          price: null,
          currency: null,
          dueOn: demoDay(lots[0]!.day),
          recordedById: actorId,
          // Placed before its first delivery: the trial order first, the repeat orders after it.
          createdAt: new Date(`${demoDay(lots[0]!.day - 20)}T09:00:00Z`),
        }),
      );
      orderIds[i] = order.id;
    }
    if (l.deliveries?.length) {
      await em.save(
        l.deliveries.map((d) =>
          em.create(Delivery, {
            linkageId: linkage.id,
            supplierId,
            orderId: orderIds[d.order] ?? null,
            deliveredOn: demoDay(d.day),
            quantity: d.quantity,
            unit: 'pieces',
            onTime: d.onTime,
            conforming: true,
            note: null,
            recordedById: actorId,
          }),
        ),
      );
    }
    count++;
  }
  return count;
}

/** The deliveries of each order, in order number. */
function groupByOrder<T extends { order: number }>(deliveries: readonly T[]): T[][] {
  const orders: T[][] = [];
  for (const d of deliveries) (orders[d.order] ??= []).push(d);
  return orders;
}
