import { getFormProps, useForm } from '@conform-to/react';
import { getZodConstraint, parseWithZod } from '@conform-to/zod/v4';
import { SignUpSchema } from '@linkage/contracts';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useActionData, useNavigation, useSearchParams } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { Form } from '~/components/form';
import { FormErrors, InputField, SubmitButton } from '~/components/forms';
import { requestLocale } from '~/lib/i18n.server';
import { publicApi, visitorAddress } from '~/lib/api.server';
import { replyWithApiError } from '~/lib/results.server';
import { metaT, pageTitle } from '~/lib/i18n-meta';
import { safeRedirectTo } from '~/lib/session.server';
import { redirectIfSignedIn, startSession } from '~/lib/sign-in.server';

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, metaT(matches)('nav.signUp'))];

export async function loader({ request }: LoaderFunctionArgs) {
  await redirectIfSignedIn(request);
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const formData = await request.formData();
  const submission = parseWithZod(formData, { schema: SignUpSchema });
  if (submission.status !== 'success') return submission.reply({ hideFields: ['password'] });
  const result = await publicApi(await requestLocale(request)).signUp(
    submission.value,
    visitorAddress(request),
  );
  if (!result.ok) return replyWithApiError(submission, result, { hideFields: ['password'] });
  return startSession(request, result.data, safeRedirectTo(formData.get('redirectTo')));
}

export default function SignUp() {
  const { t } = useTranslation();
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
        <h1 id="sign-up-title">{t('signUp.title')}</h1>
        <p className="muted">{t('signUp.intro')}</p>
        <Form method="post" {...getFormProps(form)} className="stack">
          <FormErrors id={form.errorId} errors={form.errors} />
          <input type="hidden" name="redirectTo" value={redirectTo} />
          <InputField label={t('account.name')} meta={fields.name} autoComplete="name" />
          <InputField label={t('account.email')} meta={fields.email} type="email" autoComplete="email" />
          <InputField
            label={t('account.password')}
            hint={t('signUp.passwordHint', { count: 10 })}
            meta={fields.password}
            type="password"
            autoComplete="new-password"
          />
          <SubmitButton pending={navigation.state === 'submitting'}>{t('signUp.submit')}</SubmitButton>
        </Form>
        <p className="auth-panel__switch">
          {t('signUp.haveAccount')}{' '}
          <Link to={redirectTo ? `/sign-in?${new URLSearchParams({ redirectTo })}` : '/sign-in'}>
            {t('nav.signIn')}
          </Link>
        </p>
      </section>
    </div>
  );
}
