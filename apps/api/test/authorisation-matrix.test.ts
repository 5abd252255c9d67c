/**
 * The authorisation matrix (issue 17): every route of the OpenAPI document × every kind of caller,
 * against the table of expected outcomes in `authorisation-matrix.ts`. A route of the document
 * without a row, or a row for a route that is gone, fails. Each cell is called on real fixtures with
 * a valid body (so the schema is not what refuses it); a write that must be refused leaves what it
 * names reading back exactly as before, and a write that succeeds reads back changed.
 *
 * Cells run in three passes, so that none depends on another: every read, and every write that must
 * be refused, on the untouched fixtures (several at a time: they change nothing); then the writes
 * that succeed, one at a time in the table's order, the destructive ones (at the table's end) each on
 * a throw-away resource of its own where one can be made (THROW_AWAY). A group's reads are also
 * checked at each visibility tier.
 */
import { randomUUID } from 'node:crypto';
import {
  type AwardResultView,
  type LinkageView,
  type NeedMatchesView,
  type OfferView,
  type UpgradingPlanView,
} from '@linkage/contracts';
import {
  CALLERS,
  type Caller,
  MATRIX,
  type Outcome,
  type Row,
  TIERED_READS,
  TIERS,
} from './authorisation-matrix.js';
import { type OpenApiDocument } from './support/openapi.js';
import {
  type Actor,
  type TestApp,
  createOrganisation,
  createTestApp,
  inDays,
  signUp,
} from './support/test-app.js';
import { enrol, leadFirmStaff, platformAdmin, programmeBroker } from './support/viewers.js';
import { eventually, sharedMailDir, startWorker } from './support/worker-process.js';

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

/** HS chapter 69 (ceramics) is this file's own, so no other file's groups match its need. */
const PRODUCT = '691200';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

async function call(method: Method, path: string, actor?: Actor, body?: object, upload?: Upload) {
  let req = t.http()[method](path);
  if (actor) req = req.set(actor.auth);
  if (upload) return req.attach('file', upload.content, { filename: upload.name, contentType: upload.type });
  return body ? req.send(body) : req;
}

async function ok<T>(method: Method, path: string, actor: Actor, body?: object, upload?: Upload) {
  const res = await call(method, path, actor, body, upload);
  if (res.status >= 300) throw new Error(`${method.toUpperCase()} ${path} → ${res.status} ${res.text}`);
  return res.body as T;
}

/** Posts as the actor what the path creates; resolves to the new resource's id. */
const created = async (actor: Actor, path: string, body: object) =>
  (await ok<{ id: string }>('post', path, actor, body)).id;

interface Upload {
  content: Buffer;
  name: string;
  type: string;
}

const need = (title: string) => ({
  title,
  productCode: PRODUCT,
  quantity: 10,
  unit: 't',
  period: 'MONTH',
  deliveryCountry: 'MA',
  responseDeadline: inDays(60),
  visibility: 'PUBLIC',
});

