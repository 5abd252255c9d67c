import { type MembershipRole, type OrganisationViewer, MANAGING_ROLES } from '@linkage/domain';

/**
 * Who is looking at one organisation: the caller as the domain's visibility rule sees them
 * (`@linkage/domain` visibility: `canSeeOrganisation`, `canSeeGroupMember`), plus their place in
 * this organisation. Undefined for anonymous visitors.
 */
export interface Viewer extends OrganisationViewer {
  /** The viewer belongs to the organisation being viewed. */
  isMember: boolean;
  /** The viewer's role in the organisation being viewed, when a member. */
  role?: MembershipRole | null;
}

export const canManage = (viewer: Viewer | undefined): boolean =>
  !!viewer?.role && MANAGING_ROLES.includes(viewer.role);
