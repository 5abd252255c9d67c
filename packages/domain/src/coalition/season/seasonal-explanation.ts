import { type Locale } from '../../i18n/locale.js';
import { type DomainMessage, message } from '../../messages/index.js';
import { type Unit } from '../../units/units.js';
import { type ProposalSchedule } from '../types.js';

/** "August 2027" (or "août 2027", "agosto de 2027", …) for `2027-08`, in the reader's language. */
export const monthLabel = (month: string, locale: Locale = 'en'): string =>
  new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    new Date(`${month}-01T00:00:00Z`),
  );

const round2 = (x: number) => Math.round(x * 100) / 100;
const firstDay = (month: string) => `${month}-01`;

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
 * The sentences of a seasonal proposal, as message codes (decision 0022): coverage over the
 * schedule, each member's share, cost, optimality, and — when partial — the shortfall month by month
 * ("August 2027: 2.5 of 4 t available").
 */
export function explainSeasonalProposal(f: SeasonalExplanationFacts): DomainMessage[] {
  const { periods, partial } = f.schedule;
  const explanation: DomainMessage[] = [
    message('coalition.season.covers', {
      suppliers: f.shares.length,
      delivered: round2(periods.reduce((s, p) => s + Math.min(p.supplied, p.demand), 0)),
      demand: round2(periods.reduce((s, p) => s + p.demand, 0)),
      unit: f.unit,
      months: periods.length,
      from: firstDay(periods[0]!.month),
      to: firstDay(periods[periods.length - 1]!.month),
      shares: f.shares.map((s) => ({ name: s.name, quantity: round2(s.total) })),
      cost: { amount: f.cost, currency: f.currency ?? null },
    }),
    f.provenOptimal
      ? message(partial ? 'coalition.season.provenCheapestPartial' : 'coalition.provenCheapest', {})
      : message('coalition.withinGap', { gap: f.relativeGap }),
  ];
  if (partial)
    explanation.push(
      message('coalition.season.partial', {
        short: periods
          .filter((p) => p.available < p.demand - 1e-9)
          .map((p) =>
            message('coalition.season.shortMonth', {
              month: firstDay(p.month),
              available: round2(p.available),
              demand: round2(p.demand),
              unit: f.unit,
            }),
          ),
      }),
    );
  if (f.without?.length) explanation.push(message('coalition.alternativeWithout', { suppliers: f.without }));
  return explanation;
}
