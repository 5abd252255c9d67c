import { type FieldMetadata, getFormProps, getInputProps, useForm } from '@conform-to/react';
import { getZodConstraint, parseWithZod } from '@conform-to/zod/v4';
import {
  CreateGroupMemberSchema,
  type GroupMemberView,
  OrganisationProfileFieldsSchema,
  UpdateGroupMemberSchema,
} from '@linkage/contracts';
import { canTransitionGroupMember, GROUP_MEMBER_STATUSES, type GroupMemberStatus, REGISTRATION_TYPES } from '@linkage/domain';
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { Link, useActionData, useLoaderData, useNavigation, useSearchParams } from '@remix-run/react';
import { Form } from '~/components/form';
import { z } from 'zod';
import { FormErrors, InputField, SelectField, SubmitButton, TextareaField } from '~/components/forms';
import { ImportSection } from '~/components/member-import';
import { memberColours } from '~/components/profile';
import { Badge, EmptyState, GonePanel, TableScroll } from '~/components/ui';
import { requireUser } from '~/lib/auth.server';
import { formatDate, MEMBER_STATUS_TONE } from '~/lib/format';
import { listText } from '~/lib/list-field';
import { orThrow, replyWithApiError } from '~/lib/results.server';
import { redirectWithNotice } from '~/lib/session.server';

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { api } = await requireUser(request);
  const profile = await orThrow(request, await api.getProfile(params.orgId!));
  if (profile.kind !== 'PRODUCER_GROUP') throw new Response('Only producer groups have member enterprises.', { status: 404 });
  return { members: profile.members, canManage: profile.viewer.canManage, today: new Date().toISOString().slice(0, 10) };
}

const profileShape = OrganisationProfileFieldsSchema.shape;

/**
 * Editing a member enterprise's profile: the form states the whole profile, so an emptied field
 * clears it and an unticked box is false. Products and sectors are typed as one list.
 */
const EditMemberFields = z.object({
  enterprise: z.object({
    legalName: profileShape.legalName,
    region: z.string().trim().max(120).optional(),
    employees: profileShape.employees.unwrap().optional(),
    foundedYear: profileShape.foundedYear.unwrap().optional(),
    registration: z.enum(REGISTRATION_TYPES, { error: 'Choose FORMAL or INFORMAL' }).optional(),
    womenOwned: z.boolean().optional(),
    youthLed: z.boolean().optional(),
    sectors: listText(z.string().max(120), 20, 'products or sectors'),
    description: z.string().trim().max(4000).optional(),
  }),
});

const EditMemberSchema = EditMemberFields.transform(({ enterprise: e }) => ({
  enterprise: {
    legalName: e.legalName,
    region: e.region ?? null,
    employees: e.employees ?? null,
    foundedYear: e.foundedYear ?? null,
    registration: e.registration ?? null,
    womenOwned: e.womenOwned ?? false,
    youthLed: e.youthLed ?? false,
    sectors: e.sectors,
    description: e.description ?? null,
  },
}));

