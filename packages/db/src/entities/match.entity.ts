import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { type DomainMessage, type Gap, type MatchEligibility, type MatchStatus } from '@linkage/domain';
import { BaseEntity } from './base.entity.js';
import { numericAsNumber } from './columns.js';
import { Organisation } from './organisation.entity.js';
import { SourcingNeed } from './sourcing-need.entity.js';

/** A supplier ranked for a need, with the components of its score and why. */
@Entity('matches')
@Index('uq_matches_need_supplier', ['needId', 'supplierId'], { unique: true })
@Index('ix_matches_need_rank', ['needId', 'rank'])
export class Match extends BaseEntity {
  @Column({ name: 'need_id', type: 'uuid' })
  needId!: string;

  @ManyToOne(() => SourcingNeed, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'need_id', foreignKeyConstraintName: 'fk_matches_need' })
  need?: Relation<SourcingNeed>;

  @Index('ix_matches_supplier')
  @Column({ name: 'supplier_id', type: 'uuid' })
  supplierId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'supplier_id', foreignKeyConstraintName: 'fk_matches_supplier' })
  supplier?: Relation<Organisation>;

  @Column({ name: 'need_version', type: 'integer' })
  needVersion!: number;

  @Column({ type: 'integer' })
  rank!: number;

  @Column({ type: 'numeric', precision: 5, scale: 4, transformer: numericAsNumber })
  score!: number;

  @Column({ type: 'jsonb' })
  components!: Record<string, number | null>;

  /**
   * Why the supplier ranks where it does and what stands in the way: sentences as message codes with
   * parameters, rendered in each reader's language (decision 0022).
   */
  @Column({ type: 'jsonb' })
  explanation!: DomainMessage[];

  /** ELIGIBLE or CONDITIONAL; EXCLUDED for the best suppliers left out, kept so the buyer can see why not. */
  @Column({ type: 'text', default: 'ELIGIBLE' })
  eligibility!: MatchEligibility;

  /** What the supplier lacks for this need, and the route to close each gap (as messages). */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  gaps!: Gap[];

  /** Why an EXCLUDED supplier cannot serve the need; empty for matches. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  blockers!: DomainMessage[];

  /** Eligible, covering the volume with compliant capacity and holding every ANY_SUPPLIER standard itself. */
  @Column({ name: 'stands_alone', type: 'boolean', default: false })
  standsAlone!: boolean;

  /** Compliant capacity offered for the need, in its unit and period; null on rows matched before it was recorded. */
  @Column({
    name: 'offerable_quantity',
    type: 'numeric',
    precision: 18,
    scale: 4,
    nullable: true,
    transformer: numericAsNumber,
  })
  offerableQuantity!: number | null;

  @Column({ name: 'distance_km', type: 'double precision', nullable: true })
  distanceKm!: number | null;

  @Column({ name: 'computed_at', type: 'timestamptz', nullable: true })
  computedAt!: Date | null;

  @Column({ type: 'text', default: 'PROPOSED' })
  status!: MatchStatus;
}
