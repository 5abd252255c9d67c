import { Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, type Relation } from 'typeorm';
import { type Incoterm, type OfferStatus } from '@linkage/domain';
import { BaseEntity } from './base.entity.js';
import { CapacityEntry } from './capacity-entry.entity.js';
import { numericAsNumber } from './columns.js';
import { Organisation } from './organisation.entity.js';
import { SourcingNeed } from './sourcing-need.entity.js';
import { User } from './user.entity.js';

/**
 * A producer group's answer to a sourcing need (DESIGN §2 "Offer"): a quantity per period of the
 * need, in its unit, at a price, split over the capacity lines that back it (`OfferAllocation`).
 */
@Entity('offers')
// One live offer per group and need; a withdrawn or declined one leaves room for a new one.
@Index('uq_offers_live', ['needId', 'supplierId'], {
  unique: true,
  where: `status IN ('AWAITING_PARTNERS', 'SUBMITTED', 'SHORTLISTED', 'ACCEPTED')`,
})
export class Offer extends BaseEntity {
  @Index('ix_offers_need')
  @Column({ name: 'need_id', type: 'uuid' })
  needId!: string;

  @ManyToOne(() => SourcingNeed, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'need_id', foreignKeyConstraintName: 'fk_offers_need' })
  need?: Relation<SourcingNeed>;

  /** The producer group making the offer: the contracting party. */
  @Index('ix_offers_supplier')
  @Column({ name: 'supplier_id', type: 'uuid' })
  supplierId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'supplier_id', foreignKeyConstraintName: 'fk_offers_supplier' })
  supplier?: Relation<Organisation>;

  @Column({ type: 'text', default: 'SUBMITTED' })
  status!: OfferStatus;

  /** Per period of the need, in the need's unit. */
  @Column({ type: 'numeric', precision: 18, scale: 4, transformer: numericAsNumber })
  quantity!: number;

  /** Per one unit of the need, in `currency`. */
  @Column({ type: 'numeric', precision: 18, scale: 4, transformer: numericAsNumber })
  price!: number;

  /** ISO 4217. */
  @Column({ type: 'char', length: 3 })
  currency!: string;

  @Column({ type: 'text' })
  incoterm!: Incoterm;

  /** Transport per unit to the need's delivery place, for Incoterms that stop short of it. */
  @Column({
    name: 'transport_per_unit',
    type: 'numeric',
    precision: 18,
    scale: 4,
    nullable: true,
    transformer: numericAsNumber,
  })
  transportPerUnit!: number | null;

  @Column({ name: 'lead_time_days', type: 'integer' })
  leadTimeDays!: number;

  /** The last day the group holds to its price. */
  @Column({ name: 'valid_until', type: 'date' })
  validUntil!: string;

  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  @OneToMany(() => OfferAllocation, (a) => a.offer)
  allocations?: Relation<OfferAllocation>[];

  /** For a joint offer: the coalition proposal it answers. */
  @Column({ name: 'proposal_id', type: 'uuid', nullable: true })
  proposalId!: string | null;

  /** Spec sheets, price lists: files the buyer reads beside the offer. */
  @OneToMany(() => OfferAttachment, (a) => a.offer)
  attachments?: Relation<OfferAttachment>[];

  /** For a joint offer: each group's share, the lead group's included, and whether it confirmed it. */
  @OneToMany(() => OfferPart, (p) => p.offer)
  parts?: Relation<OfferPart>[];

  @Column({ name: 'submitted_by_id', type: 'uuid', nullable: true })
  submittedById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'submitted_by_id', foreignKeyConstraintName: 'fk_offers_submitted_by' })
  submittedBy?: Relation<User>;

  /** When it was awarded, declined or withdrawn. */
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;
}

/** The part of an offer one capacity line backs (a member's, or the group's own), per period of the need in its unit. */
@Entity('offer_allocations')
@Index('uq_offer_allocations_line', ['offerId', 'capacityEntryId'], { unique: true })
export class OfferAllocation extends BaseEntity {
  @Column({ name: 'offer_id', type: 'uuid' })
  offerId!: string;

  @ManyToOne(() => Offer, (o) => o.allocations, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'offer_id', foreignKeyConstraintName: 'fk_offer_allocations_offer' })
  offer?: Relation<Offer>;

  /** Null once the line is deleted (only possible after the offer is decided); member and product stay. */
  @Index('ix_offer_allocations_line')
  @Column({ name: 'capacity_entry_id', type: 'uuid', nullable: true })
  capacityEntryId!: string | null;

  @ManyToOne(() => CapacityEntry, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'capacity_entry_id', foreignKeyConstraintName: 'fk_offer_allocations_line' })
  capacityEntry?: Relation<CapacityEntry>;

  /** The group whose line it is: the offering group's, or a partner's in a joint offer. */
  @Column({ name: 'group_id', type: 'uuid' })
  groupId!: string;

  /** The group member whose line it is; null for the group's own line. */
  @Column({ name: 'member_id', type: 'uuid', nullable: true })
  memberId!: string | null;

  @Column({ name: 'product_code', type: 'char', length: 6 })
  productCode!: string;

  @Column({ type: 'numeric', precision: 18, scale: 4, transformer: numericAsNumber })
  quantity!: number;
}

/**
 * One group's share of a joint offer (DESIGN §2 "Offer"): the lead group's, confirmed as it submits,
 * and each partner's, which the partner confirms before the offer reaches the buyer.
 */
@Entity('offer_parts')
@Index('uq_offer_parts_group', ['offerId', 'groupId'], { unique: true })
export class OfferPart extends BaseEntity {
  @Column({ name: 'offer_id', type: 'uuid' })
  offerId!: string;

  @ManyToOne(() => Offer, (o) => o.parts, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'offer_id', foreignKeyConstraintName: 'fk_offer_parts_offer' })
  offer?: Relation<Offer>;

  @Index('ix_offer_parts_group')
  @Column({ name: 'group_id', type: 'uuid' })
  groupId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id', foreignKeyConstraintName: 'fk_offer_parts_group' })
  group?: Relation<Organisation>;

  /** Per period of the need, in its unit. */
  @Column({ type: 'numeric', precision: 18, scale: 4, transformer: numericAsNumber })
  quantity!: number;

  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true })
  confirmedAt!: Date | null;

  @Column({ name: 'confirmed_by_id', type: 'uuid', nullable: true })
  confirmedById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'confirmed_by_id', foreignKeyConstraintName: 'fk_offer_parts_confirmed_by' })
  confirmedBy?: Relation<User>;
}

/** A file attached to an offer (PDF or image, sniffed like certificate evidence); the bytes live under EVIDENCE_DIR. */
@Entity('offer_attachments')
export class OfferAttachment extends BaseEntity {
  @Index('ix_offer_attachments_offer')
  @Column({ name: 'offer_id', type: 'uuid' })
  offerId!: string;

  @ManyToOne(() => Offer, (o) => o.attachments, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'offer_id', foreignKeyConstraintName: 'fk_offer_attachments_offer' })
  offer?: Relation<Offer>;

  /** Relative to EVIDENCE_DIR. */
  @Column({ type: 'text' })
  path!: string;

  @Column({ name: 'file_name', type: 'text' })
  fileName!: string;

  /** Sniffed from the file's first bytes, never taken from the upload's header. */
  @Column({ name: 'content_type', type: 'text' })
  contentType!: 'application/pdf' | 'image/png' | 'image/jpeg';

  @Column({ type: 'integer' })
  size!: number;
}
