import { type MyOrganisationView } from '@linkage/contracts';
import { type Actor, type TestApp, createOrganisation, signUp } from './test-app.js';

/** A signed-up person made a platform broker (or admin), as an administrator would. */
export async function platformStaff(t: TestApp, role: 'BROKER' | 'ADMIN' = 'BROKER'): Promise<Actor> {
  const actor = await signUp(t, role.toLowerCase());
  await t.dataSource.query(`UPDATE users SET platform_role = $2 WHERE id = $1`, [actor.userId, role]);
  return actor;
}

/**
 * Staff of a self-created lead firm; verified through the API by a broker when `verified`, so the
 * staff see the LEAD_FIRMS tier (decision 0008).
 */
export async function leadFirmStaff(
  t: TestApp,
  { verified }: { verified: boolean },
): Promise<{ actor: Actor; firm: MyOrganisationView }> {
  const actor = await signUp(t, verified ? 'verified-buyer' : 'unverified-buyer');
  const firm = await createOrganisation(t, actor, { kind: 'LEAD_FIRM' });
  if (verified) {
    const broker = await platformStaff(t);
    await t.http().post(`/organisations/${firm.id}/verification`).set(broker.auth).expect(200);
  }
  return { actor, firm };
}
