import {
  type CoalitionContributorView,
  type CoalitionProposalView,
  type ExcludedSupplierView,
  type MatchView,
  type MatchedNeedView,
  type NeedScheduleView,
  type SourcingNeedView,
  gapView,
  renderedExplanation,
  renderedMessage,
} from '@linkage/contracts';
import { type Locale } from '@linkage/domain';
import {
  type CoalitionProposal,
  type Match,
  type NeedRequirement,
  type Organisation,
  type SourcingNeed,
} from '@linkage/db';

export const scheduleView = (n: SourcingNeed): NeedScheduleView => ({
  kind: n.scheduleKind,
  startDate: n.startDate,
  endDate: n.endDate,
});

export function needView(
  n: SourcingNeed,
  leadFirm: Pick<Organisation, 'legalName'>,
  requirements: readonly NeedRequirement[],
): SourcingNeedView {
  return {
    id: n.id,
    leadFirmId: n.leadFirmId,
    leadFirmName: leadFirm.legalName,
    title: n.title,
    description: n.description,
    productCode: n.productCode,
    quantity: n.quantity,
    unit: n.unit,
    period: n.period,
    deliveryCountry: n.deliveryCountry,
    responseDeadline: n.responseDeadline,
    status: n.status,
    version: n.version,
    createdAt: n.createdAt.toISOString(),
    schedule: scheduleView(n),
    deliveryPlace:
      n.deliveryLat !== null && n.deliveryLon !== null ? { lat: n.deliveryLat, lon: n.deliveryLon } : null,
    maxDistanceKm: n.maxDistanceKm,
    allowedCountries: n.allowedCountries,
    requirements: [...requirements]
      .sort((a, b) => a.position - b.position)
      .map((r) => ({
        standardCode: r.standardCode,
        level: r.level,
        mustHoldNow: r.mustHoldNow,
        obtainBy: r.obtainBy,
      })),
    targetPrice: n.targetPrice,
    currency: n.currency?.trim() ?? null,
    criticality: n.criticality,
    businessRationale: n.businessRationale,
    rationaleNote: n.rationaleNote,
    visibility: n.visibility,
    sealOffers: n.sealOffers,
  };
}

/**
 * Views of matching's results render its messages in the reader's language (decision 0022): the
 * texts under the names the portal always read, and the messages beside them.
 */
export function matchView(m: Match, deliveryCountry: string, locale: Locale): MatchView {
  const c = m.components;
  const explanation = renderedExplanation(m.explanation, locale);
  const supplierCountry = m.supplier?.country?.trim() ?? '';
  return {
    id: m.id,
    supplierId: m.supplierId,
    supplierName: m.supplier?.legalName ?? '',
    supplierCountry,
    rank: m.rank,
    score: m.score,
    components: {
      product: c.product ?? 0,
      capacity: c.capacity ?? 0,
      location: supplierCountry === deliveryCountry ? 1 : 0,
      compliance: c.compliance ?? 0,
      distance: c.distance ?? 0,
      leadTime: c.leadTime ?? 0,
      trackRecord: c.trackRecord ?? null,
    },
    reason: explanation.text,
    explanation: explanation.text,
    explanationMessages: explanation.messages,
    // Callers pass matches only: their queries leave out the EXCLUDED rows, which excludedView shows.
    eligibility: m.eligibility as MatchView['eligibility'],
    gaps: m.gaps.map((g) => gapView(g, locale)),
    standsAlone: m.standsAlone,
    offerableQuantity: m.offerableQuantity,
    distanceKm: m.distanceKm,
    status: m.status,
    needVersion: m.needVersion,
    computedAt: m.computedAt?.toISOString() ?? null,
  };
}

