import { RecordLinkageEventSchema } from '@linkage/contracts';
import { EMBEDDED_SERVICES, LINKAGE_GOVERNANCE } from '@linkage/domain';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useActionData, useLoaderData, useNavigation, useOutlet } from '@remix-run/react';
import { Form } from '~/components/form';
import { Refusal } from '~/components/linkage-refusal';
import { linkagePath, refusal } from '~/lib/linkage-steps';
import { Badge, TableScroll } from '~/components/ui';
import { PlanUpgradingButton } from '~/components/upgrading';
import { requireUser } from '~/lib/auth.server';
import { UnitOptions } from '~/components/options';
import { formatDate, formatNumber } from '~/lib/format';
import { GOVERNANCE_LABEL, LINKAGE_STAGE_LABEL, SERVICE_LABEL } from '~/lib/linkages';
import { orThrow } from '~/lib/results.server';
import { redirectWithNotice } from '~/lib/session.server';

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  {
    title: data
      ? `${data.linkage.supplier.name} × ${data.linkage.leadFirm.name} — Linkage Exchange`
      : 'Linkage — Linkage Exchange',
  },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { api } = await requireUser(request);
  return { linkage: await orThrow(request, await api.getLinkage(params.linkageId!)) };
}

/**
 * One intent: record a step of the linkage (a new stage or a note). Its orders, deliveries and terms
 * are recorded by the routes under it (`orders`, `deliveries`, `details`), one intent each.
 */
export async function action({ request, params }: ActionFunctionArgs) {
  const { api } = await requireUser(request);
  const form = await request.formData();
  const id = params.linkageId!;
  const parsed = RecordLinkageEventSchema.safeParse({
    stage: form.get('stage'),
    occurredOn: String(form.get('occurredOn') ?? '') || undefined,
    note: String(form.get('note') ?? '').trim() || undefined,
  });
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? 'Check the fields' };
  const recorded = await api.recordLinkageEvent(id, parsed.data);
  if (!recorded.ok) return refusal(recorded);
  return redirectWithNotice(
    request,
    linkagePath(id),
    `Recorded: ${LINKAGE_STAGE_LABEL[recorded.data.stage].toLowerCase()}.`,
  );
}

