import {
  type Assessment,
  type MatchingContext,
  TIER_CONDITIONAL,
  TIER_EXCLUDED,
} from './assess-candidate.js';
import { isUnitLevel } from './offerable-capacity.js';
import { sharedHsLevel } from '../products/hs-code.js';
import { formatQuantity } from '../units/format-quantity.js';
import { type Gap, type SupplierCandidate } from './types.js';

const PRODUCT_FIT_WORDS: Record<number, string> = {
  0: 'same product',
  2: 'same HS heading',
  4: 'same HS chapter only',
};

const amount = formatQuantity;

/**
 * The supplier's product closest to the need's (sharing `level` digits of HS code); the lowest code
 * of several, so the text does not depend on the order its products were read in.
 */
const closestProduct = (c: SupplierCandidate, needCode: string, level: number) =>
  c.productCodes
    .filter((code) => sharedHsLevel(needCode, code) === level)
    .reduce<string | undefined>((low, code) => (low === undefined || code < low ? code : low), undefined) ?? needCode;

/** One or two sentences a buyer can read: why this supplier ranks where it does and what stands in the way. */
export function explainMatch(
  ctx: MatchingContext,
  c: SupplierCandidate,
  a: Assessment,
  gaps: readonly Gap[],
  blockers: readonly string[],
): string {
  const { need } = ctx;
  const per = `${need.unit}/${need.period.toLowerCase()}`;
  const parts: string[] = [];
  const fit = PRODUCT_FIT_WORDS[ctx.needCode.length - a.hsLevel];
  parts.push(
    a.hsLevel >= ctx.needCode.length
      ? `${fit} (HS ${ctx.needCode})`
      : `${fit}: makes HS ${closestProduct(c, ctx.needCode, a.hsLevel)}, the need is for HS ${ctx.needCode}`,
  );
  parts.push(
    a.coverage >= 1
      ? `covers the full ${amount(need.quantity)} ${per}`
      : `covers ${Math.round(a.coverage * 100)}% of the ${amount(need.quantity)} ${per}`,
  );
  parts.push(...unitCompliance(ctx, c, a, per));
  parts.push(`${amount(Math.round(a.distanceKm))} km from the delivery place`);
  parts.push(
    `${c.leadTimeDays}-day lead time for a first delivery due in ${Math.max(0, ctx.daysToStart)} days`,
  );
  if (ctx.requirements.length > 0) {
    parts.push(
      `holds ${a.heldRequirements} of ${ctx.requirements.length} required standards for the whole delivery period`,
    );
  }
  if (a.components.trackRecord !== null) {
    parts.push(
      `track record ${Math.round(a.components.trackRecord * 100)}% over ${c.trackRecord!.deliveries} deliveries`,
    );
  } else {
    parts.push('no recorded deliveries yet');
  }
  const summary = capitalise(parts.join('; '));
  if (a.tier === TIER_EXCLUDED) return `Not eligible: ${blockers.join('; ')}. ${summary}.`;
  if (a.tier === TIER_CONDITIONAL) {
    // The slowest gap sets the pace; its own deadline is the date that matters (the first delivery
    // unless the buyer set an obtain-by date, or a certificate lapses later than that).
    const slowest = gaps.reduce((s, g) => (g.monthsToClose > s.monthsToClose ? g : s), gaps[0]!);
    const by =
      slowest.closeBy === need.startDate
        ? `before deliveries start on ${need.startDate}`
        : `by ${slowest.closeBy}`;
    return `Conditional: can close its gaps in time; the slowest takes about ${slowest.monthsToClose} months and must be closed ${by}. ${summary}.`;
  }
  return `${summary}.`;
}

/**
 * "only members holding ORGANIC_EU qualify: 1.2 of 3 t/month", for each requirement not every unit
 * meets. In quantities, not heads: the text is stored once for the need's lead firm, which may not be
 * allowed to see every member, and a count would tell it how many it cannot see (decision 0007).
 */
function unitCompliance(ctx: MatchingContext, c: SupplierCandidate, a: Assessment, per: string): string[] {
  const offer = a.offer;
  if (offer === undefined || offer.units < 2) return [];
  const noun = c.units?.every((u) => u.memberId !== null) ? 'members' : 'supplying units';
  const said: string[] = [];
  ctx.requirements.forEach((p, r) => {
    const standing = offer.standings[r];
    if (!isUnitLevel(p) || standing === undefined || standing.holders === offer.units) return;
    said.push(
      standing.holders === 0
        ? `no ${noun.replace(/s$/, '')} holds ${standing.standardCode} yet`
        : `only ${noun} holding ${standing.standardCode} qualify: ${amount(standing.heldQuantity)} of ${amount(offer.recorded)} ${per}`,
    );
  });
  return said;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
