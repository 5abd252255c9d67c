import { getFormProps, useForm } from '@conform-to/react';
import { getZodConstraint, parseWithZod } from '@conform-to/zod/v4';
import { CreateOrganisationSchema } from '@linkage/contracts';
import { VISIBILITY_TIERS } from '@linkage/domain';
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, redirect } from '@remix-run/node';
import { Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { Form } from '~/components/form';
import { CountrySelect } from '~/components/country-select';
import { FormErrors, InputField, SelectField, SubmitButton } from '~/components/forms';
import { LeadFirmVerification } from '~/components/lead-firm-verification';
import { Badge, EmptyState, KindBadge } from '~/components/ui';
import { requireUser } from '~/lib/auth.server';
import { countryOptions } from '~/lib/countries.server';
import { formatCountry, KIND_LABEL, VISIBILITY_LABEL } from '~/lib/format';
import { orThrow, replyWithApiError } from '~/lib/results.server';
import { attentionOf } from '~/lib/attention.server';
import { verifyLeadFirm } from '~/lib/lead-firm-verification.server';
import { redirectWithNotice } from '~/lib/session.server';

export const meta: MetaFunction = () => [{ title: 'Dashboard — Linkage Exchange' }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, organisations, api } = await requireUser(request);
  // A programme officer's first screen is the programme's desk, where the work is.
  const programmes = organisations.filter((o) => o.kind === 'PROGRAMME');
  if (programmes.length === 1 && organisations.length === 1) throw redirect(`/programmes/${programmes[0]!.id}`);
  // Programme staff verify their enrolled lead firms here, admins every lead firm (decisions 0008, 0012).
  const verifies = user.platformRole === 'ADMIN' || organisations.some((o) => o.kind === 'PROGRAMME');
  const [leadFirms, attention] = await Promise.all([
    verifies ? api.listLeadFirms().then((r) => orThrow(request, r)) : null,
    attentionOf(api, organisations),
  ]);
  return { user, organisations, leadFirms, attention, countries: countryOptions() };
}

export async function action({ request }: ActionFunctionArgs) {
  const { api } = await requireUser(request);
  const formData = await request.formData();
  const intent = formData.get('intent');
  if (intent === 'verify' || intent === 'unverify') return verifyLeadFirm(request, api, formData, '/dashboard');
  const submission = parseWithZod(formData, { schema: CreateOrganisationSchema });
  if (submission.status !== 'success') return submission.reply();
  const result = await api.createOrganisation(submission.value);
  if (!result.ok) return replyWithApiError(submission, result);
  return redirectWithNotice(
    request,
    `/organisations/${result.data.id}`,
    `${result.data.legalName} is set up. You are its owner.`,
  );
}

export default function Dashboard() {
  const { user, organisations, leadFirms, attention, countries } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const navigation = useNavigation();
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
        <h1>Welcome, {firstName}</h1>
        <p className="muted">What needs your attention, your organisations, and where to start a new one.</p>
      </div>
      <Attention attention={attention} />
      <div className="layout-split">
        <section aria-labelledby="orgs-title" className="layout-split__main">
          {leadFirms ? <LeadFirmVerification leadFirms={leadFirms} /> : null}
          <h2 id="orgs-title">Your organisations</h2>
          {organisations.length === 0 ? (
            <EmptyState title="You are not part of an organisation yet" icon="◎">
              <p>
                Create one with the form — a <strong>lead firm</strong> to post sourcing needs, or a{' '}
                <strong>producer group</strong> to record what your members supply. If a colleague invited
                you, open the link in their e-mail.
              </p>
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
                        {formatCountry(o.country)}
                        {o.region ? ` · ${o.region}` : ''}
                      </span>
                      <span className="muted">Your role: {o.role.toLowerCase()}</span>
                    </span>
                    <span className="org-card__hint" aria-hidden="true">
                      {o.kind === 'LEAD_FIRM'
                        ? 'Sourcing needs →'
                        : o.kind === 'PRODUCER_GROUP'
                          ? 'What we supply →'
                          : 'Open →'}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="create-title" className="panel layout-split__side">
          <h2 id="create-title">Create an organisation</h2>
          <Form method="post" {...getFormProps(form)} className="stack">
            <FormErrors id={form.errorId} errors={form.errors} />
            <fieldset className="choice-group" aria-describedby={fields.kind.errorId}>
              <legend>It is a…</legend>
              {(['PRODUCER_GROUP', 'LEAD_FIRM'] as const).map((kind) => (
                <label key={kind} className="choice">
                  <input
                    type="radio"
                    name={fields.kind.name}
                    value={kind}
                    defaultChecked={fields.kind.initialValue === kind}
                  />
                  <span>
                    <strong>{KIND_LABEL[kind]}</strong>
                    <span className="choice__hint">
                      {kind === 'LEAD_FIRM'
                        ? 'A buyer looking for local suppliers'
                        : 'A consortium, cooperative or association of producers'}
                    </span>
                  </span>
                </label>
              ))}
              {fields.kind.errors ? (
                <p id={fields.kind.errorId} className="field-errors" role="alert">
                  {fields.kind.errors.join(' ')}
                </p>
              ) : null}
            </fieldset>
            <InputField label="Legal name" meta={fields.legalName} autoComplete="organization" />
            <CountrySelect label="Country" meta={fields.country} countries={countries} />
            <InputField label="Region (optional)" meta={fields.region} placeholder="e.g. Souss-Massa" />
            <SelectField
              label="Who may see the profile"
              hint="Early-stage groups often prefer to stay discreet; you can change this later."
              meta={fields.visibility}
            >
              {VISIBILITY_TIERS.map((v) => (
                <option key={v} value={v}>
                  {VISIBILITY_LABEL[v]}
                </option>
              ))}
            </SelectField>
            <SubmitButton pending={navigation.state === 'submitting'}>Create organisation</SubmitButton>
          </Form>
        </section>
      </div>
    </>
  );
}

/** Per organisation: what asks for action now, then the first steps still to take, each a link. */
function Attention({ attention }: { attention: ReturnType<typeof useLoaderData<typeof loader>>['attention'] }) {
  const shown = attention.filter((a) => a.items.length || a.firstSteps);
  if (!shown.length) return null;
  return (
    <section aria-labelledby="attention-title" className="section-tight">
      <h2 id="attention-title">Needs your attention</h2>
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
                    {item.tone === 'warn' ? <Badge tone="warn">renew</Badge> : null}
                    {item.tone === 'action' ? <Badge tone="info">to do</Badge> : null}
                  </li>
                ))}
              </ul>
            ) : null}
            {a.firstSteps ? (
              <div>
                <p className="small">
                  <strong>
                    First steps: {a.firstSteps.filter((s) => s.done).length} of {a.firstSteps.length} done
                  </strong>
                </p>
                <ol className="first-steps">
                  {a.firstSteps.map((step) => (
                    <li key={step.label} className={step.done ? 'first-steps__done' : undefined}>
                      <span aria-hidden="true">{step.done ? '✓' : '○'}</span>{' '}
                      {step.done ? (
                        <span>{step.label}</span>
                      ) : (
                        <Link to={step.link}>{step.label}</Link>
                      )}
                      <span className="visually-hidden">{step.done ? ' (done)' : ' (to do)'}</span>
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
