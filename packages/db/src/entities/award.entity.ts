import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { type AwardStatus } from '@linkage/domain';
import { BaseEntity } from './base.entity.js';
import { CapacityEntry } from './capacity-entry.entity.js';
import { numericAsNumber } from './columns.js';
import { Offer } from './offer.entity.js';
import { SourcingNeed } from './sourcing-need.entity.js';
import { User } from './user.entity.js';

/** A lead firm's award of part or all of one offer (multi-sourcing: several per need). It reserves capacity. */
@Entity('awards')
export class Award extends BaseEntity {
  @Index('ix_awards_need')
  @Column({ name: 'need_id', type: 'uuid' })
  needId!: string;

  @ManyToOne(() => SourcingNeed, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'need_id', foreignKeyConstraintName: 'fk_awards_need' })
  need?: Relation<SourcingNeed>;

  /** One award per offer. */
  @Index('uq_awards_offer', { unique: true })
  @Column({ name: 'offer_id', type: 'uuid' })
  offerId!: string;

  @ManyToOne(() => Offer, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'offer_id', foreignKeyConstraintName: 'fk_awards_offer' })
  offer?: Relation<Offer>;

  /** Per period of the need, in its unit: at most the offer's quantity. */
  @Column({ type: 'numeric', precision: 18, scale: 4, transformer: numericAsNumber })
  quantity!: number;

  @Column({ type: 'text', default: 'ACTIVE' })
  status!: AwardStatus;

  @Column({ name: 'awarded_by_id', type: 'uuid', nullable: true })
  awardedById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'awarded_by_id', foreignKeyConstraintName: 'fk_awards_awarded_by' })
  awardedBy?: Relation<User>;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt!: Date | null;
}

/**
 * The capacity ledger's reservations: what one award takes from one capacity line in one month, in
 * the line's unit. Released (not deleted) when the award is cancelled, so the history stays.
 */
@Entity('capacity_reservations')
@Index('ix_capacity_reservations_line_month', ['capacityEntryId', 'month'], { where: 'released_at IS NULL' })
export class CapacityReservation extends BaseEntity {
  @Index('ix_capacity_reservations_award')
  @Column({ name: 'award_id', type: 'uuid' })
  awardId!: string;

  @ManyToOne(() => Award, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'award_id', foreignKeyConstraintName: 'fk_capacity_reservations_award' })
  award?: Relation<Award>;

  @Column({ name: 'capacity_entry_id', type: 'uuid' })
  capacityEntryId!: string;

  // The capacity service refuses to delete a line with live reservations (409); released ones go with it.
  @ManyToOne(() => CapacityEntry, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'capacity_entry_id', foreignKeyConstraintName: 'fk_capacity_reservations_line' })
  capacityEntry?: Relation<CapacityEntry>;

  /** `YYYY-MM`. */
  @Column({ type: 'char', length: 7 })
  month!: string;

  @Column({ type: 'numeric', precision: 18, scale: 4, transformer: numericAsNumber })
  quantity!: number;

  @Column({ name: 'released_at', type: 'timestamptz', nullable: true })
  releasedAt!: Date | null;
}
