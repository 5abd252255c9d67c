/**
 * Writes over every route as callers who may not make them (issue 17): the OpenAPI document lists
 * the routes; each state-changing route that names a resource is called with the real ids of
 * another person's producer group, lead firm, need, certificate, catalogue item, member and capacity
 * line, and a body of the right shape (so the schema is not what refuses it) — by an anonymous
 * caller, and by an outsider who manages a group and a lead firm of their own. Neither may get a
 * 2xx, and the owner's data reads back unchanged. A new route is swept without anyone listing it.
 */
import {
  type TestApp,
  argan,
  arganNeed,
  createOrganisation,
  createTestApp,
  inDays,
  signUp,
} from './support/test-app.js';
import { type OpenApiDocument, plausible } from './support/openapi.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** Routes anyone may call to act for themselves, not on another's resource. */
const OWN_ACTIONS =
  /^\/auth\/|^\/invitations\/accept$|^\/organisations$|^\/programmes$|^\/service-providers$|^\/upgrading-plans$/;

it("refuses every write on another's resources to anonymous callers and to outsiders, and changes nothing", async () => {
  const owner = await signUp(t, 'owner');
  const group = await createOrganisation(t, owner, { kind: 'PRODUCER_GROUP', visibility: 'PUBLIC' });
  const firm = await createOrganisation(t, owner, { kind: 'LEAD_FIRM' });
  const post = async (path: string, body: object) =>
    (await t.http().post(path).set(owner.auth).send(body).expect(201)).body as { id: string };
  const entry = await post(`/organisations/${group.id}/capacity-entries`, argan);
  const member = await post(`/organisations/${group.id}/group-members`, {
    enterprise: { legalName: 'Coopérative Amal' },
    status: 'ACTIVE',
  });
  const certificate = await post(`/organisations/${group.id}/certifications`, {
    standardCode: 'ORGANIC_EU',
    validUntil: inDays(300),
  });
  const item = await post(`/organisations/${group.id}/catalogue`, {
    productCode: '151590',
    productLabel: 'Argan oil',
    unit: 't',
    priceMin: 28,
    priceMax: 35,
    currency: 'EUR',
  });
  const need = await post(`/organisations/${firm.id}/needs`, arganNeed);

  const outsider = await signUp(t, 'outsider');
  await createOrganisation(t, outsider, { kind: 'PRODUCER_GROUP' });
  await createOrganisation(t, outsider, { kind: 'LEAD_FIRM' });

  const snapshot = async () =>
    JSON.stringify([
      (await t.http().get(`/organisations/${group.id}/profile`).set(owner.auth)).body,
      (await t.http().get(`/organisations/${group.id}/capacity-entries`).set(owner.auth)).body,
      (await t.http().get(`/organisations/${group.id}/group-members`).set(owner.auth)).body,
      (await t.http().get(`/organisations/${group.id}/certifications`).set(owner.auth)).body,
      (await t.http().get(`/organisations/${group.id}/catalogue`).set(owner.auth)).body,
      (await t.http().get(`/needs/${need.id}`).set(owner.auth)).body,
      (await t.http().get(`/organisations/${group.id}/invitations`).set(owner.auth)).body,
      (await t.http().get(`/organisations/${group.id}/members`).set(owner.auth)).body,
    ]);
  const before = await snapshot();

  const idFor = (template: string, name: string): string => {
    if (name === 'token') return 'not-a-real-token';
    if (name === 'itemId') {
      if (template.includes('capacity-entries')) return entry.id;
      if (template.includes('group-members')) return member.id;
      return '00000000-0000-4000-8000-000000000001';
    }
    if (template.startsWith('/needs/')) return need.id;
    if (template.startsWith('/certifications/')) return certificate.id;
    if (template.startsWith('/catalogue-items/')) return item.id;
    if (template.startsWith('/organisations/'))
      return /\/needs|\/programmes/.test(template.slice(14)) ? firm.id : group.id;
    return '00000000-0000-4000-8000-000000000002';
  };

  const doc = (await t.http().get('/api/docs.json').expect(200)).body as OpenApiDocument;
  const granted: string[] = [];
  let writes = 0;
  for (const [template, operations] of Object.entries(doc.paths)) {
    if (OWN_ACTIONS.test(template) || !template.includes('{')) continue;
    const path = template.replace(/\{(\w+)\}/g, (_m, name: string) => idFor(template, name));
    for (const [method, operation] of Object.entries(operations)) {
      if (method === 'get' || method === 'head') continue;
      const body = plausible(operation.requestBody?.content?.['application/json']?.schema) ?? {};
      for (const [who, auth] of [
        ['anonymous', {}],
        ['outsider', outsider.auth],
      ] as const) {
        const call = t.http()[method as 'post'];
        const res = await call(path)
          .set(auth)
          .send(body as object);
        writes += 1;
        if (res.status < 300) granted.push(`${who} ${method.toUpperCase()} ${template} → ${res.status}`);
        if (who === 'anonymous' && res.status !== 401)
          granted.push(`anonymous ${method.toUpperCase()} ${template} → ${res.status}, not 401`);
      }
    }
  }
  expect(writes).toBeGreaterThan(60);
  expect(granted).toEqual([]);
  expect(await snapshot()).toEqual(before);
}, 120_000);
