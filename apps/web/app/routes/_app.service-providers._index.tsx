import { getFormProps, useForm } from '@conform-to/react';
import { getZodConstraint, parseWithZod } from '@conform-to/zod/v4';
import { CreateServiceProviderSchema, type ServiceProviderView } from '@linkage/contracts';
import { PROVIDER_SERVICES } from '@linkage/domain';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useActionData, useLoaderData, useNavigation, useSearchParams } from '@remix-run/react';
import { Form } from '~/components/form';
import { CountrySelect } from '~/components/country-select';
import { ErrorList, FormErrors, InputField, SubmitButton, TextareaField } from '~/components/forms';
import { EmptyState } from '~/components/ui';
import { requireUser } from '~/lib/auth.server';
import { countryOptions } from '~/lib/countries.server';
import { formatCountry } from '~/lib/format';
import { listText } from '~/lib/list-field';
import { orThrow, replyWithApiError } from '~/lib/results.server';
import { redirectWithNotice } from '~/lib/session.server';
import { PROVIDER_SERVICE_LABEL } from '~/lib/upgrading';

export const meta: MetaFunction = () => [{ title: 'Service providers — Linkage Exchange' }];

/** The API's own rules, with the countries served typed as a list. */
const ProviderFields = CreateServiceProviderSchema.extend({
  countriesServed: listText(CreateServiceProviderSchema.shape.countriesServed),
});

export async function loader({ request }: LoaderFunctionArgs) {
  const { api, organisations, user } = await requireUser(request);
  const url = new URL(request.url);
  const filter = {
    service: url.searchParams.get('service') ?? '',
    country: url.searchParams.get('country') ?? '',
  };
  const providers = await orThrow(request, await api.listServiceProviders(filter));
  // Brokers (staff of a programme) and admins add to the directory.
  const canAdd = user.platformRole === 'ADMIN' || organisations.some((o) => o.kind === 'PROGRAMME');
  return { providers, filter, canAdd, countries: countryOptions() };
}

/** Add a provider, or (its programme's staff, admins) correct one: the form states the whole entry. */
export async function action({ request }: ActionFunctionArgs) {
  const { api } = await requireUser(request);
  const formData = await request.formData();
  const providerId = String(formData.get('providerId') ?? '');
  const submission = parseWithZod(formData, { schema: ProviderFields });
  if (submission.status !== 'success') return submission.reply();
  const v = submission.value;
  const saved = providerId
    ? await api.updateServiceProvider(providerId, {
        ...v,
        description: v.description ?? null,
        contactName: v.contactName ?? null,
        contactEmail: v.contactEmail ?? null,
        contactPhone: v.contactPhone ?? null,
        website: v.website ?? null,
      })
    : await api.createServiceProvider(v);
  if (!saved.ok) return replyWithApiError(submission, saved, { listFields: ['countriesServed', 'services'] });
  const notice = providerId
    ? `Saved: ${saved.data.legalName}.`
    : `${saved.data.legalName} is in the directory.`;
  return redirectWithNotice(request, '/service-providers', notice);
}

