import { randomUUID } from 'node:crypto';
import {
  type BrokerHomeView,
  type LinkageView,
  type ProgrammeView,
  type SourcingNeedView,
} from '@linkage/contracts';
import { type Actor, type TestApp, createOrganisation, createTestApp, signUp } from './support/test-app.js';
import { enrol, leadFirmStaff, platformAdmin, programmeBroker } from './support/viewers.js';
import { eventually, sharedMailDir, startWorker } from './support/worker-process.js';

/**
 * Programmes and the broker role held per programme (issue 15, decision 0012): what enrolment
 * opens, and to whom only.
 */
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

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

async function get<T>(path: string, actor: Actor | undefined, status = 200): Promise<T> {
  const req = t.http().get(path);
  return (await (actor ? req.set(actor.auth) : req).expect(status)).body as T;
}

async function post<T>(actor: Actor, path: string, body: object, status = 201): Promise<T> {
  return (await t.http().post(path).set(actor.auth).send(body).expect(status)).body as T;
}

/** Five tonnes of green coffee a month, committed: enough to match the needs below. */
const coffeeLine = (owner: Actor, groupId: string) =>
  post(owner, `/organisations/${groupId}/capacity-entries`, {
    productCode: '090111',
    productLabel: 'Green coffee',
    quantity: 5,
    unit: 't',
    period: 'MONTH',
    committed: true,
  });

const needBody = (visibility: string, productCode = '090111') => ({
  title: `Coffee ${randomUUID().slice(0, 6)}`,
  productCode,
  quantity: 2,
  unit: 't',
  period: 'MONTH',
  deliveryCountry: 'FR',
  responseDeadline: inDays(30),
  schedule: { kind: 'ONE_OFF', deliverBy: inDays(90) },
  visibility,
});

