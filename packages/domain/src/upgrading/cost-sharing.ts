import { type UpgradingActionOwner } from './upgrading-actions.js';

/**
 * How an action's cost is shared between the lead firm, the programme and the supplier, in whole
 * percentages that sum to 100. Why percentages, not amounts: the split is agreed before the price is
 * known (a quote comes later) and survives a change of price; amounts are derived (`splitCost`).
 */
export type CostSharing = Readonly<Record<UpgradingActionOwner, number>>;

/** Until the parties agree otherwise, the supplier bears its own upgrading. */
export const SUPPLIER_PAYS: CostSharing = { LEAD_FIRM: 0, PROGRAMME: 0, SUPPLIER: 100 };

/** Why a sharing is not acceptable, or null when it is. */
export function sharingProblem(sharing: CostSharing): string | null {
  const parts = Object.values(sharing);
  if (parts.some((p) => !Number.isInteger(p) || p < 0 || p > 100))
    return 'Each share is a whole percentage from 0 to 100';
  const total = parts.reduce((a, b) => a + b, 0);
  return total === 100 ? null : `The shares add up to ${total}%, not 100%`;
}

/**
 * Each party's part of `amount` (in currency units, kept to the cent). Cents are shared by largest
 * remainder, so the parts always add up to the amount exactly, with no cent lost or invented.
 */
export function splitCost(amount: number, sharing: CostSharing): Record<UpgradingActionOwner, number> {
  const cents = Math.round(amount * 100);
  const owners = Object.keys(sharing) as UpgradingActionOwner[];
  const exact = owners.map((o) => (cents * sharing[o]) / 100);
  const floors = exact.map(Math.floor);
  let left = cents - floors.reduce((a, b) => a + b, 0);
  const byRemainder = owners
    .map((_, i) => i)
    .sort((a, b) => exact[b]! - floors[b]! - (exact[a]! - floors[a]!));
  for (const i of byRemainder) {
    if (left <= 0) break;
    floors[i]!++;
    left--;
  }
  return Object.fromEntries(owners.map((o, i) => [o, floors[i]! / 100])) as Record<
    UpgradingActionOwner,
    number
  >;
}
