import { getFormProps, useForm } from '@conform-to/react';
import { getZodConstraint, parseWithZod } from '@conform-to/zod/v4';
import { InviteMemberSchema } from '@linkage/contracts';
import { MEMBERSHIP_ROLES } from '@linkage/domain';
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { useActionData, useLoaderData, useNavigation, useParams } from '@remix-run/react';
import { Form } from '~/components/form';
import { FormErrors, InputField, SelectField, SubmitButton } from '~/components/forms';
import { Badge, EmptyState, TableScroll } from '~/components/ui';
import { requireUser } from '~/lib/auth.server';
import { formatDate } from '~/lib/format';
import { loadOrganisation } from '~/lib/organisations.server';
import { orThrow, replyWithApiError } from '~/lib/results.server';
import { redirectWithNotice } from '~/lib/session.server';

export async function loader({ request, params }: LoaderFunctionArgs) {
  const auth = await requireUser(request);
  const org = await loadOrganisation(request, auth, params.orgId!);
  const [members, invitations] = await Promise.all([
    auth.api.listMembers(org.organisation.id).then((r) => orThrow(request, r)),
    org.canManage
      ? auth.api.listInvitations(org.organisation.id).then((r) => orThrow(request, r))
      : Promise.resolve(null),
  ]);
  return { ...org, me: auth.user.id, members, invitations };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const auth = await requireUser(request);
  const { organisation } = await loadOrganisation(request, auth, params.orgId!);
  const submission = parseWithZod(await request.formData(), { schema: InviteMemberSchema });
  if (submission.status !== 'success') return submission.reply();
  const result = await auth.api.inviteMember(organisation.id, submission.value);
  if (!result.ok) return replyWithApiError(submission, result);
  return redirectWithNotice(
    request,
    `/organisations/${organisation.id}/members`,
    `Invitation sent to ${result.data.email}. The link in the e-mail lets them join as ${result.data.role.toLowerCase()}.`,
  );
}

const ROLE_LABEL = { OWNER: 'Owner', ADMIN: 'Admin', MEMBER: 'Member' } as const;

const INVITATION_TONE = { PENDING: 'info', ACCEPTED: 'good', REVOKED: 'warn' } as const;

export default function Members() {
  const { members, invitations, canManage, me } = useLoaderData<typeof loader>();
  const { orgId } = useParams();
  return (
    <div className="layout-split">
      <div className="layout-split__main stack-lg">
        <section aria-labelledby="members-title">
          <h2 id="members-title">Members</h2>
          <TableScroll label="People of the organisation">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">E-mail</th>
                  <th scope="col">Role</th>
                </tr>
              </thead>
              <tbody>
                {members.map((m) => (
                  <tr key={m.userId}>
                    <td>
                      <span className="avatar" aria-hidden="true">
                        {m.name.slice(0, 1).toUpperCase()}
                      </span>
                      {m.name}
                      {m.userId === me ? <span className="muted"> (you)</span> : null}
                    </td>
                    <td>{m.email}</td>
                    <td>
                      <Badge tone={m.role === 'OWNER' ? 'good' : 'neutral'}>{m.role.toLowerCase()}</Badge>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </section>
        {invitations ? (
          <section aria-labelledby="invitations-title">
            <h2 id="invitations-title">Invitations</h2>
            {invitations.length === 0 ? (
              <EmptyState title="No invitations yet" icon="✉">
                <p>Invite colleagues or member enterprises by e-mail; they join once they accept.</p>
              </EmptyState>
            ) : (
              <TableScroll label="Invitations sent">
                <table className="table">
                  <thead>
                    <tr>
                      <th scope="col">E-mail</th>
                      <th scope="col">Role</th>
                      <th scope="col">Status</th>
                      <th scope="col">Expires</th>
                      {canManage ? (
                        <th scope="col">
                          <span className="visually-hidden">Withdraw</span>
                        </th>
                      ) : null}
                    </tr>
                  </thead>
                  <tbody>
                    {invitations.map((i) => (
                      <tr key={i.id}>
                        <td>{i.email}</td>
                        <td>{i.role.toLowerCase()}</td>
                        <td>
                          <Badge tone={INVITATION_TONE[i.status]}>{i.status.toLowerCase()}</Badge>
                        </td>
                        <td>{formatDate(i.expiresAt)}</td>
                        {canManage ? (
                          <td>
                            {i.status === 'PENDING' ? (
                              <Form method="post" action={`/organisations/${orgId}/invitations/${i.id}/revoke`}>
                                <button type="submit" className="button button--small">
                                  Withdraw<span className="visually-hidden"> the invitation to {i.email}</span>
                                </button>
                              </Form>
                            ) : null}
                          </td>
                        ) : null}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            )}
          </section>
        ) : null}
      </div>
      {canManage ? (
        <InviteForm key={invitations?.length ?? 0} />
      ) : (
        <aside className="panel layout-split__side muted">Owners and admins invite new members.</aside>
      )}
    </div>
  );
}

function InviteForm() {
  const lastResult = useActionData<typeof action>();
  const navigation = useNavigation();
  const [form, fields] = useForm({
    id: 'invite-member',
    lastResult: navigation.state === 'idle' ? lastResult : null,
    constraint: getZodConstraint(InviteMemberSchema),
    defaultValue: { role: 'MEMBER' },
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: InviteMemberSchema }),
  });
  return (
    <section aria-labelledby="invite-title" className="panel layout-split__side">
      <h2 id="invite-title">Invite someone</h2>
      <Form method="post" {...getFormProps(form)} className="stack">
        <FormErrors id={form.errorId} errors={form.errors} />
        <InputField label="E-mail" meta={fields.email} type="email" autoComplete="off" />
        <SelectField
          label="Role"
          hint="Members see the organisation's work; admins also edit it and invite people; owners manage everything."
          meta={fields.role}
        >
          {MEMBERSHIP_ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABEL[r]}
            </option>
          ))}
        </SelectField>
        <SubmitButton pending={navigation.state === 'submitting'}>Send invitation</SubmitButton>
      </Form>
    </section>
  );
}
