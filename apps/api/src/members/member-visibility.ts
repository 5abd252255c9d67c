import { type GroupMember } from '@linkage/db';
import { type Viewer, canSeeGroupMember, isPlatformStaff } from '../organisations/profile-visibility.js';

/**
 * Which of a group's members a viewer sees. The group's own members and platform staff see every
 * member, whatever its status; everyone else sees ACTIVE members whose own tier admits them.
 * `memberOrganisation` must be loaded.
 */
export function visibleMembers(members: readonly GroupMember[], viewer: Viewer | undefined): GroupMember[] {
  if (viewer?.isMember || isPlatformStaff(viewer)) return [...members];
  return members.filter(
    (m) => m.status === 'ACTIVE' && canSeeGroupMember(m.memberOrganisation!.visibility, viewer),
  );
}
