import { getFormProps, useForm } from '@conform-to/react';
import { getZodConstraint, parseWithZod } from '@conform-to/zod/v4';
import {
  type CapacityEntryView,
  CreateCapacityEntrySchema,
  CreateSourcingNeedSchema,
  type SourcingNeedView,
} from '@linkage/contracts';
import { PERIODS, UNITS } from '@linkage/domain';
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { CountrySelect, type CountryOption } from '~/components/country-select';
import { FormErrors, InputField, SelectField, SubmitButton, TextareaField } from '~/components/forms';
import { Badge, EmptyState } from '~/components/ui';
import { requireUser } from '~/lib/auth.server';
import { countryOptions } from '~/lib/countries.server';
import { formatCountry, formatDate, formatHsCode, formatRate, PERIOD_LABEL, unitLabel } from '~/lib/format';
import { loadOrganisation } from '~/lib/organisations.server';
import { orThrow, replyWithApiError } from '~/lib/results.server';
import { redirectWithNotice } from '~/lib/session.server';

export async function loader({ request, params }: LoaderFunctionArgs) {
  const auth = await requireUser(request);
  const org = await loadOrganisation(request, auth, params.orgId!);
  const id = org.organisation.id;
  if (org.organisation.kind === 'PRODUCER_GROUP') {
    const entries = await orThrow(request, await auth.api.listCapacityEntries(id));
    return { view: 'supply' as const, ...org, entries };
  }
  if (org.organisation.kind === 'LEAD_FIRM') {
    const needs = await orThrow(request, await auth.api.listNeeds(id));
    const deadline = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    return { view: 'needs' as const, ...org, needs, countries: countryOptions(), defaultDeadline: deadline };
  }
  return { view: 'none' as const, ...org };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const auth = await requireUser(request);
  const { organisation } = await loadOrganisation(request, auth, params.orgId!);
  const formData = await request.formData();
  if (organisation.kind === 'PRODUCER_GROUP') {
    const submission = parseWithZod(formData, { schema: CreateCapacityEntrySchema });
    if (submission.status !== 'success') return submission.reply();
    const result = await auth.api.createCapacityEntry(organisation.id, submission.value);
    if (!result.ok) return replyWithApiError(submission, result);
    return redirectWithNotice(
      request,
      `/organisations/${organisation.id}`,
      `Recorded: ${result.data.productLabel}, ${formatRate(result.data.quantity, result.data.unit, result.data.period)}.`,
    );
  }
  if (organisation.kind === 'LEAD_FIRM') {
    const submission = parseWithZod(formData, { schema: CreateSourcingNeedSchema });
    if (submission.status !== 'success') return submission.reply();
    const result = await auth.api.createNeed(organisation.id, submission.value);
    if (!result.ok) return replyWithApiError(submission, result);
    return redirectWithNotice(
      request,
      `/needs/${result.data.id}`,
      'Your sourcing need is posted. Suppliers are being matched now.',
    );
  }
  throw new Response('This organisation has nothing to record here.', { status: 400 });
}

export default function OrganisationHome() {
  const data = useLoaderData<typeof loader>();
  if (data.view === 'supply') return <SupplyView entries={data.entries} canManage={data.canManage} />;
  if (data.view === 'needs') {
    return (
      <NeedsView
        needs={data.needs}
        canManage={data.canManage}
        countries={data.countries}
        defaultDeadline={data.defaultDeadline}
        defaultCountry={data.organisation.country}
      />
    );
  }
  return (
    <EmptyState title="Nothing to show here yet">
      <p>This kind of organisation does not post needs or record supply.</p>
    </EmptyState>
  );
}

function UnitOptions() {
  return (
    <>
      {UNITS.map((u) => (
        <option key={u} value={u} title={unitLabel(u)}>
          {u}
        </option>
      ))}
    </>
  );
}

function PeriodOptions() {
  return (
    <>
      {PERIODS.map((p) => (
        <option key={p} value={p}>
          {PERIOD_LABEL[p]}
        </option>
      ))}
    </>
  );
}

