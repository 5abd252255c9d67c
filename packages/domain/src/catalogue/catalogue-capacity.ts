import { type Period } from '../units/periods.js';
import { convertRate } from '../units/rate.js';
import { type Unit, IncompatibleUnitsError, areCompatible } from '../units/units.js';

/** A member's capacity entry as recorded on its profile; only committed entries may back a joint offer. */
export interface MemberCapacityEntry {
  memberId: string;
  quantity: number;
  unit: Unit;
  period: Period;
  committed: boolean;
}

export interface MemberContribution {
  memberId: string;
  /** In the catalogue item's unit and period. */
  quantity: number;
}

export interface CatalogueCapacity {
  quantity: number;
  unit: Unit;
  period: Period;
  /** One line per contributing member, in the order members first appear in the entries. */
  byMember: MemberContribution[];
}

export class IncompatibleMemberCapacityError extends Error {
  constructor(
    readonly memberId: string,
    override readonly cause: IncompatibleUnitsError,
  ) {
    super(`Capacity of member ${memberId} cannot count towards this catalogue item: ${cause.message}`);
    this.name = 'IncompatibleMemberCapacityError';
  }
}

/**
 * A joint catalogue item's capacity, derived (never typed in) from its members' committed capacity in
 * the item's unit and period. Uncommitted capacity is left out: a group may only offer what members
 * have promised to it (DESIGN: "aggregation needs commitment").
 */
export function deriveCatalogueCapacity(
  item: { unit: Unit; period: Period },
  entries: readonly MemberCapacityEntry[],
): CatalogueCapacity {
  const byMember = new Map<string, number>();
  for (const entry of entries) {
    if (!entry.committed) continue;
    if (!areCompatible(entry.unit, item.unit)) {
      throw new IncompatibleMemberCapacityError(
        entry.memberId,
        new IncompatibleUnitsError(entry.unit, item.unit),
      );
    }
    const quantity = convertRate(entry, item.unit, item.period);
    byMember.set(entry.memberId, (byMember.get(entry.memberId) ?? 0) + quantity);
  }
  let total = 0;
  for (const quantity of byMember.values()) total += quantity;
  return {
    quantity: total,
    unit: item.unit,
    period: item.period,
    byMember: [...byMember].map(([memberId, quantity]) => ({ memberId, quantity })),
  };
}