/** The fixtures of the table's header, built through the API as people would. */
async function buildWorld() {
  const groupOwner = await signUp(t, 'coordinator');
  const G = await createOrganisation(t, groupOwner, { visibility: 'LEAD_FIRMS', country: 'MA' });
  const line = await ok<{ id: string; version: number }>(
    'post',
    `/organisations/${G.id}/capacity-entries`,
    groupOwner,
    {
      productCode: PRODUCT,
      productLabel: 'Stoneware tableware',
      quantity: 30,
      unit: 't',
      period: 'MONTH',
      committed: true,
    },
  );
  const member = await ok<{ id: string }>('post', `/organisations/${G.id}/group-members`, groupOwner, {
    enterprise: { legalName: 'Atelier Safi' },
    status: 'ACTIVE',
  });
  const certificate = await ok<{ id: string }>('post', `/organisations/${G.id}/certifications`, groupOwner, {
    standardCode: 'ORGANIC_EU',
    validUntil: inDays(300),
    certificateNumber: 'MA-BIO-2026-0142',
    certificationBody: 'Ecocert',
  });
  await ok(
    'post',
    `/certifications/${certificate.id}/evidence`,
    groupOwner,
    undefined,
    pdf('certificate.pdf'),
  );
  const item = await ok<{ id: string }>(
    'post',
    `/organisations/${G.id}/catalogue`,
    groupOwner,
    catalogueItem(),
  );
  await ok('put', `/catalogue-items/${item.id}/published`, groupOwner, { published: true });
  const invitation = await ok<{ id: string }>('post', `/organisations/${G.id}/invitations`, groupOwner, {
    email: `new-${randomUUID().slice(0, 8)}@example.test`,
  });

  const { actor: firmOwner, firm: F } = await leadFirmStaff(t, { verified: true });
  // N stays open; N2 is awarded (so a linkage); N3 is left for the offer the matrix makes.
  const [N, N2, N3] = await Promise.all(
    ['Stoneware plates', 'Stoneware bowls', 'Stoneware cups'].map((title) =>
      ok<{ id: string }>('post', `/organisations/${F.id}/needs`, firmOwner, need(title)),
    ),
  );
  const matches = await Promise.all(
    [N!, N2!, N3!].map((n) =>
      eventually(async () => {
        const view = await ok<NeedMatchesView>('get', `/needs/${n.id}/matches`, firmOwner);
        return view.state === 'READY' ? view.matches.find((m) => m.supplierId === G.id) : undefined;
      }, 30_000),
    ),
  );

  const { broker, programmeId } = await programmeBroker(t, [
    { organisationId: G.id, manager: groupOwner },
    { organisationId: F.id, manager: firmOwner },
  ]);
  const P = { id: programmeId };
  // Its manager, brought in as the programme's owners invite one (no route makes an owner directly).
  const manager = await signUp(t, 'programme-manager');
  await t.dataSource.query(
    `INSERT INTO memberships (user_id, organisation_id, role) VALUES ($1, $2, 'OWNER')`,
    [manager.userId, P.id],
  );
  const admin = await platformAdmin(t);
  const { broker: otherBroker } = await programmeBroker(t);

  const [O, O2] = await Promise.all(
    [N!, N2!].map((n) => ok<OfferView>('post', `/needs/${n.id}/offers`, groupOwner, offerBody(G.id))),
  );
  const attached = await ok<OfferView>(
    'post',
    `/offers/${O!.id}/attachments`,
    groupOwner,
    undefined,
    pdf('spec.pdf'),
  );
  await ok('post', `/needs/${N!.id}/messages`, firmOwner, { supplierId: G.id, body: 'When could you ship?' });
  const award = await ok<AwardResultView>('post', `/needs/${N2!.id}/awards`, firmOwner, {
    awards: [{ offerId: O2!.id, quantity: 10 }],
  });
  const linkages = await ok<LinkageView[]>('get', '/linkages', firmOwner);
  const L = linkages.find((l) => l.supplier.id === G.id)!;
  const I = await introduce(broker, N!.id, P.id, G.id);
  await ok('put', `/introductions/${I.id}/meeting`, broker, meeting());
  const U = await ok<UpgradingPlanView>('post', '/upgrading-plans', broker, {
    needId: N!.id,
    supplierId: G.id,
  });
  const withAction = await ok<UpgradingPlanView>(
    'post',
    `/upgrading-plans/${U.id}/actions`,
    broker,
    upgradingAction(),
  );
  const SP = await ok<{ id: string }>('post', '/service-providers', broker, serviceProvider());
  const notification = await eventually(async () => {
    const rows = await t.dataSource.query<{ id: string }[]>(
      `SELECT id FROM notifications WHERE user_id = $1 LIMIT 1`,
      [firmOwner.userId],
    );
    return rows[0];
  });

  const groupOutsider = await signUp(t, 'other-coordinator');
  const G2 = await createOrganisation(t, groupOutsider, { visibility: 'PUBLIC' });
  const { actor: firmOutsider } = await leadFirmStaff(t, { verified: true });

  return {
    people: { admin, groupOwner, firmOwner, manager, broker, otherBroker, groupOutsider, firmOutsider },
    ids: {
      G: G.id,
      G2: G2.id,
      F: F.id,
      P: P.id,
      N: N!.id,
      N2: N2!.id,
      N3: N3!.id,
      O: O!.id,
      A: award.awards[0]!.awardId,
      L: L.id,
      I: I.id,
      U: U.id,
      SP: SP.id,
      line: line.id,
      lineVersion: String(line.version),
      member: member.id,
      certificate: certificate.id,
      item: item.id,
      invitation: invitation.id,
      match: matches[0]!.id,
      attachment: attached.attachments[0]!.id,
      action: withAction.actions.at(-1)!.id,
      notification: notification.id,
    },
  };
}
type World = Awaited<ReturnType<typeof buildWorld>>;
type Ids = World['ids'];

