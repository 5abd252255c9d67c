import type { VisibilityTier } from '@linkage/domain';

/** Who is searching, as the API derives it from the session. */
export const VIEWERS = ['ANONYMOUS', 'LEAD_FIRM', 'PRODUCER_GROUP_MEMBER', 'BROKER', 'ADMIN'] as const;
export type Viewer = (typeof VIEWERS)[number];

const ALLOWED: Record<Viewer, readonly VisibilityTier[]> = {
  ANONYMOUS: ['PUBLIC'],
  LEAD_FIRM: ['PUBLIC', 'LEAD_FIRMS'],
  // The LEAD_FIRMS tier is how a discreet producer shows itself to buyers without showing itself to
  // competitors, so other producers' members see public documents only, like anyone signed out.
  PRODUCER_GROUP_MEMBER: ['PUBLIC'],
  BROKER: ['PUBLIC', 'LEAD_FIRMS', 'BROKERS'],
  ADMIN: ['PUBLIC', 'LEAD_FIRMS', 'BROKERS'],
};

/**
 * The visibility tiers a viewer may see: the one place that decides it. Engines apply the answer
 * inside the query, so hidden documents never reach hits, totals or facet counts.
 */
export function allowedVisibility(viewer: Viewer): readonly VisibilityTier[] {
  return ALLOWED[viewer];
}
