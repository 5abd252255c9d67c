import { getFormProps, useForm } from '@conform-to/react';
import { parseWithZod } from '@conform-to/zod/v4';
import { AcceptInvitationSchema } from '@linkage/contracts';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useActionData, useLoaderData, useNavigation, useParams } from '@remix-run/react';
import { Form } from '~/components/form';
import { FormErrors, SubmitButton } from '~/components/forms';
import { KindBadge } from '~/components/ui';
import { requestLocale } from '~/lib/i18n.server';
import { publicApi } from '~/lib/api.server';
import { optionalUser, requireUser } from '~/lib/auth.server';
import { orThrow } from '~/lib/results.server';
import { redirectWithNotice } from '~/lib/session.server';

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `Join ${data.invitation.organisationName} — Linkage Exchange` : 'Invitation — Linkage Exchange' },
];

/** Anyone holding the link may see whom it invites; accepting needs the invited account. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const found = await publicApi(await requestLocale(request)).getInvitation(params.token!);
  if (!found.ok && found.status < 500)
    throw new Response(
      'This invitation link is not one we know: it may have been cut or mistyped when copied from the e-mail. Open the link from the e-mail again, or ask the person who invited you to send a new invitation.',
      { status: 404, statusText: 'Not Found' },
    );
  const invitation = await orThrow(request, found);
  const viewer = await optionalUser(request);
  return {
    invitation,
    viewer: viewer ? { name: viewer.user.name, email: viewer.user.email } : null,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { api } = await requireUser(request);
  const submission = parseWithZod(await request.formData(), { schema: AcceptInvitationSchema });
  if (submission.status !== 'success') return submission.reply();
  if (submission.value.token !== params.token) return submission.reply({ formErrors: ['This form belongs to another invitation.'] });
  const result = await api.acceptInvitation(submission.value);
  if (!result.ok) return submission.reply({ formErrors: [result.error.message] });
  return redirectWithNotice(
    request,
    `/organisations/${result.data.id}`,
    `Welcome to ${result.data.legalName}. You joined as ${result.data.role.toLowerCase()}.`,
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

  return (
    <div className="container auth-page">
      <section className="panel auth-panel" aria-labelledby="invite-title">
        <p className="eyebrow">Invitation</p>
        <h1 id="invite-title">Join {invitation.organisationName}</h1>
        <p>
          <KindBadge kind={invitation.organisationKind} /> You are invited as <strong>{invitation.role.toLowerCase()}</strong>{' '}
          with the address <strong>{invitation.email}</strong>.
        </p>
        {invitation.status !== 'PENDING' ? (
          <p className="form-errors" role="alert">
            This invitation was {invitation.status.toLowerCase()} and can no longer be used.
          </p>
        ) : !viewer ? (
          <div className="stack">
            <p className="muted">Sign in — or create an account — with {invitation.email} to accept.</p>
            <div className="hero__actions">
              <Link className="button button--primary" to={`/sign-up?${back}`}>
                Create an account
              </Link>
              <Link className="button" to={`/sign-in?${back}`}>
                Sign in
              </Link>
            </div>
          </div>
        ) : (
          <Form method="post" {...getFormProps(form)} className="stack">
            <FormErrors id={form.errorId} errors={form.errors} />
            {wrongAccount ? (
              <p className="muted">
                You are signed in as {viewer.email}. This invitation is for {invitation.email}; sign out and sign in
                with that address to accept it.
              </p>
            ) : (
              <p className="muted">Signed in as {viewer.name}.</p>
            )}
            <input type="hidden" name="token" value={token} />
            <SubmitButton pending={navigation.state === 'submitting'}>Accept invitation</SubmitButton>
          </Form>
        )}
      </section>
    </div>
  );
}
