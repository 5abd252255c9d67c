import { type TestApp, arganNeed, createOrganisation, createTestApp, signUp } from './support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('validation and errors', () => {
  it('names every invalid field of a sign-up', async () => {
    const res = await t
      .http()
      .post('/auth/sign-up')
      .send({ email: 'not-an-email', password: 'short' })
      .expect(400);
    expect(res.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    expect(Object.keys(res.body.fields).sort()).toEqual(['email', 'name', 'password']);
  });

  it('answers malformed JSON with 400, not 500', async () => {
    const res = await t
      .http()
      .post('/auth/sign-in')
      .set('Content-Type', 'application/json')
      .send('{"email": ')
      .expect(400);
    expect(res.body.statusCode).toBe(400);
  });

  it('answers an unknown route with 404', async () => {
    await t.http().get('/no/such/route').expect(404);
  });

  it('rejects a malformed id in the path as a 400 naming id', async () => {
    const actor = await signUp(t);
    const res = await t.http().get('/organisations/not-a-uuid/members').set(actor.auth).expect(400);
    expect(res.body.fields).toHaveProperty('id');
  });

  it('rejects a need whose quantity is negative and whose country is unknown', async () => {
    const actor = await signUp(t, 'buyer');
    const firm = await createOrganisation(t, actor, { kind: 'LEAD_FIRM' });
    const res = await t
      .http()
      .post(`/organisations/${firm.id}/needs`)
      .set(actor.auth)
      .send({
        ...arganNeed,
        quantity: -5,
        deliveryCountry: 'XX',
        unit: 'bushels',
        responseDeadline: '31/12/2026',
      })
      .expect(400);
    expect(Object.keys(res.body.fields).sort()).toEqual([
      'deliveryCountry',
      'quantity',
      'responseDeadline',
      'unit',
    ]);
    const [{ count }] = await t.dataSource.query(
      'SELECT count(*)::int AS count FROM sourcing_needs WHERE lead_firm_id = $1',
      [firm.id],
    );
    expect(count).toBe(0);
  });

  it('accepts HS codes written with dots and normalises them', async () => {
    const actor = await signUp(t, 'group');
    const group = await createOrganisation(t, actor);
    const res = await t
      .http()
      .post(`/organisations/${group.id}/capacity-entries`)
      .set(actor.auth)
      .send({ productCode: '1515.90', productLabel: 'Argan oil', quantity: 3, unit: 't', period: 'MONTH' })
      .expect(201);
    expect(res.body.productCode).toBe('151590');
  });

  it('refuses a sourcing need from a producer group with 422', async () => {
    const actor = await signUp(t, 'group');
    const group = await createOrganisation(t, actor, { kind: 'PRODUCER_GROUP' });
    const res = await t
      .http()
      .post(`/organisations/${group.id}/needs`)
      .set(actor.auth)
      .send(arganNeed)
      .expect(422);
    expect(res.body.code).toBe('WRONG_ORGANISATION_KIND');
  });

  it('refuses an organisation kind people cannot create themselves', async () => {
    const actor = await signUp(t);
    const res = await t
      .http()
      .post('/organisations')
      .set(actor.auth)
      .send({ kind: 'PROGRAMME', legalName: 'X', country: 'MA' })
      .expect(400);
    expect(res.body.fields).toHaveProperty('kind');
  });
});