const pdf = (name: string): Upload => ({ content: PDF, name, type: 'application/pdf' });
const catalogueItem = () => ({
  productCode: PRODUCT,
  productLabel: 'Stoneware plates',
  unit: 't',
  priceMin: 28,
  priceMax: 35,
  currency: 'EUR',
});
const offerBody = (supplierId: string) => ({
  supplierId,
  quantity: 10,
  price: 1200,
  currency: 'USD',
  incoterm: 'FCA',
  leadTimeDays: 14,
  validUntil: inDays(50),
});
const meeting = () => ({
  date: inDays(10),
  time: '10:00',
  durationMinutes: 60,
  timeZone: 'Africa/Casablanca',
  place: 'Safi',
});
const introduce = (broker: Actor, needId: string, programmeId: string, groupId: string) =>
  ok<{ id: string }>('post', `/needs/${needId}/introductions`, broker, {
    programmeId,
    groupIds: [groupId],
    note: 'A ceramics group that meets your volumes',
  });
const upgradingAction = () => ({
  kind: 'TRAINING',
  title: 'Glaze testing for food contact',
  owner: 'PROGRAMME',
  dueOn: inDays(40),
});
const serviceProvider = () => ({
  legalName: `Lab ${randomUUID().slice(0, 6)}`,
  country: 'MA',
  services: ['LABORATORY'],
  countriesServed: ['MA'],
});

/** Who each caller is for a row, by its owner (see the table's header). */
function callerFor(world: World, row: Row, caller: Caller): Actor | undefined {
  const p = world.people;
  const byOwner: Record<Row['owner'], Partial<Record<Caller, Actor>>> = {
    group: {
      sameKind: p.groupOutsider,
      otherKind: p.firmOutsider,
      owner: p.groupOwner,
      counterpart: p.firmOwner,
    },
    firm: {
      sameKind: p.firmOutsider,
      otherKind: p.groupOutsider,
      owner: p.firmOwner,
      counterpart: p.groupOwner,
    },
    programme: {
      sameKind: p.otherBroker,
      otherKind: p.groupOutsider,
      owner: p.manager,
      counterpart: p.groupOwner,
    },
    self: { sameKind: p.groupOutsider, otherKind: p.firmOutsider, owner: p.groupOwner },
    public: { sameKind: p.groupOutsider, otherKind: p.firmOutsider, owner: p.groupOwner },
    platform: { sameKind: p.groupOutsider, otherKind: p.firmOutsider },
  };
  if (caller === 'anonymous') return undefined;
  if (caller === 'broker') return p.broker;
  if (caller === 'otherBroker') return p.otherBroker;
  return byOwner[row.owner][caller];
}

/** The resource each path parameter names, by the route it is in. */
function pathFor(route: string, row: Row, ids: Ids): string {
  const template = route.split(' ')[1]!;
  const id = (): string => {
    const prefix = template.split('/')[1];
    switch (prefix) {
      case 'organisations':
        return row.owner === 'firm' ? ids.F : ids.G;
      case 'needs':
        return ids.N;
      case 'offers':
        return ids.O;
      case 'awards':
        return ids.A;
      case 'certifications':
        return ids.certificate;
      case 'catalogue-items':
        return ids.item;
      case 'introductions':
        return ids.I;
      case 'linkages':
        return ids.L;
      case 'upgrading-plans':
        return ids.U;
      case 'programmes':
        return ids.P;
      case 'service-providers':
        return ids.SP;
      case 'notifications':
        return ids.notification;
      default:
        throw new Error(`No fixture for {id} in ${route}`);
    }
  };
  const itemId = () => {
    if (template.includes('capacity-entries')) return ids.line;
    if (template.includes('group-members')) return ids.member;
    if (template.includes('invitations')) return ids.invitation;
    if (template.includes('actions')) return ids.action;
    throw new Error(`No fixture for {itemId} in ${route}`);
  };
  const values: Record<string, () => string> = {
    id,
    itemId,
    matchId: () => ids.match,
    attachmentId: () => ids.attachment,
    organisationId: () => ids.G,
    code: () => 'ORGANIC_EU',
    token: () => 'not-a-real-invitation-token',
  };
  const path = template.replace(/\{(\w+)\}/g, (_m, name: string) => values[name]!());
  // Query parameters the route needs to answer at all: which thread, which version is deleted.
  if (route === 'GET /needs/{id}/offer-lines' || route === 'GET /needs/{id}/messages')
    return `${path}?supplierId=${ids.G}`;
  if (route === 'GET /products') return `${path}?q=quinoa`;
  if (route === 'DELETE /organisations/{id}/capacity-entries/{itemId}')
    return `${path}?version=${ids.lineVersion}`;
  return path;
}

