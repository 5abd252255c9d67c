import type { CapacityLedgerView, OfferView } from '@linkage/contracts';
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { useActionData, useLoaderData, useParams } from '@remix-run/react';
import { CsrfField, Form } from '~/components/form';
import { Badge, EmptyState, TableScroll } from '~/components/ui';
import { requireUser } from '~/lib/auth.server';
import { singularUnit } from '@linkage/domain';
import { formatDate, formatNumber, formatRate, MONTH_SHORT, productWithCode, unitLabel } from '~/lib/format';
import { orThrow } from '~/lib/results.server';
import { redirectWithNotice } from '~/lib/session.server';

/** A producer group's offers on every need, and its capacity ledger: what awards have reserved, month by month. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { api } = await requireUser(request);
  const [offers, ledger] = await Promise.all([
    api.listGroupOffers(params.orgId!).then((r) => orThrow(request, r)),
    api.getLedger(params.orgId!).then((r) => orThrow(request, r)),
  ]);
  return { offers, ledger };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { api } = await requireUser(request);
  const form = await request.formData();
  const offerId = String(form.get('offerId') ?? '');
  const back = `/organisations/${params.orgId}/offers`;
  const intent = form.get('intent');
  if (intent === 'confirm' || intent === 'refuse') {
    const result = await api.confirmOfferPart(offerId, {
      supplierId: params.orgId!,
      accept: intent === 'confirm',
    });
    if (!result.ok)
      return { error: Object.values(result.error.fields ?? {}).join(' ') || result.error.message, offerId };
    return redirectWithNotice(
      request,
      back,
      intent === 'refuse'
        ? `You refused your share; the joint offer on ${result.data.needTitle} is withdrawn and its lead group told.`
        : result.data.status === 'SUBMITTED'
          ? `Share confirmed: the joint offer on ${result.data.needTitle} is now with the buyer.`
          : `Share confirmed; the joint offer waits for the other partners.`,
    );
  }
  const withdrawn = await orThrow(request, await api.withdrawOffer(offerId));
  return redirectWithNotice(request, back, `Your offer on ${withdrawn.needTitle} is withdrawn.`);
}

const STATUS: Record<OfferView['status'], { label: string; tone: 'good' | 'info' | 'warn' | 'neutral' }> = {
  AWAITING_PARTNERS: { label: 'joint offer, waiting for partners', tone: 'warn' },
  SUBMITTED: { label: 'sent, awaiting the buyer', tone: 'info' },
  SHORTLISTED: { label: 'shortlisted', tone: 'info' },
  ACCEPTED: { label: 'awarded', tone: 'good' },
  DECLINED: { label: 'not taken', tone: 'neutral' },
  WITHDRAWN: { label: 'withdrawn', tone: 'neutral' },
};

export default function GroupOffers() {
  const { offers, ledger } = useLoaderData<typeof loader>();
  const { orgId } = useParams();
  const failed = useActionData<typeof action>();
  return (
    <div className="stack-lg">
      <section aria-labelledby="offers-title" className="stack">
        <h2 id="offers-title">Our offers</h2>
        {offers.length === 0 ? (
          <EmptyState title="No offers yet" icon="◇">
            <p>
              Answer a need from “Needs we match”: your offer is split over your members’ committed capacity.
            </p>
          </EmptyState>
        ) : (
          <ul className="matched-needs">
            {offers.map((o) => (
              <li key={o.id} className="matched-need">
                <div className="matched-need__head">
                  <div>
                    <h3>
                      {o.needTitle} <Badge tone={STATUS[o.status].tone}>{STATUS[o.status].label}</Badge>
                    </h3>
                    <p className="need-card__meta">
                      <span>{formatRate(o.quantity, o.unit, o.period)}</span>
                      <span>
                        {formatNumber(o.price)} {o.currency} per {singularUnit(o.unit)} {o.incoterm}
                      </span>
                      <span>valid until {formatDate(o.validUntil)}</span>
                      <span>sent {formatDate(o.submittedAt)}</span>
                    </p>
                  </div>
                </div>
                {o.award ? (
                  <p>
                    <strong>
                      Awarded {formatRate(o.award.quantity, o.unit, o.period)}
                      {o.award.status === 'CANCELLED' ? ' — the buyer has since cancelled the award' : ''}
                    </strong>{' '}
                    <a href={`/awards/${o.award.id}/confirmation`}>Download the award confirmation</a>
                  </p>
                ) : null}
                {o.parts.length ? (
                  <p className="small">
                    Joint offer:{' '}
                    {o.parts
                      .map(
                        (p) =>
                          `${p.supplierName}${p.lead ? ' (lead)' : ''} ${formatRate(p.quantity, o.unit, o.period)}${p.confirmed ? '' : ' — to confirm'}`,
                      )
                      .join(' · ')}
                  </p>
                ) : null}
                {failed?.offerId === o.id ? (
                  <div className="form-errors" role="alert">
                    {failed.error}
                  </div>
                ) : null}
                {o.status === 'AWAITING_PARTNERS' &&
                o.parts.some((p) => p.supplierId === orgId && !p.confirmed) ? (
                  <Form method="post" className="button-row">
                    <input type="hidden" name="offerId" value={o.id} />
                    <button
                      type="submit"
                      name="intent"
                      value="confirm"
                      className="button button--primary button--small"
                    >
                      Confirm our share
                    </button>
                    <button type="submit" name="intent" value="refuse" className="button button--small">
                      Refuse
                    </button>
                  </Form>
                ) : null}
                <Attachments
                  offer={o}
                  canAttach={
                    o.supplierId === orgId &&
                    ['SUBMITTED', 'SHORTLISTED', 'AWAITING_PARTNERS'].includes(o.status)
                  }
                />
                <p className="small muted">
                  Split:{' '}
                  {o.allocations
                    .map((a) => `${a.producerName} ${formatRate(a.quantity, o.unit, o.period)}`)
                    .join(' · ')}
                </p>
                {o.supplierId === orgId &&
                ['SUBMITTED', 'SHORTLISTED', 'AWAITING_PARTNERS'].includes(o.status) ? (
                  <Form method="post">
                    <input type="hidden" name="offerId" value={o.id} />
                    <button type="submit" className="button button--small">
                      Withdraw the offer
                    </button>
                  </Form>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <Ledger ledger={ledger} />
    </div>
  );
}

/** Each capacity line's available capacity by month (committed minus what awards reserve). */
function Ledger({ ledger }: { ledger: CapacityLedgerView }) {
  const lines = ledger.lines.filter((l) => l.months.some((m) => m.committed > 0 || m.reserved > 0));
  return (
    <section aria-labelledby="ledger-title" className="stack">
      <div>
        <h2 id="ledger-title">Capacity ledger</h2>
        <p className="muted">
          Available = committed − reserved by awards, per month. An offer can promise only what is available
          in every month it delivers; awards never reserve more than a member commits.
        </p>
      </div>
      {lines.length === 0 ? (
        <EmptyState title="No committed capacity">
          <p>Record members’ committed capacity on the Capacity tab.</p>
        </EmptyState>
      ) : (
        <TableScroll label="Available capacity per line and month">
          <table className="table ledger">
            <caption className="visually-hidden">Available capacity per line and month</caption>
            <thead>
              <tr>
                <th scope="col">Producer · product</th>
                {ledger.months.map((m) => (
                  <th key={m} scope="col" className="num">
                    {MONTH_SHORT[Number(m.slice(5, 7)) - 1]} {m.slice(0, 4)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {lines.map((l) => (
                <tr key={l.lineId}>
                  <th scope="row">
                    {l.producerName}
                    <span className="block muted small">
                      {l.productLabel} · {productWithCode(l.productCode, l.productName)} · {unitLabel(l.unit)}
                    </span>
                  </th>
                  {l.months.map((m) => (
                    <td
                      key={m.month}
                      className={`num${m.reserved > 0 && m.available === 0 ? ' ledger__full' : ''}`}
                      title={`Committed ${formatNumber(m.committed)}, reserved ${formatNumber(m.reserved)}`}
                    >
                      {m.committed === 0 && m.reserved === 0 ? '—' : formatNumber(m.available)}
                      {m.reserved > 0 ? (
                        <span className="block small muted">{formatNumber(m.reserved)} reserved</span>
                      ) : null}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {ledger.reservations.length ? (
        <p className="small muted">
          Reserved for:{' '}
          {[...new Set(ledger.reservations.map((r) => `${r.needTitle} (${r.leadFirmName})`))].join(' · ')}
        </p>
      ) : null}
    </section>
  );
}

/** The offer's files, and for its lead group, a form to attach one more (PDF or image). */
function Attachments({ offer, canAttach }: { offer: OfferView; canAttach: boolean }) {
  const { orgId } = useParams();
  return (
    <div className="stack">
      {offer.attachments.length ? (
        <p className="small">
          Files:{' '}
          {offer.attachments.map((a, i) => (
            <span key={a.id}>
              {i ? ' · ' : ''}
              <a href={`/offers/${offer.id}/attachments/${a.id}`}>{a.fileName}</a>
            </span>
          ))}
        </p>
      ) : null}
      {canAttach ? (
        <form
          method="post"
          action={`/offers/${offer.id}/attachments`}
          encType="multipart/form-data"
          className="decline-form"
        >
          <CsrfField />
          <input type="hidden" name="back" value={`/organisations/${orgId}/offers`} />
          <label className="field">
            Attach a spec sheet or price list (PDF, PNG or JPEG)
            <input type="file" name="file" accept="application/pdf,image/png,image/jpeg" required />
          </label>
          <button type="submit" className="button button--small">
            Attach
          </button>
        </form>
      ) : null}
    </div>
  );
}
