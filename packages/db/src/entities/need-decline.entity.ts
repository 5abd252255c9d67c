import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { type DeclineReason } from '@linkage/domain';
import { BaseEntity } from './base.entity.js';
import { Organisation } from './organisation.entity.js';
import { SourcingNeed } from './sourcing-need.entity.js';
import { User } from './user.entity.js';

/** A producer group's "no" to a need, with its reason: kept for the programme's indicators. */
@Entity('need_declines')
@Index('uq_need_declines_need_supplier', ['needId', 'supplierId'], { unique: true })
export class NeedDecline extends BaseEntity {
  @Column({ name: 'need_id', type: 'uuid' })
  needId!: string;

  @ManyToOne(() => SourcingNeed, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'need_id', foreignKeyConstraintName: 'fk_need_declines_need' })
  need?: Relation<SourcingNeed>;

  @Index('ix_need_declines_supplier')
  @Column({ name: 'supplier_id', type: 'uuid' })
  supplierId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'supplier_id', foreignKeyConstraintName: 'fk_need_declines_supplier' })
  supplier?: Relation<Organisation>;

  @Column({ type: 'text' })
  reason!: DeclineReason;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ name: 'declined_by_id', type: 'uuid', nullable: true })
  declinedById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'declined_by_id', foreignKeyConstraintName: 'fk_need_declines_declined_by' })
  declinedBy?: Relation<User>;
}
