import { getFormProps, useForm } from '@conform-to/react';
import { getZodConstraint, parseWithZod } from '@conform-to/zod/v4';
import { CreateProgrammeSchema } from '@linkage/contracts';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { Form } from '~/components/form';
import { MANAGING_ROLES } from '@linkage/domain';
import { CountrySelect } from '~/components/country-select';
import { FormErrors, InputField, SubmitButton, TextareaField } from '~/components/forms';
import { EmptyState } from '~/components/ui';
import { requireUser } from '~/lib/auth.server';
import { countryOptions } from '~/lib/countries.server';
import { i18nServer } from '~/lib/i18n.server';
import { metaT, pageTitle } from '~/lib/i18n-meta';
import { listText } from '~/lib/list-field';
import { orThrow, replyWithApiError } from '~/lib/results.server';
import { redirectWithNotice } from '~/lib/session.server';
import { useFormat } from '~/lib/use-format';

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, metaT(matches)('nav.programmes'))];

/** The admin's form: the API's own rules, with the scope lists typed as text. */
const ProgrammeFields = CreateProgrammeSchema.extend({
  scopeCountries: listText(CreateProgrammeSchema.shape.scopeCountries.unwrap()),
  scopeHsChapters: listText(CreateProgrammeSchema.shape.scopeHsChapters.unwrap()),
});

/** Groups and lead firms enrol; programmes, enterprises and providers do not (decision 0012). */
const ENROLLING = ['PRODUCER_GROUP', 'LEAD_FIRM'] as const;