/** A valid body for each write, so that what refuses it is who asks, never its shape. */
function bodyFor(route: string, ids: Ids): { body?: object; upload?: Upload } {
  const bodies: Record<string, () => object> = {
    'POST /standards': () => ({
      code: `TEST_${randomUUID().slice(0, 6).toUpperCase()}`,
      name: 'A test standard',
      kind: 'PRODUCT',
      typicalMonthsToCertify: 6,
    }),
    'PATCH /standards/{code}': () => ({ name: 'Organic (EU) renamed' }),
    'PATCH /auth/me': () => ({ locale: 'fr' }),
    'POST /programmes': () => ({ legalName: `Programme ${randomUUID().slice(0, 6)}`, country: 'MA' }),
    'POST /auth/sign-up': () => ({
      name: 'New person',
      email: `new-${randomUUID().slice(0, 8)}@example.test`,
      password: 'correct horse battery',
    }),
    'POST /auth/sign-in': () => ({ email: signInEmail, password: 'correct horse battery' }),
    'POST /organisations': () => ({
      kind: 'PRODUCER_GROUP',
      legalName: `Org ${randomUUID().slice(0, 6)}`,
      country: 'MA',
    }),
    'POST /service-providers': serviceProvider,
    'POST /invitations/accept': () => ({ token: 'not-a-real-invitation-token' }),
    'PATCH /organisations/{id}/profile': () => ({
      description: `Stoneware from Safi ${randomUUID().slice(0, 6)}`,
    }),
    'POST /organisations/{id}/capacity-entries': () => ({
      productCode: PRODUCT,
      productLabel: 'Bowls',
      quantity: 2,
      unit: 't',
      period: 'MONTH',
    }),
    'PATCH /organisations/{id}/capacity-entries/{itemId}': () => ({
      quantity: 31,
      version: Number(ids.lineVersion),
    }),
    'POST /organisations/{id}/group-members': () => ({
      enterprise: { legalName: `Atelier ${randomUUID().slice(0, 6)}` },
      status: 'ACTIVE',
    }),
    'PATCH /organisations/{id}/group-members/{itemId}': () => ({ status: 'SUSPENDED' }),
    'POST /organisations/{id}/certifications': () => ({
      standardCode: 'RAINFOREST_ALLIANCE',
      validUntil: inDays(200),
    }),
    'PATCH /certifications/{id}': () => ({ validUntil: inDays(250 + Math.floor(Math.random() * 50)) }),
    'PUT /certifications/{id}/verification': () => ({
      verification: 'BROKER_VERIFIED',
      checklist: { certificateNumber: true, certificationBody: true, productScope: true, holderName: true },
    }),
    'POST /organisations/{id}/catalogue': catalogueItem,
    'PATCH /catalogue-items/{id}': () => ({ productLabel: `Plates ${randomUUID().slice(0, 6)}` }),
    'PUT /catalogue-items/{id}/published': () => ({ published: false }),
    'POST /organisations/{id}/invitations': () => ({ email: `new-${randomUUID().slice(0, 8)}@example.test` }),
    'POST /needs/{id}/offers': () => offerBody(ids.G),
    'POST /needs/{id}/declines': () => ({ supplierId: ids.G, reason: 'PRICE' }),
    'POST /offers/{id}/confirm': () => ({ supplierId: ids.G, accept: true }),
    'POST /introductions/{id}/consent': () => ({ groupId: ids.G, answer: 'CONSENT' }),
    'POST /organisations/{id}/needs': () => need(`Stoneware bowls ${randomUUID().slice(0, 6)}`),
    'PATCH /needs/{id}': () => ({ quantity: 12 }),
    'POST /needs/{id}/status': () => ({ status: 'CANCELLED' }),
    'POST /needs/{id}/matches/{matchId}/status': () => ({ status: 'SHORTLISTED' }),
    'POST /needs/{id}/invitations': () => ({ supplierIds: [ids.G] }),
    'POST /needs/{id}/awards': () => ({ awards: [{ offerId: ids.O, quantity: 10 }] }),
    'POST /needs/{id}/messages': () => ({ supplierId: ids.G, body: `Any news? ${randomUUID().slice(0, 6)}` }),
    'POST /linkages/{id}/events': () => ({ stage: 'SUPPLYING', note: 'First monthly lot shipped' }),
    'POST /linkages/{id}/orders': () => ({ quantity: 2, unit: 't', dueOn: inDays(70) }),
    'POST /linkages/{id}/deliveries': () => ({
      deliveredOn: inDays(-1),
      quantity: 2,
      unit: 't',
      onTime: true,
      conforming: true,
    }),
    'PATCH /linkages/{id}': () => ({ nextAction: `Agree the glaze ${randomUUID().slice(0, 6)}` }),
    'POST /needs/{id}/introductions': () => ({
      programmeId: ids.P,
      groupIds: [ids.G2],
      note: 'Another ceramics group',
    }),
    'POST /introductions/{id}/answer': () => ({ answer: 'ACCEPT' }),
    'PUT /introductions/{id}/meeting': () => ({
      ...meeting(),
      time: `1${Math.floor(Math.random() * 10)}:30`,
    }),
    'POST /introductions/{id}/withdraw': () => ({}),
    'POST /upgrading-plans': () => ({ needId: ids.N, supplierId: ids.G }),
    'POST /upgrading-plans/{id}/actions': upgradingAction,
    'PATCH /upgrading-plans/{id}/actions/{itemId}': () => ({
      title: `Kiln audit ${randomUUID().slice(0, 6)}`,
    }),
    'PATCH /service-providers/{id}': () => ({ description: `Tests glazes ${randomUUID().slice(0, 6)}` }),
    'PATCH /programmes/{id}': () => ({ description: `Ceramics and argan ${randomUUID().slice(0, 6)}` }),
    'POST /programmes/{id}/enrolments': () => ({ organisationId: ids.G }),
  };
  if (route === 'POST /organisations/{id}/group-members/import')
    return {
      upload: {
        content: Buffer.from('legalName,country\nAtelier Nord,MA\n'),
        name: 'members.csv',
        type: 'text/csv',
      },
    };
  if (route.endsWith('/evidence') || route.endsWith('/attachments')) return { upload: pdf('scan.pdf') };
  return { body: bodies[route]?.() ?? {} };
}
let signInEmail = '';

