import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { requireUser } from '~/lib/auth.server';
import { intlLocale, productWithCode } from '~/lib/format';
import { metaT } from '~/lib/i18n-meta';
import { orThrow } from '~/lib/results.server';
import { useFormat } from '~/lib/use-format';

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const title = metaT(matches)('award.title');
  return [{ title: data ? `${title} — ${data.award.need.title}` : title }];
};

/** The award confirmation, a page made to print (or save as PDF): a buyer's commitment the supplier can show a lender. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { api } = await requireUser(request);
  const award = await orThrow(request, await api.getAwardConfirmation(params.awardId!));
  return { award };
}

export default function AwardConfirmation() {
  const { award } = useLoaderData<typeof loader>();
  const { need } = award;
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <main className="confirmation">
      <header className="confirmation__head">
        <p className="muted small">
          {t('award.reference', { ref: award.awardId.slice(0, 8).toUpperCase() })}
        </p>
        <h1>{t('award.title')}</h1>
        {award.status === 'CANCELLED' ? <p className="notice">{t('award.cancelled')}</p> : null}
      </header>
      <dl className="facts">
        <div>
          <dt>{t('award.buyer')}</dt>
          <dd>
            {award.buyer.name}, {format.country(award.buyer.country)}
          </dd>
        </div>
        <div>
          <dt>{t('award.supplier')}</dt>
          <dd>
            {award.supplier.name}, {format.country(award.supplier.country)}
          </dd>
        </div>
        <div>
          <dt>{t('openNeed.sourcingNeed')}</dt>
          <dd>
            {t('award.need', {
              title: need.title,
              product: productWithCode(need.productCode, need.productName),
            })}
          </dd>
        </div>
        <div>
          <dt>{t('award.quantity')}</dt>
          <dd>{format.rate(award.quantity, need.unit, need.period)}</dd>
        </div>
        <div>
          <dt>{t('award.price')}</dt>
          <dd>
            {t('award.priceValue', {
              price: new Intl.NumberFormat(intlLocale(format.locale), {
                style: 'currency',
                currency: award.currency,
              }).format(award.price),
              unit: need.unit,
              incoterm: award.incoterm,
            })}
          </dd>
        </div>
        <div>
          <dt>{t('award.deliveries')}</dt>
          <dd>
            {need.firstDelivery === need.lastDelivery
              ? t('award.deliveryBy', {
                  date: format.date(need.firstDelivery),
                  country: format.country(need.deliveryCountry),
                })
              : t('award.deliveriesBetween', {
                  from: format.date(need.firstDelivery),
                  to: format.date(need.lastDelivery),
                  country: format.country(need.deliveryCountry),
                })}
          </dd>
        </div>
        <div>
          <dt>{t('award.awardedOn')}</dt>
          <dd>{format.date(award.awardedAt)}</dd>
        </div>
      </dl>
      <h2>{t('award.shares')}</h2>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('award.producer')}</th>
            <th scope="col" className="num">
              {t(`award.per.${need.period}`)}
            </th>
          </tr>
        </thead>
        <tbody>
          {award.shares.map((s) => (
            <tr key={s.producerName}>
              <td>{s.producerName}</td>
              <td className="num">{format.rate(s.quantity, need.unit, need.period)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="small muted">{t('award.reserved')}</p>
      <button type="button" className="button button--primary no-print" onClick={() => window.print()}>
        {t('award.print')}
      </button>
    </main>
  );
}
