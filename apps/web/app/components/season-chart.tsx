/**
 * A seasonal coalition month by month: for each delivery month, the members' quantities stacked
 * against the need (a dashed line), the months the proposal falls short marked with their shortfall.
 * The chart is a picture for sighted users; the same figures are a table just below it, for screen
 * readers and for anyone who wants the numbers.
 */
import type { CoalitionProposalView, ProposalScheduleView } from '@linkage/contracts';
import { monthLabel } from '@linkage/domain';
import { formatNumber } from '~/lib/format';

const COLOURS = 10;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Aug" for `2027-08`. */
const shortMonth = (month: string) => MONTHS[Number(month.slice(5, 7)) - 1]!;

const isShort = (p: ProposalScheduleView['periods'][number]) => p.shortfall > 1e-9;

export function SeasonChart({
  proposal,
}: {
  proposal: CoalitionProposalView & { schedule: ProposalScheduleView };
}) {
  const { periods } = proposal.schedule;
  const unit = proposal.unit;
  const top = Math.max(...periods.map((p) => Math.max(p.demand, p.supplied)), 1e-9);
  const short = periods.filter(isShort);
  const summary =
    short.length === 0
      ? `Every month from ${monthLabel(periods[0]!.month)} to ${monthLabel(periods[periods.length - 1]!.month)} is covered.`
      : `Short in ${short.map((p) => `${monthLabel(p.month)} (${formatNumber(p.available)} of ${formatNumber(p.demand)} ${unit} available)`).join(', ')}.`;
  return (
    <figure className="season" aria-label="Month by month">
      <div className="season__chart" aria-hidden="true">
        {periods.map((p, t) => (
          <div key={p.month} className={`season__month${isShort(p) ? ' season__month--short' : ''}`}>
            <div
              className="season__column"
              title={`${monthLabel(p.month)}: ${formatNumber(p.supplied)} of ${formatNumber(p.demand)} ${unit}`}
            >
              {proposal.members.map((m, i) =>
                (m.perPeriod?.[t] ?? 0) > 0 ? (
                  <span
                    key={m.supplierId}
                    className={`season__seg c${i % COLOURS}`}
                    style={{ height: `${((m.perPeriod![t]! / top) * 100).toFixed(2)}%` }}
                  />
                ) : null,
              )}
              <span className="season__need" style={{ bottom: `${((p.demand / top) * 100).toFixed(2)}%` }} />
            </div>
            <span className="season__label">{shortMonth(p.month)}</span>
            {isShort(p) ? <span className="season__short">−{formatNumber(p.shortfall)}</span> : null}
          </div>
        ))}
      </div>
      <figcaption className="season__caption">
        <span className="season__legend-need" aria-hidden="true" /> need {formatNumber(periods[0]!.demand)}{' '}
        {unit} a month. {summary}
      </figcaption>
      <details className="season__table">
        <summary>Quantities month by month</summary>
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">Quantities per month, in {unit}</caption>
            <thead>
              <tr>
                <th scope="col">Month</th>
                {proposal.members.map((m) => (
                  <th key={m.supplierId} scope="col">
                    {m.supplierName}
                  </th>
                ))}
                <th scope="col">Total</th>
                <th scope="col">Need</th>
              </tr>
            </thead>
            <tbody>
              {periods.map((p, t) => (
                <tr key={p.month} className={isShort(p) ? 'season__row--short' : undefined}>
                  <th scope="row">{monthLabel(p.month)}</th>
                  {proposal.members.map((m) => (
                    <td key={m.supplierId}>{formatNumber(m.perPeriod?.[t] ?? 0)}</td>
                  ))}
                  <td>{formatNumber(p.supplied)}</td>
                  <td>
                    {formatNumber(p.demand)}
                    {isShort(p) ? <strong> short {formatNumber(p.shortfall)}</strong> : null}
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
  const asked = months.filter((m) => m.quantity > 0);
  const span = `${monthLabel(months[0]!.month)} to ${monthLabel(months[months.length - 1]!.month)}`;
  // The same quantity every month needs no calendar.
  if (asked.length === months.length && asked.every((m) => m.quantity === asked[0]!.quantity))
    return (
      <p className="small">
        <strong>
          The buyer’s coalition asks your group for {formatNumber(asked[0]!.quantity)} {unit} every month
        </strong>
        , {span}.
      </p>
    );
  return (
    <div className="asked-months">
      <p className="small">
        <strong>
          The buyer’s coalition asks your group for {asked.length} of {months.length} months
        </strong>{' '}
        ({unit} per month, {span}):
      </p>
      <ol className="asked-months__list">
        {months.map((m) => (
          <li key={m.month} className={m.quantity > 0 ? 'asked-months__month--asked' : undefined}>
            <span>
              {shortMonth(m.month)} {m.month.slice(0, 4)}
            </span>
            <span className="asked-months__quantity">
              {m.quantity > 0 ? formatNumber(m.quantity) : 'not asked'}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
