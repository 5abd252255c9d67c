import type { ApiErrorBody, ProductSearchView, SourcingNeedView } from '@linkage/contracts';
import { arganNeed, createOrganisation, createTestApp, signUp, type TestApp } from './support/test-app.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const products = async (query: Record<string, string>, acceptLanguage?: string) => {
  const request = t.http().get('/products').query(query);
  const res = await (acceptLanguage ? request.set('Accept-Language', acceptLanguage) : request).expect(200);
  return res.body as ProductSearchView;
};

describe('GET /products', () => {
  it('finds quinoa by its English and its Andean Spanish name, without signing in', async () => {
    expect((await products({ q: 'quinoa' })).items[0]).toEqual({
      code: '100850',
      name: 'Quinoa',
      description: 'Cereals; quinoa (Chenopodium quinoa)',
      level: 6,
    });
    expect((await products({ q: 'quinua' })).items[0]?.code).toBe('100850');
  });

  it('names suggestions in the language asked for, else the Accept-Language one', async () => {
    expect((await products({ q: 'huile d’argan', locale: 'es' })).items[0]).toMatchObject({
      code: '151590',
      name: 'Aceite de argán y otros aceites vegetales',
    });
    expect((await products({ q: 'olive oil' }, 'ar,en;q=0.5')).items.map((item) => item.name)).toContain(
      'زيت الزيتون',
    );
  });

  it('finds codes typed with dots, keeps to a level and to the limit', async () => {
    expect((await products({ q: '1008.50' })).items.map((item) => item.code)).toEqual(['100850']);
    const coffee = await products({ q: 'coffee', level: '6', limit: '3' });
    expect(coffee.items).toHaveLength(3);
    expect(coffee.items.every((item) => item.level === 6)).toBe(true);
  });

  it('may be cached by browsers and proxies, per language', async () => {
    const res = await t.http().get('/products').query({ q: 'honey' }).expect(200);
    expect(res.headers['cache-control']).toBe('public, max-age=3600');
    expect(res.headers['vary']).toMatch(/Accept-Language/);
  });

  it('refuses a missing query, an unknown language or a limit out of range, naming the field', async () => {
    for (const [query, field] of [
      [{}, 'q'],
      [{ q: 'tea', locale: 'de' }, 'locale'],
      [{ q: 'tea', limit: '500' }, 'limit'],
      [{ q: 'tea', level: '8' }, 'level'],
    ] as const) {
      const res = await t.http().get('/products').query(query).expect(400);
      expect(Object.keys((res.body as ApiErrorBody).fields ?? {})).toContain(field);
    }
  });
});

describe('names beside codes', () => {
  it('names the product and the standards of a need in the reader’s language', async () => {
    const buyer = await signUp(t, 'buyer');
    const firm = await createOrganisation(t, buyer, { kind: 'LEAD_FIRM' });
    const created = await t
      .http()
      .post(`/organisations/${firm.id}/needs`)
      .set(buyer.auth)
      .send({
        ...arganNeed,
        requirements: [{ standardCode: 'ORGANIC_EU', level: 'EACH_SUPPLIER', mustHoldNow: true }],
      })
      .expect(201);
    const id = (created.body as SourcingNeedView).id;
    const read = async (language: string) =>
      (await t.http().get(`/needs/${id}`).set(buyer.auth).set('Accept-Language', language).expect(200))
        .body as SourcingNeedView;
    const french = await read('fr-FR,fr;q=0.9');
    expect(french.productName).toBe("Huile d'argan et autres huiles végétales");
    expect(french.requirements[0]?.standardName).toBe('Agriculture biologique (UE), règlement (UE) 2018/848');
    expect((await read('es-PE')).productName).toBe('Aceite de argán y otros aceites vegetales');
    expect((await read('en')).productName).toBe('Argan oil and other vegetable oils');
  });

  it('refuses a withdrawn country code, saying what replaced it', async () => {
    const buyer = await signUp(t, 'buyer-fx');
    const res = await t
      .http()
      .post('/organisations')
      .set(buyer.auth)
      .send({ kind: 'LEAD_FIRM', legalName: 'Maison FX', country: 'FX' })
      .expect(400);
    expect((res.body as ApiErrorBody).fields?.['country']).toBe(
      'FX is no longer an ISO 3166 country code: use FR',
    );
  });
});