/** An excluded supplier with its reasons; `rank` counts among the excluded only. */
export function excludedView(m: Match, rank: number, locale: Locale): ExcludedSupplierView {
  const explanation = renderedExplanation(m.explanation, locale);
  const blockers = m.blockers.map((b) => renderedMessage(b, locale));
  return {
    supplierId: m.supplierId,
    supplierName: m.supplier?.legalName ?? '',
    supplierCountry: m.supplier?.country?.trim() ?? '',
    rank,
    score: m.score,
    blockers: blockers.map((b) => b.text),
    blockerMessages: blockers,
    gaps: m.gaps.map((g) => gapView(g, locale)),
    explanation: explanation.text,
    explanationMessages: explanation.messages,
    distanceKm: m.distanceKm,
  };
}

/**
 * Who delivers a group's share: its own lines under its name, visible members by name, and members
 * the viewer may not see as one unnamed line at the end — summed, so their number is not told either
 * (decision 0007).
 */
function contributorsOf(
  shares: readonly { memberId: string | null; quantity: number }[],
  groupName: string | null,
  memberNames: ReadonlyMap<string, string>,
): CoalitionContributorView[] {
  const shown: CoalitionContributorView[] = [];
  let hidden: number | undefined;
  for (const m of shares) {
    const name = m.memberId === null ? groupName : memberNames.get(m.memberId);
    if (m.memberId !== null && name === undefined) hidden = (hidden ?? 0) + m.quantity;
    else shown.push({ name: name ?? null, own: m.memberId === null, quantity: m.quantity });
  }
  return hidden === undefined ? shown : [...shown, { name: null, own: false, quantity: hidden }];
}

export function coalitionView(
  p: CoalitionProposal,
  suppliers: ReadonlyMap<string, Pick<Organisation, 'legalName' | 'country'>>,
  need: SourcingNeed,
  memberNames: ReadonlyMap<string, string>,
  locale: Locale,
): CoalitionProposalView {
  const explanation = renderedExplanation(p.explanation, locale);
  return {
    id: p.id,
    rank: p.rank,
    role: p.role,
    members: p.allocations.map((a) => ({
      supplierId: a.supplierId,
      supplierName: suppliers.get(a.supplierId)?.legalName ?? '',
      supplierCountry: suppliers.get(a.supplierId)?.country.trim() ?? '',
      quantity: a.quantity,
      share: need.quantity > 0 ? a.quantity / need.quantity : 0,
      landedUnitCost: a.landedUnitCost,
      contributors: contributorsOf(
        a.members ?? [],
        suppliers.get(a.supplierId)?.legalName ?? null,
        memberNames,
      ),
    })),
    totalQuantity: p.totalQuantity,
    unit: p.unit,
    period: p.period,
    quantityDomain: p.quantityDomain,
    objective: p.objective,
    currency: need.currency?.trim() ?? null,
    provenOptimal: p.provenOptimal,
    relativeGap: p.relativeGap,
    explanation: explanation.text,
    explanationMessages: explanation.messages,
  };
}

export function matchedNeedView(
  m: Match,
  n: SourcingNeed,
  leadFirm: Pick<Organisation, 'legalName'>,
  answer: Pick<MatchedNeedView, 'offer' | 'declinedFor' | 'coalition'>,
  locale: Locale,
): MatchedNeedView {
  const explanation = renderedExplanation(m.explanation, locale);
  return {
    needId: n.id,
    title: n.title,
    leadFirmName: leadFirm.legalName,
    productCode: n.productCode,
    quantity: n.quantity,
    unit: n.unit,
    period: n.period,
    schedule: scheduleView(n),
    deliveryCountry: n.deliveryCountry,
    responseDeadline: n.responseDeadline,
    needStatus: n.status,
    visibility: n.visibility,
    matchId: m.id,
    rank: m.rank,
    score: m.score,
    eligibility: m.eligibility as MatchedNeedView['eligibility'],
    explanation: explanation.text,
    explanationMessages: explanation.messages,
    gaps: m.gaps.map((g) => gapView(g, locale)),
    matchStatus: m.status,
    ...answer,
  };
}
