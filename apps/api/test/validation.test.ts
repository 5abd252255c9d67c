import {
  type TestApp,
  argan,
  arganNeed,
  createOrganisation,
  createTestApp,
  signUp,
  uniqueEmail,
} from './support/test-app.js';

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

describe('input no column can hold, refused before it reaches PostgreSQL', () => {
  it('refuses a NUL byte in any text, naming the field, on sign-up and deep inside a need', async () => {
    const signUpRes = await t
      .http()
      .post('/auth/sign-up')
      .send({ name: 'Nul\u0000Name', email: uniqueEmail('nul'), password: 'correct horse battery' })
      .expect(400);
    expect(signUpRes.body.fields).toEqual({ name: expect.stringMatching(/control characters/) });

    const actor = await signUp(t, 'buyer');
    const firm = await createOrganisation(t, actor, { kind: 'LEAD_FIRM' });
    const res = await t
      .http()
      .post(`/organisations/${firm.id}/needs`)
      .set(actor.auth)
      .send({ ...arganNeed, allowedCountries: ['MA', 'P\u0000E'] })
      .expect(400);
    expect(res.body.fields).toEqual({ 'allowedCountries.1': expect.stringMatching(/control characters/) });
    const list = await t.http().get(`/organisations/${firm.id}/needs`).set(actor.auth).expect(200);
    expect(list.body).toHaveLength(0);
  });

  it('refuses a line break in a name, which would otherwise reach e-mail headers', async () => {
    const actor = await signUp(t);
    const res = await t
      .http()
      .post('/organisations')
      .set(actor.auth)
      .send({ kind: 'PRODUCER_GROUP', legalName: 'Coop\r\nBcc: victim@example.test', country: 'MA' })
      .expect(400);
    expect(res.body.fields).toEqual({ legalName: 'Write this on one line' });
  });

  it('refuses dates outside 1900–2199 and versions past the integer column', async () => {
    const actor = await signUp(t, 'buyer');
    const firm = await createOrganisation(t, actor, { kind: 'LEAD_FIRM' });
    for (const responseDeadline of ['0000-01-01', '9999-12-31']) {
      const res = await t
        .http()
        .post(`/organisations/${firm.id}/needs`)
        .set(actor.auth)
        .send({ ...arganNeed, responseDeadline })
        .expect(400);
      expect(Object.keys(res.body.fields)).toEqual(['responseDeadline']);
    }
    const group = await createOrganisation(t, actor, { kind: 'PRODUCER_GROUP' });
    const entry = await t
      .http()
      .post(`/organisations/${group.id}/capacity-entries`)
      .set(actor.auth)
      .send(argan)
      .expect(201);
    const res = await t
      .http()
      .delete(`/organisations/${group.id}/capacity-entries/${entry.body.id}?version=2147483648`)
      .set(actor.auth)
      .expect(400);
    expect(Object.keys(res.body.fields)).toEqual(['version']);
  });
});

describe('headers', () => {
  it('sends security headers and no X-Powered-By', async () => {
    const res = await t.http().get('/health');
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'self'");
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });

  it('echoes a request id shaped like one, and replaces anything else', async () => {
    const kept = await t.http().get('/health').set('x-request-id', 'portal-1f2e3d4c');
    expect(kept.headers['x-request-id']).toBe('portal-1f2e3d4c');
    const replaced = await t.http().get('/health').set('x-request-id', `x${'y'.repeat(500)}<script>`);
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});