export default function ServiceProviders() {
  const { providers, filter, canAdd, countries } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const editing = providers.find((p) => p.id === params.get('edit') && p.editable);
  return (
    <>
      <div className="page-header">
        <h1>Service providers</h1>
        <p className="muted">
          Certification bodies, laboratories, consultants, trainers and lenders who help suppliers close their
          gaps.
        </p>
      </div>
      <div className="layout-split">
        <section aria-labelledby="directory-title" className="layout-split__main stack">
          <h2 id="directory-title" className="visually-hidden">
            Directory
          </h2>
          <Form
            method="get"
            className="field-row provider-filter"
            key={`${filter.service}|${filter.country}`}
          >
            <label className="field">
              Service
              <select name="service" defaultValue={filter.service}>
                <option value="">Any service</option>
                {PROVIDER_SERVICES.map((s) => (
                  <option key={s} value={s}>
                    {PROVIDER_SERVICE_LABEL[s]}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              Works in
              <select name="country" defaultValue={filter.country}>
                <option value="">Any country</option>
                {countries.map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.name}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" className="button">
              Show
            </button>
          </Form>
          {providers.length === 0 ? (
            <EmptyState title="No provider matches">Try another service or country.</EmptyState>
          ) : (
            <ul className="card-list provider-list">
              {providers.map((p) => (
                <li key={p.id} className="card stack-sm">
                  <h3>
                    {p.legalName} <span className="muted">{formatCountry(p.country)}</span>
                  </h3>
                  <ul className="chips" aria-label="Services">
                    {p.services.map((s) => (
                      <li key={s} className="chip">
                        {PROVIDER_SERVICE_LABEL[s]}
                      </li>
                    ))}
                  </ul>
                  {p.description ? <p>{p.description}</p> : null}
                  <p className="small">Works in {p.countriesServed.map((c) => formatCountry(c)).join(', ')}</p>
                  <p className="small">
                    {[p.contactName, p.contactPhone].filter(Boolean).join(' · ')}
                    {p.contactEmail ? (
                      <>
                        {p.contactName || p.contactPhone ? ' · ' : ''}
                        <a href={`mailto:${p.contactEmail}`}>{p.contactEmail}</a>
                      </>
                    ) : null}
                    {p.website ? (
                      <>
                        {' · '}
                        <a href={p.website} rel="noopener noreferrer">
                          website
                        </a>
                      </>
                    ) : null}
                  </p>
                  {p.addedByProgramme ? (
                    <p className="small muted">Added by {p.addedByProgramme.name}</p>
                  ) : null}
                  {p.editable ? (
                    <Link
                      to={`?edit=${p.id}#add-title`}
                      className="button button--small"
                      aria-label={`Edit ${p.legalName}`}
                    >
                      Edit
                    </Link>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </section>
        {canAdd ? <ProviderForm key={editing?.id ?? 'new'} provider={editing} countries={countries} /> : null}
      </div>
    </>
  );
}

function ProviderForm({
  provider: p,
  countries,
}: {
  provider: ServiceProviderView | undefined;
  countries: { code: string; name: string }[];
}) {
  const lastResult = useActionData<typeof action>();
  const pending = useNavigation().state === 'submitting';
  const [form, fields] = useForm({
    id: p ? `provider-${p.id}` : 'add-provider',
    lastResult,
    defaultValue: p
      ? {
          legalName: p.legalName,
          country: p.country,
          services: p.services,
          countriesServed: p.countriesServed.join(', '),
          description: p.description ?? '',
          contactName: p.contactName ?? '',
          contactEmail: p.contactEmail ?? '',
          contactPhone: p.contactPhone ?? '',
          website: p.website ?? '',
        }
      : undefined,
    constraint: getZodConstraint(CreateServiceProviderSchema),
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ProviderFields }),
  });
  return (
    <section aria-labelledby="add-title" className="panel layout-split__side">
      <h2 id="add-title">{p ? `Edit ${p.legalName}` : 'Add a provider'}</h2>
      <Form method="post" {...getFormProps(form)} className="stack">
        {p ? <input type="hidden" name="providerId" value={p.id} /> : null}
        <FormErrors id={form.errorId} errors={form.errors} />
        <InputField label="Name" meta={fields.legalName} />
        <CountrySelect label="Based in" meta={fields.country} countries={countries} />
        <fieldset>
          <legend>Services</legend>
          {PROVIDER_SERVICES.map((s) => (
            <label key={s} className="checkbox">
              <input
                type="checkbox"
                name={fields.services.name}
                value={s}
                defaultChecked={p?.services.includes(s)}
              />{' '}
              {PROVIDER_SERVICE_LABEL[s]}
            </label>
          ))}
          <ErrorList id={fields.services.errorId} errors={fields.services.errors} />
        </fieldset>
        <InputField
          label="Countries it works in"
          hint="Two-letter codes separated by commas, e.g. MA, TN"
          meta={fields.countriesServed}
        />
        <TextareaField label="What it does (optional)" meta={fields.description} />
        <InputField label="Contact person (optional)" meta={fields.contactName} />
        <InputField label="E-mail (optional)" type="email" meta={fields.contactEmail} />
        <InputField label="Phone (optional)" meta={fields.contactPhone} />
        <InputField label="Website (optional)" placeholder="https://" meta={fields.website} />
        <SubmitButton pending={pending}>{p ? 'Save the provider' : 'Add to the directory'}</SubmitButton>
        {p ? <Link to="?">Cancel the edit</Link> : null}
      </Form>
    </section>
  );
}
