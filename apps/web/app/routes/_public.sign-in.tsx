import { getFormProps, useForm } from '@conform-to/react';
import { getZodConstraint, parseWithZod } from '@conform-to/zod/v4';
import { SignInSchema } from '@linkage/contracts';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useActionData, useNavigation, useSearchParams } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { Form } from '~/components/form';
import { FormErrors, InputField, SubmitButton } from '~/components/forms';
import { i18nServer, requestLocale } from '~/lib/i18n.server';
import { publicApi, visitorAddress } from '~/lib/api.server';
import { metaT, pageTitle } from '~/lib/i18n-meta';
import { safeRedirectTo } from '~/lib/session.server';
import { redirectIfSignedIn, startSession } from '~/lib/sign-in.server';

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, metaT(matches)('signIn.title'))];

export async function loader({ request }: LoaderFunctionArgs) {
  await redirectIfSignedIn(request);
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const formData = await request.formData();
  const submission = parseWithZod(formData, { schema: SignInSchema });
  if (submission.status !== 'success') return submission.reply({ hideFields: ['password'] });
  const locale = await requestLocale(request);
  const result = await publicApi(locale).signIn(submission.value, visitorAddress(request));
  if (!result.ok) {
    const t = await i18nServer.getFixedT(locale);
    const message = result.status === 401 ? t('signIn.mismatch') : result.error.message;
    return submission.reply({ formErrors: [message], hideFields: ['password'] });
  }
  return startSession(request, result.data, safeRedirectTo(formData.get('redirectTo')));
}

export default function SignIn() {
  const { t } = useTranslation();
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
        <h1 id="sign-in-title">{t('signIn.title')}</h1>
        <p className="muted">{t('signIn.welcome')}</p>
        <Form method="post" {...getFormProps(form)} className="stack">
          <FormErrors id={form.errorId} errors={form.errors} />
          <input type="hidden" name="redirectTo" value={redirectTo} />
          <InputField label={t('account.email')} meta={fields.email} type="email" autoComplete="email" />
          <InputField
            label={t('account.password')}
            meta={fields.password}
            type="password"
            autoComplete="current-password"
          />
          <SubmitButton pending={navigation.state === 'submitting'}>{t('signIn.submit')}</SubmitButton>
        </Form>
        <p className="auth-panel__switch">
          {t('signIn.newHere')}{' '}
          <Link to={redirectTo ? `/sign-up?${new URLSearchParams({ redirectTo })}` : '/sign-up'}>
            {t('nav.signUp')}
          </Link>
        </p>
      </section>
    </div>
  );
}
