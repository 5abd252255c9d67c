import { randomUUID } from 'node:crypto';
import {
  type CapacityEntryView,
  type CatalogueItemView,
  type CertificationView,
  type GroupMemberView,
  type MemberImportReport,
  type OrganisationProfileView,
} from '@linkage/contracts';
import { type Actor, type TestApp, createOrganisation, createTestApp, signUp } from './support/test-app.js';
import { leadFirmStaff, programmeBroker } from './support/viewers.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const count = async (sql: string, params: unknown[]) =>
  (await t.dataSource.query(sql, params))[0].count as number;

const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64)]);

async function group(visibility = 'PUBLIC') {
  const owner = await signUp(t, 'coordinator');
  const org = await createOrganisation(t, owner, {
    visibility,
    legalName: `Group ${randomUUID().slice(0, 6)}`,
  });
  return { owner, id: org.id };
}

async function addMember(owner: Actor, groupId: string, body: Record<string, unknown> = {}) {
  const res = await t
    .http()
    .post(`/organisations/${groupId}/group-members`)
    .set(owner.auth)
    .send({ enterprise: { legalName: `Coop ${randomUUID().slice(0, 6)}` }, status: 'ACTIVE', ...body })
    .expect(201);
  return res.body as GroupMemberView;
}

async function capacity(owner: Actor, groupId: string, body: Record<string, unknown>) {
  const res = await t
    .http()
    .post(`/organisations/${groupId}/capacity-entries`)
    .set(owner.auth)
    .send({ productCode: '151590', productLabel: 'Argan oil', quantity: 500, unit: 'kg', ...body })
    .expect(201);
  return res.body as CapacityEntryView;
}

/** Staff of a verified lead firm: they see the LEAD_FIRMS tier (decision 0008). */
async function leadFirmUser() {
  return (await leadFirmStaff(t, { verified: true })).actor;
}

/** A broker of a programme these groups enrolled in (their consent to its brokers' full view). */
async function broker(...enrolled: Array<{ id: string; owner: Actor }>) {
  const { broker } = await programmeBroker(
    t,
    enrolled.map((g) => ({ organisationId: g.id, manager: g.owner })),
  );
  return broker;
}

