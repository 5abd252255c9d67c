import { type OrganisationKind, type PlatformRole, type VisibilityTier } from '@linkage/domain';

export interface Viewer {
  platformRole: PlatformRole | null;
  /** Kinds of the organisations the viewer belongs to. */
  memberKinds: ReadonlySet<OrganisationKind>;
  /** The viewer belongs to the organisation being viewed. */
  isMember: boolean;
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
