import { UpdateGroupMemberSchema, type GroupMemberView } from '@linkage/contracts';
import { canTransitionGroupMember, GROUP_MEMBER_STATUSES } from '@linkage/domain';
import type { ActionFunctionArgs } from '@remix-run/node';
import { Link, useActionData, useNavigation, useParams } from '@remix-run/react';
import { ConfirmStep } from '~/components/confirm-delete';
import { Form } from '~/components/form';
import { RoutePanel } from '~/components/ui';
import { SubmitButton } from '~/components/forms';
import { GroupMemberPanel, groupMemberPath, groupMembersPath, STATUS_VERB } from '~/components/member-panels';
import { requireUser } from '~/lib/auth.server';
import { formatDate } from '~/lib/format';
import { redirectWithNotice } from '~/lib/session.server';

/**
 * One intent: change a member's status (activate, suspend, record that it left), with the day it
 * happened. Leaving is final (a return is a new membership), so that change is asked about first:
 * the answer is this page's confirmation step, posted back here with `confirmed=yes`.
 */
export async function action({ request, params }: ActionFunctionArgs) {
  const { api } = await requireUser(request);
  const formData = await request.formData();
  const status = String(formData.get('status') ?? '');
  const date = String(formData.get('date') ?? '') || undefined;
  const parsed = UpdateGroupMemberSchema.safeParse({
    status,
    ...(status === 'LEFT' ? { leftOn: date } : status === 'ACTIVE' ? { joinedOn: date } : {}),
  });
  if (!parsed.success)
    return { error: parsed.error.issues[0]?.message ?? 'Check the status and date.', confirmLeaving: null };
  if (parsed.data.status === 'LEFT' && formData.get('confirmed') !== 'yes')
    return { error: null, confirmLeaving: { date: date ?? null } };
  const result = await api.updateGroupMember(params.orgId!, params.memberId!, parsed.data);
  if (!result.ok) return { error: result.error.message, confirmLeaving: null };
  const m = result.data;
  return redirectWithNotice(
    request,
    groupMembersPath(params.orgId!),
    `${m.enterprise.legalName} is now ${m.status.toLowerCase()}${m.status === 'LEFT' && m.leftOn ? ` (left on ${formatDate(m.leftOn)})` : ''}.`,
  );
}

export default function GroupMemberStatus() {
  const data = useActionData<typeof action>();
  const { orgId } = useParams();
  return (
    <GroupMemberPanel>
      {(member, today) =>
        data?.confirmLeaving ? (
          <ConfirmStep
            title={`Record that ${member.enterprise.legalName} left?`}
            question={`${member.enterprise.legalName} leaves the group${data.confirmLeaving.date ? ` on ${formatDate(data.confirmLeaving.date)}` : ' today'}: its committed capacity no longer counts towards the group’s offer. Leaving is final; if it comes back, add it again as a new member.`}
            confirm="Yes, record that it left"
            cancel={groupMemberPath(orgId!, member.id, 'status')}
          >
            <input type="hidden" name="status" value="LEFT" />
            {data.confirmLeaving.date ? (
              <input type="hidden" name="date" value={data.confirmLeaving.date} />
            ) : null}
            <input type="hidden" name="confirmed" value="yes" />
          </ConfirmStep>
        ) : (
          <StatusChange member={member} today={today} error={data?.error ?? null} />
        )
      }
    </GroupMemberPanel>
  );
}

/** The status change with its fields labelled in full, and what each status means. */
function StatusChange({
  member,
  today,
  error,
}: {
  member: GroupMemberView;
  today: string;
  error: string | null;
}) {
  const navigation = useNavigation();
  const { orgId } = useParams();
  const name = member.enterprise.legalName;
  const next = GROUP_MEMBER_STATUSES.filter(
    (s) => s !== 'INVITED' && canTransitionGroupMember(member.status, s),
  );
  return (
    <RoutePanel labelledBy="member-status-title">
      <h2 id="member-status-title">
        Status of {name} <span className="muted small">· {member.status.toLowerCase()}</span>
      </h2>
      <p className="small muted">
        Only active members’ committed capacity counts towards what the group offers. A suspended member can
        be activated again; one that left stays left.
      </p>
      {next.length === 0 ? (
        <p>{name} left the group: its status is final.</p>
      ) : (
        <Form method="post" className="stack" preventScrollReset>
          {error ? (
            <p className="field-errors" role="alert">
              {error}
            </p>
          ) : null}
          <div className="field">
            <label htmlFor="member-status">New status</label>
            <select id="member-status" name="status" defaultValue={next[0]}>
              {next.map((s) => (
                <option key={s} value={s}>
                  {STATUS_VERB[s]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="member-status-date">On</label>
            <p className="field-hint" id="member-status-date-hint">
              The day it joined (activate) or left; a suspension starts today.
            </p>
            <input
              id="member-status-date"
              type="date"
              name="date"
              defaultValue={today}
              aria-describedby="member-status-date-hint"
            />
          </div>
          <div className="button-row">
            <SubmitButton pending={navigation.state === 'submitting'}>Apply</SubmitButton>
            <Link to={groupMembersPath(orgId!)} className="button">
              Cancel
            </Link>
          </div>
        </Form>
      )}
    </RoutePanel>
  );
}