describe('group profile', () => {
  it('lets a coordinator edit the group profile and keeps the customer list inside the group', async () => {
    const { owner, id } = await group();
    const res = await t
      .http()
      .patch(`/organisations/${id}/profile`)
      .set(owner.auth)
      .send({
        groupType: 'EXPORT_CONSORTIUM',
        governance: { decisionRule: 'one member one vote', feeModel: 'flat annual fee' },
        latitude: 31.51,
        longitude: -9.77,
        languages: ['fr', 'AR'],
        sectors: ['argan oil'],
        customers: ['Maison Verte'],
      })
      .expect(200);
    const profile = res.body as OrganisationProfileView;
    expect(profile).toMatchObject({
      groupType: 'EXPORT_CONSORTIUM',
      latitude: 31.51,
      languages: ['fr', 'ar'],
    });
    expect(profile.customers).toEqual(['Maison Verte']);

    const anonymous = (await t.http().get(`/organisations/${id}/profile`).expect(200))
      .body as OrganisationProfileView;
    expect(anonymous.customers).toBeNull();
    const b = await broker({ id, owner });
    expect(
      (await t.http().get(`/organisations/${id}/profile`).set(b.auth).expect(200)).body.customers,
    ).toBeNull();
    expect(
      (
        await t.dataSource.query(
          `SELECT count(*)::int AS count FROM outbox_events WHERE payload->>'id' = $1`,
          [id],
        )
      )[0].count,
    ).toBeGreaterThanOrEqual(2);
  });

  it('refuses a latitude without a longitude, naming the field', async () => {
    const { owner, id } = await group();
    const res = await t
      .http()
      .patch(`/organisations/${id}/profile`)
      .set(owner.auth)
      .send({ latitude: 10 })
      .expect(400);
    expect(res.body.fields.longitude).toBeDefined();
  });

  it('shows profiles by tier: anonymous PUBLIC only, lead firms LEAD_FIRMS too, brokers what enrolled with them', async () => {
    const open = await group('PUBLIC');
    const leadFirmsOnly = await group('LEAD_FIRMS');
    const brokersOnly = await group('BROKERS');
    const buyer = await leadFirmUser();
    const b = await broker(brokersOnly);
    const other = await group();

    await t.http().get(`/organisations/${open.id}/profile`).expect(200);
    await t.http().get(`/organisations/${leadFirmsOnly.id}/profile`).expect(404);
    await t.http().get(`/organisations/${leadFirmsOnly.id}/profile`).set(buyer.auth).expect(200);
    await t.http().get(`/organisations/${leadFirmsOnly.id}/profile`).set(other.owner.auth).expect(404);
    await t.http().get(`/organisations/${brokersOnly.id}/profile`).set(buyer.auth).expect(404);
    await t.http().get(`/organisations/${brokersOnly.id}/profile`).set(b.auth).expect(200);
    await t.http().get(`/organisations/${brokersOnly.id}/profile`).set(brokersOnly.owner.auth).expect(200);
    for (const path of ['capacity-entries', 'certifications', 'catalogue', 'group-members']) {
      await t.http().get(`/organisations/${brokersOnly.id}/${path}`).set(buyer.auth).expect(404);
    }
  });

  it('hides members whose own tier excludes the viewer, with their capacity, and non-active members from outsiders', async () => {
    const { owner, id } = await group();
    const open = await addMember(owner, id);
    const discreet = await addMember(owner, id, {
      enterprise: { legalName: `Discreet ${randomUUID().slice(0, 4)}`, visibility: 'BROKERS' },
    });
    await addMember(owner, id, { status: 'INVITED' });
    await capacity(owner, id, { memberId: open.id, committed: true });
    await capacity(owner, id, { memberId: discreet.id, committed: true });

    const outsider = (await t.http().get(`/organisations/${id}/profile`).expect(200))
      .body as OrganisationProfileView;
    expect(outsider.members.map((m) => m.id)).toEqual([open.id]);
    expect(outsider.capacityByProduct[0]!.entries.map((e) => e.memberId)).toEqual([open.id]);

    const own = (await t.http().get(`/organisations/${id}/profile`).set(owner.auth).expect(200))
      .body as OrganisationProfileView;
    expect(own.members).toHaveLength(3);
    expect(own.viewer).toEqual({ isMember: true, canManage: true });
  });
});

describe('group members', () => {
  it('invites, activates, suspends and records that a member left, with dates', async () => {
    const { owner, id } = await group();
    const member = await addMember(owner, id, {
      status: 'INVITED',
      contactEmail: 'coop@example.test',
      enterprise: {
        legalName: 'Coopérative Tamounte',
        employees: 40,
        foundedYear: 2004,
        womenOwned: true,
        registration: 'FORMAL',
      },
    });
    expect(member).toMatchObject({
      status: 'INVITED',
      joinedOn: null,
      enterprise: { employees: 40, womenOwned: true },
    });
    const path = `/organisations/${id}/group-members/${member.id}`;
    const active = await t
      .http()
      .patch(path)
      .set(owner.auth)
      .send({ status: 'ACTIVE', joinedOn: '2025-01-15' })
      .expect(200);
    expect(active.body).toMatchObject({ status: 'ACTIVE', joinedOn: '2025-01-15' });
    await t.http().patch(path).set(owner.auth).send({ status: 'SUSPENDED' }).expect(200);
    const left = await t
      .http()
      .patch(path)
      .set(owner.auth)
      .send({ status: 'LEFT', leftOn: '2025-06-30' })
      .expect(200);
    expect(left.body).toMatchObject({ status: 'LEFT', leftOn: '2025-06-30' });
    const back = await t.http().patch(path).set(owner.auth).send({ status: 'ACTIVE' }).expect(409);
    expect(back.body.fields.status).toMatch(/LEFT to ACTIVE/);
    // Three status changes, three re-match requests: only active members' commitments count.
    expect(
      await count(
        `SELECT count(*)::int AS count FROM outbox_events WHERE topic = 'supply.changed' AND payload->>'organisationId' = $1`,
        [id],
      ),
    ).toBe(3);
    expect(
      await count(
        `SELECT count(*)::int AS count FROM outbox_events WHERE payload->>'to' = 'coop@example.test'`,
        [],
      ),
    ).toBeGreaterThanOrEqual(1);
  });

  it('lists one member of a name when twenty people add it at the same moment, and refuses a rename onto it', async () => {
    const { owner, id } = await group();
    const add = (legalName: string) =>
      t
        .http()
        .post(`/organisations/${id}/group-members`)
        .set(owner.auth)
        .send({ enterprise: { legalName }, status: 'ACTIVE' });
    const statuses = (
      await Promise.all(
        Array.from({ length: 20 }, (_, i) => add(i % 2 ? 'Coopérative Tifawin' : 'coopérative tifawin')),
      )
    ).map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    expect(await count('SELECT count(*)::int AS count FROM group_members WHERE group_id = $1', [id])).toBe(1);

    const other = (await add('Coopérative Amal').expect(201)).body as GroupMemberView;
    const rename = await t
      .http()
      .patch(`/organisations/${id}/group-members/${other.id}`)
      .set(owner.auth)
      .send({ enterprise: { legalName: 'COOPÉRATIVE TIFAWIN' } })
      .expect(409);
    expect(rename.body.fields).toHaveProperty(['enterprise.legalName']);
  });

  it("keeps another group's coordinator from adding or changing members", async () => {
    const { owner, id } = await group();
    const member = await addMember(owner, id);
    const rival = await group();
    await t
      .http()
      .post(`/organisations/${id}/group-members`)
      .set(rival.owner.auth)
      .send({ enterprise: { legalName: 'Intruder' } })
      .expect(403);
    await t
      .http()
      .patch(`/organisations/${id}/group-members/${member.id}`)
      .set(rival.owner.auth)
      .send({ status: 'LEFT' })
      .expect(403);
    expect(await count('SELECT count(*)::int AS count FROM group_members WHERE group_id = $1', [id])).toBe(1);
    expect(
      (await t.dataSource.query('SELECT status FROM group_members WHERE id = $1', [member.id]))[0].status,
    ).toBe('ACTIVE');
  });
});

