import { formatMoney } from '../../money/format-money.js';
import { type Unit } from '../../units/units.js';
import { type ProposalSchedule } from '../types.js';

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** "August 2027" for `2027-08`. */
export const monthLabel = (month: string): string =>
  `${MONTH_NAMES[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;

const amount = (x: number) => (Math.round(x * 100) / 100).toLocaleString('en');

/** What a seasonal proposal's explanation says; every figure is also structured data on the proposal. */
export interface SeasonalExplanationFacts {
  schedule: ProposalSchedule;
  unit: Unit;
  currency?: string;
  /** Member names with their total over the schedule, largest first. */
  shares: { name: string; total: number }[];
  /** Landed cost plus coordination over the whole schedule. */
  cost: number;
  provenOptimal: boolean;
  relativeGap: number;
  /** Names of the suppliers an alternative leaves out. */
  without?: string[];
}

/**
 * The one plain-English sentence set of a seasonal proposal: coverage over the schedule, each
 * member's share, cost, optimality, and — when partial — the shortfall month by month
 * ("August 2027: 2.5 of 4 t available").
 */
export function explainSeasonalProposal(f: SeasonalExplanationFacts): string {
  const { periods, partial } = f.schedule;
  const demand = periods.reduce((s, p) => s + p.demand, 0);
  const delivered = periods.reduce((s, p) => s + Math.min(p.supplied, p.demand), 0);
  const span = `${monthLabel(periods[0]!.month)} to ${monthLabel(periods[periods.length - 1]!.month)}`;
  const who = f.shares.length === 1 ? '1 supplier covers' : `${f.shares.length} suppliers cover`;
  const shares = f.shares.map((s) => `${s.name} ${amount(s.total)}`).join(', ');
  const quality = f.provenOptimal
    ? partial
      ? 'Proven the cheapest way to deliver that much.'
      : 'Proven the cheapest combination.'
    : `At most ${(f.relativeGap * 100).toFixed(2)}% above the cheapest combination.`;
  const short = periods
    .filter((p) => p.available < p.demand - 1e-9)
    .map((p) => `${monthLabel(p.month)}: ${amount(p.available)} of ${amount(p.demand)} ${f.unit} available`);
  const partialNote = partial
    ? ` Partial: no coalition of the candidates covers every month; this one delivers the most volume. ${short.join('; ')}.`
    : '';
  const without = f.without?.length ? ` Alternative without ${f.without.join(', ')}.` : '';
  return (
    `${who} ${amount(delivered)} of ${amount(demand)} ${f.unit} over ${periods.length} months, ${span} (${shares}), ` +
    `at a landed cost of ${formatMoney(f.cost, f.currency)} for the schedule. ${quality}${partialNote}${without}`
  );
}
