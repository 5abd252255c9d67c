import { Check, Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, type Relation } from 'typeorm';
import {
  type BusinessRationale,
  type NeedCriticality,
  type NeedScheduleKind,
  type NeedStatus,
  type NeedVisibility,
  type Period,
  type Unit,
} from '@linkage/domain';
import { BaseEntity } from './base.entity.js';
import { numericAsNumber } from './columns.js';
import { NeedRequirement } from './need-requirement.entity.js';
import { Organisation } from './organisation.entity.js';
import { User } from './user.entity.js';

/** A lead firm's request for quotation. */
@Entity('sourcing_needs')
@Check('ck_sourcing_needs_minimum_lot', `"minimum_lot" > 0`)
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

  /** Least quantity, in `unit`, accepted in one shipment (one supplier's delivery in a month); null: any. */
  @Column({
    name: 'minimum_lot',
    type: 'numeric',
    precision: 18,
    scale: 4,
    nullable: true,
    transformer: numericAsNumber,
  })
  minimumLot!: number | null;

  /** ONE_OFF: `quantity` by `startDate`. RECURRING: `quantity` every `period` from `startDate` to `endDate`. */
  @Column({ name: 'schedule_kind', type: 'text', default: 'RECURRING' })
  scheduleKind!: NeedScheduleKind;

  /** First (for a one-off need, the only) delivery date. */
  @Column({ name: 'start_date', type: 'date' })
  startDate!: string;

  /** Last delivery of a recurring need; null for a one-off need. */
  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate!: string | null;

  @Column({ name: 'delivery_country', type: 'char', length: 2 })
  deliveryCountry!: string;

  /** Delivery place; null when the lead firm gave only a country (distance is then not scored). */
  @Column({ name: 'delivery_lat', type: 'double precision', nullable: true })
  deliveryLat!: number | null;

  @Column({ name: 'delivery_lon', type: 'double precision', nullable: true })
  deliveryLon!: number | null;

  @Column({ name: 'max_distance_km', type: 'integer', nullable: true })
  maxDistanceKm!: number | null;

  /** ISO 3166-1 alpha-2 codes suppliers must be based in; null accepts any country. */
  @Column({ name: 'allowed_countries', type: 'text', array: true, nullable: true })
  allowedCountries!: string[] | null;

  /** Price the lead firm aims for, per one `unit`, in `currency`. */
  @Column({
    name: 'target_price',
    type: 'numeric',
    precision: 18,
    scale: 4,
    nullable: true,
    transformer: numericAsNumber,
  })
  targetPrice!: number | null;

  /** ISO 4217. */
  @Column({ type: 'char', length: 3, nullable: true })
  currency!: string | null;

  @Column({ type: 'text', default: 'NON_CORE' })
  criticality!: NeedCriticality;

  @Column({ name: 'business_rationale', type: 'text', nullable: true })
  businessRationale!: BusinessRationale | null;

  @Column({ name: 'rationale_note', type: 'text', nullable: true })
  rationaleNote!: string | null;

  @Column({ type: 'text', default: 'PUBLIC' })
  visibility!: NeedVisibility;

  @OneToMany(() => NeedRequirement, (r) => r.need)
  requirements?: Relation<NeedRequirement>[];

  @Column({ name: 'response_deadline', type: 'date' })
  responseDeadline!: string;

  /** Offers stay closed to the lead firm until the response deadline has passed (`offersUnsealed`). */
  @Column({ name: 'seal_offers', type: 'boolean', default: false })
  sealOffers!: boolean;

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
