import { type CalendarDate } from '../dates/calendar-date.js';
import { MATCHABLE_NEED_STATUSES } from '../vocabulary/need-status.js';
import { type NeedStatus } from '../vocabulary/sourcing.js';

/**
 * DESIGN §2 "Offer": an offer's life. A joint offer waits for its partners' confirmations
 * (AWAITING_PARTNERS, not yet shown to the buyer) before it is SUBMITTED. ACCEPTED is an offer
 * awarded, in full or in part.
 */
export const OFFER_STATUSES = [
  'AWAITING_PARTNERS',
  'SUBMITTED',
  'SHORTLISTED',
  'ACCEPTED',
  'DECLINED',
  'WITHDRAWN',
] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];

/** Offers the buyer sees and can still award or decline. */
export const OPEN_OFFER_STATUSES: readonly OfferStatus[] = ['SUBMITTED', 'SHORTLISTED'];

/** Offers a group has made and may still withdraw: open ones, and joint offers still gathering confirmations. */
export const LIVE_OFFER_STATUSES: readonly OfferStatus[] = [
  'AWAITING_PARTNERS',
  'SUBMITTED',
  'SHORTLISTED',
  'ACCEPTED',
];

/** Why a producer group declines a need: kept for the programme's indicators. */
export const DECLINE_REASONS = ['CAPACITY', 'PRICE', 'STANDARDS', 'TIMING', 'OTHER'] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];

/** Incoterms 2020. The D-terms deliver to the buyer's place, so their price already carries transport. */
export const INCOTERMS = [
  'EXW',
  'FCA',
  'CPT',
  'CIP',
  'DAP',
  'DPU',
  'DDP',
  'FAS',
  'FOB',
  'CFR',
  'CIF',
] as const;
export type Incoterm = (typeof INCOTERMS)[number];
const DELIVERED: readonly Incoterm[] = ['DAP', 'DPU', 'DDP'];

export class DealError extends Error {
  constructor(
    readonly reason:
      | 'NEED_CLOSED_TO_OFFERS'
      | 'DEADLINE_PASSED'
      | 'OFFER_NOT_OPEN'
      | 'OFFERS_SEALED'
      | 'AWARD_EXCEEDS_OFFER'
      | 'ALREADY_OFFERED',
    message: string,
  ) {
    super(message);
    this.name = 'DealError';
  }
}

/** A group may offer, or decline, while the need takes answers (OPEN or EVALUATING) and until its response deadline. */
export function assertTakesOffers(
  need: { status: NeedStatus; responseDeadline: CalendarDate },
  today: CalendarDate,
): void {
  if (!MATCHABLE_NEED_STATUSES.includes(need.status))
    throw new DealError('NEED_CLOSED_TO_OFFERS', `A ${need.status.toLowerCase()} need takes no offers`);
  if (need.responseDeadline < today)
    throw new DealError('DEADLINE_PASSED', `Answers to this need were due by ${need.responseDeadline}`);
}

/** Only an offer still in the running can be withdrawn, declined or awarded. */
export function assertOfferOpen(offer: { status: OfferStatus }): void {
  if (!OPEN_OFFER_STATUSES.includes(offer.status))
    throw new DealError('OFFER_NOT_OPEN', `The offer is ${offer.status.toLowerCase()}`);
}

/** A group may withdraw its offer until it is decided: while submitted, shortlisted, or waiting for partners. */
export function assertOfferWithdrawable(offer: { status: OfferStatus }): void {
  if (offer.status !== 'AWAITING_PARTNERS') assertOfferOpen(offer);
}

/**
 * Sealed offers stay closed to the buyer until the response deadline has passed (as in public
 * tenders: nobody can be played against an early price). Unsealed needs show offers as they come.
 */
export function offersUnsealed(
  need: { sealOffers: boolean; responseDeadline: CalendarDate },
  today: CalendarDate,
): boolean {
  return !need.sealOffers || need.responseDeadline < today;
}

/**
 * What one unit costs the buyer at its delivery place: the price, plus the supplier's stated
 * transport to that place unless the Incoterm delivers there already.
 */
export function landedCost(offer: {
  price: number;
  incoterm: Incoterm;
  transportPerUnit: number | null;
}): number {
  return DELIVERED.includes(offer.incoterm) ? offer.price : offer.price + (offer.transportPerUnit ?? 0);
}

/** An award takes part or all of an offer's quantity, never more. */
export function assertAwardQuantity(offer: { quantity: number }, quantity: number): void {
  if (quantity > offer.quantity + 0.00005)
    throw new DealError(
      'AWARD_EXCEEDS_OFFER',
      `The offer is for ${offer.quantity}; an award cannot take more`,
    );
}

/** One capacity line a group can put behind an offer, with what it has left for the whole schedule (in the need's unit and period). */
export interface AllocatableLine {
  lineId: string;
  available: number;
}

/**
 * The default split of an offer over the group's lines: those with the most available capacity
 * first, each up to what it has left, until the quantity is covered. Returns undefined when the
 * lines together cannot cover it.
 */
export function defaultAllocation(
  quantity: number,
  lines: readonly AllocatableLine[],
): { lineId: string; quantity: number }[] | undefined {
  const ordered = [...lines]
    .filter((l) => l.available > 0)
    .sort((a, b) => b.available - a.available || (a.lineId < b.lineId ? -1 : 1));
  const split: { lineId: string; quantity: number }[] = [];
  let left = quantity;
  for (const line of ordered) {
    if (left <= 0.00005) break;
    const take = Math.min(left, line.available);
    split.push({ lineId: line.lineId, quantity: Math.round(take * 10_000) / 10_000 });
    left -= take;
  }
  return left > 0.00005 ? undefined : split;
}

/** An award holds its reservation while ACTIVE; a CANCELLED one has released it. */
export const AWARD_STATUSES = ['ACTIVE', 'CANCELLED'] as const;
export type AwardStatus = (typeof AWARD_STATUSES)[number];
