import { randomUUID } from 'node:crypto';
import { type OpenNeedView, type SourcingNeedView } from '@linkage/contracts';
import {
  type Actor,
  type TestApp,
  createOrganisation,
  createTestApp,
  inDays,
  signUp,
} from './support/test-app.js';
import { leadFirmStaff } from './support/viewers.js';
import { eventually, sharedMailDir, startWorker } from './support/worker-process.js';

/** A need hit opens the need (issue 19): what it asks for, to whoever may find it, and nothing more. */
let t: TestApp;
let worker: { stop: () => Promise<void> };

beforeAll(async () => {
  t = await createTestApp();
  worker = await startWorker(await sharedMailDir());
});
afterAll(async () => {
  await worker?.stop();
  await t?.close();
});

const need = (visibility: string) => ({
  title: `Quinoa ${randomUUID().slice(0, 6)}`,
  productCode: '100850',
  quantity: 3,
  unit: 't',
  period: 'MONTH',
  deliveryCountry: 'PE',
  responseDeadline: inDays(30),
  schedule: { kind: 'ONE_OFF', deliverBy: inDays(90) },
  targetPrice: 1200,
  currency: 'USD',
  visibility,
});

async function post<T>(actor: Actor, path: string, body: object, status = 201): Promise<T> {
  return (await t.http().post(path).set(actor.auth).send(body).expect(status)).body as T;
}

it("shows a public need's terms to anyone, names the reader's matched groups, and hides an invited-only need", async () => {
  const { actor: buyer, firm } = await leadFirmStaff(t, { verified: false });
  const coordinator = await signUp(t, 'quinoa-coordinator');
  const group = await createOrganisation(t, coordinator, { country: 'PE' });
  await post(coordinator, `/organisations/${group.id}/capacity-entries`, {
    productCode: '100850',
    productLabel: 'Quinoa',
    quantity: 5,
    unit: 't',
    period: 'MONTH',
    committed: true,
  });
  const open = await post<SourcingNeedView>(buyer, `/organisations/${firm.id}/needs`, need('PUBLIC'));
  const invited = await post<SourcingNeedView>(buyer, `/organisations/${firm.id}/needs`, need('INVITED'));

  const anonymous = (await t.http().get(`/needs/${open.id}/open`).expect(200)).body as OpenNeedView;
  expect(anonymous).toMatchObject({
    id: open.id,
    productCode: '100850',
    quantity: 3,
    yourGroups: [],
    canOpenFull: false,
  });
  // The buyer's price stays with the groups it invites.
  expect(JSON.stringify(anonymous)).not.toContain('1200');
  await t.http().get(`/needs/${invited.id}/open`).expect(404);
  await t.http().get(`/needs/${invited.id}/open`).set(coordinator.auth).expect(404);

  const mine = await eventually(async () => {
    const view = (await t.http().get(`/needs/${open.id}/open`).set(coordinator.auth).expect(200))
      .body as OpenNeedView;
    return view.yourGroups.length ? view : undefined;
  }, 15_000);
  expect(mine.yourGroups).toEqual([expect.objectContaining({ id: group.id })]);
  expect(
    ((await t.http().get(`/needs/${open.id}/open`).set(buyer.auth).expect(200)).body as OpenNeedView)
      .canOpenFull,
  ).toBe(true);

  // Invited, the group reads the invited-only need too.
  await eventually(async () => {
    const res = await t
      .http()
      .post(`/needs/${invited.id}/invitations`)
      .set(buyer.auth)
      .send({ supplierIds: [group.id] });
    return res.status === 200 ? true : undefined;
  }, 15_000);
  await t.http().get(`/needs/${invited.id}/open`).set(coordinator.auth).expect(200);
  await t.http().get(`/needs/${randomUUID()}/open`).expect(404);
});
