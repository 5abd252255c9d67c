import { getFormProps, useForm } from '@conform-to/react';
import { getZodConstraint, parseWithZod } from '@conform-to/zod/v4';
import { SubmitOfferSchema } from '@linkage/contracts';
import { INCOTERMS, addDays, singularUnit } from '@linkage/domain';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation, useParams } from '@remix-run/react';
import { FormErrors, InputField, SelectField, SubmitButton, TextareaField } from '~/components/forms';
import { GapChips } from '~/components/matching';
import { requireUser } from '~/lib/auth.server';
import { formatCountry, formatDate, formatHsCode, formatRate, unitLabel } from '~/lib/format';
import { orThrow, replyWithApiError } from '~/lib/results.server';
import { redirectWithNotice } from '~/lib/session.server';

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `Offer: ${data.need.title} — Linkage Exchange` : 'Make an offer — Linkage Exchange' },
];

/** The need as the group sees it (it must be one the group matches), to answer it with an offer. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { api } = await requireUser(request);
  const needs = await orThrow(request, await api.listMatchedNeeds(params.orgId!));
  const need = needs.find((n) => n.needId === params.needId);
  if (!need) throw new Response('This need is not open to your group.', { status: 404 });
  return { need };
}

/** The group's quantity is split over its members' committed lines by the API (those with most available first). */
export async function action({ request, params }: ActionFunctionArgs) {
  const { api } = await requireUser(request);
  const formData = await request.formData();
  const submission = parseWithZod(formData, { schema: SubmitOfferSchema });
  if (submission.status !== 'success') return submission.reply();
  const result = await api.submitOffer(params.needId!, submission.value);
  if (!result.ok) return replyWithApiError(submission, result);
  return redirectWithNotice(
    request,
    `/organisations/${params.orgId}/offers`,
    `Offer sent to ${result.data.needTitle}: ${formatRate(result.data.quantity, result.data.unit, result.data.period)}, split over ${result.data.allocations.length} producer${result.data.allocations.length === 1 ? '' : 's'}.`,
  );
}

export default function MakeOffer() {
  const { need } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const navigation = useNavigation();
  const { orgId } = useParams();
  // Validated on the server only: the ledger's answer (what is available) comes from there anyway.
  const [form, fields] = useForm({
    lastResult,
    constraint: getZodConstraint(SubmitOfferSchema),
    defaultValue: {
      quantity: String(need.quantity),
      price: '',
      transportPerUnit: '',
      notes: '',
      currency: 'USD',
      incoterm: 'FCA',
      leadTimeDays: '14',
      validUntil: addDays(need.responseDeadline, 30),
    },
  });
  return (
    <section aria-labelledby="offer-title" className="stack-lg">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="../matched-needs">Needs we match</Link> <span aria-hidden="true">/</span>{' '}
        <span>Make an offer</span>
      </nav>
      <div>
        <h2 id="offer-title">Offer to {need.leadFirmName}</h2>
        <p className="need-card__meta">
          <strong>{need.title}</strong>
          <span>
            HS <code>{formatHsCode(need.productCode)}</code>
          </span>
          <span>{formatRate(need.quantity, need.unit, need.period)} wanted</span>
          <span>to {formatCountry(need.deliveryCountry)}</span>
          <span>
            {need.schedule.kind === 'ONE_OFF'
              ? `by ${formatDate(need.schedule.startDate)}`
              : `${formatDate(need.schedule.startDate)} – ${formatDate(need.schedule.endDate ?? need.schedule.startDate)}`}
          </span>
          <span>answers by {formatDate(need.responseDeadline)}</span>
        </p>
        {need.gaps.length ? (
          <>
            <p className="small">The buyer will see these gaps beside your offer:</p>
            <GapChips gaps={need.gaps} />
          </>
        ) : null}
      </div>
      <Form method="post" {...getFormProps(form)} className="stack form-narrow">
        <input type="hidden" name="supplierId" value={orgId} />
        <FormErrors id={form.errorId} errors={form.errors} />
        <InputField
          label={`Quantity per ${need.period.toLowerCase()} (${unitLabel(need.unit)})`}
          hint="What your group can deliver every period of the schedule; it is split over your members' committed capacity."
          meta={fields.quantity}
          type="number"
          step="any"
          inputMode="decimal"
        />
        <InputField
          label={`Price per ${singularUnit(need.unit)}`}
          meta={fields.price}
          type="number"
          step="any"
          inputMode="decimal"
        />
        <InputField label="Currency" hint="ISO code, such as USD, EUR or PEN" meta={fields.currency} />
        <SelectField
          label="Incoterm"
          hint="DAP, DPU and DDP deliver to the buyer: their price includes transport."
          meta={fields.incoterm}
        >
          {INCOTERMS.map((term) => (
            <option key={term} value={term}>
              {term}
            </option>
          ))}
        </SelectField>
        <InputField
          label={`Transport to the delivery place, per ${singularUnit(need.unit)}`}
          hint="Optional; the buyer compares landed cost, price plus this."
          meta={fields.transportPerUnit}
          type="number"
          step="any"
          inputMode="decimal"
        />
        <InputField label="Lead time (days)" meta={fields.leadTimeDays} type="number" inputMode="numeric" />
        <InputField label="Price valid until" meta={fields.validUntil} type="date" />
        <TextareaField label="Notes for the buyer" meta={fields.notes} />
        {Object.entries(form.allErrors)
          .filter(([name]) => name.startsWith('allocations'))
          .map(([name, errors]) => (
            <div key={name} className="form-errors" role="alert">
              {errors.join(' ')}
            </div>
          ))}
        <div className="button-row">
          <SubmitButton pending={navigation.state === 'submitting'}>Send the offer</SubmitButton>
          <Link to="../matched-needs" className="button">
            Cancel
          </Link>
        </div>
      </Form>
    </section>
  );
}
