import { getFormProps, useForm } from '@conform-to/react';
import { getZodConstraint, parseWithZod } from '@conform-to/zod/v4';
import { CreateOrganisationSchema } from '@linkage/contracts';
import { VISIBILITY_TIERS } from '@linkage/domain';
import {
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
} from '@remix-run/node';
import { Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { Form } from '~/components/form';
import { CountrySelect } from '~/components/country-select';
import { FormErrors, InputField, SelectField, SubmitButton } from '~/components/forms';
import { LeadFirmVerification } from '~/components/lead-firm-verification';
import { Badge, EmptyState, KindBadge } from '~/components/ui';
import { requireUser } from '~/lib/auth.server';
import { countryOptions } from '~/lib/countries.server';
import { orThrow, replyWithApiError } from '~/lib/results.server';
import { attentionOf } from '~/lib/attention.server';
import { verifyLeadFirm } from '~/lib/lead-firm-verification.server';
import { i18nServer } from '~/lib/i18n.server';
import { metaT, pageTitle } from '~/lib/i18n-meta';
import { redirectWithNotice } from '~/lib/session.server';
import { useFormat } from '~/lib/use-format';

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, metaT(matches)('nav.dashboard'))];

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, organisations, api, locale } = await requireUser(request);
  // A programme officer's first screen is the programme's desk, where the work is.
  const programmes = organisations.filter((o) => o.kind === 'PROGRAMME');
  if (programmes.length === 1 && organisations.length === 1)
    throw redirect(`/programmes/${programmes[0]!.id}`);
  // Programme staff verify their enrolled lead firms here, admins every lead firm (decisions 0008, 0012).
  const verifies = user.platformRole === 'ADMIN' || organisations.some((o) => o.kind === 'PROGRAMME');
  const [leadFirms, attention] = await Promise.all([
    verifies ? api.listLeadFirms().then((r) => orThrow(request, r)) : null,
    attentionOf(api, organisations, { t: await i18nServer.getFixedT(locale), locale }),
  ]);
  return { user, organisations, leadFirms, attention, countries: countryOptions(locale) };
}

export async function action({ request }: ActionFunctionArgs) {
  const { api, locale } = await requireUser(request);
  const formData = await request.formData();
  const intent = formData.get('intent');
  if (intent === 'verify' || intent === 'unverify')
    return verifyLeadFirm(request, api, formData, '/dashboard');
  const submission = parseWithZod(formData, { schema: CreateOrganisationSchema });
  if (submission.status !== 'success') return submission.reply();
  const result = await api.createOrganisation(submission.value);
  if (!result.ok) return replyWithApiError(submission, result);
  const t = await i18nServer.getFixedT(locale);
  return redirectWithNotice(
    request,
    `/organisations/${result.data.id}`,
    t('dashboard.created', { name: result.data.legalName }),
  );
}

