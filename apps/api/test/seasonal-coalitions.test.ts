import { type MatchedNeedView, type NeedCoalitionsView, type SourcingNeedView } from '@linkage/contracts';
import { deliveryMonths } from '@linkage/domain';
import {
  type Actor,
  type TestApp,
  createOrganisation,
  createTestApp,
  inDays,
  signUp,
} from './support/test-app.js';
import { eventually, sharedMailDir, startWorker } from './support/worker-process.js';

let t: TestApp;
let worker: { stop: () => Promise<void> };

beforeAll(async () => {
  t = await createTestApp();
  worker = await startWorker(await sharedMailDir());
});
afterAll(async () => {
  await worker.stop();
  await t.close();
});

// Four delivery months, from the first of a month about seven months out (deadlines and deliveries
// must lie ahead whenever the test runs); a chapter no other API test uses.
const PRODUCT = '081050';
const first = `${inDays(210).slice(0, 7)}-01`;
const last = (() => {
  const [y, m] = [Number(first.slice(0, 4)), Number(first.slice(5, 7)) + 4];
  const end = new Date(Date.UTC(y + Math.floor((m - 1) / 12), (m - 1) % 12, 1) - 86_400_000);
  return end.toISOString().slice(0, 10);
})();
const months = deliveryMonths({ startDate: first, endDate: last });
const monthNumber = (month: string) => Number(month.slice(5, 7));

/** A producer group with one committed line of `tonnes` t/month, available in `inMonths` only. */
async function orchard(coordinator: Actor, tonnes: number, inMonths: readonly string[]) {
  const group = await createOrganisation(t, coordinator, { kind: 'PRODUCER_GROUP', country: 'PE' });
  await t
    .http()
    .post(`/organisations/${group.id}/capacity-entries`)
    .set(coordinator.auth)
    .send({
      productCode: PRODUCT,
      productLabel: 'Kiwi fruit',
      quantity: tonnes,
      unit: 't',
      period: 'MONTH',
      availableMonths: inMonths.map(monthNumber),
    })
    .expect(201);
  return group;
}

const need = (minimumLot?: unknown) => ({
  title: 'Kiwi fruit over the season',
  productCode: PRODUCT,
  quantity: 2,
  unit: 't',
  period: 'MONTH',
  ...(minimumLot === undefined ? {} : { minimumLot }),
  deliveryCountry: 'PE',
  responseDeadline: inDays(180),
  schedule: { kind: 'RECURRING', startDate: first, endDate: last },
  deliveryPlace: { lat: -12.05, lon: -77.04 },
  targetPrice: 900,
  currency: 'PEN',
  visibility: 'PUBLIC',
});

describe('seasonal coalitions through the API', () => {
  it('refuses a minimum lot that is not a positive quantity, naming the field', async () => {
    const buyer = await signUp(t, 'buyer');
    const firm = await createOrganisation(t, buyer, { kind: 'LEAD_FIRM', country: 'PE' });
    const res = await t
      .http()
      .post(`/organisations/${firm.id}/needs`)
      .set(buyer.auth)
      .send(need(-1))
      .expect(400);
    expect(Object.keys(res.body.fields)).toEqual(['minimumLot']);
  });

  it('serves each member’s quantity per month, the months each group is asked for, and the minimum lot', async () => {
    const early = await signUp(t, 'early');
    const late = await signUp(t, 'late');
    const spring = await orchard(early, 3, months.slice(0, 2));
    const autumn = await orchard(late, 3, months.slice(2));
    const buyer = await signUp(t, 'buyer');
    const firm = await createOrganisation(t, buyer, { kind: 'LEAD_FIRM', country: 'PE' });
    const posted = (
      await t.http().post(`/organisations/${firm.id}/needs`).set(buyer.auth).send(need(1.5)).expect(201)
    ).body as SourcingNeedView;
    expect(posted.minimumLot).toBe(1.5);

    const view = await eventually(async () => {
      const v = (await t.http().get(`/needs/${posted.id}/coalitions`).set(buyer.auth).expect(200))
        .body as NeedCoalitionsView;
      return v.state === 'READY' ? v : undefined;
    }, 20_000);
    const best = view.proposals[0]!;
    expect(best.schedule).toEqual({
      per: 'MONTH',
      partial: false,
      periods: months.map((month) => ({ month, demand: 2, available: 2, supplied: 2, shortfall: 0 })),
    });
    const perPeriod = new Map(best.members.map((m) => [m.supplierId, m.perPeriod]));
    expect(perPeriod.get(spring.id)).toEqual([2, 2, 0, 0]);
    expect(perPeriod.get(autumn.id)).toEqual([0, 0, 2, 2]);

    const matched = (
      await t.http().get(`/organisations/${autumn.id}/matched-needs`).set(late.auth).expect(200)
    ).body as MatchedNeedView[];
    expect(matched.find((n) => n.needId === posted.id)!.coalition!.months).toEqual(
      months.map((month, k) => ({ month, quantity: k < 2 ? 0 : 2 })),
    );
  });
});