/**
 * Where a write shows, read before and after. A refused write must leave it
 * unchanged; a write that succeeds must change it.
 */
const READ_BACK: Record<string, string> = {
  'PATCH /organisations/{id}/profile': '/organisations/{G}/profile',
  'POST /organisations/{id}/capacity-entries': '/organisations/{G}/capacity-entries',
  'PATCH /organisations/{id}/capacity-entries/{itemId}': '/organisations/{G}/capacity-entries',
  'DELETE /organisations/{id}/capacity-entries/{itemId}': '/organisations/{G}/capacity-entries',
  'POST /organisations/{id}/group-members': '/organisations/{G}/group-members',
  'POST /organisations/{id}/group-members/import': '/organisations/{G}/group-members',
  'PATCH /organisations/{id}/group-members/{itemId}': '/organisations/{G}/group-members',
  'POST /organisations/{id}/certifications': '/organisations/{G}/certifications',
  'PATCH /certifications/{id}': '/organisations/{G}/certifications',
  'PUT /certifications/{id}/verification': '/organisations/{G}/certifications',
  'POST /certifications/{id}/evidence': '/organisations/{G}/certifications',
  'DELETE /certifications/{id}': '/organisations/{G}/certifications',
  'POST /organisations/{id}/catalogue': '/organisations/{G}/catalogue',
  'PATCH /catalogue-items/{id}': '/organisations/{G}/catalogue',
  'PUT /catalogue-items/{id}/published': '/organisations/{G}/catalogue',
  'DELETE /catalogue-items/{id}': '/organisations/{G}/catalogue',
  'POST /organisations/{id}/invitations': '/organisations/{G}/invitations',
  'POST /organisations/{id}/invitations/{itemId}/revoke': '/organisations/{G}/invitations',
  'POST /needs/{id}/offers': '/organisations/{G}/offers',
  'POST /offers/{id}/attachments': '/organisations/{G}/offers',
  'POST /offers/{id}/withdraw': '/organisations/{G}/offers',
  'POST /offers/{id}/confirm': '/organisations/{G}/offers',
  'POST /needs/{id}/declines': '/organisations/{G}/matched-needs',
  'POST /introductions/{id}/consent': '/introductions/{I}',
  'POST /organisations/{id}/needs': '/organisations/{F}/needs',
  'PATCH /needs/{id}': '/needs/{N}',
  'POST /needs/{id}/status': '/needs/{N}',
  'POST /needs/{id}/matches/{matchId}/status': '/needs/{N}/matches',
  'POST /needs/{id}/invitations': '/needs/{N}/matches',
  'POST /needs/{id}/awards': '/needs/{N}/offers',
  'POST /needs/{id}/messages': '/needs/{N}/messages?supplierId={G}',
  'POST /awards/{id}/cancel': '/needs/{N2}/offers',
  'POST /linkages/{id}/events': '/linkages/{L}',
  'POST /linkages/{id}/orders': '/linkages/{L}',
  'POST /linkages/{id}/deliveries': '/linkages/{L}',
  'PATCH /linkages/{id}': '/linkages/{L}',
  'POST /needs/{id}/introductions': '/needs/{N}/introductions',
  'POST /introductions/{id}/answer': '/introductions/{I}',
  'PUT /introductions/{id}/meeting': '/introductions/{I}',
  'POST /introductions/{id}/withdraw': '/introductions/{I}',
  'POST /upgrading-plans/{id}/actions': '/upgrading-plans/{U}',
  'PATCH /upgrading-plans/{id}/actions/{itemId}': '/upgrading-plans/{U}',
  'DELETE /upgrading-plans/{id}/actions/{itemId}': '/upgrading-plans/{U}',
  'PATCH /service-providers/{id}': '/service-providers/{SP}',
  'PATCH /programmes/{id}': '/programmes/{P}',
  'POST /programmes/{id}/enrolments': '/programmes/{P}/enrolments',
  'DELETE /programmes/{id}/enrolments/{organisationId}': '/programmes/{P}/enrolments',
  'POST /organisations/{id}/verification': '/organisations/{F}',
  'DELETE /organisations/{id}/verification': '/organisations/{F}',
  'POST /notifications/{id}/read': '/notifications',
  // Read by the caller: what it made is its own.
  'POST /organisations': 'caller:/organisations/mine',
  'POST /service-providers': 'caller:/service-providers',
  'POST /auth/sign-out': 'caller:/auth/me',
  'PATCH /auth/me': 'caller:/auth/me',
};

