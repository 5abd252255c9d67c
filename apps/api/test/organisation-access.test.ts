import { type InvitationView } from '@linkage/contracts';
import {
  type Actor,
  type TestApp,
  argan,
  arganNeed,
  createOrganisation,
  createTestApp,
  signUp,
  uniqueEmail,
} from './support/test-app.js';
import { leadFirmStaff, programmeBroker } from './support/viewers.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const count = async (sql: string, params: unknown[]) =>
  (await t.dataSource.query(sql, params))[0].count as number;

describe('organisation access control', () => {
  it('makes the creator OWNER and lists the organisation as theirs', async () => {
    const owner = await signUp(t, 'owner');
    const org = await createOrganisation(t, owner, { legalName: 'Cooperative Tifaout' });
    expect(org.role).toBe('OWNER');
    const me = await t.http().get('/auth/me').set(owner.auth).expect(200);
    expect(me.body.organisations.map((o: { id: string }) => o.id)).toEqual([org.id]);
  });

  it("keeps one organisation's members from reading or changing another's private data", async () => {
    const owner = await signUp(t, 'owner');
    const group = await createOrganisation(t, owner);
    const outsider = await signUp(t, 'outsider');
    await createOrganisation(t, outsider);

    await t.http().get(`/organisations/${group.id}/members`).set(outsider.auth).expect(403);
    await t.http().get(`/organisations/${group.id}/invitations`).set(outsider.auth).expect(403);
    await t
      .http()
      .post(`/organisations/${group.id}/invitations`)
      .set(outsider.auth)
      .send({ email: outsider.email, role: 'OWNER' })
      .expect(403);
    await t
      .http()
      .post(`/organisations/${group.id}/capacity-entries`)
      .set(outsider.auth)
      .send(argan)
      .expect(403);

    expect(
      await count('SELECT count(*)::int AS count FROM memberships WHERE organisation_id = $1', [group.id]),
    ).toBe(1);
    expect(
      await count('SELECT count(*)::int AS count FROM invitations WHERE organisation_id = $1', [group.id]),
    ).toBe(0);
    expect(
      await count('SELECT count(*)::int AS count FROM capacity_entries WHERE organisation_id = $1', [
        group.id,
      ]),
    ).toBe(0);
  });

  it("hides a lead firm's sourcing needs and matches from other users", async () => {
    const buyer = await signUp(t, 'buyer');
    const firm = await createOrganisation(t, buyer, { kind: 'LEAD_FIRM', visibility: 'LEAD_FIRMS' });
    const need = (
      await t.http().post(`/organisations/${firm.id}/needs`).set(buyer.auth).send(arganNeed).expect(201)
    ).body;

    const rival = await signUp(t, 'rival');
    await createOrganisation(t, rival, { kind: 'LEAD_FIRM' });
    await t.http().get(`/needs/${need.id}`).set(rival.auth).expect(404);
    await t.http().get(`/needs/${need.id}/matches`).set(rival.auth).expect(404);
    await t.http().get(`/organisations/${firm.id}/needs`).set(rival.auth).expect(404);
    await t.http().post(`/organisations/${firm.id}/needs`).set(rival.auth).send(arganNeed).expect(404);
    expect(
      await count('SELECT count(*)::int AS count FROM sourcing_needs WHERE lead_firm_id = $1', [firm.id]),
    ).toBe(1);
  });

  it('shows profiles by visibility tier: public to all, lead-firms tier to verified lead firms, brokers tier to brokers', async () => {
    const owner = await signUp(t, 'owner');
    const open = await createOrganisation(t, owner, { visibility: 'PUBLIC' });
    const leadFirmsOnly = await createOrganisation(t, owner, { visibility: 'LEAD_FIRMS' });
    const brokersOnly = await createOrganisation(t, owner, { visibility: 'BROKERS' });
    const { actor: buyer } = await leadFirmStaff(t, { verified: true });
    const { actor: unverified } = await leadFirmStaff(t, { verified: false });
    const { broker } = await programmeBroker(t, [{ organisationId: brokersOnly.id, manager: owner }]);
    const { broker: otherBroker } = await programmeBroker(t);

    await t.http().get(`/organisations/${open.id}`).expect(200);
    await t.http().get(`/organisations/${leadFirmsOnly.id}`).expect(404);
    await t.http().get(`/organisations/${leadFirmsOnly.id}`).set(unverified.auth).expect(404);
    await t.http().get(`/organisations/${leadFirmsOnly.id}`).set(buyer.auth).expect(200);
    await t.http().get(`/organisations/${brokersOnly.id}`).set(buyer.auth).expect(404);
    await t.http().get(`/organisations/${brokersOnly.id}`).set(broker.auth).expect(200);
    // The BROKERS tier opens to the brokers of a programme it enrolled in, not to every broker.
    await t.http().get(`/organisations/${brokersOnly.id}`).set(otherBroker.auth).expect(404);
    await t.http().get(`/organisations/${leadFirmsOnly.id}`).set(otherBroker.auth).expect(200);
    await t.http().get(`/organisations/${brokersOnly.id}`).set(owner.auth).expect(200);
  });

  it('lets a MEMBER record capacity but not invite people', async () => {
    const owner = await signUp(t, 'owner');
    const group = await createOrganisation(t, owner);
    const member = await signUp(t, 'member');
    await t.dataSource.query(
      `INSERT INTO memberships (user_id, organisation_id, role) VALUES ($1, $2, 'MEMBER')`,
      [member.userId, group.id],
    );
    await t
      .http()
      .post(`/organisations/${group.id}/capacity-entries`)
      .set(member.auth)
      .send(argan)
      .expect(201);
    await t
      .http()
      .post(`/organisations/${group.id}/invitations`)
      .set(member.auth)
      .send({ email: 'x@example.test' })
      .expect(403);
  });
});

