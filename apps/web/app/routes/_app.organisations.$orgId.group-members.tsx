import { getFormProps, useForm } from '@conform-to/react';
import { getZodConstraint, parseWithZod } from '@conform-to/zod/v4';
import { CreateGroupMemberSchema, type GroupMemberView } from '@linkage/contracts';
import { canTransitionGroupMember, GROUP_MEMBER_STATUSES } from '@linkage/domain';
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { Link, useActionData, useLoaderData, useNavigation, useOutlet, useParams } from '@remix-run/react';
import { Form } from '~/components/form';
import { FormErrors, InputField, SelectField, SubmitButton } from '~/components/forms';
import {
  EnterpriseFields,
  groupMemberPath,
  groupMembersPath,
  MembersSideNote,
  STATUS_VERB,
} from '~/components/member-panels';
import { ImportSection } from '~/components/member-import';
import { memberColours } from '~/components/profile';
import { Badge, EmptyState, TableScroll } from '~/components/ui';
import { requireUser } from '~/lib/auth.server';
import { formatDate, MEMBER_STATUS_TONE } from '~/lib/format';
import { orThrow, replyWithApiError } from '~/lib/results.server';
import { redirectWithNotice } from '~/lib/session.server';

/**
 * The member enterprises page: the table, the CSV import, and beside them the form that adds one.
 * Each member's own steps are routes under it (`$memberId.edit`, `$memberId.status`), each one
 * intent, filling the side panel in place of the form; they read this loader's members.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { api } = await requireUser(request);
  const profile = await orThrow(request, await api.getProfile(params.orgId!));
  if (profile.kind !== 'PRODUCER_GROUP')
    throw new Response('Only producer groups have member enterprises.', { status: 404 });
  return {
    members: profile.members,
    canManage: profile.viewer.canManage,
    today: new Date().toISOString().slice(0, 10),
  };
}

/** One intent: add (or invite) a member enterprise. */
export async function action({ request, params }: ActionFunctionArgs) {
  const { api } = await requireUser(request);
  const orgId = params.orgId!;
  const submission = parseWithZod(await request.formData(), { schema: CreateGroupMemberSchema });
  if (submission.status !== 'success') return submission.reply();
  const result = await api.addGroupMember(orgId, submission.value);
  if (!result.ok) return replyWithApiError(submission, result);
  return redirectWithNotice(
    request,
    groupMembersPath(orgId),
    `${result.data.enterprise.legalName} ${result.data.status === 'INVITED' ? 'is invited' : 'is an active member'}.`,
  );
}