/** Who reads a route's read-back: the owner of what it shows. */
function readerFor(world: World, readBack: string): Actor {
  const p = world.people;
  if (/^\/(programmes|upgrading-plans|service-providers)\//.test(readBack)) return p.manager;
  if (readBack.startsWith('/introductions/')) return p.broker;
  if (readBack.startsWith('/organisations/{G}')) return p.groupOwner;
  return p.firmOwner;
}

/**
 * Destructive writes act on a resource made for them, so that no other cell meets it gone: the
 * owner's fresh line, certificate, catalogue item, invitation, plan action, need or enrolled group.
 */
const THROW_AWAY: Record<string, (world: World) => Promise<Partial<Ids>>> = {
  'DELETE /organisations/{id}/capacity-entries/{itemId}': async (w) => {
    const body = bodyFor('POST /organisations/{id}/capacity-entries', w.ids).body;
    const line = await ok<{ id: string; version: number }>(
      'post',
      `/organisations/${w.ids.G}/capacity-entries`,
      w.people.groupOwner,
      body,
    );
    return { line: line.id, lineVersion: String(line.version) };
  },
  // A group has one live offer per need: the matrix's offer goes on N3, which G matches and has not offered on.
  'POST /needs/{id}/offers': async (w) => ({ N: w.ids.N3 }),
  // The same groups cannot be introduced twice while an introduction is open: each call introduces a new one.
  'POST /needs/{id}/introductions': async (w) => ({
    G2: (await createOrganisation(t, w.people.groupOutsider, { visibility: 'PUBLIC' })).id,
  }),
  'POST /introductions/{id}/withdraw': async (w) => {
    const group = await createOrganisation(t, w.people.groupOutsider, { visibility: 'PUBLIC' });
    return { I: (await introduce(w.people.broker, w.ids.N, w.ids.P, group.id)).id };
  },
  // Verification acts on a lead firm of its own, enrolled in P: F stays verified for every other cell.
  'POST /organisations/{id}/verification': async (w) => ({ F: (await enrolledFirm(w)).id }),
  'DELETE /organisations/{id}/verification': async (w) => {
    const firm = await enrolledFirm(w);
    await ok('post', `/organisations/${firm.id}/verification`, w.people.admin);
    return { F: firm.id };
  },
  'DELETE /certifications/{id}': async (w) => ({
    certificate: await created(w.people.groupOwner, `/organisations/${w.ids.G}/certifications`, {
      standardCode: 'GLOBALGAP_IFA',
      validUntil: inDays(100),
    }),
  }),
  'DELETE /catalogue-items/{id}': async (w) => ({
    item: await created(w.people.groupOwner, `/organisations/${w.ids.G}/catalogue`, catalogueItem()),
  }),
  'POST /organisations/{id}/invitations/{itemId}/revoke': async (w) => ({
    invitation: await created(w.people.groupOwner, `/organisations/${w.ids.G}/invitations`, {
      email: `new-${randomUUID().slice(0, 8)}@example.test`,
    }),
  }),
  'DELETE /upgrading-plans/{id}/actions/{itemId}': async (w) => {
    const plan = await ok<UpgradingPlanView>(
      'post',
      `/upgrading-plans/${w.ids.U}/actions`,
      w.people.broker,
      upgradingAction(),
    );
    return { action: plan.actions.at(-1)!.id };
  },
  'PATCH /needs/{id}': async (w) => ({
    N: await created(w.people.firmOwner, `/organisations/${w.ids.F}/needs`, need('Stoneware cups')),
  }),
  'POST /needs/{id}/status': async (w) => ({
    N: await created(w.people.firmOwner, `/organisations/${w.ids.F}/needs`, need('Stoneware jugs')),
  }),
  'DELETE /programmes/{id}/enrolments/{organisationId}': async (w) => {
    const G3 = await createOrganisation(t, w.people.groupOwner, { country: 'MA' });
    await enrol(t, w.ids.P, G3.id, w.people.groupOwner);
    return { G: G3.id };
  },
};

async function enrolledFirm(w: World) {
  const firm = await createOrganisation(t, w.people.firmOwner, { kind: 'LEAD_FIRM' });
  await enrol(t, w.ids.P, firm.id, w.people.firmOwner);
  return firm;
}

const STATUS: Record<Exclude<Outcome, 'ok' | 'rule' | '-'>, number> = { '401': 401, '403': 403, '404': 404 };

function verdict(outcome: Outcome, status: number): boolean {
  if (outcome === 'ok') return status >= 200 && status < 300;
  if (outcome === 'rule') return status < 500 && ![400, 401, 403, 404].includes(status);
  return status === STATUS[outcome as keyof typeof STATUS];
}

const entries = Object.entries(MATRIX);
const reads = entries.filter(([route]) => route.startsWith('GET '));
const writes = entries.filter(([route]) => !route.startsWith('GET '));
const allowed = (o: Outcome) => o === 'ok' || o === 'rule';
const callersOf = (row: Row, which: (o: Outcome) => boolean) =>
  CALLERS.filter((c) => row.expected[c] !== '-' && which(row.expected[c]));

let world: World;
beforeAll(async () => {
  world = await buildWorld();
  signInEmail = (await signUp(t, 'signs-in')).email;
}, 90_000);

it('has a row for every route of the OpenAPI document, and none for a route it does not list', async () => {
  const doc = (await t.http().get('/api/docs.json').expect(200)).body as OpenApiDocument;
  const routes = Object.entries(doc.paths).flatMap(([path, operations]) =>
    Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
  );
  expect(routes.length).toBeGreaterThan(100);
  expect({ withoutRow: routes.filter((r) => !MATRIX[r]).sort() }).toEqual({ withoutRow: [] });
  expect({ notInDocument: Object.keys(MATRIX).filter((r) => !routes.includes(r)) }).toEqual({
    notInDocument: [],
  });
});

/** Calls one cell; returns what is wrong with its answer, if anything. */
async function callCell(route: string, caller: Caller, actor: Actor | undefined, ids: Ids) {
  const row = MATRIX[route]!;
  const outcome = row.expected[caller];
  const { body, upload } = bodyFor(route, ids);
  const method = route.split(' ')[0]!.toLowerCase() as Method;
  const res = await call(method, pathFor(route, row, ids), actor, body, upload);
  if (verdict(outcome, res.status)) return undefined;
  return `${route} as ${caller}: expected ${outcome}, got ${res.status} ${res.status >= 400 ? res.text.slice(0, 300) : ''}`;
}

/** What a write shows, read by the owner of what it shows or by the caller (see READ_BACK). */
async function readBack(
  route: string,
  ids: Ids,
  caller: Actor | undefined,
): Promise<{ path: string; body: string } | undefined> {
  const entry = READ_BACK[route];
  if (!entry) return undefined;
  const template = entry.replace(/^caller:/, '');
  const path = template.replace(/\{(\w+)\}/g, (_m, k: keyof Ids) => ids[k]);
  const reader = entry.startsWith('caller:') ? caller : readerFor(world, template);
  const res = await call('get', path, reader);
  return { path, body: JSON.stringify({ status: res.status, body: res.body }) };
}

/** Runs `task` over the items, `limit` at a time: the cells of one pass do not depend on each other. */
async function inParallel<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>) {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: limit }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await task(item);
    }),
  );
}

