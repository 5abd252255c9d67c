import { type GroupMemberStatus } from '../vocabulary/producer-group.js';
import { type PlatformRole, type VisibilityTier, VISIBILITY_TIERS } from '../vocabulary/organisation.js';

/**
 * Who is looking, as far as visibility is concerned (decisions 0007 and 0008). `undefined` wherever a
 * viewer is taken stands for an anonymous visitor.
 */
export interface OrganisationViewer {
  platformRole: PlatformRole | null;
  /** member of at least one lead firm verified by a broker or admin */
  verifiedLeadFirm: boolean;
  /** ids of the organisations the viewer belongs to */
  memberOf: ReadonlySet<string>;
  /** the viewer works for a programme (decision 0012): programme staff are vetted, as verified buyers are */
  programmeStaff?: boolean;
  /**
   * ids of the organisations enrolled in a programme the viewer works for. Enrolment is the
   * organisation's consent to that programme's brokers' full view of it, and to nobody else's.
   */
  brokering?: ReadonlySet<string>;
}

const PUBLIC_ONLY: readonly VisibilityTier[] = ['PUBLIC'];
const BUYERS: readonly VisibilityTier[] = ['PUBLIC', 'LEAD_FIRMS'];
const EVERY_TIER: readonly VisibilityTier[] = VISIBILITY_TIERS;

/**
 * The tiers a viewer sees of every organisation. Why: LEAD_FIRMS is how a discreet producer shows
 * itself to buyers and not to competitors, so it opens only to staff of a *verified* lead firm
 * (anyone can create a lead firm) and to programme staff (admins create programmes); BROKERS opens
 * to platform admins only — a programme's brokers see it of the organisations enrolled with them
 * (`canSeeOrganisation`), as the broker role is held per programme (decision 0012).
 */
export function visibleTiers(viewer: OrganisationViewer | undefined): readonly VisibilityTier[] {
  if (viewer?.platformRole === 'ADMIN') return EVERY_TIER;
  return viewer?.verifiedLeadFirm || viewer?.programmeStaff ? BUYERS : PUBLIC_ONLY;
}

/** Whether the viewer has an organisation's full view: its own people, its programmes' brokers and admins. */
export function hasFullView(org: { id: string }, viewer: OrganisationViewer | undefined): boolean {
  return (
    viewer?.platformRole === 'ADMIN' || !!viewer?.memberOf.has(org.id) || !!viewer?.brokering?.has(org.id)
  );
}

/**
 * Whether the viewer follows a linkage (decision 0011): people of either party, the staff of the
 * programme that introduced it, the brokers of a programme either party enrolled in, and admins.
 * The linkages list applies the same rule as a query filter.
 */
export function canFollowLinkage(
  linkage: { leadFirmId: string; supplierId: string; programmeId: string | null },
  viewer: OrganisationViewer | undefined,
): boolean {
  const parties = [linkage.leadFirmId, linkage.supplierId, linkage.programmeId];
  return parties.some((id) => id !== null && hasFullView({ id }, viewer));
}

/** The tiers a need's lead firm may see. Why: matching shows a buyer only groups its staff could open. */
export function leadFirmTiers(leadFirm: { verified: boolean }): readonly VisibilityTier[] {
  return leadFirm.verified ? BUYERS : PUBLIC_ONLY;
}

/**
 * Whether an organisation is shown at all. Why: its own members always see it, whatever tier they
 * chose, and so do the brokers of a programme it enrolled in (its consent).
 */
export function canSeeOrganisation(
  org: { id: string; visibility: VisibilityTier },
  viewer: OrganisationViewer | undefined,
): boolean {
  return hasFullView(org, viewer) || visibleTiers(viewer).includes(org.visibility);
}

/**
 * Whether a group's member enterprise is shown (on the profile, in capacity, in search documents).
 * Why: each enterprise chooses its own tier, and outsiders see only who actually supplies (ACTIVE);
 * the group's own people and its programmes' brokers run the group, so they see every member in
 * every status.
 */
export function canSeeGroupMember(
  member: { status: GroupMemberStatus; visibility: VisibilityTier },
  group: { id: string },
  viewer: OrganisationViewer | undefined,
): boolean {
  if (hasFullView(group, viewer)) return true;
  return member.status === 'ACTIVE' && visibleTiers(viewer).includes(member.visibility);
}

const NOBODY: ReadonlySet<string> = new Set();

/**
 * The least privileged viewer who sees an organisation of this tier, a member of none. Why: a search
 * document is shared by everyone who may see it, so it may carry only what that viewer sees on the
 * profile (anonymous for PUBLIC, a verified buyer for LEAD_FIRMS, for BROKERS a broker of a
 * programme the organisation enrolled in, who has its full view).
 */
export function leastPrivilegedViewer(
  tier: VisibilityTier,
  org: { id: string },
): OrganisationViewer | undefined {
  switch (tier) {
    case 'PUBLIC':
      return undefined;
    case 'LEAD_FIRMS':
      return { platformRole: null, verifiedLeadFirm: true, memberOf: NOBODY };
    case 'BROKERS':
      return {
        platformRole: null,
        verifiedLeadFirm: false,
        memberOf: NOBODY,
        programmeStaff: true,
        brokering: new Set([org.id]),
      };
  }
}
