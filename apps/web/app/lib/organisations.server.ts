import type { OrganisationView } from '@linkage/contracts';
import { MANAGING_ROLES, type MembershipRole } from '@linkage/domain';
import type { AuthContext } from './auth.server';
import { orThrow } from './results.server';

export interface OrganisationContext {
  organisation: OrganisationView;
  /** The signed-in person's role in it, or null when they are not a member. */
  role: MembershipRole | null;
  canManage: boolean;
}

/** The organisation a page is about, seen by the signed-in person (their membership saves a call). */
export async function loadOrganisation(request: Request, auth: AuthContext, id: string): Promise<OrganisationContext> {
  const mine = auth.organisations.find((o) => o.id === id);
  if (mine) {
    const { role, ...organisation } = mine;
    return { organisation, role, canManage: MANAGING_ROLES.includes(role) };
  }
  const organisation = await orThrow(request, await auth.api.getOrganisation(id));
  return { organisation, role: null, canManage: false };
}