export default function LinkagePage() {
  const { linkage } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const refusalUnder = useOutlet();
  const navigation = useNavigation();
  const busy = navigation.state !== 'idle';
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/linkages">Linkages</Link> <span aria-hidden="true">/</span>{' '}
        <span>{linkage.supplier.name}</span>
      </nav>
      <div className="page-header">
        <h1>
          {linkage.supplier.name} × {linkage.leadFirm.name}{' '}
          <Badge tone="info">{LINKAGE_STAGE_LABEL[linkage.stage].toLowerCase()}</Badge>
          {linkage.stalled ? <Badge tone="warn">stalled</Badge> : null}
        </h1>
        <p className="muted">
          Last step {formatDate(linkage.lastEventOn)}
          {linkage.nextAction
            ? ` · next: ${linkage.nextAction}${linkage.nextActionDue ? `, by ${formatDate(linkage.nextActionDue)}` : ''}`
            : ''}
        </p>
      </div>
      {/* A refusal of one of the routes under the page (an order, a delivery, the terms) shows here too. */}
      {refusalUnder ?? <Refusal error={actionData?.error} />}
      <div className="layout-split">
        <section aria-labelledby="timeline-title" className="layout-split__main stack">
          <h2 id="timeline-title">Timeline</h2>
          <ol className="thread">
            {linkage.events.map((e) => (
              <li key={e.id} className="thread__message">
                <p className="small muted">
                  {formatDate(e.occurredOn)} · {LINKAGE_STAGE_LABEL[e.stage]}
                  {e.actorName ? ` · ${e.actorName}` : ''}
                </p>
                {e.note ? <p>{e.note}</p> : null}
                {e.awardId ? (
                  <a className="small" href={`/awards/${e.awardId}/confirmation`}>
                    Award confirmation
                  </a>
                ) : null}
              </li>
            ))}
          </ol>
          <h2>Orders and deliveries</h2>
          {linkage.orders.length === 0 ? <p className="muted">No orders yet.</p> : null}
          <ul className="stack">
            {linkage.orders.map((o) => (
              <li key={o.id}>
                <strong>{o.repeat ? 'Repeat order' : 'Trial order'}</strong>: {formatNumber(o.quantity)}{' '}
                {o.unit}
                {o.price !== null ? ` at ${formatNumber(o.price)} ${o.currency}` : ''}, due{' '}
                {formatDate(o.dueOn)}
              </li>
            ))}
          </ul>
          {linkage.deliveries.length ? (
            <TableScroll label="Deliveries">
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">Delivered</th>
                    <th scope="col" className="num">
                      Quantity
                    </th>
                    <th scope="col">On time</th>
                    <th scope="col">Conforming</th>
                  </tr>
                </thead>
                <tbody>
                  {linkage.deliveries.map((d) => (
                    <tr key={d.id}>
                      <td>
                        {formatDate(d.deliveredOn)}
                        {d.note ? <span className="block small muted">{d.note}</span> : null}
                      </td>
                      <td className="num">
                        {formatNumber(d.quantity)} {d.unit}
                      </td>
                      <td>{d.onTime ? 'yes' : <Badge tone="warn">late</Badge>}</td>
                      <td>{d.conforming ? 'yes' : <Badge tone="warn">not conforming</Badge>}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          ) : null}
        </section>
        <aside className="layout-split__side stack">
          <PlanUpgradingButton
            subject={{ linkageId: linkage.id }}
            back={`/linkages/${linkage.id}`}
            label="Upgrading plan"
          />
          <Form
            key={`o${linkage.orders.length}`}
            method="post"
            action={linkagePath(linkage.id, 'orders')}
            className="stack"
          >
            <h2>Record an order</h2>
            <QuantityAndUnit />
            <div className="field-row">
              <label className="field">
                Price per unit
                <input type="number" name="price" step="any" min={0} inputMode="decimal" />
              </label>
              <label className="field">
                Currency
                <input type="text" name="currency" maxLength={3} placeholder="USD" />
              </label>
            </div>
            <label className="field">
              Due
              <input type="date" name="dueOn" required />
            </label>
            <button type="submit" className="button" disabled={busy}>
              Record the order
            </button>
          </Form>
          <Form
            key={`d${linkage.deliveries.length}`}
            method="post"
            action={linkagePath(linkage.id, 'deliveries')}
            className="stack"
          >
            <h2>Record a delivery</h2>
            {linkage.orders.length ? (
              <label className="field">
                Against order
                <select name="orderId" defaultValue={linkage.orders[linkage.orders.length - 1]!.id}>
                  {linkage.orders.map((o) => (
                    <option key={o.id} value={o.id}>
                      {o.repeat ? 'Repeat' : 'Trial'} order, due {formatDate(o.dueOn)}
                    </option>
                  ))}
                </select>
              </label>
            ) : null}
            <QuantityAndUnit />
            <label className="field">
              Delivered on
              <input type="date" name="deliveredOn" required />
            </label>
            <label className="checkbox">
              <input type="checkbox" name="onTime" defaultChecked /> On time
            </label>
            <label className="checkbox">
              <input type="checkbox" name="conforming" defaultChecked /> Met the specification
            </label>
            <label className="field">
              Note
              <input type="text" name="note" maxLength={2000} />
            </label>
            <button type="submit" className="button" disabled={busy}>
              Record the delivery
            </button>
          </Form>
          {/* Keyed by the timeline's length: after a step is recorded the form starts empty again. */}
          <Form key={linkage.events.length} method="post" className="stack">
            <h2>Record a step</h2>
            <label className="field">
              Stage
              <select name="stage" defaultValue={linkage.nextStages[0] ?? linkage.stage}>
                <option value={linkage.stage}>
                  A note, still {LINKAGE_STAGE_LABEL[linkage.stage].toLowerCase()}
                </option>
                {linkage.nextStages.map((s) => (
                  <option key={s} value={s}>
                    {LINKAGE_STAGE_LABEL[s]}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              On
              <input type="date" name="occurredOn" />
            </label>
            <label className="field">
              What happened
              <textarea name="note" rows={3} maxLength={2000} />
            </label>
            <button type="submit" className="button button--primary" disabled={busy}>
              Record
            </button>
          </Form>
          <Form method="post" action={linkagePath(linkage.id, 'details')} className="stack">
            <h2>Next action and terms</h2>
            <label className="field">
              Next action
              <input type="text" name="nextAction" defaultValue={linkage.nextAction ?? ''} maxLength={500} />
            </label>
            <label className="field">
              Due
              <input type="date" name="nextActionDue" defaultValue={linkage.nextActionDue ?? ''} />
            </label>
            <label className="field">
              Governance
              <select name="governance" defaultValue={linkage.governance ?? ''}>
                <option value="">Not recorded</option>
                {LINKAGE_GOVERNANCE.map((g) => (
                  <option key={g} value={g}>
                    {GOVERNANCE_LABEL[g]}
                  </option>
                ))}
              </select>
            </label>
            <fieldset>
              <legend>Services the lead firm provides</legend>
              {EMBEDDED_SERVICES.map((s) => (
                <label key={s} className="checkbox">
                  <input
                    type="checkbox"
                    name="embeddedServices"
                    value={s}
                    defaultChecked={linkage.embeddedServices.includes(s)}
                  />{' '}
                  {SERVICE_LABEL[s]}
                </label>
              ))}
            </fieldset>
            <button type="submit" className="button" disabled={busy}>
              Save
            </button>
          </Form>
        </aside>
      </div>
    </>
  );
}

/** An order's or a delivery's quantity, in a unit of its own. */
function QuantityAndUnit() {
  return (
    <div className="field-row">
      <label className="field">
        Quantity
        <input type="number" name="quantity" step="any" min={0} required inputMode="decimal" />
      </label>
      <label className="field">
        Unit
        <select name="unit" defaultValue="t">
          <UnitOptions />
        </select>
      </label>
    </div>
  );
}
