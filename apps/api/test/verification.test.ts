import { randomUUID } from 'node:crypto';
import {
  type BrokerHomeView,
  type CertificationView,
  type GroupMemberView,
  type OrganisationProfileView,
  type VerificationQueueView,
} from '@linkage/contracts';
import { type Actor, type TestApp, createOrganisation, createTestApp, inDays, signUp } from './support/test-app.js';
import { leadFirmStaff, platformAdmin, programmeBroker } from './support/viewers.js';

/**
 * Verification with a checklist, the programme's verification queue and the group's delivery
 * scorecard (issue "Brokers at work", decision 0015).
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');
const ALL_CHECKED = { certificateNumber: true, certificationBody: true, productScope: true, holderName: true };

async function group(visibility = 'PUBLIC') {
  const owner = await signUp(t, 'coordinator');
  const org = await createOrganisation(t, owner, { visibility, legalName: `Group ${randomUUID().slice(0, 6)}` });
  return { owner, id: org.id };
}

async function addMember(owner: Actor, groupId: string): Promise<GroupMemberView> {
  return (
    await t
      .http()
      .post(`/organisations/${groupId}/group-members`)
      .set(owner.auth)
      .send({ enterprise: { legalName: `Coop ${randomUUID().slice(0, 6)}` }, status: 'ACTIVE' })
      .expect(201)
  ).body as GroupMemberView;
}

async function certificate(
  owner: Actor,
  groupId: string,
  body: Record<string, unknown> = {},
  evidence = true,
): Promise<CertificationView> {
  const cert = (
    await t
      .http()
      .post(`/organisations/${groupId}/certifications`)
      .set(owner.auth)
      .send({
        standardCode: 'GMP',
        certificateNumber: 'GMP-2026-0042',
        certificationBody: 'Bureau Veritas',
        scopeProductCodes: ['330499'],
        validFrom: inDays(-100),
        validUntil: inDays(300),
        ...body,
      })
      .expect(201)
  ).body as CertificationView;
  if (!evidence) return cert;
  return (
    await t.http().post(`/certifications/${cert.id}/evidence`).set(owner.auth).attach('file', PDF, 'certificate.pdf').expect(201)
  ).body as CertificationView;
}

const verify = (actor: Actor, id: string, body: object, status: number) =>
  t.http().put(`/certifications/${id}/verification`).set(actor.auth).send(body).expect(status);

describe('verifying a certificate with the checklist', () => {
  let owner: Actor;
  let groupId: string;
  let broker: Actor;
  let programmeId: string;
  beforeAll(async () => {
    ({ owner, id: groupId } = await group());
    ({ broker, programmeId } = await programmeBroker(t, [{ organisationId: groupId, manager: owner }]));
  });

  it('refuses a certificate without evidence, naming the evidence', async () => {
    const cert = await certificate(owner, groupId, {}, false);
    const res = await verify(broker, cert.id, { verification: 'BROKER_VERIFIED', checklist: ALL_CHECKED }, 422);
    expect(Object.keys(res.body.fields)).toEqual(['evidence']);
  });

  it('refuses an expired certificate, naming validUntil, and one not yet in force, naming validFrom', async () => {
    const expired = await certificate(owner, groupId, { validFrom: inDays(-800), validUntil: inDays(-1) });
    const res = await verify(broker, expired.id, { verification: 'BROKER_VERIFIED', checklist: ALL_CHECKED }, 422);
    expect(Object.keys(res.body.fields)).toEqual(['validUntil']);
    const future = await certificate(owner, groupId, { validFrom: inDays(3) });
    const later = await verify(broker, future.id, { verification: 'BROKER_VERIFIED', checklist: ALL_CHECKED }, 422);
    expect(Object.keys(later.body.fields)).toEqual(['validFrom']);
  });

  it('refuses an unchecked item, naming it, and a click with no checklist at all, naming every item', async () => {
    const cert = await certificate(owner, groupId);
    const res = await verify(
      broker,
      cert.id,
      { verification: 'BROKER_VERIFIED', checklist: { ...ALL_CHECKED, productScope: false } },
      422,
    );
    expect(res.body.fields).toEqual({ 'checklist.productScope': 'Check the product scope against the evidence' });
    const click = await verify(broker, cert.id, { verification: 'BROKER_VERIFIED' }, 422);
    expect(Object.keys(click.body.fields).sort()).toEqual([
      'checklist.certificateNumber',
      'checklist.certificationBody',
      'checklist.holderName',
      'checklist.productScope',
    ]);
    const row = (await t.dataSource.query('SELECT verification FROM certifications WHERE id = $1', [cert.id]))[0];
    expect(row.verification).toBe('SELF_DECLARED');
  });

  it('records who checked, when and what, shows it with the certificate, and clears it when a key fact changes', async () => {
    const cert = await certificate(owner, groupId);
    const before = Date.now();
    const res = await verify(
      broker,
      cert.id,
      { verification: 'BROKER_VERIFIED', checklist: { ...ALL_CHECKED, note: 'Checked against the Bureau Veritas PDF' } },
      200,
    );
    expect(res.body.verification).toBe('BROKER_VERIFIED');
    const row = (
      await t.dataSource.query(
        'SELECT verified_by_id, verified_at, verification_checklist FROM certifications WHERE id = $1',
        [cert.id],
      )
    )[0];
    expect(row.verified_by_id).toBe(broker.userId);
    expect(new Date(row.verified_at).getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(row.verification_checklist).toEqual({ ...ALL_CHECKED, note: 'Checked against the Bureau Veritas PDF' });

    // The group's people see who verified it; an anonymous visitor sees when and what, not the name.
    const mine = (await t.http().get(`/organisations/${groupId}/certifications`).set(owner.auth).expect(200))
      .body as CertificationView[];
    const record = mine.find((c) => c.id === cert.id)!.verificationRecord!;
    expect(record).toMatchObject({ verifiedByName: 'Test broker', checklist: { ...ALL_CHECKED } });
    const publicView = (await t.http().get(`/organisations/${groupId}/certifications`).expect(200))
      .body as CertificationView[];
    expect(publicView.find((c) => c.id === cert.id)!.verificationRecord).toMatchObject({
      verifiedByName: null,
      checklist: { ...ALL_CHECKED },
    });

    const edited = await t
      .http()
      .patch(`/certifications/${cert.id}`)
      .set(owner.auth)
      .send({ certificateNumber: 'GMP-2026-0043' })
      .expect(200);
    expect(edited.body).toMatchObject({ verification: 'SELF_DECLARED', verificationRecord: null });
    const cleared = (
      await t.dataSource.query(
        'SELECT verified_by_id, verified_at, verification_checklist FROM certifications WHERE id = $1',
        [cert.id],
      )
    )[0];
    expect(cleared).toEqual({ verified_by_id: null, verified_at: null, verification_checklist: null });
  });

  it('keeps brokers of another programme and the group itself from verifying', async () => {
    const cert = await certificate(owner, groupId);
    const { broker: other } = await programmeBroker(t);
    await verify(other, cert.id, { verification: 'BROKER_VERIFIED', checklist: ALL_CHECKED }, 403);
    await verify(owner, cert.id, { verification: 'BROKER_VERIFIED', checklist: ALL_CHECKED }, 403);
    expect(programmeId).toBeDefined();
  });
});

describe('the verification queue', () => {
  it('lists the enrolled groups’ and their members’ unverified certificates, ready ones first, to the programme’s brokers and admins only', async () => {
    const { owner, id: groupId } = await group('BROKERS');
    const member = await addMember(owner, groupId);
    const ready = await certificate(owner, groupId, { memberId: member.id });
    const noEvidence = await certificate(owner, groupId, { standardCode: 'HACCP' }, false);
    const thirdParty = await certificate(owner, groupId, { verification: 'THIRD_PARTY_VERIFIED' });
    const { owner: otherOwner, id: otherGroup } = await group();
    const elsewhere = await certificate(otherOwner, otherGroup);
    const { broker, programmeId } = await programmeBroker(t, [{ organisationId: groupId, manager: owner }]);

    const queue = (await t.http().get(`/programmes/${programmeId}/verification-queue`).set(broker.auth).expect(200))
      .body as VerificationQueueView;
    expect(queue.items.map((i) => i.certificationId)).toEqual([ready.id, noEvidence.id]);
    expect(queue.readyCount).toBe(1);
    expect(queue.items[0]).toMatchObject({
      holderName: member.enterprise.legalName,
      organisation: { id: groupId },
      standard: { code: 'GMP' },
      hasEvidence: true,
      ready: true,
      blockers: {},
    });
    expect(queue.items[1]).toMatchObject({ hasEvidence: false, ready: false, blockers: { evidence: expect.any(String) } });
    expect(queue.items.map((i) => i.certificationId)).not.toContain(thirdParty.id);
    expect(queue.items.map((i) => i.certificationId)).not.toContain(elsewhere.id);

    // The desk shows the count.
    const home = (await t.http().get(`/programmes/${programmeId}/home`).set(broker.auth).expect(200)).body as BrokerHomeView;
    expect(home.verificationQueue).toEqual({ awaiting: 2, ready: 1 });

    // Verified, it leaves the queue.
    await verify(broker, ready.id, { verification: 'BROKER_VERIFIED', checklist: ALL_CHECKED }, 200);
    const after = (await t.http().get(`/programmes/${programmeId}/verification-queue`).set(broker.auth).expect(200))
      .body as VerificationQueueView;
    expect(after.items.map((i) => i.certificationId)).toEqual([noEvidence.id]);

    // An admin may look; a broker of another programme, the group's coordinator and strangers may not.
    await t.http().get(`/programmes/${programmeId}/verification-queue`).set((await platformAdmin(t)).auth).expect(200);
    const { broker: other } = await programmeBroker(t);
    await t.http().get(`/programmes/${programmeId}/verification-queue`).set(other.auth).expect(403);
    await t.http().get(`/programmes/${programmeId}/verification-queue`).set(owner.auth).expect(403);
    await t.http().get(`/programmes/${programmeId}/verification-queue`).expect(401);
    await t.http().get(`/programmes/${randomUUID()}/verification-queue`).set(broker.auth).expect(404);
  });
});

describe('the delivery scorecard on a group’s profile', () => {
  async function linkage(leadFirmId: string, supplierId: string): Promise<string> {
    const [row] = await t.dataSource.query(
      `INSERT INTO linkages (lead_firm_id, supplier_id, stage) VALUES ($1, $2, 'SUPPLYING') RETURNING id`,
      [leadFirmId, supplierId],
    );
    return row.id;
  }

  it('shows the deliveries recorded under its linkages to those who may see the group, and nothing to others', async () => {
    const { owner, id: groupId } = await group('LEAD_FIRMS');
    const { actor: buyer, firm } = await leadFirmStaff(t, { verified: true });
    const linkageId = await linkage(firm.id, groupId);
    for (const dueOn of [inDays(-60), inDays(-30), inDays(0)])
      await t.http().post(`/linkages/${linkageId}/orders`).set(buyer.auth).send({ quantity: 1, unit: 't', dueOn }).expect(201);
    const deliveries = [
      { deliveredOn: inDays(-50), onTime: true, conforming: true },
      { deliveredOn: inDays(-20), onTime: false, conforming: true },
      { deliveredOn: inDays(-10), onTime: true, conforming: true },
      { deliveredOn: inDays(-1), onTime: true, conforming: true },
      // Older than twelve months: not on the scorecard, as not in matching's track record.
      { deliveredOn: inDays(-400), onTime: false, conforming: false },
    ];
    for (const d of deliveries)
      await t.http().post(`/linkages/${linkageId}/deliveries`).set(buyer.auth).send({ ...d, quantity: 1, unit: 't' }).expect(201);

    const seen = (await t.http().get(`/organisations/${groupId}/profile`).set(buyer.auth).expect(200))
      .body as OrganisationProfileView;
    expect(seen.scorecard).toEqual({ deliveries: 4, onTimePercent: 75, conformingPercent: 100, repeatOrders: 2 });
    const own = (await t.http().get(`/organisations/${groupId}/profile`).set(owner.auth).expect(200))
      .body as OrganisationProfileView;
    expect(own.scorecard).toEqual(seen.scorecard);

    // The group shows itself to lead firms only: an anonymous visitor or a producer gets nothing.
    const anonymous = await t.http().get(`/organisations/${groupId}/profile`).expect(404);
    expect(anonymous.body.scorecard).toBeUndefined();
    const rival = await signUp(t, 'rival');
    await t.http().get(`/organisations/${groupId}/profile`).set(rival.auth).expect(404);
  });

  it('is empty, not missing, for a group with no deliveries yet; lead firms have none', async () => {
    const { owner, id: groupId } = await group();
    const profile = (await t.http().get(`/organisations/${groupId}/profile`).set(owner.auth).expect(200))
      .body as OrganisationProfileView;
    expect(profile.scorecard).toEqual({ deliveries: 0, onTimePercent: null, conformingPercent: null, repeatOrders: 0 });
    const { actor: buyer, firm } = await leadFirmStaff(t, { verified: false });
    const firmProfile = (await t.http().get(`/organisations/${firm.id}/profile`).set(buyer.auth).expect(200))
      .body as OrganisationProfileView;
    expect(firmProfile.scorecard).toBeNull();
  });
});
