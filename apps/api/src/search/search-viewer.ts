import { type OrganisationKind, type PlatformRole } from '@linkage/domain';
import { type Viewer } from '@linkage/search';

/**
 * Who is searching, as `allowedVisibility` understands it. Platform roles come first; lead-firm
 * staff see the LEAD_FIRMS tier, as they do on profiles (profile-visibility.ts), even if they also
 * belong to a producer group. Signed-in people without an organisation see what anyone sees.
 */
export function searchViewer(
  caller: { platformRole: PlatformRole | null; organisationKinds: readonly OrganisationKind[] } | undefined,
): Viewer {
  if (!caller) return 'ANONYMOUS';
  if (caller.platformRole) return caller.platformRole;
  if (caller.organisationKinds.includes('LEAD_FIRM')) return 'LEAD_FIRM';
  if (caller.organisationKinds.includes('PRODUCER_GROUP')) return 'PRODUCER_GROUP_MEMBER';
  return 'ANONYMOUS';
}
