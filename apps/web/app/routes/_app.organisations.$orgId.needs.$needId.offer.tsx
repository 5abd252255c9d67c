import { getFormProps, useForm } from '@conform-to/react';
import { getZodConstraint, parseWithZod } from '@conform-to/zod/v4';
import {
  type MatchedNeedView,
  type NeedMessageView,
  type OfferLineView,
  SubmitOfferSchema,
} from '@linkage/contracts';
import { INCOTERMS, type Period, type Unit, addDays, singularUnit } from '@linkage/domain';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useActionData, useLoaderData, useNavigation, useParams } from '@remix-run/react';
import { Form } from '~/components/form';
import { FormErrors, InputField, SelectField, SubmitButton, TextareaField } from '~/components/forms';
import { GapChips } from '~/components/matching';
import { Thread } from '~/components/thread';
import { requireUser } from '~/lib/auth.server';
import { formatCountry, formatDate, formatRate, productWithCode, unitLabel } from '~/lib/format';
import { orThrow, replyWithApiError } from '~/lib/results.server';
import { redirectWithNotice } from '~/lib/session.server';
import { TableScroll } from '~/components/ui';
import { ProductName } from '~/components/reference-names';

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `Offer: ${data.need.title} — Linkage Exchange` : 'Make an offer — Linkage Exchange' },
];

/** The need as the group sees it (it must be one the group matches), to answer it with an offer. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { api } = await requireUser(request);
  const needs = await orThrow(request, await api.listMatchedNeeds(params.orgId!));
  const need = needs.find((n) => n.needId === params.needId);
  if (!need) throw new Response('This need is not open to your group.', { status: 404 });
  const [messages, lines] = await Promise.all([
    api.listNeedMessages(need.needId, params.orgId!).then((r) => orThrow(request, r)),
    api.listOfferLines(need.needId, params.orgId!).then((r) => orThrow(request, r)),
  ]);
  return { need, messages, lines };
}

/** The group's quantity is split over its members' committed lines by the API (those with most available first). */
export async function action({ request, params }: ActionFunctionArgs) {
  const { api } = await requireUser(request);
  const formData = await request.formData();
  if (formData.get('intent') === 'ask') {
    const sent = await api.postNeedMessage(params.needId!, {
      supplierId: params.orgId!,
      body: String(formData.get('body') ?? ''),
      publish: false,
    });
    if (!sent.ok) return { askError: Object.values(sent.error.fields ?? {}).join(' ') || sent.error.message };
    return redirectWithNotice(
      request,
      `/organisations/${params.orgId}/needs/${params.needId}/offer`,
      'Question sent to the buyer.',
    );
  }
  // Alone unless the coalition box is ticked: then the partners' shares go with it, a partner whose
  // share is left empty being left out.
  dropEmptySplit(formData);
  if (formData.get('joint') === 'on') dropEmptyPartners(formData);
  else
    for (const key of [...formData.keys()]) {
      if (key.startsWith('partners') || key === 'proposalId') formData.delete(key);
    }
  const submission = parseWithZod(formData, { schema: SubmitOfferSchema });
  if (submission.status !== 'success') return submission.reply();
  const result = await api.submitOffer(params.needId!, submission.value);
  if (!result.ok) return replyWithApiError(submission, result);
  const offer = result.data;
  return redirectWithNotice(
    request,
    `/organisations/${params.orgId}/offers`,
    offer.status === 'AWAITING_PARTNERS'
      ? `Joint offer prepared for ${offer.needTitle}: the buyer sees it once ${offer.parts
          .filter((p) => !p.confirmed)
          .map((p) => p.supplierName)
          .join(
            ' and ',
          )} confirm${offer.parts.filter((p) => !p.confirmed).length === 1 ? 's' : ''} their share.`
      : `Offer sent to ${offer.needTitle}: ${formatRate(offer.quantity, offer.unit, offer.period)}, split over ${offer.allocations.length} producer${offer.allocations.length === 1 ? '' : 's'}.`,
  );
}

/** A split left blank is the automatic one (most available first); lines left blank take no part. */
function dropEmptySplit(formData: FormData) {
  const given: Array<[string, string]> = [];
  for (let i = 0; formData.has(`allocations[${i}].lineId`); i++) {
    const quantity = String(formData.get(`allocations[${i}].quantity`) ?? '').trim();
    if (quantity !== '') given.push([String(formData.get(`allocations[${i}].lineId`)), quantity]);
    formData.delete(`allocations[${i}].lineId`);
    formData.delete(`allocations[${i}].quantity`);
  }
  given.forEach(([lineId, quantity], i) => {
    formData.set(`allocations[${i}].lineId`, lineId);
    formData.set(`allocations[${i}].quantity`, quantity);
  });
}

/** Removes the partners whose share is blank, renumbering the rest so the list has no holes. */
function dropEmptyPartners(formData: FormData) {
  const partners: Array<[string, string]> = [];
  for (let i = 0; formData.has(`partners[${i}].supplierId`); i++) {
    const quantity = String(formData.get(`partners[${i}].quantity`) ?? '').trim();
    if (quantity !== '') partners.push([String(formData.get(`partners[${i}].supplierId`)), quantity]);
    formData.delete(`partners[${i}].supplierId`);
    formData.delete(`partners[${i}].quantity`);
  }
  partners.forEach(([supplierId, quantity], i) => {
    formData.set(`partners[${i}].supplierId`, supplierId);
    formData.set(`partners[${i}].quantity`, quantity);
  });
  if (partners.length === 0) formData.delete('proposalId');
}