it('answers every read as the table says', async () => {
  const cells = reads.flatMap(([route, row]) => callersOf(row, () => true).map((c) => [route, c] as const));
  const wrong: string[] = [];
  await inParallel(cells, 6, async ([route, caller]) => {
    const problem = await callCell(route, caller, await actorFor(route, caller), world.ids);
    if (problem) wrong.push(problem);
  });
  expect(cells.length).toBeGreaterThan(300);
  expect(wrong.sort()).toEqual([]);
}, 90_000);

it("shows a group's profile and records at each visibility tier only to those the tier opens to", async () => {
  const wrong: string[] = [];
  for (const [tier, row] of Object.entries(TIERS)) {
    const { groupOwner } = world.people;
    const group = await createOrganisation(t, groupOwner, { visibility: tier, country: 'MA' });
    await enrol(t, world.ids.P, group.id, groupOwner);
    const ids = { ...world.ids, G: group.id };
    for (const route of TIERED_READS)
      for (const caller of CALLERS) {
        const res = await call('get', pathFor(route, row, ids), callerFor(world, row, caller));
        if (!verdict(row.expected[caller], res.status))
          wrong.push(
            `${route} of a ${tier} group as ${caller}: expected ${row.expected[caller]}, got ${res.status}`,
          );
      }
  }
  expect(wrong).toEqual([]);
});

