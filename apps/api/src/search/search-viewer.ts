import { type OrganisationKind, type OrganisationViewer } from '@linkage/domain';
import { type Viewer } from '@linkage/search';

/**
 * Who is searching, as `allowedVisibility` understands it: the class of the caller's
 * `OrganisationViewer`, so search applies the tiers profiles do (`visibleTiers`). Platform roles come
 * first; staff of a verified lead firm see the LEAD_FIRMS tier even if they also belong to a producer
 * group; staff of an unverified one, and people without an organisation, see what anyone sees.
 */
export function searchViewer(
  caller: (OrganisationViewer & { organisationKinds: readonly OrganisationKind[] }) | undefined,
): Viewer {
  if (!caller) return 'ANONYMOUS';
  if (caller.platformRole) return caller.platformRole;
  if (caller.programmeStaff) return 'BROKER';
  if (caller.verifiedLeadFirm) return 'LEAD_FIRM';
  if (caller.organisationKinds.includes('PRODUCER_GROUP')) return 'PRODUCER_GROUP_MEMBER';
  return 'ANONYMOUS';
}