describe('member CSV import', () => {
  const header = 'legalName,country,employees,foundedYear,womenOwned,sectors,status\n';

  const upload = (owner: Actor, id: string, csv: string, dryRun: boolean) =>
    t
      .http()
      .post(`/organisations/${id}/group-members/import${dryRun ? '?dryRun=true' : ''}`)
      .set(owner.auth)
      .attach('file', Buffer.from(csv), { filename: 'members.csv', contentType: 'text/csv' });

  it('reports every row with its errors on a dry run and imports nothing', async () => {
    const { owner, id } = await group();
    const csv =
      header +
      'Coop A,MA,12,2001,yes,argan;honey,ACTIVE\nCoop B,XX,many,2001,no,,INVITED\n"Coop, C",PE,3,,,,\n';
    const res = await upload(owner, id, csv, true).expect(200);
    const report = res.body as MemberImportReport;
    expect(report).toMatchObject({ dryRun: true, total: 3, valid: 2, imported: 0 });
    expect(report.rows[1]!.errors.map((e) => [e.line, e.field]).sort()).toEqual([
      [3, 'country'],
      [3, 'employees'],
    ]);
    expect(report.rows[2]!.legalName).toBe('Coop, C');
    expect(await count('SELECT count(*)::int AS count FROM group_members WHERE group_id = $1', [id])).toBe(0);
  });

  it('imports nothing from a file with one bad row and names that row', async () => {
    const { owner, id } = await group();
    const csv = header + 'Coop A,MA,12,2001,yes,argan,ACTIVE\nCoop B,MA,5,1700,no,,INVITED\n';
    const res = await upload(owner, id, csv, false).expect(422);
    expect(res.body.message).toMatch(/Nothing imported: line 3/);
    expect(res.body.fields['3.foundedYear']).toBeDefined();
    expect(await count('SELECT count(*)::int AS count FROM group_members WHERE group_id = $1', [id])).toBe(0);
  });

  it('agrees between the dry run and the import on a NUL cell and an unclosed quote, naming the line', async () => {
    const { owner, id } = await group();
    const nul =
      header +
      'Coop A,MA,12,2001,yes,argan,ACTIVE\n"Coop\nB",MA,5,2001,no,,ACTIVE\nCoop\u0000C,MA,5,2001,no,,ACTIVE\n';
    const dry = (await upload(owner, id, nul, true).expect(200)).body as MemberImportReport;
    expect(dry).toMatchObject({ total: 3, valid: 1 });
    // The quoted name spans lines 3–4 (a name must be one line), so the NUL row starts on line 5.
    expect(dry.rows.map((r) => r.line)).toEqual([2, 3, 5]);
    expect(dry.rows[1]!.errors).toEqual([{ line: 3, field: 'legalName', reason: 'Write this on one line' }]);
    expect(dry.rows[2]!.errors).toEqual([
      expect.objectContaining({
        line: 5,
        field: 'legalName',
        reason: expect.stringMatching(/control characters/),
      }),
    ]);
    const imported = await upload(owner, id, nul, false).expect(422);
    expect(imported.body.message).toMatch(/Nothing imported: lines 3, 5/);

    const unclosed = header + 'Coop A,MA,12,2001,yes,argan,ACTIVE\n"Coop B,MA,5,2001,no,,ACTIVE\n';
    // The dry run reports the file as unreadable (no row valid); the import refuses it, the same way.
    const dryUnclosed = await upload(owner, id, unclosed, true).expect(200);
    expect(dryUnclosed.body).toMatchObject({ valid: 0, imported: 0 });
    expect(JSON.stringify(dryUnclosed.body)).toMatch(/never closed/);
    const importUnclosed = await upload(owner, id, unclosed, false).expect(422);
    expect(JSON.stringify(importUnclosed.body)).toMatch(/never closed/);
    expect(await count('SELECT count(*)::int AS count FROM group_members WHERE group_id = $1', [id])).toBe(0);
  });

  it('imports hundreds of rows in one request', async () => {
    const { owner, id } = await group();
    const rows = Array.from({ length: 400 }, (_, i) => `Member ${i},PE,${i % 50},2010,no,alpaca,ACTIVE`).join(
      '\n',
    );
    const res = await upload(owner, id, header + rows, false).expect(201);
    expect(res.body.imported).toBe(400);
    expect(
      await count(
        `SELECT count(*)::int AS count FROM group_members WHERE group_id = $1 AND status = 'ACTIVE'`,
        [id],
      ),
    ).toBe(400);
    // A second import of the same names is refused as duplicates.
    const again = await upload(owner, id, header + 'Member 7,PE,1,2010,no,,ACTIVE\n', true).expect(200);
    expect(again.body.errors[0]).toMatchObject({ line: 2, field: 'legalName' });
  });
});

