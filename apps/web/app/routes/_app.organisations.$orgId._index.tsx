import { getFormProps, getInputProps, useForm } from '@conform-to/react';
import { getZodConstraint, parseWithZod } from '@conform-to/zod/v4';
import { CreateSourcingNeedSchema, type SourcingNeedView } from '@linkage/contracts';
import type { NeedStatus } from '@linkage/domain';
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { Form } from '~/components/form';
import { type CountryOption } from '~/components/country-select';
import { NeedFormFields } from '~/components/need-form-fields';
import { FormErrors, SubmitButton } from '~/components/forms';
import { ProfileBody } from '~/components/profile';
import { Badge, EmptyState } from '~/components/ui';
import { requireUser } from '~/lib/auth.server';
import { countryOptions } from '~/lib/countries.server';
import { i18nServer } from '~/lib/i18n.server';
import { resolveProductField } from '~/lib/products.server';
import { pruneNeedForm } from '~/lib/need-form';
import { loadOrganisation } from '~/lib/organisations.server';
import { orThrow, replyWithApiError } from '~/lib/results.server';
import { redirectWithNotice } from '~/lib/session.server';
import { useFormat } from '~/lib/use-format';
import { ProductName } from '~/components/reference-names';

export async function loader({ request, params }: LoaderFunctionArgs) {
  const auth = await requireUser(request);
  const org = await loadOrganisation(request, auth, params.orgId!);
  const id = org.organisation.id;
  if (org.organisation.kind === 'PRODUCER_GROUP') {
    const profile = await orThrow(request, await auth.api.getProfile(id));
    return { view: 'profile' as const, ...org, profile };
  }
  if (org.organisation.kind === 'LEAD_FIRM') {
    const [needsResult, standardsResult] = await Promise.all([
      auth.api.listNeeds(id),
      org.canManage ? auth.api.listStandards() : undefined,
    ]);
    const needs = await orThrow(request, needsResult);
    const standards = standardsResult ? await orThrow(request, standardsResult) : [];
    const deadline = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const shown =
      NEED_FILTERS.find((f) => f.key === new URL(request.url).searchParams.get('needs')) ?? NEED_FILTERS[0]!;
    return {
      view: 'needs' as const,
      ...org,
      needs: needs.filter((n) => shown.statuses.includes(n.status)),
      needFilter: shown.key,
      needCounts: Object.fromEntries(
        NEED_FILTERS.map((f) => [f.key, needs.filter((n) => f.statuses.includes(n.status)).length]),
      ) as Record<NeedFilterKey, number>,
      countries: countryOptions(auth.locale),
      defaultDeadline: deadline,
      standards: standards.map((s) => ({ code: s.code, name: s.name })),
    };
  }
  return { view: 'none' as const, ...org };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const auth = await requireUser(request);
  const { organisation } = await loadOrganisation(request, auth, params.orgId!);
  const formData = await request.formData();
  const t = await i18nServer.getFixedT(auth.locale);
  if (organisation.kind === 'LEAD_FIRM') {
    const submission = parseWithZod(pruneNeedForm(resolveProductField(formData, 'productCode')), {
      schema: CreateSourcingNeedSchema,
    });
    if (submission.status !== 'success') return submission.reply();
    const result = await auth.api.createNeed(organisation.id, submission.value);
    if (!result.ok) return replyWithApiError(submission, result);
    return redirectWithNotice(request, `/needs/${result.data.id}`, t('needs.posted'));
  }
  throw new Response(t('needs.nothingToRecord'), { status: 400 });
}

export default function OrganisationHome() {
  const data = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  if (data.view === 'profile')
    return <ProfileBody profile={data.profile} manageLinks={data.profile.viewer.isMember} />;
  if (data.view === 'needs') {
    return (
      <NeedsView
        needs={data.needs}
        filter={data.needFilter}
        counts={data.needCounts}
        canManage={data.canManage}
        countries={data.countries}
        defaultDeadline={data.defaultDeadline}
        defaultCountry={data.organisation.country}
        standards={data.standards}
        verified={data.role === null ? null : data.organisation.verified}
      />
    );
  }
  return (
    <EmptyState title={t('needs.nothingYet.title')}>
      <p>{t('needs.nothingYet.text')}</p>
    </EmptyState>
  );
}

const STATUS_TONE = {
  OPEN: 'good',
  EVALUATING: 'info',
  DRAFT: 'neutral',
  AWARDED: 'good',
  CANCELLED: 'warn',
  CLOSED: 'neutral',
} as const;

/**
 * The lists a buyer picks between: needs still in play first; awarded ones; those closed or
 * cancelled, which would otherwise crowd the top of the list.
 */
