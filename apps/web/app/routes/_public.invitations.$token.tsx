import { getFormProps, useForm } from '@conform-to/react';
import { parseWithZod } from '@conform-to/zod/v4';
import { AcceptInvitationSchema } from '@linkage/contracts';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useActionData, useLoaderData, useNavigation, useParams } from '@remix-run/react';
import { Trans, useTranslation } from 'react-i18next';
import { Form } from '~/components/form';
import { FormErrors, SubmitButton } from '~/components/forms';
import { KindBadge } from '~/components/ui';
import { i18nServer, requestLocale } from '~/lib/i18n.server';
import { metaT, pageTitle } from '~/lib/i18n-meta';
import { publicApi } from '~/lib/api.server';
import { optionalUser, requireUser } from '~/lib/auth.server';
import { orThrow } from '~/lib/results.server';
import { redirectWithNotice } from '~/lib/session.server';

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [
  pageTitle(
    matches,
    data
      ? metaT(matches)('invitation.join', { organisation: data.invitation.organisationName })
      : metaT(matches)('invitation.eyebrow'),
  ),
];

/** Anyone holding the link may see whom it invites; accepting needs the invited account. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const locale = await requestLocale(request);
  const found = await publicApi(locale).getInvitation(params.token!);
  if (!found.ok && found.status < 500) {
    const t = await i18nServer.getFixedT(locale);
    throw new Response(t('invitation.unknown'), { status: 404, statusText: 'Not Found' });
  }
  const invitation = await orThrow(request, found);
  const viewer = await optionalUser(request);
  return {
    invitation,
    viewer: viewer ? { name: viewer.user.name, email: viewer.user.email } : null,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { api, locale } = await requireUser(request);
  const t = await i18nServer.getFixedT(locale);
  const submission = parseWithZod(await request.formData(), { schema: AcceptInvitationSchema });
  if (submission.status !== 'success') return submission.reply();
  if (submission.value.token !== params.token)
    return submission.reply({ formErrors: [t('invitation.otherForm')] });
  const result = await api.acceptInvitation(submission.value);
  if (!result.ok) return submission.reply({ formErrors: [result.error.message] });
  return redirectWithNotice(
    request,
    `/organisations/${result.data.id}`,
    t('invitation.welcome', { organisation: result.data.legalName, role: t(`role.${result.data.role}`) }),
  );
}

export default function InvitationPage() {
  const { invitation, viewer } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const navigation = useNavigation();
  const { token = '' } = useParams();
  const back = new URLSearchParams({ redirectTo: `/invitations/${encodeURIComponent(token)}` });
  const [form] = useForm({ id: 'accept-invitation', lastResult });
  const wrongAccount = viewer && viewer.email.toLowerCase() !== invitation.email.toLowerCase();
  const { t } = useTranslation();

  return (
    <div className="container auth-page">
      <section className="panel auth-panel" aria-labelledby="invite-title">
        <p className="eyebrow">{t('invitation.eyebrow')}</p>
        <h1 id="invite-title">{t('invitation.join', { organisation: invitation.organisationName })}</h1>
        <p>
          <KindBadge kind={invitation.organisationKind} />{' '}
          <Trans
            i18nKey="invitation.invitedAs"
            values={{ role: t(`role.${invitation.role}`), email: invitation.email }}
            components={{ strong: <strong /> }}
          />
        </p>
        {invitation.status !== 'PENDING' ? (
          <p className="form-errors" role="alert">
            {t(`invitation.closed.${invitation.status}`)}
          </p>
        ) : !viewer ? (
          <div className="stack">
            <p className="muted">{t('invitation.signInToAccept', { email: invitation.email })}</p>
            <div className="hero__actions">
              <Link className="button button--primary" to={`/sign-up?${back}`}>
                {t('nav.signUp')}
              </Link>
              <Link className="button" to={`/sign-in?${back}`}>
                {t('nav.signIn')}
              </Link>
            </div>
          </div>
        ) : (
          <Form method="post" {...getFormProps(form)} className="stack">
            <FormErrors id={form.errorId} errors={form.errors} />
            {wrongAccount ? (
              <p className="muted">
                {t('invitation.wrongAccount', { signedIn: viewer.email, invited: invitation.email })}
              </p>
            ) : (
              <p className="muted">{t('invitation.signedInAs', { name: viewer.name })}</p>
            )}
            <input type="hidden" name="token" value={token} />
            <SubmitButton pending={navigation.state === 'submitting'}>{t('invitation.accept')}</SubmitButton>
          </Form>
        )}
      </section>
    </div>
  );
}