export async function action({ request, params }: ActionFunctionArgs) {
  const { api } = await requireUser(request);
  const orgId = params.orgId!;
  const back = `/organisations/${orgId}/group-members`;

  const formData = await request.formData();
  const intent = formData.get('intent');

  if (intent === 'edit') {
    const memberId = String(formData.get('memberId') ?? '');
    const submission = parseWithZod(formData, { schema: EditMemberSchema });
    if (submission.status !== 'success') return { intent: 'edit' as const, memberId, result: submission.reply() };
    const result = await api.updateGroupMember(orgId, memberId, UpdateGroupMemberSchema.parse(submission.value));
    if (!result.ok) return { intent: 'edit' as const, memberId, result: replyWithApiError(submission, result, { listFields: ['enterprise.sectors'] }) };
    return redirectWithNotice(request, back, `Saved the profile of ${result.data.enterprise.legalName}.`);
  }

  if (intent === 'status') {
    const memberId = String(formData.get('memberId') ?? '');
    const status = String(formData.get('status') ?? '');
    const date = String(formData.get('date') ?? '') || undefined;
    const parsed = UpdateGroupMemberSchema.safeParse({
      status,
      ...(status === 'LEFT' ? { leftOn: date } : status === 'ACTIVE' ? { joinedOn: date } : {}),
    });
    if (!parsed.success) return { intent: 'status' as const, memberId, error: parsed.error.issues[0]?.message ?? 'Check the status and date.' };
    const result = await api.updateGroupMember(orgId, memberId, parsed.data);
    if (!result.ok) return { intent: 'status' as const, memberId, error: result.error.message };
    return redirectWithNotice(
      request,
      back,
      `${result.data.enterprise.legalName} is now ${result.data.status.toLowerCase()}${result.data.status === 'LEFT' && result.data.leftOn ? ` (left on ${formatDate(result.data.leftOn)})` : ''}.`,
    );
  }

  const submission = parseWithZod(formData, { schema: CreateGroupMemberSchema });
  if (submission.status !== 'success') return { intent: 'add' as const, result: submission.reply() };
  const result = await api.addGroupMember(orgId, submission.value);
  if (!result.ok) return { intent: 'add' as const, result: replyWithApiError(submission, result) };
  return redirectWithNotice(
    request,
    back,
    `${result.data.enterprise.legalName} ${result.data.status === 'INVITED' ? 'is invited' : 'is an active member'}.`,
  );
}

const STATUS_VERB: Record<GroupMemberStatus, string> = {
  INVITED: 'Invited',
  ACTIVE: 'Activate',
  SUSPENDED: 'Suspend',
  LEFT: 'Record that it left',
};

export default function GroupMembers() {
  const { members, canManage, today } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const [params] = useSearchParams();
  const editId = canManage ? params.get('edit') : null;
  const editing = editId ? members.find((m) => m.id === editId) : undefined;
  const colours = memberColours(members);
  const counts = GROUP_MEMBER_STATUSES.map((s) => ({ status: s, n: members.filter((m) => m.status === s).length }));
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
                    <tr key={m.id} className={m.id === editId ? 'row--selected' : undefined}>
                      <td>
                        <span className={`member-dot c${colours.get(m.id) ?? 0}`} aria-hidden="true" /> <strong>{m.enterprise.legalName}</strong>
                        {m.contactEmail ? <span className="block muted small">{m.contactEmail}</span> : null}
                      </td>
                      <td>
                        <Badge tone={MEMBER_STATUS_TONE[m.status]}>{m.status.toLowerCase()}</Badge>
                        {m.leftOn ? <span className="block muted small">left {formatDate(m.leftOn)}</span> : null}
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
                            to={`?edit=${m.id}`}
                            preventScrollReset
                            className="block"
                          >
                            Edit profile<span className="visually-hidden"> of {m.enterprise.legalName}</span>
                          </Link>
                        ) : null}
                      </td>
                      {canManage ? (
                        <td>
                          <StatusForm member={m} today={today} error={data && 'intent' in data && data.intent === 'status' && data.memberId === m.id ? data.error : undefined} />
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
      {!canManage ? (
        <aside className="panel layout-split__side muted">The group&apos;s coordinators add and manage members.</aside>
      ) : editId ? (
        editing ? (
          <EditMemberForm key={editing.id} member={editing} />
        ) : (
          <GonePanel what="member" back="Back to adding members" />
        )
      ) : (
        <AddMemberForm key={members.length} />
      )}
    </div>
  );
}

function StatusForm({ member, today, error }: { member: GroupMemberView; today: string; error?: string }) {
  const next = GROUP_MEMBER_STATUSES.filter((s) => s !== 'INVITED' && canTransitionGroupMember(member.status, s));
  if (next.length === 0) return <span className="muted small">final</span>;
  return (
    <Form method="post" className="inline-form" aria-label={`Change status of ${member.enterprise.legalName}`}>
      <input type="hidden" name="intent" value="status" />
      <input type="hidden" name="memberId" value={member.id} />
      <select name="status" aria-label={`New status for ${member.enterprise.legalName}`} defaultValue={next[0]}>
        {next.map((s) => (
          <option key={s} value={s}>
            {STATUS_VERB[s]}
          </option>
        ))}
      </select>
      <input type="date" name="date" defaultValue={today} aria-label={`Date for ${member.enterprise.legalName}`} title="Joined on (activate) or left on (left)" />
      <button type="submit" className="button button--small">
        Apply
      </button>
      {error ? (
        <span className="field-errors" role="alert">
          {error}
        </span>
      ) : null}
    </Form>
  );
}


