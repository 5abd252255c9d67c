import { getFormProps, useForm } from '@conform-to/react';
import { getZodConstraint, parseWithZod } from '@conform-to/zod/v4';
import { CreateProgrammeSchema, countryField, hsChapterField } from '@linkage/contracts';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { Form } from '~/components/form';
import { MANAGING_ROLES } from '@linkage/domain';
import { CountrySelect } from '~/components/country-select';
import { FormErrors, InputField, SubmitButton, TextareaField } from '~/components/forms';
import { EmptyState } from '~/components/ui';
import { requireUser } from '~/lib/auth.server';
import { countryOptions } from '~/lib/countries.server';
import { formatCountry, formatDate } from '~/lib/format';
import { listText } from '~/lib/list-field';
import { orThrow, replyWithApiError } from '~/lib/results.server';
import { redirectWithNotice } from '~/lib/session.server';

export const meta: MetaFunction = () => [{ title: 'Programmes — Linkage Exchange' }];

/** The admin's form: the API's own rules, with the scope lists typed as text. */
const ProgrammeFields = CreateProgrammeSchema.extend({
  scopeCountries: listText(countryField, 60, 'countries'),
  scopeHsChapters: listText(hsChapterField, 97, 'chapters'),
});

/** Groups and lead firms enrol; programmes, enterprises and providers do not (decision 0012). */
const ENROLLING = ['PRODUCER_GROUP', 'LEAD_FIRM'] as const;

export async function loader({ request }: LoaderFunctionArgs) {
  const { api, organisations, user } = await requireUser(request);
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
    countries: isAdmin ? countryOptions() : [],
    programmes: programmes.map((p) => ({ ...p, mine: staffOf.has(p.id) })),
    managed: managed.map((o, i) => ({
      id: o.id,
      name: o.legalName,
      enrolledIn: Object.fromEntries(enrolments[i]!.map((e) => [e.programme.id, e.enrolledOn])),
    })),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const { api } = await requireUser(request);
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
      `${created.data.legalName} is set up and you are its owner: invite its owners and brokers from its organisation page.`,
    );
  }
  const programmeId = String(form.get('programmeId') ?? '');
  const organisationId = String(form.get('organisationId') ?? '');
  if (form.get('intent') === 'withdraw') {
    await orThrow(request, await api.withdrawEnrolment(programmeId, organisationId));
    return redirectWithNotice(
      request,
      '/programmes',
      'Enrolment withdrawn: the programme’s brokers no longer see your private details.',
    );
  }
  const enrolment = await orThrow(request, await api.enrol(programmeId, organisationId));
  return redirectWithNotice(
    request,
    '/programmes',
    `${enrolment.organisation.name} is enrolled in ${enrolment.programme.name}: its brokers can now see all of it and introduce it to buyers.`,
  );
}

/**
 * Programmes that broker linkages, and enrolment — a group's or lead firm's consent to a programme's
 * brokers seeing all of it. Everything is a form: it works without JavaScript.
 */
export default function Programmes() {
  const { programmes, managed, isAdmin, countries } = useLoaderData<typeof loader>();
  const navigation = useNavigation();
  return (
    <>
      <div className="page-header">
        <h1>Programmes</h1>
        <p className="muted">
          Business-linkage programmes introduce producer groups to buyers, plan upgrading and follow each
          linkage. Enrolling lets a programme’s brokers see your whole profile — members, capacity,
          certificates — and, for a lead firm, the needs you share with them. You can withdraw at any time.
        </p>
      </div>
      {isAdmin ? <NewProgramme countries={countries} /> : null}
      {programmes.length === 0 ? (
        <EmptyState title="No programme yet" icon="◎">
          <p>Programmes are set up by the platform’s administrators.</p>
        </EmptyState>
      ) : (
        <ul className="card-list">
          {programmes.map((p) => (
            <li key={p.id} className="card programme-card">
              <p className="programme-card__title">
                {p.mine ? <Link to={`/programmes/${p.id}`}>{p.legalName}</Link> : p.legalName}{' '}
                <span className="muted small">{formatCountry(p.country)}</span>
              </p>
              {p.description ? <p className="small">{p.description}</p> : null}
              <p className="small muted">
                Works with{' '}
                {p.scopeCountries.length ? p.scopeCountries.map((c) => formatCountry(c)).join(', ') : 'any country'}
                {p.scopeHsChapters.length ? ` · HS chapters ${p.scopeHsChapters.join(', ')}` : ''} ·{' '}
                {p.enrolledGroups} group{p.enrolledGroups === 1 ? '' : 's'} and {p.enrolledLeadFirms} lead
                firm
                {p.enrolledLeadFirms === 1 ? '' : 's'} enrolled
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
                          {o.name} enrolled on {formatDate(since)}.
                        </span>
                        <button
                          type="submit"
                          name="intent"
                          value="withdraw"
                          className="button button--small"
                          disabled={busy}
                        >
                          Withdraw {o.name}
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
                        Enrol {o.name}
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
      <h2 id="new-programme-title">Set up a programme</h2>
      <Form method="post" {...getFormProps(form)} className="stack">
        <input type="hidden" name="intent" value="create" />
        <FormErrors id={form.errorId} errors={form.errors} />
        <InputField label="Name" meta={fields.legalName} />
        <CountrySelect label="Based in" meta={fields.country} countries={countries} />
        <InputField label="City or region (optional)" meta={fields.region} />
        <TextareaField label="What it does (optional)" meta={fields.description} />
        <InputField
          label="Countries of its producers"
          hint="Two-letter codes separated by commas, e.g. MA, TN; leave empty for anywhere."
          meta={fields.scopeCountries}
        />
        <InputField
          label="HS chapters of its value chains"
          hint="Two digits each, e.g. 09, 15, 61; leave empty for every product."
          meta={fields.scopeHsChapters}
        />
        <SubmitButton pending={navigation.state === 'submitting'}>Set up the programme</SubmitButton>
      </Form>
    </section>
  );
}
