/**
 * Bad input over every route (issue 17): the OpenAPI document lists the routes and their body
 * schemas; each route gets a fixed corpus of hostile values — NUL and CR/LF in every text, a 1 MB
 * text, extreme numbers and dates, wrong types, nulls, invalid JSON, a wrong content type — as a
 * signed-in owner of real organisations, so the checks behind the schemas run too. The assertion:
 * no answer is a 5xx, and a 400 for invalid input names the fields at fault. A new route is swept
 * without anyone listing it.
 */
import { type TestApp, arganNeed, createOrganisation, createTestApp, signUp } from './support/test-app.js';
import { type OpenApiDocument, type Schema, plausible } from './support/openapi.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** The body with every leaf of one kind replaced: strings, numbers, dates, or all of them. */
function replaceLeaves(
  value: unknown,
  s: Schema | undefined,
  pick: (s: Schema | undefined, v: unknown) => unknown,
): unknown {
  if (Array.isArray(value)) return value.map((v) => replaceLeaves(v, s?.items, pick));
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, replaceLeaves(v, s?.properties?.[k], pick)]),
    );
  return pick(s, value);
}

const MEGABYTE = 'y'.repeat(1_000_000);
const CASES: Array<[string, (s: Schema | undefined, v: unknown) => unknown]> = [
  ['NUL in every text', (_s, v) => (typeof v === 'string' ? `a\u0000b` : v)],
  ['CR/LF in every text', (_s, v) => (typeof v === 'string' ? 'a\r\nBcc: victim@example.test' : v)],
  ['1 MB texts', (_s, v) => (typeof v === 'string' ? MEGABYTE : v)],
  ['huge numbers', (_s, v) => (typeof v === 'number' ? 1e308 : v)],
  ['negative numbers', (_s, v) => (typeof v === 'number' ? -2147483649 : v)],
  ['int4 overflow', (_s, v) => (typeof v === 'number' ? 2147483648 : v)],
  ['dates out of range', (s, v) => (s?.format === 'date' ? '9999-12-31' : v)],
  ['year zero', (s, v) => (s?.format === 'date' ? '0000-01-01' : v)],
  [
    'wrong types',
    (_s, v) =>
      typeof v === 'string' ? 42 : typeof v === 'number' ? 'many' : typeof v === 'boolean' ? 'yes' : v,
  ],
  ['nulls', () => null],
];

it('answers every route and every hostile body without a 5xx, naming the fields at fault', async () => {
  const owner = await signUp(t, 'owner');
  const group = await createOrganisation(t, owner, { kind: 'PRODUCER_GROUP' });
  const firm = await createOrganisation(t, owner, { kind: 'LEAD_FIRM' });
  const need = (
    await t.http().post(`/organisations/${firm.id}/needs`).set(owner.auth).send(arganNeed).expect(201)
  ).body;
  const entry = (
    await t
      .http()
      .post(`/organisations/${group.id}/capacity-entries`)
      .set(owner.auth)
      .send({ productCode: '151590', productLabel: 'Argan oil', quantity: 3, unit: 't', period: 'MONTH' })
      .expect(201)
  ).body;
  const idFor = (path: string, name: string): string => {
    if (name === 'token') return 'not-a-real-token';
    if (name === 'itemId')
      return path.includes('capacity-entries') ? entry.id : '00000000-0000-4000-8000-000000000001';
    if (path.startsWith('/needs/')) return need.id;
    if (path.startsWith('/organisations/'))
      return /needs|members|invitations/.test(path) ? firm.id : group.id;
    return '00000000-0000-4000-8000-000000000002';
  };

  const doc = (await t.http().get('/api/docs.json').expect(200)).body as OpenApiDocument;
  const failures: string[] = [];
  const statuses = new Map<number, number>();
  let requests = 0;
  for (const [template, operations] of Object.entries(doc.paths)) {
    const path = template.replace(/\{(\w+)\}/g, (_m, name: string) => idFor(template, name));
    for (const [method, operation] of Object.entries(operations)) {
      if (method === 'get' || method === 'head') continue;
      if (/sign-out|sign-in/.test(template)) continue; // would end the session or trip the back-off
      const content = operation.requestBody?.content ?? {};
      const schema = content['application/json']?.schema;
      const request = () => t.http()[method as 'post'](path).set(owner.auth);
      const bodies: Array<[string, () => ReturnType<typeof request>]> = [
        ['invalid JSON', () => request().set('Content-Type', 'application/json').send('{"a": ')],
        ['text/plain', () => request().set('Content-Type', 'text/plain').send('hello')],
      ];
      if (schema) {
        const base = plausible(schema);
        for (const [name, pick] of CASES)
          bodies.push([name, () => request().send(replaceLeaves(base, schema, pick) as object)]);
      }
      for (const [name, send] of bodies) {
        const res = await send();
        requests += 1;
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        if (res.status >= 500)
          failures.push(
            `${method.toUpperCase()} ${template} [${name}] → ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`,
          );
        else if (
          res.status === 400 &&
          res.body?.code === 'INVALID_INPUT' &&
          !Object.keys(res.body.fields ?? {}).length
        )
          failures.push(
            `${method.toUpperCase()} ${template} [${name}] → 400 without fields: ${res.body.message}`,
          );
      }
    }
  }
  expect(requests).toBeGreaterThan(300);
  // The sweep reached the routes' checks, not only the door: most answers are validation refusals.
  expect(statuses.get(400) ?? 0).toBeGreaterThan(requests / 2);
  expect(failures).toEqual([]);
}, 240_000);
