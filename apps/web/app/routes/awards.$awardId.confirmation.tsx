import { singularUnit } from '@linkage/domain';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { requireUser } from '~/lib/auth.server';
import { formatCountry, formatDate, formatNumber, formatRate, productWithCode } from '~/lib/format';
import { orThrow } from '~/lib/results.server';

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `Award confirmation — ${data.award.need.title}` : 'Award confirmation' },
];

/** The award confirmation, a page made to print (or save as PDF): a buyer's commitment the supplier can show a lender. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { api } = await requireUser(request);
  const award = await orThrow(request, await api.getAwardConfirmation(params.awardId!));
  return { award };
}

export default function AwardConfirmation() {
  const { award } = useLoaderData<typeof loader>();
  const { need } = award;
  return (
    <main className="confirmation">
      <header className="confirmation__head">
        <p className="muted small">
          Linkage Exchange · award confirmation · ref. {award.awardId.slice(0, 8).toUpperCase()}
        </p>
        <h1>Award confirmation</h1>
        {award.status === 'CANCELLED' ? (
          <p className="notice">This award has been cancelled by the buyer.</p>
        ) : null}
      </header>
      <dl className="facts">
        <div>
          <dt>Buyer</dt>
          <dd>
            {award.buyer.name}, {formatCountry(award.buyer.country)}
          </dd>
        </div>
        <div>
          <dt>Supplier</dt>
          <dd>
            {award.supplier.name}, {formatCountry(award.supplier.country)}
          </dd>
        </div>
        <div>
          <dt>Sourcing need</dt>
          <dd>
            {need.title}: {productWithCode(need.productCode, need.productName)}
          </dd>
        </div>
        <div>
          <dt>Quantity awarded</dt>
          <dd>{formatRate(award.quantity, need.unit, need.period)}</dd>
        </div>
        <div>
          <dt>Price</dt>
          <dd>
            {formatNumber(award.price)} {award.currency} per {singularUnit(need.unit)}, {award.incoterm}
          </dd>
        </div>
        <div>
          <dt>Deliveries</dt>
          <dd>
            {need.firstDelivery === need.lastDelivery
              ? `by ${formatDate(need.firstDelivery)}`
              : `${formatDate(need.firstDelivery)} – ${formatDate(need.lastDelivery)}`}{' '}
            to {formatCountry(need.deliveryCountry)}
          </dd>
        </div>
        <div>
          <dt>Awarded on</dt>
          <dd>{formatDate(award.awardedAt)}</dd>
        </div>
      </dl>
      <h2>Members’ shares</h2>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Producer</th>
            <th scope="col" className="num">
              Per {need.period.toLowerCase()}
            </th>
          </tr>
        </thead>
        <tbody>
          {award.shares.map((s) => (
            <tr key={s.producerName}>
              <td>{s.producerName}</td>
              <td className="num">{formatRate(s.quantity, need.unit, need.period)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="small muted">
        The quantities above are reserved in the supplier’s capacity ledger on Linkage Exchange for every
        delivery month.
      </p>
      <button type="button" className="button button--primary no-print" onClick={() => window.print()}>
        Print or save as PDF
      </button>
    </main>
  );
}
