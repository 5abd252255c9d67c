import { getFormProps, useForm } from '@conform-to/react';
import { getZodConstraint, parseWithZod } from '@conform-to/zod/v4';
import { InviteMemberSchema } from '@linkage/contracts';
import { MEMBERSHIP_ROLES } from '@linkage/domain';
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { useActionData, useLoaderData, useNavigation, useParams } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { Form } from '~/components/form';
import { FormErrors, InputField, SelectField, SubmitButton } from '~/components/forms';
import { Badge, EmptyState, TableScroll } from '~/components/ui';
import { requireUser } from '~/lib/auth.server';
import { i18nServer } from '~/lib/i18n.server';
import { loadOrganisation } from '~/lib/organisations.server';
import { orThrow, replyWithApiError } from '~/lib/results.server';
import { redirectWithNotice } from '~/lib/session.server';
import { useFormat } from '~/lib/use-format';

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
  const t = await i18nServer.getFixedT(auth.locale);
  return redirectWithNotice(
    request,
    `/organisations/${organisation.id}/members`,
    t('members.invited', { email: result.data.email, role: t(`role.${result.data.role}`) }),
  );
}

const INVITATION_TONE = { PENDING: 'info', ACCEPTED: 'good', REVOKED: 'warn' } as const;

export default function Members() {
  const { members, invitations, canManage, me } = useLoaderData<typeof loader>();
  const { orgId } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="layout-split">
      <div className="layout-split__main stack-lg">
        <section aria-labelledby="members-title">
          <h2 id="members-title">{t('org.tab.members')}</h2>
          <TableScroll label={t('members.people')}>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('members.name')}</th>
                  <th scope="col">{t('account.email')}</th>
                  <th scope="col">{t('members.role')}</th>
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
                      {m.userId === me ? <span className="muted"> {t('members.you')}</span> : null}
                    </td>
                    <td>{m.email}</td>
                    <td>
                      <Badge tone={m.role === 'OWNER' ? 'good' : 'neutral'}>{t(`role.${m.role}`)}</Badge>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </section>
        {invitations ? (
          <section aria-labelledby="invitations-title">
            <h2 id="invitations-title">{t('members.invitations')}</h2>
            {invitations.length === 0 ? (
              <EmptyState title={t('members.noInvitations.title')} icon="✉">
                <p>{t('members.noInvitations.text')}</p>
              </EmptyState>
            ) : (
              <TableScroll label={t('members.invitationsSent')}>
                <table className="table">
                  <thead>
                    <tr>
                      <th scope="col">{t('account.email')}</th>
                      <th scope="col">{t('members.role')}</th>
                      <th scope="col">{t('cert.status')}</th>
                      <th scope="col">{t('members.expires')}</th>
                      {canManage ? (
                        <th scope="col">
                          <span className="visually-hidden">{t('members.withdraw')}</span>
                        </th>
                      ) : null}
                    </tr>
                  </thead>
                  <tbody>
                    {invitations.map((i) => (
                      <tr key={i.id}>
                        <td>{i.email}</td>
                        <td>{t(`role.${i.role}`)}</td>
                        <td>
                          <Badge tone={INVITATION_TONE[i.status]}>{t(`invitationStatus.${i.status}`)}</Badge>
                        </td>
                        <td>{format.date(i.expiresAt)}</td>
                        {canManage ? (
                          <td>
                            {i.status === 'PENDING' ? (
                              <Form
                                method="post"
                                action={`/organisations/${orgId}/invitations/${i.id}/revoke`}
                              >
                                <button type="submit" className="button button--small">
                                  {t('members.withdraw')}
                                  <span className="visually-hidden">
                                    {' '}
                                    {t('members.withdrawWhom', { email: i.email })}
                                  </span>
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
        <aside className="panel layout-split__side muted">{t('members.whoInvites')}</aside>
      )}
    </div>
  );
}

function InviteForm() {
  const lastResult = useActionData<typeof action>();
  const navigation = useNavigation();
  const { t } = useTranslation();
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
      <h2 id="invite-title">{t('members.invite.title')}</h2>
      <Form method="post" {...getFormProps(form)} className="stack">
        <FormErrors id={form.errorId} errors={form.errors} />
        <InputField label={t('account.email')} meta={fields.email} type="email" autoComplete="off" />
        <SelectField label={t('members.role')} hint={t('members.invite.roleHint')} meta={fields.role}>
          {MEMBERSHIP_ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`roleName.${r}`)}
            </option>
          ))}
        </SelectField>
        <SubmitButton pending={navigation.state === 'submitting'}>{t('members.invite.submit')}</SubmitButton>
      </Form>
    </section>
  );
}