export default function GroupMembers() {
  const { members, canManage, today } = useLoaderData<typeof loader>();
  const { orgId, memberId } = useParams();
  // A member's own route (edit, status) takes the side panel.
  const panel = useOutlet();
  const colours = memberColours(members);
  const counts = GROUP_MEMBER_STATUSES.map((s) => ({
    status: s,
    n: members.filter((m) => m.status === s).length,
  }));
  return (
    <div className="layout-split">
      <div className="layout-split__main stack-lg">
        <section aria-labelledby="gm-title">
          <div className="section-heading">
            <h2 id="gm-title">Member enterprises</h2>
            <span className="chips">
              {counts
                .filter((c) => c.n > 0)
                .map((c) => (
                  <Badge key={c.status} tone={MEMBER_STATUS_TONE[c.status]}>
                    {c.n} {c.status.toLowerCase()}
                  </Badge>
                ))}
            </span>
          </div>
          {members.length === 0 ? (
            <EmptyState title="No member enterprises yet" icon="◎">
              <p>Add members one by one, or import them all from a CSV file.</p>
            </EmptyState>
          ) : (
            <TableScroll label="Member enterprises">
              <table className="table">
                <caption className="visually-hidden">Member enterprises</caption>
                <thead>
                  <tr>
                    <th scope="col">Enterprise</th>
                    <th scope="col">Status</th>
                    <th scope="col">Joined</th>
                    <th scope="col">Profile</th>
                    {canManage ? <th scope="col">Change status</th> : null}
                  </tr>
                </thead>
                <tbody>
                  {members.map((m) => (
                    <tr key={m.id} className={m.id === memberId ? 'row--selected' : undefined}>
                      <td>
                        <span className={`member-dot c${colours.get(m.id) ?? 0}`} aria-hidden="true" />{' '}
                        <strong>{m.enterprise.legalName}</strong>
                        {m.contactEmail ? <span className="block muted small">{m.contactEmail}</span> : null}
                      </td>
                      <td>
                        <Badge tone={MEMBER_STATUS_TONE[m.status]}>{m.status.toLowerCase()}</Badge>
                        {m.leftOn ? (
                          <span className="block muted small">left {formatDate(m.leftOn)}</span>
                        ) : null}
                      </td>
                      <td>{m.joinedOn ? formatDate(m.joinedOn) : '—'}</td>
                      <td className="small">
                        {[
                          m.enterprise.region,
                          m.enterprise.employees != null ? `${m.enterprise.employees} staff` : null,
                          m.enterprise.foundedYear ? `founded ${m.enterprise.foundedYear}` : null,
                          m.enterprise.registration?.toLowerCase(),
                          m.enterprise.womenOwned ? 'women-owned' : null,
                          m.enterprise.youthLed ? 'youth-led' : null,
                          m.enterprise.sectors.join(', ') || null,
                        ]
                          .filter(Boolean)
                          .join(' · ') || '—'}
                        {canManage ? (
                          <Link
                            to={groupMemberPath(orgId!, m.id, 'edit')}
                            preventScrollReset
                            className="block"
                          >
                            Edit profile<span className="visually-hidden"> of {m.enterprise.legalName}</span>
                          </Link>
                        ) : null}
                      </td>
                      {canManage ? (
                        <td>
                          {/* Keyed by status: a changed status offers other moves, and the select starts again from the first. */}
                          <StatusForm key={`${m.id}-${m.status}`} member={m} today={today} />
                        </td>
                      ) : null}
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
        </section>
        {canManage ? <ImportSection state={null} /> : null}
      </div>
      {panel ?? (canManage ? <AddMemberForm key={members.length} /> : <MembersSideNote />)}
    </div>
  );
}

/**
 * The row's status change, posted to the member's status route (which asks first when the change
 * is final, and shows a refusal beside the form).
 */
function StatusForm({ member, today }: { member: GroupMemberView; today: string }) {
  const { orgId } = useParams();
  const next = GROUP_MEMBER_STATUSES.filter(
    (s) => s !== 'INVITED' && canTransitionGroupMember(member.status, s),
  );
  if (next.length === 0) return <span className="muted small">final</span>;
  return (
    <Form
      method="post"
      action={groupMemberPath(orgId!, member.id, 'status')}
      className="inline-form"
      aria-label={`Change status of ${member.enterprise.legalName}`}
    >
      <select
        name="status"
        aria-label={`New status for ${member.enterprise.legalName}`}
        defaultValue={next[0]}
      >
        {next.map((s) => (
          <option key={s} value={s}>
            {STATUS_VERB[s]}
          </option>
        ))}
      </select>
      <input
        type="date"
        name="date"
        defaultValue={today}
        aria-label={`Date for ${member.enterprise.legalName}`}
        title="Joined on (activate) or left on (left)"
      />
      <button type="submit" className="button button--small">
        Apply
      </button>
    </Form>
  );
}

function AddMemberForm() {
  const data = useActionData<typeof action>();
  const navigation = useNavigation();
  const { orgId } = useParams();
  const lastResult = navigation.state === 'idle' ? data : null;
  const [form, fields] = useForm({
    id: 'add-member',
    lastResult,
    constraint: getZodConstraint(CreateGroupMemberSchema),
    defaultValue: { status: 'INVITED' },
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: CreateGroupMemberSchema }),
  });
  const enterprise = fields.enterprise.getFieldset();
  return (
    <section aria-labelledby="add-title" className="panel layout-split__side">
      <h2 id="add-title">Add a member</h2>
      <Form method="post" {...getFormProps(form)} className="stack">
        <FormErrors id={form.errorId} errors={form.errors} />
        <EnterpriseFields enterprise={enterprise} />
        <SelectField
          label="Status"
          hint="Invite: the member still has to confirm. Active: already part of the group."
          meta={fields.status}
        >
          <option value="INVITED">Invite</option>
          <option value="ACTIVE">Active now</option>
        </SelectField>
        <InputField label="Joined on (optional)" meta={fields.joinedOn} type="date" />
        <InputField
          label="Contact e-mail (optional)"
          hint="We e-mail this address that the group added the enterprise."
          meta={fields.contactEmail}
          type="email"
        />
        <SubmitButton
          pending={navigation.state === 'submitting' && navigation.formAction === groupMembersPath(orgId!)}
        >
          Add member
        </SubmitButton>
      </Form>
    </section>
  );
}