function SupplyView({ entries, canManage }: { entries: CapacityEntryView[]; canManage: boolean }) {
  return (
    <div className="layout-split">
      <section aria-labelledby="supply-title" className="layout-split__main">
        <h2 id="supply-title">What we supply</h2>
        {entries.length === 0 ? (
          <EmptyState title="No products recorded yet" icon="▦">
            <p>
              Record each product your members supply and how much per period. Buyers&apos; needs are matched against
              these lines.
            </p>
          </EmptyState>
        ) : (
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">Products and capacity</caption>
              <thead>
                <tr>
                  <th scope="col">Product</th>
                  <th scope="col">HS code</th>
                  <th scope="col" className="num">
                    Capacity
                  </th>
                  <th scope="col" className="num">
                    Lead time
                  </th>
                  <th scope="col">Recorded</th>
                </tr>
              </thead>
              <tbody>
                {entries.map((e) => (
                  <tr key={e.id}>
                    <td>{e.productLabel}</td>
                    <td>
                      <code>{formatHsCode(e.productCode)}</code>
                    </td>
                    <td className="num">{formatRate(e.quantity, e.unit, e.period)}</td>
                    <td className="num">{e.leadTimeDays == null ? '—' : `${e.leadTimeDays} days`}</td>
                    <td>{formatDate(e.createdAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {canManage ? (
        // A new key after each recorded product gives a fresh, empty form.
        <RecordSupplyForm key={entries.length} />
      ) : (
        <aside className="panel layout-split__side muted">Owners and admins of this group record its products.</aside>
      )}
    </div>
  );
}

function RecordSupplyForm() {
  const lastResult = useActionData<typeof action>();
  const navigation = useNavigation();
  const [form, fields] = useForm({
    id: 'record-supply',
    lastResult: navigation.state === 'idle' ? lastResult : null,
    constraint: getZodConstraint(CreateCapacityEntrySchema),
    defaultValue: { unit: 't', period: 'MONTH' },
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: CreateCapacityEntrySchema }),
  });
  return (
<section aria-labelledby="record-title" className="panel layout-split__side">
  <h2 id="record-title">Record a product</h2>
  <Form method="post" {...getFormProps(form)} className="stack">
    <FormErrors id={form.errorId} errors={form.errors} />
    <InputField
      label="HS product code"
      hint="6 digits of the HS 2022 nomenclature, e.g. 151590 for other fixed vegetable oils."
      meta={fields.productCode}
      inputMode="numeric"
    />
    <InputField label="Product label" meta={fields.productLabel} placeholder="e.g. Argan oil" />
    <div className="field-row">
      <InputField label="Quantity" meta={fields.quantity} type="number" step="any" min="0" />
      <SelectField label="Unit" meta={fields.unit}>
        <UnitOptions />
      </SelectField>
      <SelectField label="Per" meta={fields.period}>
        <PeriodOptions />
      </SelectField>
    </div>
    <InputField label="Lead time in days (optional)" meta={fields.leadTimeDays} type="number" min="0" step="1" />
    <SubmitButton pending={navigation.state === 'submitting'}>Record product</SubmitButton>
  </Form>
</section>
  );
}

const STATUS_TONE = { OPEN: 'good', EVALUATING: 'info', DRAFT: 'neutral', AWARDED: 'good', CANCELLED: 'warn', CLOSED: 'neutral' } as const;

function NeedsView({
  needs,
  canManage,
  countries,
  defaultDeadline,
  defaultCountry,
}: {
  needs: SourcingNeedView[];
  canManage: boolean;
  countries: CountryOption[];
  defaultDeadline: string;
  defaultCountry: string;
}) {
  const lastResult = useActionData<typeof action>();
  const navigation = useNavigation();
  const [form, fields] = useForm({
    id: 'post-need',
    lastResult: navigation.state === 'idle' ? lastResult : null,
    constraint: getZodConstraint(CreateSourcingNeedSchema),
    defaultValue: { unit: 't', period: 'MONTH', deliveryCountry: defaultCountry, responseDeadline: defaultDeadline },
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: CreateSourcingNeedSchema }),
  });
  return (
    <div className="layout-split">
      <section aria-labelledby="needs-title" className="layout-split__main">
        <h2 id="needs-title">Sourcing needs</h2>
        {needs.length === 0 ? (
          <EmptyState title="No sourcing needs posted yet" icon="◇">
            <p>Post what you want to buy locally; ranked supplier matches appear within seconds.</p>
          </EmptyState>
        ) : (
          <ul className="need-list">
            {needs.map((n) => (
              <li key={n.id}>
                <Link to={`/needs/${n.id}`} className="need-card">
                  <span className="need-card__title">
                    {n.title} <Badge tone={STATUS_TONE[n.status]}>{n.status.toLowerCase()}</Badge>
                  </span>
                  <span className="need-card__meta">
                    <span>
                      HS <code>{formatHsCode(n.productCode)}</code>
                    </span>
                    <span>{formatRate(n.quantity, n.unit, n.period)}</span>
                    <span>delivered to {formatCountry(n.deliveryCountry)}</span>
                    <span>answers by {formatDate(n.responseDeadline)}</span>
                  </span>
                  <span className="need-card__go" aria-hidden="true">
                    See matches →
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      {canManage ? (
        <section aria-labelledby="post-title" className="panel layout-split__side">
          <h2 id="post-title">Post a sourcing need</h2>
          <Form method="post" {...getFormProps(form)} className="stack">
            <FormErrors id={form.errorId} errors={form.errors} />
            <InputField label="Title" meta={fields.title} placeholder="e.g. Cold-pressed argan oil for cosmetics line" />
            <TextareaField label="Description (optional)" meta={fields.description} />
            <InputField
              label="HS product code"
              hint="2, 4 or 6 digits: a chapter, heading or subheading."
              meta={fields.productCode}
              inputMode="numeric"
            />
            <div className="field-row">
              <InputField label="Quantity" meta={fields.quantity} type="number" step="any" min="0" />
              <SelectField label="Unit" meta={fields.unit}>
                <UnitOptions />
              </SelectField>
              <SelectField label="Per" meta={fields.period}>
                <PeriodOptions />
              </SelectField>
            </div>
            <CountrySelect label="Delivery country" meta={fields.deliveryCountry} countries={countries} />
            <InputField label="Response deadline" meta={fields.responseDeadline} type="date" />
            <SubmitButton pending={navigation.state === 'submitting'}>Post need</SubmitButton>
          </Form>
        </section>
      ) : (
        <aside className="panel layout-split__side muted">Owners and admins of this firm post its sourcing needs.</aside>
      )}
    </div>
  );
}
