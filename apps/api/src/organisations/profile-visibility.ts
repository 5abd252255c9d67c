import {
  type MembershipRole,
  type OrganisationKind,
  type PlatformRole,
  type VisibilityTier,
  MANAGING_ROLES,
} from '@linkage/domain';

export interface Viewer {
  platformRole: PlatformRole | null;
  /** Kinds of the organisations the viewer belongs to. */
  memberKinds: ReadonlySet<OrganisationKind>;
  /** The viewer belongs to the organisation being viewed. */
  isMember: boolean;
  /** The viewer's role in the organisation being viewed, when a member. */
  role?: MembershipRole | null;
}

/**
 * Whether a profile is shown: PUBLIC to everyone; LEAD_FIRMS to lead-firm staff and brokers;
 * BROKERS to brokers only. Brokers and admins see every profile, and members always see their own.
 * `viewer` is undefined for anonymous visitors.
 */
export function canSeeProfile(tier: VisibilityTier, viewer: Viewer | undefined): boolean {
  if (tier === 'PUBLIC') return true;
  if (!viewer) return false;
  if (viewer.isMember || viewer.platformRole !== null) return true;
  return tier === 'LEAD_FIRMS' && viewer.memberKinds.has('LEAD_FIRM');
}

/** Brokers and administrators see every profile and every member, whatever their tier. */
export const isPlatformStaff = (viewer: Viewer | undefined): boolean =>
  !!viewer && viewer.platformRole !== null;

export const canManage = (viewer: Viewer | undefined): boolean =>
  !!viewer?.role && MANAGING_ROLES.includes(viewer.role);

/**
 * Whether a member enterprise of a group is shown: the group's own members see all of them; other
 * viewers see the enterprise only if its own tier lets them (each enterprise chooses its visibility).
 */
export function canSeeGroupMember(enterpriseTier: VisibilityTier, groupViewer: Viewer | undefined): boolean {
  if (groupViewer?.isMember) return true;
  return canSeeProfile(enterpriseTier, groupViewer && { ...groupViewer, isMember: false });
}
