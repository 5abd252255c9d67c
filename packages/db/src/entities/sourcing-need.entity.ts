import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { type NeedStatus, type Period, type Unit } from '@linkage/domain';
import { BaseEntity } from './base.entity.js';
import { numericAsNumber } from './columns.js';
import { Organisation } from './organisation.entity.js';
import { User } from './user.entity.js';

/** A lead firm's request for quotation. */
@Entity('sourcing_needs')
@Index('ix_sourcing_needs_status_product', ['status', 'productCode'])
export class SourcingNeed extends BaseEntity {
  @Index('ix_sourcing_needs_lead_firm')
  @Column({ name: 'lead_firm_id', type: 'uuid' })
  leadFirmId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'lead_firm_id', foreignKeyConstraintName: 'fk_sourcing_needs_lead_firm' })
  leadFirm?: Relation<Organisation>;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'fk_sourcing_needs_created_by' })
  createdBy?: Relation<User>;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  /** HS code at chapter, heading or subheading level. */
  @Column({ name: 'product_code', type: 'varchar', length: 6 })
  productCode!: string;

  @Column({ type: 'numeric', precision: 18, scale: 4, transformer: numericAsNumber })
  quantity!: number;

  @Column({ type: 'text' })
  unit!: Unit;

  @Column({ type: 'text' })
  period!: Period;

  @Column({ name: 'delivery_country', type: 'char', length: 2 })
  deliveryCountry!: string;

  @Column({ name: 'response_deadline', type: 'date' })
  responseDeadline!: string;

  @Column({ type: 'text', default: 'OPEN' })
  status!: NeedStatus;

  /** Bumped on every change that matching reads; a matching job is keyed by it. */
  @Column({ type: 'integer', default: 1 })
  version!: number;

  /** The version whose matches are stored, written in the same transaction as the matches. */
  @Column({ name: 'matched_version', type: 'integer', nullable: true })
  matchedVersion!: number | null;

  @Column({ name: 'matched_at', type: 'timestamptz', nullable: true })
  matchedAt!: Date | null;
}
