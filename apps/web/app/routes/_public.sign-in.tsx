import { getFormProps, useForm } from '@conform-to/react';
import { getZodConstraint, parseWithZod } from '@conform-to/zod/v4';
import { SignInSchema } from '@linkage/contracts';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useActionData, useNavigation, useSearchParams } from '@remix-run/react';
import { Form } from '~/components/form';
import { FormErrors, InputField, SubmitButton } from '~/components/forms';
import { requestLocale } from '~/lib/i18n.server';
import { publicApi, visitorAddress } from '~/lib/api.server';
import { safeRedirectTo } from '~/lib/session.server';
import { redirectIfSignedIn, startSession } from '~/lib/sign-in.server';

export const meta: MetaFunction = () => [{ title: 'Sign in — Linkage Exchange' }];

export async function loader({ request }: LoaderFunctionArgs) {
  await redirectIfSignedIn(request);
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const formData = await request.formData();
  const submission = parseWithZod(formData, { schema: SignInSchema });
  if (submission.status !== 'success') return submission.reply({ hideFields: ['password'] });
  const result = await publicApi(await requestLocale(request)).signIn(submission.value, visitorAddress(request));
  if (!result.ok) {
    const message =
      result.status === 401 ? 'That e-mail and password do not match an account.' : result.error.message;
    return submission.reply({ formErrors: [message], hideFields: ['password'] });
  }
  return startSession(request, result.data, safeRedirectTo(formData.get('redirectTo')));
}

export default function SignIn() {
  const lastResult = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const navigation = useNavigation();
  const [form, fields] = useForm({
    id: 'sign-in',
    lastResult,
    constraint: getZodConstraint(SignInSchema),
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: SignInSchema }),
  });
  const redirectTo = searchParams.get('redirectTo') ?? '';
  return (
    <div className="container auth-page">
      <section className="panel auth-panel" aria-labelledby="sign-in-title">
        <h1 id="sign-in-title">Sign in</h1>
        <p className="muted">Welcome back to Linkage Exchange.</p>
        <Form method="post" {...getFormProps(form)} className="stack">
          <FormErrors id={form.errorId} errors={form.errors} />
          <input type="hidden" name="redirectTo" value={redirectTo} />
          <InputField label="E-mail" meta={fields.email} type="email" autoComplete="email" />
          <InputField label="Password" meta={fields.password} type="password" autoComplete="current-password" />
          <SubmitButton pending={navigation.state === 'submitting'}>Sign in</SubmitButton>
        </Form>
        <p className="auth-panel__switch">
          New here?{' '}
          <Link to={redirectTo ? `/sign-up?${new URLSearchParams({ redirectTo })}` : '/sign-up'}>
            Create an account
          </Link>
        </p>
      </section>
    </div>
  );
}