describe('setting up programmes', () => {
  it('lets a platform admin create one with its scope, lists it to everyone, and refuses anyone else', async () => {
    const admin = await platformAdmin(t);
    const name = `Coffee Linkages ${randomUUID().slice(0, 6)}`;
    const created = await post<ProgrammeView>(admin, '/programmes', {
      legalName: name,
      country: 'pe',
      scopeCountries: ['PE', 'bo'],
      scopeHsChapters: ['09'],
    });
    expect(created).toMatchObject({
      legalName: name,
      country: 'PE',
      scopeCountries: ['PE', 'BO'],
      scopeHsChapters: ['09'],
      enrolledGroups: 0,
      enrolledLeadFirms: 0,
    });
    // The admin is its first owner: it invites the programme's owners and staff like any organisation.
    const mine = await get<Array<{ id: string; role: string; kind: string }>>('/organisations/mine', admin);
    expect(mine.find((o) => o.id === created.id)).toMatchObject({ role: 'OWNER', kind: 'PROGRAMME' });
    expect((await get<ProgrammeView[]>('/programmes', undefined)).map((p) => p.id)).toContain(created.id);

    const someone = await signUp(t, 'someone');
    const refused = await post<{ code: string }>(
      someone,
      '/programmes',
      { legalName: 'Mine', country: 'MA' },
      403,
    );
    expect(refused.code).toBe('FORBIDDEN');
    const bad = await post<{ fields: Record<string, string> }>(
      admin,
      '/programmes',
      { legalName: 'Bad scope', country: 'MA', scopeHsChapters: ['9', '09', '09'], scopeCountries: ['XX'] },
      400,
    );
    expect(Object.keys(bad.fields).sort()).toEqual([
      'scopeCountries.0',
      'scopeHsChapters',
      'scopeHsChapters.0',
    ]);
  });

  it("takes an enrolment from the organisation's managers only, once, and for groups and lead firms only", async () => {
    const { programmeId, broker } = await programmeBroker(t);
    const owner = await signUp(t, 'owner');
    const group = await createOrganisation(t, owner);
    const member = await signUp(t, 'member');
    await t.dataSource.query(
      `INSERT INTO memberships (user_id, organisation_id, role) VALUES ($1, $2, 'MEMBER')`,
      [member.userId, group.id],
    );
    await post(member, `/programmes/${programmeId}/enrolments`, { organisationId: group.id }, 403);
    await post(broker, `/programmes/${programmeId}/enrolments`, { organisationId: group.id }, 403);
    await enrol(t, programmeId, group.id, owner);
    await enrol(t, programmeId, group.id, owner);
    const enrolled = await get<Array<{ organisation: { id: string } }>>(
      `/programmes/${programmeId}/enrolments`,
      broker,
    );
    expect(enrolled.filter((e) => e.organisation.id === group.id)).toHaveLength(1);
    expect((await get<ProgrammeView>(`/programmes/${programmeId}`, undefined)).enrolledGroups).toBe(1);
    const told = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND kind = 'PROGRAMME_ENROLMENT'`,
      [broker.userId],
    );
    expect(told[0].n).toBe(1);

    const otherProgramme = (await programmeBroker(t)).programmeId;
    const wrongKind = await post<{ code: string }>(
      owner,
      `/programmes/${group.id}/enrolments`,
      { organisationId: group.id },
      404,
    );
    expect(wrongKind.code).toBe('NOT_FOUND');
    // Only producer groups and lead firms enrol: a programme's owner cannot enrol it in another.
    const admin = await platformAdmin(t);
    const programme = await post<ProgrammeView>(admin, '/programmes', { legalName: 'Nested', country: 'MA' });
    const nested = await post<{ code: string }>(
      admin,
      `/programmes/${otherProgramme}/enrolments`,
      { organisationId: programme.id },
      422,
    );
    expect(nested.code).toBe('WRONG_ORGANISATION_KIND');
    const malformed = await post<{ fields: Record<string, string> }>(
      owner,
      `/programmes/${otherProgramme}/enrolments`,
      { organisationId: 'not-a-uuid' },
      400,
    );
    expect(malformed.fields.organisationId).toBeDefined();
  });
});

describe('a broker of programme A and a broker of programme B', () => {
  let a: Actor;
  let b: Actor;
  let programmeB: string;
  let owner: Actor;
  let hidden: { id: string };
  let open: { id: string };
  let buyer: Actor;
  let firmB: { id: string };

  beforeAll(async () => {
    owner = await signUp(t, 'coordinator');
    hidden = await createOrganisation(t, owner, {
      visibility: 'BROKERS',
      legalName: `Hidden ${randomUUID().slice(0, 6)}`,
    });
    await coffeeLine(owner, hidden.id);
    open = await createOrganisation(t, owner, { legalName: `Open ${randomUUID().slice(0, 6)}` });
    await coffeeLine(owner, open.id);
    const cert = await post<{ id: string }>(owner, `/organisations/${hidden.id}/certifications`, {
      standardCode: 'ORGANIC_EU',
      validUntil: inDays(400),
    });
    ({ actor: buyer, firm: firmB } = await leadFirmStaff(t, { verified: true }));
    ({ broker: a } = await programmeBroker(t));
    ({ broker: b, programmeId: programmeB } = await programmeBroker(t, [
      { organisationId: hidden.id, manager: owner },
      { organisationId: firmB.id, manager: buyer },
    ]));
    expect(cert.id).toBeDefined();
  });

  it('shows a group enrolled only in B to B’s broker in full, and nothing of it to A’s', async () => {
    for (const path of [
      '',
      '/profile',
      '/capacity-entries',
      '/certifications',
      '/catalogue',
      '/group-members',
    ]) {
      await get(`/organisations/${hidden.id}${path}`, b);
      await get(`/organisations/${hidden.id}${path}`, a, 404);
    }
    const certs = await get<Array<{ id: string }>>(`/organisations/${hidden.id}/certifications`, b);
    await t
      .http()
      .put(`/certifications/${certs[0]!.id}/verification`)
      .set(a.auth)
      .send({ verification: 'BROKER_VERIFIED' })
      .expect(403);
  });

  it("keeps an enrolled lead firm's PROGRAMME need to B's broker, and lets both read a PUBLIC one", async () => {
    const programmeNeed = await post<SourcingNeedView>(
      buyer,
      `/organisations/${firmB.id}/needs`,
      needBody('PROGRAMME'),
    );
    const publicNeed = await post<SourcingNeedView>(
      buyer,
      `/organisations/${firmB.id}/needs`,
      needBody('PUBLIC'),
    );
    await get(`/needs/${programmeNeed.id}`, b);
    await get(`/needs/${programmeNeed.id}`, a, 404);
    await get(`/needs/${publicNeed.id}`, a);
    // Read-only: a broker changes nothing of the lead firm's need.
    await t.http().patch(`/needs/${publicNeed.id}`).set(b.auth).send({ title: 'Changed' }).expect(404);

    // The unenrolled firm's PROGRAMME need: hidden from every programme.
    const { actor: otherBuyer, firm: otherFirm } = await leadFirmStaff(t, { verified: true });
    const unenrolled = await post<SourcingNeedView>(
      otherBuyer,
      `/organisations/${otherFirm.id}/needs`,
      needBody('PROGRAMME'),
    );
    await get(`/needs/${unenrolled.id}`, a, 404);
    await get(`/needs/${unenrolled.id}`, b, 404);

    // Its matches too, once matching has run: B's broker sees what the lead firm sees (the
    // BROKERS-tier group is no match to the firm, so none to its broker either).
    const matches = await eventually(async () => {
      const view = await get<{ state: string; matches: Array<{ supplierId: string }> }>(
        `/needs/${programmeNeed.id}/matches`,
        b,
      );
      return view.state === 'READY' ? view : undefined;
    }, 15_000);
    expect(matches.matches.map((m) => m.supplierId)).toContain(open.id);
    expect(matches.matches.map((m) => m.supplierId)).not.toContain(hidden.id);
    await get(`/needs/${programmeNeed.id}/matches`, a, 404);
  });

  it("follows the linkages of B's enrolled organisations for B's broker only", async () => {
    await t.dataSource.query(
      `INSERT INTO linkages (lead_firm_id, supplier_id, stage) VALUES ($1, $2, 'INTRODUCED')`,
      [firmB.id, hidden.id],
    );
    const ofB = await get<LinkageView[]>('/linkages', b);
    expect(ofB.map((l) => l.supplier.id)).toContain(hidden.id);
    const ofA = await get<LinkageView[]>('/linkages', a);
    expect(ofA.map((l) => l.supplier.id)).not.toContain(hidden.id);
  });

  it('takes the view away from the next request once the group withdraws', async () => {
    const other = await programmeBroker(t, [{ organisationId: hidden.id, manager: owner }]);
    await get(`/organisations/${hidden.id}`, other.broker);
    await t.http().delete(`/programmes/${other.programmeId}/enrolments/${hidden.id}`).set(b.auth).expect(403);
    await t
      .http()
      .delete(`/programmes/${other.programmeId}/enrolments/${hidden.id}`)
      .set(owner.auth)
      .expect(204);
    await get(`/organisations/${hidden.id}`, other.broker, 404);
    await get(`/organisations/${hidden.id}`, b);
    expect((await get<ProgrammeView>(`/programmes/${programmeB}`, undefined)).enrolledGroups).toBe(1);
  });
});

describe("a broker's home page", () => {
  it('lists the needs in scope with their matches, the enrolled groups with readiness, and the tasks due', async () => {
    const admin = await platformAdmin(t);
    const programme = await post<ProgrammeView>(admin, '/programmes', {
      legalName: `Tea and coffee ${randomUUID().slice(0, 6)}`,
      country: 'KE',
      scopeHsChapters: ['09'],
    });
    const broker = await signUp(t, 'home-broker');
    await t.dataSource.query(
      `INSERT INTO memberships (user_id, organisation_id, role) VALUES ($1, $2, 'MEMBER')`,
      [broker.userId, programme.id],
    );
    const owner = await signUp(t, 'home-coordinator');
    const group = await createOrganisation(t, owner, {
      legalName: `Highland coffee ${randomUUID().slice(0, 6)}`,
    });
    await coffeeLine(owner, group.id);
    await post(owner, `/organisations/${group.id}/certifications`, {
      standardCode: 'ORGANIC_EU',
      validUntil: inDays(40),
    });
    await enrol(t, programme.id, group.id, owner);

    const { actor: buyer, firm } = await leadFirmStaff(t, { verified: true });
    const inScope = await post<SourcingNeedView>(
      buyer,
      `/organisations/${firm.id}/needs`,
      needBody('PUBLIC'),
    );
    const outOfScope = await post<SourcingNeedView>(
      buyer,
      `/organisations/${firm.id}/needs`,
      needBody('PUBLIC', '610910'),
    );
    const hidden = await post<SourcingNeedView>(
      buyer,
      `/organisations/${firm.id}/needs`,
      needBody('PROGRAMME'),
    );

    const home = await eventually(async () => {
      const view = await get<BrokerHomeView>(`/programmes/${programme.id}/home`, broker);
      const need = view.needs.find((n) => n.id === inScope.id);
      return need && need.eligible + need.conditional > 0 ? view : undefined;
    }, 15_000);
    const ids = home.needs.map((n) => n.id);
    expect(ids).toContain(inScope.id);
    // Outside the programme's chapters, and a PROGRAMME need of a firm not enrolled here.
    expect(ids).not.toContain(outOfScope.id);
    expect(ids).not.toContain(hidden.id);
    expect(home.needs.find((n) => n.id === inScope.id)).toMatchObject({
      leadFirm: { id: firm.id, enrolled: false },
      enrolledMatched: 1,
    });
    expect(home.groups).toEqual([
      expect.objectContaining({
        id: group.id,
        certificatesExpiring: [
          { standardCode: 'ORGANIC_EU', standardName: 'Organic production, Regulation (EU) 2018/848', validUntil: inDays(40) },
        ],
        linkagesInProgress: 0,
      }),
    ]);

    // The lead firm enrols: its PROGRAMME need and every need of it join the list.
    await enrol(t, programme.id, firm.id, buyer);
    const enrolled = await get<BrokerHomeView>(`/programmes/${programme.id}/home`, broker);
    expect(enrolled.needs.map((n) => n.id)).toEqual(
      expect.arrayContaining([inScope.id, hidden.id, outOfScope.id]),
    );

    // A linkage with a next step due in a week, and a quiet one: both are tasks.
    const [due] = await t.dataSource.query(
      `INSERT INTO linkages (lead_firm_id, supplier_id, stage, programme_id, next_action, next_action_due)
       VALUES ($1, $2, 'MEETING', $3, 'Send the price list', $4) RETURNING id`,
      [firm.id, group.id, programme.id, inDays(7)],
    );
    await t.dataSource.query(
      `INSERT INTO linkage_events (linkage_id, stage, occurred_on) VALUES ($1, 'MEETING', $2)`,
      [due.id, inDays(-45)],
    );
    const withTasks = await get<BrokerHomeView>(`/programmes/${programme.id}/home`, broker);
    expect(withTasks.linkages.map((l) => l.id)).toEqual([due.id]);
    expect(withTasks.tasks.map((task) => [task.kind, task.link])).toEqual([
      ['STALLED_LINKAGE', `/linkages/${due.id}`],
      ['NEXT_ACTION', `/linkages/${due.id}`],
    ]);

    // Only the programme's own staff.
    await get(`/programmes/${programme.id}/home`, owner, 403);
    await get(`/programmes/${programme.id}/home`, (await programmeBroker(t)).broker, 403);
  });
});
