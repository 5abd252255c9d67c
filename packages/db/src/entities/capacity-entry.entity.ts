import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation, VersionColumn } from 'typeorm';
import { type Period, type Unit } from '@linkage/domain';
import { BaseEntity } from './base.entity.js';
import { numericAsNumber } from './columns.js';
import { Organisation } from './organisation.entity.js';

/** How much of one product a supplier can deliver per period. */
@Entity('capacity_entries')
export class CapacityEntry extends BaseEntity {
  @Index('ix_capacity_entries_organisation')
  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_capacity_entries_organisation' })
  organisation?: Relation<Organisation>;

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

  /** Optimistic concurrency: an edit based on an older version is refused rather than lost. */
  @VersionColumn()
  version!: number;
}