describe('capacity entries', () => {
  it('records member capacity with months and commitment, and refuses a stale edit with 409', async () => {
    const { owner, id } = await group();
    const member = await addMember(owner, id);
    const entry = await capacity(owner, id, {
      memberId: member.id,
      committed: true,
      availableMonths: [11, 10, 12],
    });
    expect(entry).toMatchObject({
      memberId: member.id,
      committed: true,
      availableMonths: [10, 11, 12],
      version: 1,
    });
    const path = `/organisations/${id}/capacity-entries/${entry.id}`;

    const [a, b] = await Promise.all([
      t.http().patch(path).set(owner.auth).send({ version: 1, quantity: 600 }),
      t.http().patch(path).set(owner.auth).send({ version: 1, quantity: 700 }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const winner = a.status === 200 ? a : b;
    expect(winner.body.version).toBe(2);
    const stored = (
      await t.dataSource.query('SELECT quantity, version FROM capacity_entries WHERE id = $1', [entry.id])
    )[0];
    expect(Number(stored.quantity)).toBe(winner.body.quantity);
    expect(stored.version).toBe(2);

    await t.http().delete(`${path}?version=1`).set(owner.auth).expect(409);
    await t.http().delete(`${path}?version=2`).set(owner.auth).expect(204);
    await t.http().patch(path).set(owner.auth).send({ version: 2, quantity: 1 }).expect(404);
  });

  it("refuses capacity for another group's member and edits from another group", async () => {
    const { owner, id } = await group();
    const rival = await group();
    const theirMember = await addMember(rival.owner, rival.id);
    const res = await t
      .http()
      .post(`/organisations/${id}/capacity-entries`)
      .set(owner.auth)
      .send({
        productCode: '151590',
        productLabel: 'Argan',
        quantity: 1,
        unit: 't',
        memberId: theirMember.id,
      })
      .expect(400);
    expect(res.body.fields.memberId).toBeDefined();
    const entry = await capacity(owner, id, {});
    await t
      .http()
      .patch(`/organisations/${id}/capacity-entries/${entry.id}`)
      .set(rival.owner.auth)
      .send({ version: 1, quantity: 1 })
      .expect(403);
    expect(
      (await t.dataSource.query('SELECT version FROM capacity_entries WHERE id = $1', [entry.id]))[0].version,
    ).toBe(1);
  });
});

describe('standards registry', () => {
  it('lists at least 30 seeded standards to anyone and lets only an admin add or edit', async () => {
    const list = (await t.http().get('/standards').expect(200)).body as Array<{ code: string }>;
    expect(list.length).toBeGreaterThanOrEqual(30);
    expect(list.map((s) => s.code)).toEqual(
      expect.arrayContaining(['ISO_9001', 'GLOBALGAP_IFA', 'FSSC_22000']),
    );
    const code = `TEST_${randomUUID().slice(0, 6).toUpperCase().replace(/-/g, '')}`;
    const body = { code, name: 'Test scheme', kind: 'PRODUCT', typicalMonthsToCertify: 3 };
    const user = await signUp(t, 'plain');
    await t.http().post('/standards').set(user.auth).send(body).expect(403);
    const admin = await signUp(t, 'admin');
    await t.dataSource.query(`UPDATE users SET platform_role = 'ADMIN' WHERE id = $1`, [admin.userId]);
    await t.http().post('/standards').set(admin.auth).send(body).expect(201);
    await t.http().post('/standards').set(admin.auth).send(body).expect(409);
    const edited = await t
      .http()
      .patch(`/standards/${code}`)
      .set(admin.auth)
      .send({ name: 'Renamed' })
      .expect(200);
    expect(edited.body.name).toBe('Renamed');
    await t.http().patch(`/standards/${code}`).set(user.auth).send({ name: 'Nope' }).expect(403);
  });
});

describe('certifications', () => {
  const today = new Date().toISOString().slice(0, 10);
  const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

  it('records certificates for the group and a member with derived status', async () => {
    const { owner, id } = await group();
    const member = await addMember(owner, id);
    const post = (body: Record<string, unknown>) =>
      t.http().post(`/organisations/${id}/certifications`).set(owner.auth).send(body).expect(201);
    const valid = (
      await post({ standardCode: 'ORGANIC_EU', validUntil: inDays(200), scopeProductCodes: ['1515.90'] })
    ).body as CertificationView;
    const expiring = (await post({ standardCode: 'ISO_9001', memberId: member.id, validUntil: inDays(30) }))
      .body;
    const expired = (await post({ standardCode: 'HACCP', validFrom: '2020-01-01', validUntil: '2021-01-01' }))
      .body;
    expect([valid.status, expiring.status, expired.status]).toEqual(['VALID', 'EXPIRING', 'EXPIRED']);
    expect(valid.scopeProductCodes).toEqual(['151590']);
    expect(expiring.holderName).toBe(member.enterprise.legalName);
    const listed = (await t.http().get(`/organisations/${id}/certifications`).expect(200))
      .body as CertificationView[];
    expect(listed).toHaveLength(3);
    expect(today <= inDays(30)).toBe(true);
    // Each certificate recorded asks the worker to re-match the needs this group could affect.
    expect(
      await count(
        `SELECT count(*)::int AS count FROM outbox_events WHERE topic = 'supply.changed' AND payload->>'organisationId' = $1`,
        [id],
      ),
    ).toBe(3);
  });

  it('lets only a broker mark a certificate broker-verified', async () => {
    const { owner, id } = await group();
    const cert = (
      await t
        .http()
        .post(`/organisations/${id}/certifications`)
        .set(owner.auth)
        .send({
          standardCode: 'GMP',
          certificateNumber: 'GMP-1',
          certificationBody: 'SGS',
          validUntil: inDays(400),
        })
        .expect(201)
    ).body as CertificationView;
    await t
      .http()
      .post(`/certifications/${cert.id}/evidence`)
      .set(owner.auth)
      .attach('file', PDF, 'gmp.pdf')
      .expect(201);
    const checked = {
      verification: 'BROKER_VERIFIED',
      checklist: { certificateNumber: true, certificationBody: true, productScope: true, holderName: true },
    };
    await t
      .http()
      .post(`/organisations/${id}/certifications`)
      .set(owner.auth)
      .send({ standardCode: 'GMP', validUntil: inDays(400), verification: 'BROKER_VERIFIED' })
      .expect(400);
    await t.http().put(`/certifications/${cert.id}/verification`).set(owner.auth).send(checked).expect(403);
    // Only a broker of a programme the group enrolled in verifies its certificates.
    const stranger = await broker();
    await t
      .http()
      .put(`/certifications/${cert.id}/verification`)
      .set(stranger.auth)
      .send(checked)
      .expect(403);
    const b = await broker({ id, owner });
    const verified = await t
      .http()
      .put(`/certifications/${cert.id}/verification`)
      .set(b.auth)
      .send(checked)
      .expect(200);
    expect(verified.body.verification).toBe('BROKER_VERIFIED');
    // Changing what the broker checked drops the verification back to self-declared.
    const edited = await t
      .http()
      .patch(`/certifications/${cert.id}`)
      .set(owner.auth)
      .send({ validUntil: inDays(500) })
      .expect(200);
    expect(edited.body.verification).toBe('SELF_DECLARED');
  });

  it("keeps another group's coordinator from editing or deleting a certificate", async () => {
    const { owner, id } = await group();
    const cert = (
      await t
        .http()
        .post(`/organisations/${id}/certifications`)
        .set(owner.auth)
        .send({ standardCode: 'GMP', validUntil: inDays(400) })
        .expect(201)
    ).body as CertificationView;
    const rival = await group();
    await t
      .http()
      .patch(`/certifications/${cert.id}`)
      .set(rival.owner.auth)
      .send({ certificateNumber: 'X' })
      .expect(403);
    await t.http().delete(`/certifications/${cert.id}`).set(rival.owner.auth).expect(403);
    await t
      .http()
      .post(`/certifications/${cert.id}/evidence`)
      .set(rival.owner.auth)
      .attach('file', PDF, 'x.pdf')
      .expect(403);
    const row = (
      await t.dataSource.query('SELECT certificate_number, evidence FROM certifications WHERE id = $1', [
        cert.id,
      ])
    )[0];
    expect(row).toEqual({ certificate_number: null, evidence: null });
  });

  it('stores evidence whose bytes are PDF, PNG or JPEG, whatever the declared type, and refuses others and oversized files', async () => {
    const { owner, id } = await group();
    const cert = (
      await t
        .http()
        .post(`/organisations/${id}/certifications`)
        .set(owner.auth)
        .send({ standardCode: 'ISO_22000', validUntil: inDays(400) })
        .expect(201)
    ).body as CertificationView;
    const path = `/certifications/${cert.id}/evidence`;
    // A PNG declared as a PDF is stored as what it is.
    const stored = await t
      .http()
      .post(path)
      .set(owner.auth)
      .attach('file', PNG, { filename: 'scan.pdf', contentType: 'application/pdf' })
      .expect(201);
    expect(stored.body.evidence).toMatchObject({
      contentType: 'image/png',
      size: PNG.length,
      fileName: 'scan.pdf',
    });
    const download = await t.http().get(path).expect(200);
    expect(download.headers['content-type']).toBe('image/png');
    expect(Buffer.compare(download.body as Buffer, PNG)).toBe(0);

    // An executable declared as a PDF is refused.
    const exe = await t
      .http()
      .post(path)
      .set(owner.auth)
      .attach('file', Buffer.from('MZ\x90\x00 not a pdf'), {
        filename: 'cert.pdf',
        contentType: 'application/pdf',
      })
      .expect(415);
    expect(exe.body.fields.file).toMatch(/PDF, PNG or JPEG/);
    const big = Buffer.concat([PDF, Buffer.alloc(5 * 1024 * 1024 + 10)]);
    const tooLarge = await t.http().post(path).set(owner.auth).attach('file', big, 'big.pdf').expect(413);
    expect(tooLarge.body.fields.file).toMatch(/5 MB/);
    const none = await t.http().post(path).set(owner.auth).field('x', 'y').expect(400);
    expect(none.body.fields.file).toBeDefined();
    const row = (await t.dataSource.query('SELECT evidence FROM certifications WHERE id = $1', [cert.id]))[0];
    expect(row.evidence.contentType).toBe('image/png');
    await t.http().post(path).set(owner.auth).attach('file', PDF, 'cert.pdf').expect(201);
  });
});

describe('catalogue', () => {
  it('derives capacity from active members’ committed entries and publishes the item', async () => {
    const { owner, id } = await group();
    const a = await addMember(owner, id);
    const b = await addMember(owner, id);
    const suspended = await addMember(owner, id);
    await capacity(owner, id, { memberId: a.id, committed: true, quantity: 900, unit: 'kg' });
    await capacity(owner, id, { memberId: b.id, committed: true, quantity: 1.2, unit: 't' });
    await capacity(owner, id, { memberId: b.id, committed: false, quantity: 5, unit: 't' });
    await capacity(owner, id, { memberId: suspended.id, committed: true, quantity: 3, unit: 't' });
    await capacity(owner, id, { memberId: a.id, committed: true, quantity: 100, unit: 'l' });
    await t
      .http()
      .patch(`/organisations/${id}/group-members/${suspended.id}`)
      .set(owner.auth)
      .send({ status: 'SUSPENDED' })
      .expect(200);

    const created = await t
      .http()
      .post(`/organisations/${id}/catalogue`)
      .set(owner.auth)
      .send({
        productCode: '151590',
        productLabel: 'Cosmetic argan oil',
        unit: 't',
        minimumOrder: 0.2,
        priceMin: 28,
        priceMax: 35,
        currency: 'eur',
        standardCodes: ['ORGANIC_EU'],
        photoUrls: ['https://example.test/argan.jpg'],
      })
      .expect(201);
    const item = created.body as CatalogueItemView;
    expect(item.published).toBe(false);
    expect(item.capacity.quantity).toBeCloseTo(2.1, 10);
    expect(item.capacity.byMember.map((m) => [m.memberId, m.quantity])).toEqual([
      [a.id, 0.9],
      [b.id, 1.2],
    ]);
    expect(item.capacity.excluded).toEqual([expect.objectContaining({ memberId: a.id, unit: 'l' })]);

    expect((await t.http().get(`/organisations/${id}/catalogue`).expect(200)).body).toEqual([]);
    await t
      .http()
      .put(`/catalogue-items/${item.id}/published`)
      .set(owner.auth)
      .send({ published: true })
      .expect(200);
    const publicList = (await t.http().get(`/organisations/${id}/catalogue`).expect(200))
      .body as CatalogueItemView[];
    expect(publicList.map((i) => i.id)).toEqual([item.id]);
    expect(publicList[0]!.publishedAt).not.toBeNull();

    const rival = await group();
    await t
      .http()
      .patch(`/catalogue-items/${item.id}`)
      .set(rival.owner.auth)
      .send({ priceMax: 1 })
      .expect(403);
    await t.http().delete(`/catalogue-items/${item.id}`).set(rival.owner.auth).expect(403);
    expect(
      Number(
        (await t.dataSource.query('SELECT price_max FROM catalogue_items WHERE id = $1', [item.id]))[0]
          .price_max,
      ),
    ).toBe(35);
    await t.http().patch(`/catalogue-items/${item.id}`).set(owner.auth).send({ priceMin: 50 }).expect(400);
    await t.http().delete(`/catalogue-items/${item.id}`).set(owner.auth).expect(204);
  });
});

describe('notifications', () => {
  it('lists only my notifications and marks them read', async () => {
    const me = await signUp(t, 'me');
    const other = await signUp(t, 'other');
    const [mine] = await t.dataSource.query(
      `INSERT INTO notifications (user_id, kind, title, body, dedupe_key) VALUES ($1, 'test', 'Hello', 'Body', $2) RETURNING id`,
      [me.userId, `test-${randomUUID()}`],
    );
    await t.dataSource.query(
      `INSERT INTO notifications (user_id, kind, title, body, dedupe_key) VALUES ($1, 'test', 'Other', 'Body', $2)`,
      [other.userId, `test-${randomUUID()}`],
    );
    const list = await t.http().get('/notifications').set(me.auth).expect(200);
    expect(list.body.unreadCount).toBe(1);
    expect(list.body.items.map((n: { id: string }) => n.id)).toEqual([mine.id]);
    await t.http().post(`/notifications/${mine.id}/read`).set(other.auth).expect(404);
    const read = await t.http().post(`/notifications/${mine.id}/read`).set(me.auth).expect(200);
    expect(read.body.readAt).not.toBeNull();
    expect((await t.http().get('/notifications?unread=true').set(me.auth).expect(200)).body.items).toEqual(
      [],
    );
  });
});