it('refuses every write the table refuses, and what it names reads back unchanged', async () => {
  const wrong: string[] = [];
  let cells = 0;
  await inParallel(writes, 4, async ([route, row]) => {
    const before = await readBack(route, world.ids, undefined);
    for (const caller of callersOf(row, (o) => !allowed(o))) {
      cells += 1;
      const problem = await callCell(route, caller, await actorFor(route, caller), world.ids);
      if (problem) wrong.push(problem);
    }
    const after = await readBack(route, world.ids, undefined);
    if (after?.body !== before?.body) wrong.push(`${route}: refused, but ${before?.path} changed`);
  });
  expect(cells).toBeGreaterThan(250);
  expect(wrong.sort()).toEqual([]);
}, 90_000);

it('lets through every write the table allows, and the change reads back', async () => {
  const wrong: string[] = [];
  for (const [route, row] of writes)
    for (const caller of callersOf(row, allowed)) {
      const ids = THROW_AWAY[route] ? { ...world.ids, ...(await THROW_AWAY[route]!(world)) } : world.ids;
      const actor = await actorFor(route, caller);
      const before = await readBack(route, ids, actor);
      const problem = await callCell(route, caller, actor, ids);
      if (problem) wrong.push(problem);
      const after = await readBack(route, ids, actor);
      if (!problem && row.expected[caller] === 'ok' && before && after?.body === before.body)
        wrong.push(`${route} as ${caller}: answered ok, but ${before?.path} reads back unchanged`);
    }
  expect(wrong).toEqual([]);
}, 90_000);

/** The caller's session; signing out ends the session it is called with, so it signs out one of its own. */
async function actorFor(route: string, caller: Caller): Promise<Actor | undefined> {
  const actor = callerFor(world, MATRIX[route]!, caller);
  return route === 'POST /auth/sign-out' && actor ? { ...actor, ...(await signInAgain(actor)) } : actor;
}

async function signInAgain(actor: Actor): Promise<Pick<Actor, 'token' | 'auth'>> {
  const { token } = await ok<{ token: string }>('post', '/auth/sign-in', actor, {
    email: actor.email,
    password: 'correct horse battery',
  });
  return { token, auth: { Authorization: `Bearer ${token}` } };
}
