import { randomUUID } from 'node:crypto';
import { type Actor, type TestApp, createTestApp, signUp } from './support/test-app.js';

let t: TestApp;
let admin: Actor;
beforeAll(async () => {
  t = await createTestApp();
  admin = await signUp(t, 'admin');
  await t.dataSource.query(`UPDATE users SET platform_role = 'ADMIN' WHERE id = $1`, [admin.userId]);
});
afterAll(() => t.close());

/** The standards.changed events recorded for a code, oldest first. */
const eventsFor = async (code: string) =>
  (
    await t.dataSource.query(
      `SELECT payload FROM outbox_events
        WHERE topic = 'standards.changed' AND payload->'after'->>'code' = $1
        ORDER BY created_at, id`,
      [code],
    )
  ).map((r: { payload: unknown }) => r.payload);

const newCode = () => `REMATCH_${randomUUID().slice(0, 6).toUpperCase().replace(/-/g, '')}`;

describe('standards registry edits reach matching', () => {
  it('records a standards.changed event with the entry as it was and as it became, for an addition and an edit', async () => {
    const code = newCode();
    const created = await t
      .http()
      .post('/standards')
      .set(admin.auth)
      .send({
        code,
        name: 'Test scheme',
        kind: 'PROCESS',
        typicalMonthsToCertify: 4,
        equivalentTo: ['HACCP'],
      })
      .expect(201);
    const added = {
      code,
      name: 'Test scheme',
      kind: 'PROCESS',
      coversGroupMembers: false,
      typicalMonthsToCertify: 4,
      equivalentTo: ['HACCP'],
      umbrella: false,
    };
    expect(created.body).toEqual(added);
    expect(await eventsFor(code)).toEqual([{ before: null, after: added }]);

    await t
      .http()
      .patch(`/standards/${code}`)
      .set(admin.auth)
      .send({ equivalentTo: ['HACCP', 'GFSI_RECOGNISED'], typicalMonthsToCertify: 6 })
      .expect(200);
    const edited = { ...added, equivalentTo: ['HACCP', 'GFSI_RECOGNISED'], typicalMonthsToCertify: 6 };
    expect(await eventsFor(code)).toEqual([
      { before: null, after: added },
      { before: added, after: edited },
    ]);
  });

  it('records nothing for an edit that changes nothing, a refused edit or a duplicate code', async () => {
    const code = newCode();
    const body = { code, name: 'Quiet scheme', kind: 'PRODUCT', typicalMonthsToCertify: 3 };
    await t.http().post('/standards').set(admin.auth).send(body).expect(201);
    await t.http().post('/standards').set(admin.auth).send(body).expect(409);
    await t.http().patch(`/standards/${code}`).set(admin.auth).send({ name: 'Quiet scheme' }).expect(200);
    const user = await signUp(t, 'plain');
    await t.http().patch(`/standards/${code}`).set(user.auth).send({ typicalMonthsToCertify: 9 }).expect(403);
    expect(await eventsFor(code)).toHaveLength(1);
  });
});
