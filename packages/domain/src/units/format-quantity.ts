/**
 * One formatter for every quantity: building an Intl.NumberFormat costs far more than formatting with
 * it, and explaining 50 matches formats several hundred numbers (bench/matching).
 */
const QUANTITY = new Intl.NumberFormat('en', { maximumFractionDigits: 4 });

/**
 * A quantity or distance as explanations print it: grouped by thousands, at most four decimals (what
 * is stored), so "6,800 pieces" and "0.0125 t" read as a buyer writes them.
 */
export function formatQuantity(x: number): string {
  return QUANTITY.format(x);
}

/** A quantity with its unit, rounded to what is stored: "12.5 t". */
export function formatAmount(x: number, unit: string): string {
  return `${formatQuantity(Math.round(x * 10_000) / 10_000)} ${unit}`;
}
