import { type MyOrganisationView } from '@linkage/contracts';
import { type Actor, type TestApp, createOrganisation, signUp } from './test-app.js';

/** A signed-up person made a platform admin, as the operators would (no route grants it). */
export async function platformAdmin(t: TestApp): Promise<Actor> {
  const actor = await signUp(t, 'admin');
  await t.dataSource.query(`UPDATE users SET platform_role = 'ADMIN' WHERE id = $1`, [actor.userId]);
  return actor;
}

/**
 * A broker: staff of a programme an admin set up through the API, with these organisations enrolled
 * in it by their managers (decision 0012). Returns the broker and the programme.
 */
export async function programmeBroker(
  t: TestApp,
  enrolled: ReadonlyArray<{ organisationId: string; manager: Actor }> = [],
): Promise<{ broker: Actor; programmeId: string }> {
  const admin = await platformAdmin(t);
  const { body: programme } = await t
    .http()
    .post('/programmes')
    .set(admin.auth)
    .send({ legalName: `Programme ${admin.userId.slice(0, 8)}`, country: 'MA' })
    .expect(201);
  const broker = await signUp(t, 'broker');
  // The admin, its first owner, brings in the broker as the programme's owners invite staff.
  await t.dataSource.query(
    `INSERT INTO memberships (user_id, organisation_id, role) VALUES ($1, $2, 'MEMBER')`,
    [broker.userId, programme.id],
  );
  for (const { organisationId, manager } of enrolled) await enrol(t, programme.id, organisationId, manager);
  return { broker, programmeId: programme.id };
}

/** A manager enrols the organisation in the programme, through the API. */
export async function enrol(t: TestApp, programmeId: string, organisationId: string, manager: Actor) {
  await t
    .http()
    .post(`/programmes/${programmeId}/enrolments`)
    .set(manager.auth)
    .send({ organisationId })
    .expect(201);
}

/**
 * Staff of a self-created lead firm; verified through the API by a platform admin when `verified`,
 * so the staff see the LEAD_FIRMS tier (decision 0008).
 */
export async function leadFirmStaff(
  t: TestApp,
  { verified }: { verified: boolean },
): Promise<{ actor: Actor; firm: MyOrganisationView }> {
  const actor = await signUp(t, verified ? 'verified-buyer' : 'unverified-buyer');
  const firm = await createOrganisation(t, actor, { kind: 'LEAD_FIRM' });
  if (verified) {
    const admin = await platformAdmin(t);
    await t.http().post(`/organisations/${firm.id}/verification`).set(admin.auth).expect(200);
  }
  return { actor, firm };
}