/** The member enterprise's own profile, as both the add and the edit form ask for it. */
function EnterpriseFields({
  enterprise,
}: {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  enterprise: Record<'legalName' | 'region' | 'employees' | 'foundedYear' | 'registration' | 'womenOwned' | 'youthLed', FieldMetadata<any, any, any>>;
}) {
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
          <input {...getInputProps(enterprise.womenOwned, { type: 'checkbox' })} key={enterprise.womenOwned.key} /> Women-owned
        </label>
        <label className="checkbox">
          <input {...getInputProps(enterprise.youthLed, { type: 'checkbox' })} key={enterprise.youthLed.key} /> Youth-led
        </label>
      </div>
    </>
  );
}

function AddMemberForm() {
  const data = useActionData<typeof action>();
  const navigation = useNavigation();
  const lastResult = navigation.state === 'idle' && data && data.intent === 'add' ? data.result : null;
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
        <input type="hidden" name="intent" value="add" />
        <FormErrors id={form.errorId} errors={form.errors} />
        <EnterpriseFields enterprise={enterprise} />
        <SelectField label="Status" hint="Invite: the member still has to confirm. Active: already part of the group." meta={fields.status}>
          <option value="INVITED">Invite</option>
          <option value="ACTIVE">Active now</option>
        </SelectField>
        <InputField label="Joined on (optional)" meta={fields.joinedOn} type="date" />
        <InputField label="Contact e-mail (optional)" hint="We e-mail this address that the group added the enterprise." meta={fields.contactEmail} type="email" />
        <SubmitButton pending={navigation.state === 'submitting' && navigation.formData?.get('intent') === 'add'}>Add member</SubmitButton>
      </Form>
    </section>
  );
}

function EditMemberForm({ member }: { member: GroupMemberView }) {
  const data = useActionData<typeof action>();
  const navigation = useNavigation();
  const mine = data && data.intent === 'edit' && data.memberId === member.id ? data : null;
  const e = member.enterprise;
  const [form, fields] = useForm({
    id: `edit-member-${member.id}`,
    lastResult: navigation.state === 'idle' && mine ? mine.result : null,
    // Constraints come from the fields alone (Conform cannot read them through a transform).
    constraint: getZodConstraint(EditMemberFields),
    defaultValue: {
      enterprise: {
        legalName: e.legalName,
        region: e.region ?? '',
        employees: e.employees == null ? '' : String(e.employees),
        foundedYear: e.foundedYear == null ? '' : String(e.foundedYear),
        registration: e.registration ?? '',
        womenOwned: e.womenOwned ? 'on' : '',
        youthLed: e.youthLed ? 'on' : '',
        sectors: e.sectors.join(', '),
        description: e.description ?? '',
      },
    },
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: EditMemberSchema }),
  });
  const enterprise = fields.enterprise.getFieldset();
  return (
    <section aria-labelledby="edit-member-title" className="panel layout-split__side">
      <h2 id="edit-member-title">
        Edit {e.legalName} <span className="muted small">· {member.status.toLowerCase()}</span>
      </h2>
      <Form method="post" {...getFormProps(form)} className="stack" preventScrollReset>
        <input type="hidden" name="intent" value="edit" />
        <input type="hidden" name="memberId" value={member.id} />
        <FormErrors id={form.errorId} errors={form.errors} />
        <EnterpriseFields enterprise={enterprise} />
        <InputField label="Products and sectors" hint="Separated by commas, e.g. argan oil, amlou." meta={enterprise.sectors} />
        <TextareaField label="Description" meta={enterprise.description} />
        <div className="button-row">
          <SubmitButton pending={navigation.state === 'submitting' && navigation.formData?.get('intent') === 'edit'}>Save profile</SubmitButton>
          <Link to="." className="button">
            Cancel
          </Link>
        </div>
      </Form>
    </section>
  );
}
