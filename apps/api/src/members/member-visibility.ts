import { type OrganisationViewer, canSeeGroupMember } from '@linkage/domain';
import { type GroupMember } from '@linkage/db';

/**
 * Which of a group's members a viewer sees, by the domain's one rule (`canSeeGroupMember`): the
 * group's own members and platform staff see every member, whatever its status; everyone else sees
 * ACTIVE members whose own tier admits them. `memberOrganisation` must be loaded.
 */
export function visibleMembers(
  members: readonly GroupMember[],
  viewer: OrganisationViewer | undefined,
): GroupMember[] {
  return members.filter((m) => isVisibleMember(m, viewer));
}

/** One member, by the same rule; `m.memberOrganisation` must be loaded. */
export const isVisibleMember = (m: GroupMember, viewer: OrganisationViewer | undefined): boolean =>
  canSeeGroupMember(
    { status: m.status, visibility: m.memberOrganisation!.visibility },
    { id: m.groupId },
    viewer,
  );
