import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { apiRequest, publicApi, userApi } from '../../app/lib/api.server';

type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void;
let handler: Handler;
let server: Server;
const seen: { method?: string; url?: string; auth?: string; language?: string; body?: string }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      seen.push({
        method: req.method,
        url: req.url,
        auth: req.headers.authorization,
        language: req.headers['accept-language'],
        body,
      });
      handler(req, res, body);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  process.env.API_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});

afterAll(async () => {
  await new Promise((r) => server.close(r));
});

beforeEach(() => {
  seen.length = 0;
});

const json = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
};

test('a successful call returns the body, sending the bearer token and JSON', async () => {
  handler = (_req, res) => json(res, 201, { id: 'o1', legalName: 'Souss Argan' });
  const result = await userApi('tok-123').createOrganisation({
    kind: 'PRODUCER_GROUP',
    legalName: 'Souss Argan',
    country: 'MA',
    visibility: 'PUBLIC',
  });
  expect(result).toEqual({ ok: true, status: 201, data: { id: 'o1', legalName: 'Souss Argan' } });
  expect(seen[0]).toMatchObject({ method: 'POST', url: '/organisations', auth: 'Bearer tok-123' });
  expect(JSON.parse(seen[0]!.body!)).toMatchObject({ country: 'MA' });
});

test('an API error body keeps its field errors', async () => {
  const body = {
    statusCode: 400,
    error: 'Bad Request',
    message: 'Invalid input',
    fields: { email: 'Taken' },
  };
  let forwardedFor: string | undefined;
  handler = (req, res) => {
    forwardedFor = req.headers['x-forwarded-for'] as string | undefined;
    json(res, 400, body);
  };
  const result = await publicApi('en').signUp(
    { name: 'A', email: 'a@example.org', password: 'long enough!' },
    '203.0.113.7',
  );
  expect(result).toEqual({ ok: false, status: 400, error: body });
  // The API counts sign-ups per visitor, so the visitor's address goes with the request.
  expect(forwardedFor).toBe('203.0.113.7');
});

test('a non-JSON failure still becomes an ApiErrorBody', async () => {
  handler = (_req, res) => {
    res.writeHead(502);
    res.end('<html>bad gateway</html>');
  };
  const result = await apiRequest('GET', '/needs/x');
  expect(result.ok).toBe(false);
  if (!result.ok)
    expect(result.error).toMatchObject({ statusCode: 502, message: 'The service answered 502' });
});

test('a 204 has no body and is still ok', async () => {
  handler = (_req, res) => {
    res.writeHead(204);
    res.end();
  };
  await expect(userApi('t').signOut()).resolves.toEqual({ ok: true, status: 204, data: undefined });
});

test('path parameters are encoded', async () => {
  handler = (_req, res) => json(res, 200, {});
  await publicApi('en').getInvitation('a/b?c');
  expect(seen[0]!.url).toBe('/invitations/a%2Fb%3Fc');
});

test('an unreachable API is a 503 the pages can explain', async () => {
  const saved = process.env.API_URL;
  process.env.API_URL = 'http://127.0.0.1:9';
  const original = console.error;
  const logged: unknown[] = [];
  console.error = (...args: unknown[]) => void logged.push(args);
  try {
    const result = await userApi('t').me();
    expect(result).toMatchObject({ ok: false, status: 503, error: { statusCode: 503 } });
    expect(logged).toHaveLength(1);
  } finally {
    console.error = original;
    process.env.API_URL = saved;
  }
});

test('certificate and catalogue changes use the routes the API documents', async () => {
  handler = (req, res) => (req.method === 'DELETE' ? (res.writeHead(204), res.end()) : json(res, 200, {}));
  const api = userApi('t');
  await api.setCertificationVerification('c/1', { verification: 'SELF_DECLARED' });
  await api.updateCertification('c1', { certificateNumber: null });
  await api.deleteCertification('c1');
  await api.updateCatalogueItem('i1', { productLabel: 'Dates' });
  await expect(api.deleteCatalogueItem('i1')).resolves.toEqual({ ok: true, status: 204, data: undefined });
  expect(seen.map((s) => `${s.method} ${s.url} ${s.body}`)).toEqual([
    'PUT /certifications/c%2F1/verification {"verification":"SELF_DECLARED"}',
    'PATCH /certifications/c1 {"certificateNumber":null}',
    'DELETE /certifications/c1 ',
    'PATCH /catalogue-items/i1 {"productLabel":"Dates"}',
    'DELETE /catalogue-items/i1 ',
  ]);
});

test('the standards registry is read without a session and edited with one', async () => {
  handler = (_req, res) => json(res, 200, []);
  await publicApi('en').listStandards();
  const api = userApi('admin-token');
  await api.createStandard({
    code: 'SMETA',
    name: 'Sedex Members Ethical Trade Audit',
    kind: 'SOCIAL',
    coversGroupMembers: false,
    typicalMonthsToCertify: 4,
    equivalentTo: [],
    umbrella: false,
  });
  await api.updateStandard('SMETA/X', { name: 'SMETA 4-pillar' });
  expect(seen.map((s) => `${s.method} ${s.url} ${s.auth ?? '-'}`)).toEqual([
    'GET /standards -',
    'POST /standards Bearer admin-token',
    'PATCH /standards/SMETA%2FX Bearer admin-token',
  ]);
  expect(JSON.parse(seen[1]!.body!)).toMatchObject({
    code: 'SMETA',
    kind: 'SOCIAL',
    typicalMonthsToCertify: 4,
  });
  expect(JSON.parse(seen[2]!.body!)).toEqual({ name: 'SMETA 4-pillar' });
});

test('a refused standard keeps the API status and its field errors', async () => {
  const body = {
    statusCode: 409,
    error: 'Conflict',
    message: 'A standard with the code HACCP exists',
    fields: { code: 'This code is taken' },
  };
  handler = (_req, res) => json(res, 409, body);
  const result = await userApi('t').createStandard({
    code: 'HACCP',
    name: 'HACCP',
    kind: 'PROCESS',
    coversGroupMembers: false,
    typicalMonthsToCertify: 3,
    equivalentTo: [],
    umbrella: false,
  });
  expect(result).toEqual({ ok: false, status: 409, error: body });
});

test("every call asks the API to answer in the reader's language", async () => {
  handler = (_req, res) => json(res, 200, {});
  await userApi('tok-123', 'ar').getNeed('n1');
  await publicApi('es').search(new URLSearchParams({ q: 'café orgánico' }));
  await userApi('tok-123', 'fr').deleteCatalogueItem('i1');
  expect(seen.map((s) => s.language)).toEqual(['ar', 'es', 'fr']);
});
