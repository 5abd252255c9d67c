import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { type CoalitionAllocation, type DomainMessage, type MemberShare, type Period, type QuantityDomain, type Unit } from '@linkage/domain';
import { BaseEntity } from './base.entity.js';
import { numericAsNumber } from './columns.js';
import { SourcingNeed } from './sourcing-need.entity.js';

export const COALITION_PROPOSAL_ROLES = ['BEST', 'ALTERNATIVE', 'SINGLE_SUPPLIER'] as const;
export type CoalitionProposalRole = (typeof COALITION_PROPOSAL_ROLES)[number];

/** A supplier's allocation as stored: with how it splits over the group's members (absent on older rows). */
export type StoredCoalitionAllocation = Omit<CoalitionAllocation, 'members'> & { members?: MemberShare[] };

/**
 * A set of suppliers with a quantity each that together meet a need (DESIGN §2 "CoalitionProposal").
 * Written by the matcher in the same transaction as the need's matches; rank 0 is the best proposal,
 * 1 and 2 the alternatives with different membership.
 */
@Entity('coalition_proposals')
@Index('uq_coalition_proposals_need_rank', ['needId', 'rank'], { unique: true })
export class CoalitionProposal extends BaseEntity {
  @Column({ name: 'need_id', type: 'uuid' })
  needId!: string;

  @ManyToOne(() => SourcingNeed, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'need_id', foreignKeyConstraintName: 'fk_coalition_proposals_need' })
  need?: Relation<SourcingNeed>;

  @Column({ name: 'need_version', type: 'integer' })
  needVersion!: number;

  @Column({ type: 'integer' })
  rank!: number;

  /** The best coalition, an alternative with other members, or the best single supplier it is compared with. */
  @Column({ type: 'text', default: 'ALTERNATIVE' })
  role!: CoalitionProposalRole;

  /** Per-supplier quantities in the need's unit per period, with landed unit cost and member split. */
  @Column({ type: 'jsonb' })
  allocations!: StoredCoalitionAllocation[];

  @Column({ name: 'total_quantity', type: 'numeric', precision: 18, scale: 4, transformer: numericAsNumber })
  totalQuantity!: number;

  @Column({ type: 'text' })
  unit!: Unit;

  @Column({ type: 'text' })
  period!: Period;

  @Column({ name: 'quantity_domain', type: 'text' })
  quantityDomain!: QuantityDomain;

  /** Total landed cost per period (price, transport, coordination), in the need's currency. */
  @Column({ type: 'double precision' })
  objective!: number;

  @Column({ name: 'proven_optimal', type: 'boolean' })
  provenOptimal!: boolean;

  /** (objective − lower bound) / objective; 0 when proven optimal. */
  @Column({ name: 'relative_gap', type: 'double precision' })
  relativeGap!: number;

  /** Sentences as message codes with parameters, rendered in each reader's language (decision 0022). */
  @Column({ type: 'jsonb' })
  explanation!: DomainMessage[];

  @Column({ name: 'computed_at', type: 'timestamptz' })
  computedAt!: Date;
}
