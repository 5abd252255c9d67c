/** Capacity and demand are quantities per period; comparisons happen per month. */
export const PERIODS = ['WEEK', 'MONTH', 'YEAR'] as const;
export type Period = (typeof PERIODS)[number];

const PER_MONTH: Record<Period, number> = {
  WEEK: 52 / 12,
  MONTH: 1,
  YEAR: 1 / 12,
};

/** Re-expresses a quantity per `from` period as a quantity per `to` period (average weeks per month). */
export function convertPeriod(quantity: number, from: Period, to: Period): number {
  if (from === to) return quantity;
  return (quantity * PER_MONTH[from]) / PER_MONTH[to];
}
