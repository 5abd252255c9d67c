import { getFormProps, useForm } from '@conform-to/react';
import { getZodConstraint, parseWithZod } from '@conform-to/zod/v4';
import { SignUpSchema } from '@linkage/contracts';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useActionData, useNavigation, useSearchParams } from '@remix-run/react';
import { Form } from '~/components/form';
import { FormErrors, InputField, SubmitButton } from '~/components/forms';
import { requestLocale } from '~/lib/i18n.server';
import { publicApi, visitorAddress } from '~/lib/api.server';
import { replyWithApiError } from '~/lib/results.server';
import { safeRedirectTo } from '~/lib/session.server';
import { redirectIfSignedIn, startSession } from '~/lib/sign-in.server';

export const meta: MetaFunction = () => [{ title: 'Create an account — Linkage Exchange' }];

export async function loader({ request }: LoaderFunctionArgs) {
  await redirectIfSignedIn(request);
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const formData = await request.formData();
  const submission = parseWithZod(formData, { schema: SignUpSchema });
  if (submission.status !== 'success') return submission.reply({ hideFields: ['password'] });
  const result = await publicApi(await requestLocale(request)).signUp(submission.value, visitorAddress(request));
  if (!result.ok) return replyWithApiError(submission, result, { hideFields: ['password'] });
  return startSession(request, result.data, safeRedirectTo(formData.get('redirectTo')));
}

export default function SignUp() {
  const lastResult = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const navigation = useNavigation();
  const [form, fields] = useForm({
    id: 'sign-up',
    lastResult,
    constraint: getZodConstraint(SignUpSchema),
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: SignUpSchema }),
  });
  const redirectTo = searchParams.get('redirectTo') ?? '';
  return (
    <div className="container auth-page">
      <section className="panel auth-panel" aria-labelledby="sign-up-title">
        <h1 id="sign-up-title">Create your account</h1>
        <p className="muted">One account for you; you can then create or join organisations.</p>
        <Form method="post" {...getFormProps(form)} className="stack">
          <FormErrors id={form.errorId} errors={form.errors} />
          <input type="hidden" name="redirectTo" value={redirectTo} />
          <InputField label="Your name" meta={fields.name} autoComplete="name" />
          <InputField label="E-mail" meta={fields.email} type="email" autoComplete="email" />
          <InputField
            label="Password"
            hint="At least 10 characters."
            meta={fields.password}
            type="password"
            autoComplete="new-password"
          />
          <SubmitButton pending={navigation.state === 'submitting'}>Create account</SubmitButton>
        </Form>
        <p className="auth-panel__switch">
          Already have an account?{' '}
          <Link to={redirectTo ? `/sign-in?${new URLSearchParams({ redirectTo })}` : '/sign-in'}>Sign in</Link>
        </p>
      </section>
    </div>
  );
}
