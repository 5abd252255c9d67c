import { type CalendarDate } from '../dates/calendar-date.js';
import { type StandardDefinition } from '../compliance/standard.js';
import { type SupplierCandidate } from '../matching/types.js';
import { type Period } from '../units/periods.js';
import { type Rate } from '../units/rate.js';
import { type Unit } from '../units/units.js';
import { type MemberShare } from './member-shares.js';
import { type DomainMessage } from '../messages/catalogue.js';

/**
 * A supplier that may take part in a coalition. `capacity` must be its *committed* capacity for the
 * need's product (what it has promised to supply; for a group member, its committed entries).
 */
export interface CoalitionCandidate extends SupplierCandidate {
  /** Price in the need's currency for one `per` unit, ex works. */
  unitPrice: { amount: number; per: Unit };
  /** Smallest quantity per period the supplier will take on; absent means any quantity. */
  minimumOrder?: Rate;
  /** Its matching score; only breaks ties between coalitions of equal cost. */
  score?: number;
}

/** Whether allocated quantities are whole numbers of the need's unit (pieces, whole tonnes) or any amount. */
export const QUANTITY_DOMAINS = ['CONTINUOUS', 'INTEGER'] as const;
export type QuantityDomain = (typeof QUANTITY_DOMAINS)[number];

export interface CoalitionOptions {
  /** Day of the computation: certificates must be valid from it through the last delivery. */
  today: CalendarDate;
  /** Transport cost in the need's currency per unit of the need per km (great-circle) to the delivery place. */
  transportCostPerUnitKm: number;
  /** Fixed cost per supplier per period of coordinating one more member: contracts, quality checks, consolidation. */
  coordinationCostPerSupplier: number;
  quantityDomain?: QuantityDomain;
  /** Wall-clock budget for the whole computation, best proposal first. */
  timeBudgetMs?: number;
  /** How many alternatives (0 to 2) with different membership to propose besides the best. */
  alternatives?: number;
  registry?: readonly StandardDefinition[];
  /** Clock in milliseconds, injectable so tests can control the budget. */
  now?: () => number;
}

export interface CoalitionAllocation {
  supplierId: string;
  /** In the need's unit per the need's period. */
  quantity: number;
  /** Price plus transport, per unit of the need. */
  landedUnitCost: number;
  /** How the quantity splits over the supplier's compliant units (members; null: its own lines). */
  members: MemberShare[];
}

/** DESIGN §2 "CoalitionProposal": suppliers with a quantity each that together meet volume and requirements. */
export interface CoalitionProposal {
  needId: string;
  allocations: CoalitionAllocation[];
  totalQuantity: number;
  unit: Unit;
  period: Period;
  quantityDomain: QuantityDomain;
  /** Total landed cost per period: price and transport for every unit plus coordination per supplier. */
  objective: number;
  provenOptimal: boolean;
  /** (objective − best lower bound) / objective; 0 when proven optimal. */
  relativeGap: number;
  /** Sentences rendered in each reader's language (decision 0022). */
  explanation: DomainMessage[];
}

export interface ExcludedCandidate {
  supplierId: string;
  reason: DomainMessage;
}

export interface CoalitionResult {
  /** Absent when no set of candidates can meet the volume and the requirements. */
  best?: CoalitionProposal;
  /** Up to two proposals whose membership differs from the best (and from each other). */
  alternatives: CoalitionProposal[];
  /**
   * The cheapest single supplier that meets the whole need on its own under the same cost model, when
   * the best proposal has several members: the buyer sees what the coalition saves against it.
   */
  bestSingle?: CoalitionProposal;
  /** Candidates left out before optimising, and why (requirements, units, location). */
  excluded: ExcludedCandidate[];
}
