import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation, VersionColumn } from 'typeorm';
import { type Period, type Unit } from '@linkage/domain';
import { BaseEntity } from './base.entity.js';
import { numericAsNumber } from './columns.js';
import { GroupMember } from './group-member.entity.js';
import { Organisation } from './organisation.entity.js';

/**
 * How much of one product a supplier can deliver per period. A producer group records one line per
 * member and product (`memberId`), or group-level lines with no member.
 */
@Entity('capacity_entries')
// Prefix index for candidate generation (`product_code LIKE '09%'`); created by the
// NeedRequirementsAndCoalitions migration with bpchar_pattern_ops, and by MatchingSpeed covering the
// line columns matching reads (INCLUDE), neither of which TypeORM can describe.
@Index('ix_capacity_entries_product_prefix', { synchronize: false })
// The offerable lines by HS prefix (partial, covering): the OfferableLines migration.
@Index('ix_capacity_entries_offerable_prefix', { synchronize: false })
export class CapacityEntry extends BaseEntity {
  @Index('ix_capacity_entries_organisation')
  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_capacity_entries_organisation' })
  organisation?: Relation<Organisation>;

  @Index('ix_capacity_entries_member')
  @Column({ name: 'member_id', type: 'uuid', nullable: true })
  memberId!: string | null;

  @ManyToOne(() => GroupMember, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'fk_capacity_entries_member' })
  member?: Relation<GroupMember>;

  /** HS 2022 subheading; the text_pattern_ops index lets candidate search filter by chapter/heading prefix. */
  @Column({ name: 'product_code', type: 'char', length: 6 })
  productCode!: string;

  @Column({ name: 'product_label', type: 'text' })
  productLabel!: string;

  @Column({ type: 'numeric', precision: 18, scale: 4, transformer: numericAsNumber })
  quantity!: number;

  @Column({ type: 'text' })
  unit!: Unit;

  @Column({ type: 'text' })
  period!: Period;

  @Column({ name: 'lead_time_days', type: 'integer', nullable: true })
  leadTimeDays!: number | null;

  /** The member promises this capacity to the group: only committed capacity backs a joint offer. */
  @Column({ type: 'boolean', default: false })
  committed!: boolean;

  /**
   * Counts towards the group's offer (the domain's `countsTowardsOffer`): kept by database triggers
   * on the line and on its member's status (OfferableLines migration), never written by the app.
   */
  @Column({ type: 'boolean', default: false, insert: false, update: false })
  offerable!: boolean;

  /** Months of availability (1 = January); empty means all year. */
  @Column({ name: 'available_months', type: 'smallint', array: true, default: '{}' })
  availableMonths!: number[];

  /** Optimistic concurrency: an edit based on an older version is refused rather than lost. */
  @VersionColumn()
  version!: number;
}
