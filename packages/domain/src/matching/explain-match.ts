import {
  type Assessment,
  type MatchingContext,
  TIER_CONDITIONAL,
  TIER_EXCLUDED,
} from './assess-candidate.js';
import { isUnitLevel } from './offerable-capacity.js';
import { sharedHsLevel } from '../products/hs-code.js';
import { type DomainMessage, message } from '../messages/catalogue.js';
import { type Gap, type SupplierCandidate } from './types.js';

/** How close the supplier's products are to the need's, by the HS digits the need has beyond them. */
const PRODUCT_FIT = { 2: 'match.product.sameHeading', 4: 'match.product.sameChapter' } as const;

/**
 * The supplier's product closest to the need's (sharing `level` digits of HS code); the lowest code
 * of several, so the text does not depend on the order its products were read in.
 */
const closestProduct = (c: SupplierCandidate, needCode: string, level: number) =>
  c.productCodes
    .filter((code) => sharedHsLevel(needCode, code) === level)
    .reduce<string | undefined>((low, code) => (low === undefined || code < low ? code : low), undefined) ?? needCode;

/**
 * Sentences a buyer can read: why this supplier ranks where it does and what stands in the way. As
 * messages, rendered in each reader's language (decision 0022); the verdict comes first.
 */
export function explainMatch(
  ctx: MatchingContext,
  c: SupplierCandidate,
  a: Assessment,
  gaps: readonly Gap[],
  blockers: readonly DomainMessage[],
): DomainMessage[] {
  const { need } = ctx;
  const rate = { quantity: need.quantity, unit: need.unit, period: need.period };
  const facts: DomainMessage[] = [
    a.hsLevel >= ctx.needCode.length
      ? message('match.product.same', { product: ctx.needCode })
      : message(PRODUCT_FIT[(ctx.needCode.length - a.hsLevel) as 2 | 4], {
          product: closestProduct(c, ctx.needCode, a.hsLevel),
          need: ctx.needCode,
        }),
    a.coverage >= 1
      ? message('match.coverage.full', rate)
      : message('match.coverage.partial', { share: Math.round(a.coverage * 100) / 100, ...rate }),
    ...unitCompliance(ctx, c, a),
    message('match.distance', { km: Math.round(a.distanceKm) }),
    message('match.leadTime', { leadDays: c.leadTimeDays, dueDays: Math.max(0, ctx.daysToStart) }),
  ];
  if (ctx.requirements.length > 0)
    facts.push(
      message('match.standardsHeld', { held: a.heldRequirements, required: ctx.requirements.length }),
    );
  facts.push(
    a.components.trackRecord !== null
      ? message('match.trackRecord', {
          share: Math.round(a.components.trackRecord * 100) / 100,
          deliveries: c.trackRecord!.deliveries,
        })
      : message('match.trackRecord.none', {}),
  );
  if (a.tier === TIER_EXCLUDED)
    return [message('match.verdict.excluded', { reasons: [...blockers] }), ...facts];
  if (a.tier === TIER_CONDITIONAL) {
    // The slowest gap sets the pace; its own deadline is the date that matters (the first delivery
    // unless the buyer set an obtain-by date, or a certificate lapses later than that).
    const slowest = gaps.reduce((s, g) => (g.monthsToClose > s.monthsToClose ? g : s), gaps[0]!);
    const verdict =
      slowest.closeBy === need.startDate
        ? message('match.verdict.conditionalBeforeStart', {
            months: slowest.monthsToClose,
            date: need.startDate,
          })
        : message('match.verdict.conditionalBy', { months: slowest.monthsToClose, date: slowest.closeBy });
    return [verdict, ...facts];
  }
  return facts;
}

/**
 * "Only members holding ORGANIC_EU qualify: 1.2 of 3 t/month", for each requirement not every unit
 * meets. In quantities, not heads: the explanation is stored once for the need's lead firm, which may
 * not be allowed to see every member, and a count would tell it how many it cannot see (decision 0007).
 */
function unitCompliance(ctx: MatchingContext, c: SupplierCandidate, a: Assessment): DomainMessage[] {
  const offer = a.offer;
  if (offer === undefined || offer.units < 2) return [];
  const members = c.units?.every((u) => u.memberId !== null) ?? false;
  const said: DomainMessage[] = [];
  ctx.requirements.forEach((p, r) => {
    const standing = offer.standings[r];
    if (!isUnitLevel(p) || standing === undefined || standing.holders === offer.units) return;
    const standard = standing.standardCode;
    said.push(
      standing.holders === 0
        ? message(members ? 'match.units.noMemberHolds' : 'match.units.noUnitHolds', { standard })
        : message(members ? 'match.units.membersHolding' : 'match.units.unitsHolding', {
            standard,
            held: round4(standing.heldQuantity),
            quantity: round4(offer.recorded),
            unit: ctx.need.unit,
            period: ctx.need.period,
          }),
    );
  });
  return said;
}

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;
