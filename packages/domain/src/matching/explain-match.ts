import {
  type Assessment,
  type MatchingContext,
  TIER_CONDITIONAL,
  TIER_EXCLUDED,
} from './assess-candidate.js';
import { type Gap, type SupplierCandidate } from './types.js';

const PRODUCT_FIT_WORDS: Record<number, string> = {
  0: 'same product',
  2: 'same HS heading',
  4: 'same HS chapter only',
};

/** One or two sentences a buyer can read: why this supplier ranks where it does and what stands in the way. */
export function explainMatch(
  ctx: MatchingContext,
  c: SupplierCandidate,
  a: Assessment,
  gaps: readonly Gap[],
): string {
  const { need } = ctx;
  const parts: string[] = [];
  parts.push(`${PRODUCT_FIT_WORDS[ctx.needCode.length - a.hsLevel]} (HS ${ctx.needCode})`);
  parts.push(
    a.coverage >= 1
      ? `covers the full ${need.quantity} ${need.unit}/${need.period.toLowerCase()}`
      : `covers ${Math.round(a.coverage * 100)}% of the ${need.quantity} ${need.unit}/${need.period.toLowerCase()}`,
  );
  parts.push(`${Math.round(a.distanceKm)} km from the delivery place`);
  parts.push(
    `${c.leadTimeDays}-day lead time for a first delivery due in ${Math.max(0, ctx.daysToStart)} days`,
  );
  if (ctx.requirements.length > 0) {
    const missing = gaps.filter((g) => g.kind === 'CERTIFICATION').length;
    parts.push(
      `meets ${ctx.requirements.length - missing} of ${ctx.requirements.length} required standards for the whole delivery period`,
    );
  }
  if (a.components.trackRecord !== null) {
    parts.push(
      `track record ${Math.round(a.components.trackRecord * 100)}% over ${c.trackRecord!.deliveries} deliveries`,
    );
  } else {
    parts.push('no recorded deliveries yet');
  }
  const summary = parts.join('; ');
  if (a.tier === TIER_EXCLUDED) return `Excluded: ${a.blocker}. ${capitalise(summary)}.`;
  if (a.tier === TIER_CONDITIONAL) {
    const slowest = Math.max(...gaps.map((g) => g.monthsToClose));
    return `Conditional: can close its gaps in about ${slowest} months, before deliveries start on ${need.startDate}. ${capitalise(summary)}.`;
  }
  return `${capitalise(summary)}.`;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
