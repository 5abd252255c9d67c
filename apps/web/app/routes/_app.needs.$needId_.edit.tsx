import { getFormProps, useForm } from '@conform-to/react';
import { getZodConstraint, parseWithZod } from '@conform-to/zod/v4';
import { CreateSourcingNeedSchema } from '@linkage/contracts';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { Form } from '~/components/form';
import { FormErrors, SubmitButton } from '~/components/forms';
import { NeedFormFields, type NeedFormValue } from '~/components/need-form-fields';
import { requireUser } from '~/lib/auth.server';
import { countryOptions } from '~/lib/countries.server';
import { productWithCode } from '~/lib/format';
import { i18nServer } from '~/lib/i18n.server';
import { metaT, pageTitle } from '~/lib/i18n-meta';
import { resolveProductField } from '~/lib/products.server';
import { needEdit, needFormDefaults, pruneNeedForm } from '~/lib/need-form';
import { orThrow, replyWithApiError } from '~/lib/results.server';
import { redirectWithNotice } from '~/lib/session.server';

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [
  pageTitle(
    matches,
    data ? metaT(matches)('editNeed.titleOf', { title: data.need.title }) : metaT(matches)('editNeed.title'),
  ),
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { api, locale } = await requireUser(request);
  const [needResult, standardsResult] = await Promise.all([api.getNeed(params.needId!), api.listStandards()]);
  const need = await orThrow(request, needResult);
  const standards = await orThrow(request, standardsResult);
  return {
    need,
    countries: countryOptions(locale),
    standards: standards.map((s) => ({ code: s.code, name: s.name })),
  };
}

/**
 * Every field the need was posted with can be changed; a field emptied is cleared. Every edit is a
 * new version, matched again (the old ranking shows as outdated). The API decides who may edit.
 */
export async function action({ request, params }: ActionFunctionArgs) {
  const { api, locale } = await requireUser(request);
  const formData = resolveProductField(await request.formData(), 'productCode');
  const submission = parseWithZod(pruneNeedForm(formData), { schema: CreateSourcingNeedSchema });
  if (submission.status !== 'success') return submission.reply();
  const result = await api.updateNeed(params.needId!, needEdit(submission.value));
  if (!result.ok) return replyWithApiError(submission, result);
  const t = await i18nServer.getFixedT(locale);
  return redirectWithNotice(request, `/needs/${params.needId}`, t('editNeed.saved'));
}

export default function EditNeed() {
  const { need, countries, standards } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const navigation = useNavigation();
  const { t } = useTranslation();
  const [form, fields] = useForm<NeedFormValue>({
    lastResult: navigation.state === 'idle' ? lastResult : null,
    constraint: getZodConstraint(CreateSourcingNeedSchema),
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
    defaultValue: needFormDefaults(need),
    onValidate: ({ formData }) => parseWithZod(pruneNeedForm(formData), { schema: CreateSourcingNeedSchema }),
  });
  return (
    <section aria-labelledby="edit-title" className="stack-lg">
      <nav aria-label={t('nav.breadcrumb')} className="breadcrumb">
        <Link to={`/needs/${need.id}`}>{need.title}</Link> <span aria-hidden="true">/</span>{' '}
        <span>{t('editNeed.crumb')}</span>
      </nav>
      <h1 id="edit-title">{t('editNeed.heading')}</h1>
      <Form method="post" {...getFormProps(form)} className="stack form-narrow">
        <FormErrors id={form.errorId} errors={form.errors} />
        <NeedFormFields
          form={form}
          fields={fields}
          countries={countries}
          standards={standards}
          productName={productWithCode(need.productCode, need.productName)}
        />
        <div className="button-row">
          <SubmitButton pending={navigation.state === 'submitting'}>{t('common.save')}</SubmitButton>
          <Link to={`/needs/${need.id}`} className="button">
            {t('common.cancel')}
          </Link>
        </div>
      </Form>
    </section>
  );
}