type NeedFilterKey = 'current' | 'awarded' | 'ended';
const NEED_FILTERS: ReadonlyArray<{ key: NeedFilterKey; statuses: readonly NeedStatus[] }> = [
  { key: 'current', statuses: ['DRAFT', 'OPEN', 'EVALUATING'] },
  { key: 'awarded', statuses: ['AWARDED'] },
  { key: 'ended', statuses: ['CLOSED', 'CANCELLED'] },
];

function NeedsView({
  needs,
  filter,
  counts,
  canManage,
  countries,
  defaultDeadline,
  defaultCountry,
  standards,
  verified,
}: {
  needs: SourcingNeedView[];
  filter: NeedFilterKey;
  counts: Record<NeedFilterKey, number>;
  canManage: boolean;
  countries: CountryOption[];
  defaultDeadline: string;
  defaultCountry: string;
  standards: Array<{ code: string; name: string }>;
  /** Whether a broker verified the firm (decision 0008); null for visitors who are not its staff. */
  verified: boolean | null;
}) {
  const lastResult = useActionData<typeof action>();
  const navigation = useNavigation();
  const { t } = useTranslation();
  const format = useFormat();
  const [form, fields] = useForm({
    id: 'post-need',
    lastResult: navigation.state === 'idle' ? lastResult : null,
    constraint: getZodConstraint(CreateSourcingNeedSchema),
    defaultValue: {
      unit: 't',
      period: 'MONTH',
      deliveryCountry: defaultCountry,
      responseDeadline: defaultDeadline,
      schedule: { kind: 'RECURRING' },
      criticality: 'NON_CORE',
      visibility: 'PUBLIC',
      requirements: [{ level: 'EACH_SUPPLIER' }],
    },
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(pruneNeedForm(formData), { schema: CreateSourcingNeedSchema }),
  });
  return (
    <div className="layout-split">
      <section aria-labelledby="needs-title" className="layout-split__main">
        <h2 id="needs-title">{t('org.tab.needs')}</h2>
        {verified === null ? null : verified ? (
          <p>
            <Badge tone="good">{t('needs.verifiedBuyer')}</Badge>
          </p>
        ) : (
          <p className="muted small">
            <Badge tone="warn">{t('needs.unverified')}</Badge> {t('needs.unverifiedText')}
          </p>
        )}
        <nav aria-label={t('needs.whichNeeds')} className="filter-links">
          {NEED_FILTERS.map((f) => (
            <Link key={f.key} to={`?needs=${f.key}`} aria-current={f.key === filter ? 'page' : undefined}>
              {t(`needs.filter.${f.key}`)} <span className="muted">({format.number(counts[f.key])})</span>
            </Link>
          ))}
        </nav>
        {needs.length === 0 ? (
          filter === 'current' ? (
            <EmptyState title={t('needs.noneInProgress.title')} icon="◇">
              <p>{t('needs.noneInProgress.text')}</p>
            </EmptyState>
          ) : (
            <p className="muted">{t('needs.none')}</p>
          )
        ) : (
          <ul className="need-list">
            {needs.map((n) => (
              <li key={n.id}>
                <Link to={`/needs/${n.id}`} className="need-card">
                  <span className="need-card__title">
                    {n.title} <Badge tone={STATUS_TONE[n.status]}>{t(`needStatus.${n.status}`)}</Badge>
                  </span>
                  <span className="need-card__meta">
                    <span>
                      <ProductName code={n.productCode} name={n.productName} />
                    </span>
                    <span>{format.rate(n.quantity, n.unit, n.period)}</span>
                    <span>{t('needs.deliveredTo', { country: format.country(n.deliveryCountry) })}</span>
                    <span>{t('need.answersBy', { date: format.date(n.responseDeadline) })}</span>
                  </span>
                  <span className="need-card__go" aria-hidden="true">
                    {t('needs.seeMatches')}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      {canManage ? (
        <section aria-labelledby="post-title" className="panel layout-split__side">
          <h2 id="post-title">{t('needs.post.title')}</h2>
          <Form method="post" {...getFormProps(form)} className="stack">
            <FormErrors id={form.errorId} errors={form.errors} />
            <NeedFormFields form={form} fields={fields} countries={countries} standards={standards} />
            <label className="checkbox">
              <input
                {...getInputProps(fields.sealOffers, { type: 'checkbox' })}
                key={fields.sealOffers.key}
              />{' '}
              {t('needs.post.seal')}
            </label>
            <div className="button-row">
              <SubmitButton pending={navigation.state === 'submitting'}>
                {t('needs.post.submit')}
              </SubmitButton>
              <button type="submit" name="status" value="DRAFT" className="button">
                {t('needs.post.draft')}
              </button>
            </div>
          </Form>
        </section>
      ) : (
        <aside className="panel layout-split__side muted">{t('needs.post.whoMay')}</aside>
      )}
    </div>
  );
}
