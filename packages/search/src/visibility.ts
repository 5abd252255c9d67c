import { type OrganisationViewer, type VisibilityTier, visibleTiers } from '@linkage/domain';

/**
 * Who is searching, as a class of viewer the API derives from the session. `LEAD_FIRM` is staff of
 * a lead firm a broker or admin verified (decision 0008); staff of an unverified firm search as
 * `ANONYMOUS` or `PRODUCER_GROUP_MEMBER` do.
 */
export const VIEWERS = ['ANONYMOUS', 'LEAD_FIRM', 'PRODUCER_GROUP_MEMBER', 'BROKER', 'ADMIN'] as const;
export type Viewer = (typeof VIEWERS)[number];

/** Each class stands for one viewer of the domain's visibility rule. */
const AS_ORGANISATION_VIEWER: Record<Viewer, OrganisationViewer | undefined> = {
  ANONYMOUS: undefined,
  LEAD_FIRM: { platformRole: null, verifiedLeadFirm: true, memberOf: new Set() },
  // The LEAD_FIRMS tier is how a discreet producer shows itself to buyers without showing itself to
  // competitors, so other producers' members see public documents only, like anyone signed out.
  PRODUCER_GROUP_MEMBER: { platformRole: null, verifiedLeadFirm: false, memberOf: new Set() },
  // Programme staff: the BROKERS tier of enrolled organisations comes with the query's `brokering`.
  BROKER: { platformRole: null, verifiedLeadFirm: false, memberOf: new Set(), programmeStaff: true },
  ADMIN: { platformRole: 'ADMIN', verifiedLeadFirm: false, memberOf: new Set() },
};

/**
 * The visibility tiers a viewer may see, as the domain's `visibleTiers` decides them. Engines apply
 * the answer inside the query, so hidden documents never reach hits, totals or facet counts.
 */
export function allowedVisibility(viewer: Viewer): readonly VisibilityTier[] {
  return visibleTiers(AS_ORGANISATION_VIEWER[viewer]);
}
