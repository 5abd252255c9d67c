import { type FieldMetadata, getInputProps } from '@conform-to/react';
import type { GroupMemberView } from '@linkage/contracts';
import type { GroupMemberStatus } from '@linkage/domain';
import { useParams, useRouteLoaderData } from '@remix-run/react';
import type { ReactNode } from 'react';
import { InputField, SelectField } from '~/components/forms';
import { GonePanel } from '~/components/ui';
import type { loader as groupMembersLoader } from '~/routes/_app.organisations.$orgId.group-members';

/** The member enterprises page: the table, the import, and the side panel each member route fills. */
export function groupMembersPath(orgId: string): string {
  return `/organisations/${orgId}/group-members`;
}

/** One member's page under the table: its profile form or its status change. */
export function groupMemberPath(orgId: string, memberId: string, step: 'edit' | 'status'): string {
  return `${groupMembersPath(orgId)}/${memberId}/${step}`;
}

/**
 * The side panel of one member route: the member named in the address (from the table's loader),
 * or a note that it is gone, or who manages members for someone who does not.
 */
export function GroupMemberPanel({
  children,
}: {
  children: (member: GroupMemberView, today: string) => ReactNode;
}) {
  const page = useRouteLoaderData<typeof groupMembersLoader>(
    'routes/_app.organisations.$orgId.group-members',
  );
  const { orgId, memberId } = useParams();
  if (!page) throw new Error('The member routes render inside the member enterprises page.');
  if (!page.canManage) return <MembersSideNote />;
  const member = page.members.find((m) => m.id === memberId);
  if (!member) return <GonePanel what="member" back="Back to adding members" to={groupMembersPath(orgId!)} />;
  return <>{children(member, page.today)}</>;
}

/** A status change in words, as its button or option reads. */
export const STATUS_VERB: Record<GroupMemberStatus, string> = {
  INVITED: 'Invited',
  ACTIVE: 'Activate',
  SUSPENDED: 'Suspend',
  LEFT: 'Record that it left',
};

/** The side of the page for someone who does not manage the group's members. */
export function MembersSideNote() {
  return (
    <aside className="panel layout-split__side muted">
      The group&apos;s coordinators add and manage members.
    </aside>
  );
}

type EnterpriseField =
  'legalName' | 'region' | 'employees' | 'foundedYear' | 'registration' | 'womenOwned' | 'youthLed';
// The add and the edit form's fieldsets differ in their value types; this component only renders them.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyFieldMetadata = FieldMetadata<any, any, any>;

/** The member enterprise's own profile, as both the add and the edit form ask for it. */
export function EnterpriseFields({ enterprise }: { enterprise: Record<EnterpriseField, AnyFieldMetadata> }) {
  return (
    <>
      <InputField label="Enterprise name" meta={enterprise.legalName} />
      <InputField label="Region (optional)" meta={enterprise.region} />
      <div className="field-row">
        <InputField label="Employees" meta={enterprise.employees} type="number" min="0" step="1" />
        <InputField label="Founded" meta={enterprise.foundedYear} type="number" min="1800" step="1" />
      </div>
      <SelectField label="Registration" meta={enterprise.registration}>
        <option value="">Not stated</option>
        <option value="FORMAL">Formal (registered)</option>
        <option value="INFORMAL">Informal</option>
      </SelectField>
      <div className="checkbox-row">
        <label className="checkbox">
          <input
            {...getInputProps(enterprise.womenOwned, { type: 'checkbox' })}
            key={enterprise.womenOwned.key}
          />{' '}
          Women-owned
        </label>
        <label className="checkbox">
          <input
            {...getInputProps(enterprise.youthLed, { type: 'checkbox' })}
            key={enterprise.youthLed.key}
          />{' '}
          Youth-led
        </label>
      </div>
    </>
  );
}
