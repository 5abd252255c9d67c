import { type OrganisationKind, type PlatformRole } from '@linkage/domain';
import { type Viewer } from '@linkage/search';

/**
 * Who is searching, as `allowedVisibility` understands it. Platform roles come first; lead-firm
 * staff see the LEAD_FIRMS tier, as they do on profiles (profile-visibility.ts), even if they also
 * belong to a producer group. Signed-in people without an organisation see what anyone sees.
 */
export function searchViewer(
  caller: { platformRole: PlatformRole | null; memberKinds: ReadonlySet<OrganisationKind> } | undefined,
): Viewer {
  if (!caller) return 'ANONYMOUS';
  if (caller.platformRole) return caller.platformRole;
  if (caller.memberKinds.has('LEAD_FIRM')) return 'LEAD_FIRM';
  if (caller.memberKinds.has('PRODUCER_GROUP')) return 'PRODUCER_GROUP_MEMBER';
  return 'ANONYMOUS';
}