export default function MakeOffer() {
  const { need, messages, lines } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const lastResult = actionData && 'askError' in actionData ? undefined : actionData;
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
            <ProductName code={need.productCode} name={need.productName} />
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
        <Split lines={lines} unit={need.unit} period={need.period} />
        {need.coalition ? (
          <JointOffer
            coalition={need.coalition}
            unit={need.unit}
            period={need.period}
            errors={form.allErrors}
          />
        ) : null}
        <TextareaField label="Notes for the buyer" meta={fields.notes} />
        {Object.entries(form.allErrors)
          .filter(
            ([name]) =>
              name.startsWith('allocations') || name.startsWith('partners') || name === 'proposalId',
          )
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
      <Questions
        messages={messages}
        error={actionData && 'askError' in actionData ? actionData.askError : undefined}
      />
    </section>
  );
}

/**
 * A joint offer with the buyer's proposed coalition: each partner's share, prefilled from the
 * proposal; the partners confirm before the buyer sees the offer.
 */
function JointOffer({
  coalition,
  unit,
  period,
  errors,
}: {
  coalition: NonNullable<MatchedNeedView['coalition']>;
  unit: Unit;
  period: Period;
  errors: Record<string, string[]>;
}) {
  return (
    <fieldset className="stack">
      <legend>Joint offer with the coalition</legend>
      <label className="checkbox">
        <input type="checkbox" name="joint" defaultChecked={coalition.partners.length > 0} /> Offer together
        with the partners the buyer proposed (your group leads and signs; each partner confirms its share
        first)
      </label>
      <input type="hidden" name="proposalId" value={coalition.proposalId} />
      <p className="small muted">
        The buyer’s coalition gives your group {formatRate(coalition.ownQuantity, unit, period)}. Your own
        share is the quantity above less the partners’ shares.
        {coalition.hiddenPartners
          ? ` ${coalition.hiddenPartners} more partner${coalition.hiddenPartners === 1 ? ' is' : 's are'} not visible to your group.`
          : ''}
      </p>
      {coalition.partners.map((p, i) => (
        <label key={p.supplierId} className="field">
          {p.supplierName}: share per {period.toLowerCase()} ({unitLabel(unit)}; leave empty to offer without
          them)
          <input type="hidden" name={`partners[${i}].supplierId`} value={p.supplierId} />
          <input
            type="number"
            name={`partners[${i}].quantity`}
            defaultValue={p.quantity}
            step="any"
            min={0}
            inputMode="decimal"
            aria-invalid={errors[`partners[${i}].quantity`] ? true : undefined}
          />
        </label>
      ))}
    </fieldset>
  );
}

/**
 * How the group's own share splits over its members' committed lines: left blank, the exchange
 * takes the lines with the most available first; filled in, the quantities must add up to the share.
 */
function Split({ lines, unit, period }: { lines: OfferLineView[]; unit: Unit; period: Period }) {
  if (lines.length === 0)
    return (
      <p className="notice">
        None of your members has committed capacity of this product that meets the need’s requirements: record
        it on the Capacity tab first.
      </p>
    );
  return (
    <fieldset className="stack">
      <legend>Split over your members</legend>
      <p className="small muted">
        Leave it blank and the exchange splits your share over the members with the most available capacity.
        Or say how much each supplies, per {period.toLowerCase()}; the quantities must add up to your share.
      </p>
      <TableScroll label="Split over members">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Member · product</th>
              <th scope="col" className="num">
                Available every month
              </th>
              <th scope="col" className="num">
                Supplies ({unitLabel(unit)})
              </th>
            </tr>
          </thead>
          <tbody>
            {lines.map((l, i) => (
              <tr key={l.lineId}>
                <td>
                  {l.producerName}
                  <span className="block small muted">
                    {l.productLabel} · {productWithCode(l.productCode, l.productName)}
                  </span>
                </td>
                <td className="num">{formatRate(l.available, unit, period)}</td>
                <td className="num">
                  <input type="hidden" name={`allocations[${i}].lineId`} value={l.lineId} />
                  <input
                    type="number"
                    name={`allocations[${i}].quantity`}
                    aria-label={`${l.producerName} supplies`}
                    min={0}
                    max={l.available}
                    step="any"
                    inputMode="decimal"
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </fieldset>
  );
}

/** The group's thread with the buyer, and the buyer's clarifications to every invited supplier. */
function Questions({ messages, error }: { messages: NeedMessageView[]; error?: string }) {
  const navigation = useNavigation();
  return (
    <section aria-labelledby="questions-title" className="stack">
      <h2 id="questions-title">Questions to the buyer</h2>
      {messages.length === 0 ? (
        <p className="muted">
          No questions yet. Ask about specifications, packaging or dates before you offer.
        </p>
      ) : (
        <Thread
          messages={messages}
          speaker={(m) =>
            m.supplierId === null
              ? 'Clarification to every invited supplier'
              : m.fromLeadFirm
                ? 'The buyer'
                : 'Your group'
          }
        />
      )}
      <Form method="post" className="stack form-narrow">
        <input type="hidden" name="intent" value="ask" />
        <label className="field">
          Your question
          <textarea name="body" rows={3} maxLength={4000} required />
        </label>
        {error ? (
          <div className="form-errors" role="alert">
            {error}
          </div>
        ) : null}
        <div className="button-row">
          <button type="submit" className="button" disabled={navigation.state !== 'idle'}>
            Ask the buyer
          </button>
        </div>
      </Form>
    </section>
  );
}
