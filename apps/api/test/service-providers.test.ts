import { randomUUID } from 'node:crypto';
import { type ServiceProviderView } from '@linkage/contracts';
import { type Actor, type TestApp, createOrganisation, createTestApp, signUp } from './support/test-app.js';
import { platformAdmin, programmeBroker } from './support/viewers.js';

/** The service-provider directory (decision 0014): brokers and admins add, everyone signed in reads. */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function send<T>(
  actor: Actor,
  method: 'get' | 'post' | 'patch',
  path: string,
  status: number,
  body?: object,
) {
  const req = t.http()[method](path).set(actor.auth);
  return (await (body ? req.send(body) : req).expect(status)).body as T;
}

const provider = (over: object = {}) => ({
  legalName: `Lab ${randomUUID().slice(0, 6)}`,
  country: 'ma',
  services: ['LABORATORY', 'CONSULTANT'],
  countriesServed: ['MA', 'tn'],
  contactEmail: 'Lab@Example.test',
  website: 'https://lab.example.test',
  ...over,
});

describe('the service-provider directory', () => {
  it('lets a broker add a provider, which every signed-in person finds by service and country', async () => {
    const { broker, programmeId } = await programmeBroker(t);
    const added = await send<ServiceProviderView>(broker, 'post', '/service-providers', 201, provider());
    expect(added).toMatchObject({
      country: 'MA',
      services: ['LABORATORY', 'CONSULTANT'],
      countriesServed: ['MA', 'TN'],
      contactEmail: 'lab@example.test',
      contactName: null,
      addedByProgramme: { id: programmeId },
      editable: true,
    });

    const someone = await signUp(t, 'reader');
    const found = await send<ServiceProviderView[]>(
      someone,
      'get',
      '/service-providers?service=LABORATORY&country=tn',
      200,
    );
    expect(found.find((p) => p.id === added.id)).toMatchObject({ editable: false });
    const elsewhere = await send<ServiceProviderView[]>(someone, 'get', '/service-providers?country=PE', 200);
    expect(elsewhere.map((p) => p.id)).not.toContain(added.id);
    const otherService = await send<ServiceProviderView[]>(
      someone,
      'get',
      '/service-providers?service=FINANCE',
      200,
    );
    expect(otherService.map((p) => p.id)).not.toContain(added.id);
    await t.http().get('/service-providers').expect(401);
  });

  it('refuses additions from people outside programmes, and bad input with 400 naming the fields', async () => {
    const coordinator = await signUp(t, 'coordinator');
    await createOrganisation(t, coordinator, { kind: 'PRODUCER_GROUP' });
    await send(coordinator, 'post', '/service-providers', 403, provider());

    const { broker } = await programmeBroker(t);
    const bad = await send<{ fields: Record<string, string> }>(
      broker,
      'post',
      '/service-providers',
      400,
      provider({ services: ['ASTROLOGY'], countriesServed: [], website: 'not a url' }),
    );
    expect(Object.keys(bad.fields).sort()).toEqual(['countriesServed', 'services.0', 'website']);
    await send(broker, 'get', '/service-providers?service=ASTROLOGY', 400);
  });

  it("lets the adding programme's staff and admins change an entry, and no other programme", async () => {
    const { broker, programmeId } = await programmeBroker(t);
    const added = await send<ServiceProviderView>(broker, 'post', '/service-providers', 201, provider());
    const colleague = await signUp(t, 'colleague');
    await t.dataSource.query(
      `INSERT INTO memberships (user_id, organisation_id, role) VALUES ($1, $2, 'MEMBER')`,
      [colleague.userId, programmeId],
    );
    const changed = await send<ServiceProviderView>(
      colleague,
      'patch',
      `/service-providers/${added.id}`,
      200,
      {
        services: ['CERTIFICATION_BODY'],
        contactPhone: '+212 5 22 00 00 00',
        description: 'Organic inspections',
        country: 'tn',
      },
    );
    expect(changed).toMatchObject({
      services: ['CERTIFICATION_BODY'],
      contactPhone: '+212 5 22 00 00 00',
      description: 'Organic inspections',
      country: 'TN',
      legalName: added.legalName,
    });

    const { broker: stranger } = await programmeBroker(t);
    await send(stranger, 'patch', `/service-providers/${added.id}`, 403, { website: null });
    const admin = await platformAdmin(t);
    const cleared = await send<ServiceProviderView>(admin, 'patch', `/service-providers/${added.id}`, 200, {
      website: null,
    });
    expect(cleared.website).toBeNull();
    const byAdmin = await send<ServiceProviderView>(admin, 'post', '/service-providers', 201, provider());
    expect(byAdmin.addedByProgramme).toBeNull();
    await send(broker, 'patch', `/service-providers/${randomUUID()}`, 404, { website: null });
  });
});