export async function loader({ request }: LoaderFunctionArgs) {
  const { api, organisations, user, locale } = await requireUser(request);
  const managed = organisations.filter(
    (o) => (ENROLLING as readonly string[]).includes(o.kind) && MANAGING_ROLES.includes(o.role),
  );
  const [programmes, enrolments] = await Promise.all([
    api.listProgrammes().then((r) => orThrow(request, r)),
    Promise.all(managed.map((o) => api.enrolmentsOf(o.id).then((r) => orThrow(request, r)))),
  ]);
  const staffOf = new Set(organisations.filter((o) => o.kind === 'PROGRAMME').map((o) => o.id));
  const isAdmin = user.platformRole === 'ADMIN';
  return {
    isAdmin,
    countries: isAdmin ? countryOptions(locale) : [],
    programmes: programmes.map((p) => ({ ...p, mine: staffOf.has(p.id) })),
    managed: managed.map((o, i) => ({
      id: o.id,
      name: o.legalName,
      enrolledIn: Object.fromEntries(enrolments[i]!.map((e) => [e.programme.id, e.enrolledOn])),
    })),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const { api, locale } = await requireUser(request);
  const t = await i18nServer.getFixedT(locale);
  const form = await request.formData();
  if (form.get('intent') === 'create') {
    const submission = parseWithZod(form, { schema: ProgrammeFields });
    if (submission.status !== 'success') return submission.reply();
    const created = await api.createProgramme(submission.value);
    if (!created.ok)
      return replyWithApiError(submission, created, { listFields: ['scopeCountries', 'scopeHsChapters'] });
    return redirectWithNotice(
      request,
      `/programmes/${created.data.id}`,
      t('programmes.created', { name: created.data.legalName }),
    );
  }
  const programmeId = String(form.get('programmeId') ?? '');
  const organisationId = String(form.get('organisationId') ?? '');
  if (form.get('intent') === 'withdraw') {
    await orThrow(request, await api.withdrawEnrolment(programmeId, organisationId));
    return redirectWithNotice(request, '/programmes', t('programmes.withdrawn'));
  }
  const enrolment = await orThrow(request, await api.enrol(programmeId, organisationId));
  return redirectWithNotice(
    request,
    '/programmes',
    t('programmes.enrolled', {
      organisation: enrolment.organisation.name,
      programme: enrolment.programme.name,
    }),
  );
}

/**
 * Programmes that broker linkages, and enrolment — a group's or lead firm's consent to a programme's
 * brokers seeing all of it. Everything is a form: it works without JavaScript.
 */
export default function Programmes() {
  const { programmes, managed, isAdmin, countries } = useLoaderData<typeof loader>();
  const navigation = useNavigation();
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      <div className="page-header">
        <h1>{t('nav.programmes')}</h1>
        <p className="muted">{t('programmes.intro')}</p>
      </div>
      {isAdmin ? <NewProgramme countries={countries} /> : null}
      {programmes.length === 0 ? (
        <EmptyState title={t('programmes.none.title')} icon="◎">
          <p>{t('programmes.none.text')}</p>
        </EmptyState>
      ) : (
        <ul className="card-list">
          {programmes.map((p) => (
            <li key={p.id} className="card programme-card">
              <p className="programme-card__title">
                {p.mine ? <Link to={`/programmes/${p.id}`}>{p.legalName}</Link> : p.legalName}{' '}
                <span className="muted small">{format.country(p.country)}</span>
              </p>
              {p.description ? <p className="small">{p.description}</p> : null}
              <p className="small muted">
                {t('programmes.worksWith', {
                  countries: p.scopeCountries.length
                    ? p.scopeCountries.map((c) => format.country(c)).join(', ')
                    : t('programmes.anyCountry'),
                })}
                {p.scopeHsChapters.length
                  ? ` · ${t('programmes.hsChapters', { chapters: p.scopeHsChapters.join(', ') })}`
                  : ''}{' '}
                ·{' '}
                {t('programmes.enrolledCounts', {
                  groups: t('programmes.groups', { count: p.enrolledGroups }),
                  firms: t('programmes.leadFirms', { count: p.enrolledLeadFirms }),
                })}
              </p>
              {managed.map((o) => {
                const since = o.enrolledIn[p.id];
                const busy =
                  navigation.formData?.get('programmeId') === p.id &&
                  navigation.formData?.get('organisationId') === o.id;
                return (
                  <Form method="post" key={o.id} className="inline-form">
                    <input type="hidden" name="programmeId" value={p.id} />
                    <input type="hidden" name="organisationId" value={o.id} />
                    {since ? (
                      <>
                        <span className="small">
                          {t('programmes.enrolledOn', { name: o.name, date: format.date(since) })}
                        </span>
                        <button
                          type="submit"
                          name="intent"
                          value="withdraw"
                          className="button button--small"
                          disabled={busy}
                        >
                          {t('programmes.withdraw', { name: o.name })}
                        </button>
                      </>
                    ) : (
                      <button
                        type="submit"
                        name="intent"
                        value="enrol"
                        className="button button--small button--primary"
                        disabled={busy}
                      >
                        {t('programmes.enrol', { name: o.name })}
                      </button>
                    )}
                  </Form>
                );
              })}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** A platform admin sets up a programme; its owners then bring in its brokers (decision 0012). */
function NewProgramme({ countries }: { countries: ReturnType<typeof countryOptions> }) {
  const lastResult = useActionData<typeof action>();
  const navigation = useNavigation();
  const { t } = useTranslation();
  const [form, fields] = useForm({
    id: 'new-programme',
    lastResult: lastResult && 'status' in lastResult ? lastResult : undefined,
    constraint: getZodConstraint(ProgrammeFields),
    shouldValidate: 'onBlur',
    // Errors clear as the person types, so the button does not move under their click.
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ProgrammeFields }),
  });
  return (
    <section aria-labelledby="new-programme-title" className="panel">
      <h2 id="new-programme-title">{t('programmes.new.title')}</h2>
      <Form method="post" {...getFormProps(form)} className="stack">
        <input type="hidden" name="intent" value="create" />
        <FormErrors id={form.errorId} errors={form.errors} />
        <InputField label={t('members.name')} meta={fields.legalName} />
        <CountrySelect label={t('programmes.new.basedIn')} meta={fields.country} countries={countries} />
        <InputField label={t('programmes.new.region')} meta={fields.region} />
        <TextareaField label={t('programmes.new.description')} meta={fields.description} />
        <InputField
          label={t('programmes.new.countries')}
          hint={t('programmes.new.countriesHint')}
          meta={fields.scopeCountries}
        />
        <InputField
          label={t('programmes.new.chapters')}
          hint={t('programmes.new.chaptersHint')}
          meta={fields.scopeHsChapters}
        />
        <SubmitButton pending={navigation.state === 'submitting'}>{t('programmes.new.submit')}</SubmitButton>
      </Form>
    </section>
  );
}