/** An invitation sent by `by`, and the token its e-mail carries. */
async function invite(by: Actor, organisationId: string, email: string) {
  const invitation = (
    await t
      .http()
      .post(`/organisations/${organisationId}/invitations`)
      .set(by.auth)
      .send({ email })
      .expect(201)
  ).body as InvitationView;
  const [mail] = await t.dataSource.query(
    `SELECT payload FROM outbox_events WHERE topic = 'email.requested' AND payload->>'to' = $1`,
    [email],
  );
  return { invitation, token: /invitations\/([\w-]+)/.exec(mail.payload.text)![1]! };
}

describe('invitations', () => {
  it('writes the invitation e-mail in the inviter’s language, the invitee having none yet', async () => {
    const owner = await signUp(t, 'owner-es');
    const group = await createOrganisation(t, owner, { legalName: 'Cooperativa Muyu test' });
    const email = uniqueEmail('invitee-es');
    await t
      .http()
      .post(`/organisations/${group.id}/invitations`)
      .set(owner.auth)
      .set('Accept-Language', 'es-PE,es;q=0.9')
      .send({ email })
      .expect(201);
    const [mail] = await t.dataSource.query(
      `SELECT payload FROM outbox_events WHERE topic = 'email.requested' AND payload->>'to' = $1`,
      [email],
    );
    expect(mail.payload.subject).toMatch(/ le invita a unirse a Cooperativa Muyu test en Linkage Exchange$/);
    expect(mail.payload.text).toContain('como miembro.');
  });

  it('stores the invitation with its e-mail in the outbox, and lets the invitee join', async () => {
    const owner = await signUp(t, 'owner');
    const group = await createOrganisation(t, owner, { legalName: 'Ande Natura test' });
    const invitee = await signUp(t, 'invitee');
    const invitation = (
      await t
        .http()
        .post(`/organisations/${group.id}/invitations`)
        .set(owner.auth)
        .send({ email: invitee.email, role: 'ADMIN' })
        .expect(201)
    ).body;
    expect(invitation).toMatchObject({ email: invitee.email, role: 'ADMIN', status: 'PENDING' });

    const [mail] = await t.dataSource.query(
      `SELECT payload FROM outbox_events WHERE topic = 'email.requested' AND payload->>'to' = $1`,
      [invitee.email],
    );
    const token = /invitations\/([\w-]+)/.exec(mail.payload.text)?.[1];
    expect(token).toBeDefined();

    const preview = await t.http().get(`/invitations/${token}`).expect(200);
    expect(preview.body).toMatchObject({ organisationName: 'Ande Natura test', status: 'PENDING' });

    const stranger = await signUp(t, 'stranger');
    await t.http().post('/invitations/accept').set(stranger.auth).send({ token }).expect(403);

    const joined = await t.http().post('/invitations/accept').set(invitee.auth).send({ token }).expect(200);
    expect(joined.body).toMatchObject({ id: group.id, role: 'ADMIN' });
    await t.http().get(`/organisations/${group.id}/members`).set(invitee.auth).expect(200);
    await t.http().post('/invitations/accept').set(invitee.auth).send({ token }).expect(410);
  });

  it("lets the organisation's managers withdraw a pending invitation, whose link then stops working", async () => {
    const owner = await signUp(t, 'owner');
    const group = await createOrganisation(t, owner);
    const invitee = await signUp(t, 'invitee');
    const { invitation, token } = await invite(owner, group.id, invitee.email);
    const revoke = `/organisations/${group.id}/invitations/${invitation.id}/revoke`;

    // Neither the invitee nor a stranger may withdraw it; an invitation of another organisation is not found.
    await t.http().post(revoke).set(invitee.auth).expect(403);
    const other = await createOrganisation(t, owner);
    await t
      .http()
      .post(`/organisations/${other.id}/invitations/${invitation.id}/revoke`)
      .set(owner.auth)
      .expect(404);

    const revoked = await t.http().post(revoke).set(owner.auth).expect(200);
    expect(revoked.body).toMatchObject({ id: invitation.id, status: 'REVOKED' });
    await t.http().post(revoke).set(owner.auth).expect(200);
    expect((await t.http().get(`/invitations/${token}`).expect(200)).body.status).toBe('REVOKED');
    await t.http().post('/invitations/accept').set(invitee.auth).send({ token }).expect(410);
    await t.http().get(`/organisations/${group.id}/members`).set(invitee.auth).expect(403);
  });

  it('refuses to withdraw an invitation already accepted', async () => {
    const owner = await signUp(t, 'owner');
    const group = await createOrganisation(t, owner);
    const invitee = await signUp(t, 'invitee');
    const { invitation, token } = await invite(owner, group.id, invitee.email);
    await t.http().post('/invitations/accept').set(invitee.auth).send({ token }).expect(200);
    const res = await t
      .http()
      .post(`/organisations/${group.id}/invitations/${invitation.id}/revoke`)
      .set(owner.auth)
      .expect(409);
    expect(res.body.fields).toHaveProperty('status');
  });

  it('lets only an owner invite another owner', async () => {
    const owner = await signUp(t, 'owner');
    const group = await createOrganisation(t, owner);
    const admin = await signUp(t, 'admin');
    await t.dataSource.query(
      `INSERT INTO memberships (user_id, organisation_id, role) VALUES ($1, $2, 'ADMIN')`,
      [admin.userId, group.id],
    );
    await t
      .http()
      .post(`/organisations/${group.id}/invitations`)
      .set(admin.auth)
      .send({ email: 'new@example.test', role: 'OWNER' })
      .expect(403);
    await t
      .http()
      .post(`/organisations/${group.id}/invitations`)
      .set(admin.auth)
      .send({ email: 'new@example.test', role: 'MEMBER' })
      .expect(201);
  });
});
