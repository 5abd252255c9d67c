import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { type NeedMatchesView } from '@linkage/contracts';
import {
  type TestApp,
  argan,
  arganNeed,
  createOrganisation,
  createTestApp,
  signUp,
  uniqueEmail,
} from './support/test-app.js';
import { eventually, sharedMailDir, startWorker } from './support/worker-process.js';

let t: TestApp;
let worker: { stop: () => Promise<void> };
let mailDir: string;

beforeAll(async () => {
  t = await createTestApp();
  mailDir = await sharedMailDir();
  worker = await startWorker(mailDir);
});
afterAll(async () => {
  await worker.stop();
  await t.close();
});

const matchesOf = async (needId: string, auth: Record<string, string>) =>
  (await t.http().get(`/needs/${needId}/matches`).set(auth).expect(200)).body as NeedMatchesView;

describe('post a need → background matching → ranked matches', () => {
  it('matches a posted need against producer groups, best first, with a reason', async () => {
    const coordinator = await signUp(t, 'coordinator');
    const group = await createOrganisation(t, coordinator, {
      kind: 'PRODUCER_GROUP',
      legalName: 'Argan group (flow)',
      country: 'MA',
    });
    await t
      .http()
      .post(`/organisations/${group.id}/capacity-entries`)
      .set(coordinator.auth)
      .send(argan)
      .expect(201);
    const small = await createOrganisation(t, coordinator, {
      kind: 'PRODUCER_GROUP',
      legalName: 'Small argan coop (flow)',
      country: 'TN',
    });
    await t
      .http()
      .post(`/organisations/${small.id}/capacity-entries`)
      .set(coordinator.auth)
      .send({ ...argan, quantity: 2000, unit: 'kg' })
      .expect(201);

    const buyer = await signUp(t, 'buyer');
    const firm = await createOrganisation(t, buyer, { kind: 'LEAD_FIRM' });
    const need = (
      await t.http().post(`/organisations/${firm.id}/needs`).set(buyer.auth).send(arganNeed).expect(201)
    ).body;
    expect(need).toMatchObject({ status: 'OPEN', version: 1, productCode: '151590' });

    const ready = await eventually(async () => {
      const view = await matchesOf(need.id, buyer.auth);
      return view.state === 'READY' ? view : undefined;
    });
    const ours = ready.matches.filter((m) => [group.id, small.id].includes(m.supplierId));
    expect(ours.map((m) => m.supplierName)).toEqual(['Argan group (flow)', 'Small argan coop (flow)']);
    expect(ours[0]).toMatchObject({ components: { product: 1, capacity: 1, location: 1 } });
    expect(ours[0]!.reason).toContain('Covers the full 10 t/month');
    expect(ours[1]!.components.capacity).toBe(0.2);
    expect(ready.matches.map((m) => m.rank)).toEqual(ready.matches.map((_, i) => i + 1));
  });

  it('enqueues one job per need version however often the outbox is relayed, so matches never duplicate', async () => {
    const coordinator = await signUp(t, 'coordinator');
    const group = await createOrganisation(t, coordinator);
    await t
      .http()
      .post(`/organisations/${group.id}/capacity-entries`)
      .set(coordinator.auth)
      .send(argan)
      .expect(201);
    const buyer = await signUp(t, 'buyer');
    const firm = await createOrganisation(t, buyer, { kind: 'LEAD_FIRM' });
    const need = (
      await t.http().post(`/organisations/${firm.id}/needs`).set(buyer.auth).send(arganNeed).expect(201)
    ).body;
    await eventually(async () =>
      (await matchesOf(need.id, buyer.auth)).state === 'READY' ? true : undefined,
    );

    // Re-deliver the same event, as a relay that crashed before marking it dispatched would.
    await t.dataSource.query(`UPDATE outbox_events SET dispatched_at = NULL WHERE payload->>'needId' = $1`, [
      need.id,
    ]);
    await eventually(async () => {
      const [row] = await t.dataSource.query(
        `SELECT dispatched_at FROM outbox_events WHERE payload->>'needId' = $1`,
        [need.id],
      );
      return row.dispatched_at ? true : undefined;
    });
    const rows = await t.dataSource.query(
      'SELECT supplier_id FROM matches WHERE need_id = $1 AND supplier_id = $2',
      [need.id, group.id],
    );
    expect(rows).toHaveLength(1);
  });

  it('delivers the invitation e-mail through the outbox and the worker', async () => {
    const owner = await signUp(t, 'owner');
    const group = await createOrganisation(t, owner, { legalName: 'Vitargan (mail test)' });
    const to = uniqueEmail('new.member');
    await t
      .http()
      .post(`/organisations/${group.id}/invitations`)
      .set(owner.auth)
      .send({ email: to })
      .expect(201);
    // Other tests' invitations share the outbox, so find this one by its recipient.
    const mail = await eventually(async () => {
      for (const file of await readdir(mailDir)) {
        const text = decodeQuotedPrintable(await readFile(join(mailDir, file), 'utf8'));
        if (text.includes(`To: ${to}`)) return text;
      }
      return undefined;
    });
    expect(mail).toContain('Vitargan (mail test)');
    expect(mail).toMatch(/http:\/\/portal\.test\/invitations\/[\w-]{20,}/);
  });
});

/** nodemailer writes long text lines quoted-printable (soft line breaks, =XX escapes); read it as a mail client does. */
function decodeQuotedPrintable(mime: string): string {
  return mime
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
