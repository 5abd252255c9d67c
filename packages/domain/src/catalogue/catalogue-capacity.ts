import { type OfferLine, countsTowardsOffer } from '../matching/offerable-capacity.js';
import { type Period } from '../units/periods.js';
import { convertRate } from '../units/rate.js';
import { type Unit, IncompatibleUnitsError, areCompatible } from '../units/units.js';

/** A capacity line of the group (`memberId` null) or of a member, as recorded on the group's profile. */
export interface CatalogueCapacityLine extends OfferLine {
  quantity: number;
  unit: Unit;
  period: Period;
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
  /** The group's own committed lines, in the item's unit and period. */
  own: number;
  /** One line per contributing member, in the order members first appear in the entries. */
  byMember: MemberContribution[];
}

export class IncompatibleMemberCapacityError extends Error {
  constructor(
    /** Null for one of the group's own lines. */
    readonly memberId: string | null,
    override readonly cause: IncompatibleUnitsError,
  ) {
    super(
      `Capacity of ${memberId === null ? "the group's own lines" : `member ${memberId}`} cannot count towards this catalogue item: ${cause.message}`,
    );
    this.name = 'IncompatibleMemberCapacityError';
  }
}

/**
 * A joint catalogue item's capacity, derived (never typed in) from the lines that count towards the
 * group's offer (`countsTowardsOffer`: committed, and for a member's line, the member ACTIVE), in the
 * item's unit and period. Uncommitted capacity is left out: a group may only offer what has been
 * promised to it (DESIGN: "aggregation needs commitment").
 */
export function deriveCatalogueCapacity(
  item: { unit: Unit; period: Period },
  lines: readonly CatalogueCapacityLine[],
): CatalogueCapacity {
  const byMember = new Map<string, number>();
  let own = 0;
  for (const line of lines) {
    if (!countsTowardsOffer(line)) continue;
    if (!areCompatible(line.unit, item.unit)) {
      throw new IncompatibleMemberCapacityError(
        line.memberId,
        new IncompatibleUnitsError(line.unit, item.unit),
      );
    }
    const quantity = convertRate(line, item.unit, item.period);
    if (line.memberId === null) own += quantity;
    else byMember.set(line.memberId, (byMember.get(line.memberId) ?? 0) + quantity);
  }
  let total = own;
  for (const quantity of byMember.values()) total += quantity;
  return {
    quantity: total,
    unit: item.unit,
    period: item.period,
    own,
    byMember: [...byMember].map(([memberId, quantity]) => ({ memberId, quantity })),
  };
}