export default function Dashboard() {
  const { user, organisations, leadFirms, attention, countries } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const navigation = useNavigation();
  const { t } = useTranslation();
  const format = useFormat();
  const [form, fields] = useForm({
    id: 'create-organisation',
    lastResult,
    constraint: getZodConstraint(CreateOrganisationSchema),
    defaultValue: { kind: 'PRODUCER_GROUP', visibility: 'PUBLIC' },
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: CreateOrganisationSchema }),
  });
  const firstName = user.name.split(/\s+/)[0] ?? user.name;

  return (
    <>
      <div className="page-header">
        <h1>{t('dashboard.welcome', { name: firstName })}</h1>
        <p className="muted">{t('dashboard.intro')}</p>
      </div>
      <Attention attention={attention} />
      <div className="layout-split">
        <section aria-labelledby="orgs-title" className="layout-split__main">
          {leadFirms ? <LeadFirmVerification leadFirms={leadFirms} /> : null}
          <h2 id="orgs-title">{t('dashboard.yourOrganisations')}</h2>
          {organisations.length === 0 ? (
            <EmptyState title={t('dashboard.none.title')} icon="◎">
              <p>{t('dashboard.none.text')}</p>
            </EmptyState>
          ) : (
            <ul className="org-list">
              {organisations.map((o) => (
                <li key={o.id}>
                  <Link to={`/organisations/${o.id}`} className="org-card">
                    <span className="org-card__name">{o.legalName}</span>
                    <span className="org-card__meta">
                      <KindBadge kind={o.kind} />
                      <span>
                        {format.country(o.country)}
                        {o.region ? ` · ${o.region}` : ''}
                      </span>
                      <span className="muted">{t('org.yourRole', { role: t(`role.${o.role}`) })}</span>
                    </span>
                    <span className="org-card__hint" aria-hidden="true">
                      {o.kind === 'LEAD_FIRM'
                        ? t('dashboard.hint.needs')
                        : o.kind === 'PRODUCER_GROUP'
                          ? t('dashboard.hint.supply')
                          : t('dashboard.hint.open')}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="create-title" className="panel layout-split__side">
          <h2 id="create-title">{t('dashboard.create.title')}</h2>
          <Form method="post" {...getFormProps(form)} className="stack">
            <FormErrors id={form.errorId} errors={form.errors} />
            <fieldset className="choice-group" aria-describedby={fields.kind.errorId}>
              <legend>{t('dashboard.create.kind')}</legend>
              {(['PRODUCER_GROUP', 'LEAD_FIRM'] as const).map((kind) => (
                <label key={kind} className="choice">
                  <input
                    type="radio"
                    name={fields.kind.name}
                    value={kind}
                    defaultChecked={fields.kind.initialValue === kind}
                  />
                  <span>
                    <strong>{t(`kind.${kind}`)}</strong>
                    <span className="choice__hint">{t(`dashboard.create.kindHint.${kind}`)}</span>
                  </span>
                </label>
              ))}
              {fields.kind.errors ? (
                <p id={fields.kind.errorId} className="field-errors" role="alert">
                  {fields.kind.errors
                    .map((e) =>
                      t(e, { ns: 'validation', defaultValue: e, keySeparator: false, nsSeparator: false }),
                    )
                    .join(' ')}
                </p>
              ) : null}
            </fieldset>
            <InputField
              label={t('dashboard.create.legalName')}
              meta={fields.legalName}
              autoComplete="organization"
            />
            <CountrySelect
              label={t('dashboard.create.country')}
              meta={fields.country}
              countries={countries}
            />
            <InputField
              label={t('dashboard.create.region')}
              meta={fields.region}
              placeholder={t('dashboard.create.regionExample')}
            />
            <SelectField
              label={t('dashboard.create.visibility')}
              hint={t('dashboard.create.visibilityHint')}
              meta={fields.visibility}
            >
              {VISIBILITY_TIERS.map((v) => (
                <option key={v} value={v}>
                  {t(`visibility.${v}`)}
                </option>
              ))}
            </SelectField>
            <SubmitButton pending={navigation.state === 'submitting'}>
              {t('dashboard.create.submit')}
            </SubmitButton>
          </Form>
        </section>
      </div>
    </>
  );
}

/** Per organisation: what asks for action now, then the first steps still to take, each a link. */
function Attention({
  attention,
}: {
  attention: ReturnType<typeof useLoaderData<typeof loader>>['attention'];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const shown = attention.filter((a) => a.items.length || a.firstSteps);
  if (!shown.length) return null;
  return (
    <section aria-labelledby="attention-title" className="section-tight">
      <h2 id="attention-title">{t('dashboard.attention')}</h2>
      <ul className="card-list">
        {shown.map((a) => (
          <li key={a.id} className="card programme-card">
            <p className="programme-card__title">
              <Link to={`/organisations/${a.id}`}>{a.name}</Link>
            </p>
            {a.items.length ? (
              <ul className="task-list">
                {a.items.map((item) => (
                  <li key={item.text} className="task">
                    <Link to={item.link}>{item.text}</Link>
                    {item.tone === 'warn' ? <Badge tone="warn">{t('dashboard.renew')}</Badge> : null}
                    {item.tone === 'action' ? <Badge tone="info">{t('dashboard.toDo')}</Badge> : null}
                  </li>
                ))}
              </ul>
            ) : null}
            {a.firstSteps ? (
              <div>
                <p className="small">
                  <strong>
                    {t('dashboard.firstSteps', {
                      done: format.number(a.firstSteps.filter((s) => s.done).length),
                      count: a.firstSteps.length,
                    })}
                  </strong>
                </p>
                <ol className="first-steps">
                  {a.firstSteps.map((step) => (
                    <li key={step.label} className={step.done ? 'first-steps__done' : undefined}>
                      <span aria-hidden="true">{step.done ? '✓' : '○'}</span>{' '}
                      {step.done ? <span>{step.label}</span> : <Link to={step.link}>{step.label}</Link>}
                      <span className="visually-hidden">
                        {step.done ? t('dashboard.stepDone') : t('dashboard.stepToDo')}
                      </span>
                      {!step.done ? <span className="block small muted">{step.hint}</span> : null}
                    </li>
                  ))}
                </ol>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
