/**
 * A seasonal coalition month by month: for each delivery month, the members' quantities stacked
 * against the need (a dashed line), the months the proposal falls short marked with their shortfall.
 * The chart is a picture for sighted users; the same figures are a table just below it, for screen
 * readers and for anyone who wants the numbers.
 */
import type { CoalitionProposalView, ProposalScheduleView } from '@linkage/contracts';
import { monthLabel } from '@linkage/domain';
import { useTranslation } from 'react-i18next';
import { useFormat } from '~/lib/use-format';

const COLOURS = 10;

/** The month number (1–12) of `2027-08`. */
const monthOf = (month: string) => Number(month.slice(5, 7));

const isShort = (p: ProposalScheduleView['periods'][number]) => p.shortfall > 1e-9;

export function SeasonChart({
  proposal,
}: {
  proposal: CoalitionProposalView & { schedule: ProposalScheduleView };
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const label = (month: string) => monthLabel(month, format.locale);
  const { periods } = proposal.schedule;
  const unit = proposal.unit;
  const top = Math.max(...periods.map((p) => Math.max(p.demand, p.supplied)), 1e-9);
  const short = periods.filter(isShort);
  const summary =
    short.length === 0
      ? t('season.coveredAll', {
          from: label(periods[0]!.month),
          to: label(periods[periods.length - 1]!.month),
        })
      : t('season.shortIn', {
          months: short
            .map((p) =>
              t('season.shortMonth', {
                month: label(p.month),
                available: format.number(p.available),
                demand: format.number(p.demand),
                unit,
              }),
            )
            .join(', '),
        });
  return (
    <figure className="season" aria-label={t('season.ariaLabel')}>
      <div className="season__chart" aria-hidden="true">
        {periods.map((p, k) => (
          <div key={p.month} className={`season__month${isShort(p) ? ' season__month--short' : ''}`}>
            <div
              className="season__column"
              title={t('season.barTitle', {
                month: label(p.month),
                supplied: format.number(p.supplied),
                demand: format.number(p.demand),
                unit,
              })}
            >
              {proposal.members.map((m, i) =>
                (m.perPeriod?.[k] ?? 0) > 0 ? (
                  <span
                    key={m.supplierId}
                    className={`season__seg c${i % COLOURS}`}
                    style={{ height: `${((m.perPeriod![k]! / top) * 100).toFixed(2)}%` }}
                  />
                ) : null,
              )}
              <span className="season__need" style={{ bottom: `${((p.demand / top) * 100).toFixed(2)}%` }} />
            </div>
            <span className="season__label">{format.monthShort(monthOf(p.month))}</span>
            {isShort(p) ? <span className="season__short">−{format.number(p.shortfall)}</span> : null}
          </div>
        ))}
      </div>
      <figcaption className="season__caption">
        <span className="season__legend-need" aria-hidden="true" />{' '}
        {t('season.needPerMonth', { demand: format.number(periods[0]!.demand), unit })} {summary}
      </figcaption>
      <details className="season__table">
        <summary>{t('season.tableSummary')}</summary>
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{t('season.tableCaption', { unit })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('season.month')}</th>
                {proposal.members.map((m) => (
                  <th key={m.supplierId} scope="col">
                    {m.supplierName}
                  </th>
                ))}
                <th scope="col">{t('season.total')}</th>
                <th scope="col">{t('season.need')}</th>
              </tr>
            </thead>
            <tbody>
              {periods.map((p, i) => (
                <tr key={p.month} className={isShort(p) ? 'season__row--short' : undefined}>
                  <th scope="row">{label(p.month)}</th>
                  {proposal.members.map((m) => (
                    <td key={m.supplierId}>{format.number(m.perPeriod?.[i] ?? 0)}</td>
                  ))}
                  <td>{format.number(p.supplied)}</td>
                  <td>
                    {format.number(p.demand)}
                    {isShort(p) ? (
                      <strong> {t('season.short', { shortfall: format.number(p.shortfall) })}</strong>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}

/**
 * What a producer group is asked for in a seasonal coalition, month by month: the months it ships
 * (with the quantity) stand out from the months it does not.
 */
export function AskedMonths({
  months,
  unit,
}: {
  months: ReadonlyArray<{ month: string; quantity: number }>;
  unit: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const asked = months.filter((m) => m.quantity > 0);
  const span = t('season.span', {
    from: monthLabel(months[0]!.month, format.locale),
    to: monthLabel(months[months.length - 1]!.month, format.locale),
  });
  // The same quantity every month needs no calendar.
  if (asked.length === months.length && asked.every((m) => m.quantity === asked[0]!.quantity))
    return (
      <p className="small">
        <strong>{t('season.askedEveryMonth', { quantity: format.number(asked[0]!.quantity), unit })}</strong>,{' '}
        {span}.
      </p>
    );
  return (
    <div className="asked-months">
      <p className="small">
        <strong>{t('season.askedSome', { count: asked.length, total: months.length })}</strong>{' '}
        {t('season.askedDetail', { unit, span })}
      </p>
      <ol className="asked-months__list">
        {months.map((m) => (
          <li key={m.month} className={m.quantity > 0 ? 'asked-months__month--asked' : undefined}>
            <span>
              {format.monthShort(monthOf(m.month))} {m.month.slice(0, 4)}
            </span>
            <span className="asked-months__quantity">
              {m.quantity > 0 ? format.number(m.quantity) : t('season.notAsked')}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
