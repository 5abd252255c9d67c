import { Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, type Relation } from 'typeorm';
import { type EmbeddedService, type LinkageGovernance, type LinkageStage, type Unit } from '@linkage/domain';
import { Award } from './award.entity.js';
import { BaseEntity } from './base.entity.js';
import { numericAsNumber } from './columns.js';
import { Organisation } from './organisation.entity.js';
import { User } from './user.entity.js';

/** A business linkage (DESIGN §2 "Linkage"): one lead firm and one supplier, through the stages of their relation. */
@Entity('linkages')
@Index('uq_linkages_lead_firm_supplier', ['leadFirmId', 'supplierId'], { unique: true })
export class Linkage extends BaseEntity {
  @Column({ name: 'lead_firm_id', type: 'uuid' })
  leadFirmId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'lead_firm_id', foreignKeyConstraintName: 'fk_linkages_lead_firm' })
  leadFirm?: Relation<Organisation>;

  @Index('ix_linkages_supplier')
  @Column({ name: 'supplier_id', type: 'uuid' })
  supplierId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'supplier_id', foreignKeyConstraintName: 'fk_linkages_supplier' })
  supplier?: Relation<Organisation>;

  @Column({ type: 'text' })
  stage!: LinkageStage;

  /** The programme whose broker introduced the parties, if one did: its brokers follow the linkage. */
  @Index('ix_linkages_programme')
  @Column({ name: 'programme_id', type: 'uuid', nullable: true })
  programmeId!: string | null;

  @ManyToOne(() => Organisation, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'fk_linkages_programme' })
  programme?: Relation<Organisation>;

  @Column({ type: 'text', nullable: true })
  governance!: LinkageGovernance | null;

  @Column({ name: 'embedded_services', type: 'text', array: true, default: '{}' })
  embeddedServices!: EmbeddedService[];

  /** What happens next, and by when: a linkage is a process, someone owns its next step. */
  @Column({ name: 'next_action', type: 'text', nullable: true })
  nextAction!: string | null;

  @Column({ name: 'next_action_due', type: 'date', nullable: true })
  nextActionDue!: string | null;

  @OneToMany(() => LinkageEvent, (e) => e.linkage)
  events?: Relation<LinkageEvent>[];
}

/** One step in a linkage's history: a stage reached, and the award that brought it, with its delivery dates. */
@Entity('linkage_events')
// The latest event per linkage: the timeline and the stalled scan read it.
@Index('ix_linkage_events_latest', ['linkageId', 'occurredOn'])
export class LinkageEvent extends BaseEntity {
  @Index('ix_linkage_events_linkage')
  @Column({ name: 'linkage_id', type: 'uuid' })
  linkageId!: string;

  @ManyToOne(() => Linkage, (l) => l.events, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'linkage_id', foreignKeyConstraintName: 'fk_linkage_events_linkage' })
  linkage?: Relation<Linkage>;

  @Column({ type: 'text' })
  stage!: LinkageStage;

  @Column({ name: 'award_id', type: 'uuid', nullable: true })
  awardId!: string | null;

  @ManyToOne(() => Award, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'award_id', foreignKeyConstraintName: 'fk_linkage_events_award' })
  award?: Relation<Award>;

  /** First and last delivery the award covers. */
  @Column({ name: 'starts_on', type: 'date', nullable: true })
  startsOn!: string | null;

  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn!: string | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  /** The day it happened (a meeting last Tuesday is recorded today). */
  @Column({ name: 'occurred_on', type: 'date', default: () => 'CURRENT_DATE' })
  occurredOn!: string;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'fk_linkage_events_actor' })
  actor?: Relation<User>;
}

/** An order placed under a linkage: a trial order, then repeat orders (counted for the indicators). */
@Entity('linkage_orders')
export class LinkageOrder extends BaseEntity {
  @Index('ix_linkage_orders_linkage')
  @Column({ name: 'linkage_id', type: 'uuid' })
  linkageId!: string;

  @ManyToOne(() => Linkage, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'linkage_id', foreignKeyConstraintName: 'fk_linkage_orders_linkage' })
  linkage?: Relation<Linkage>;

  @Column({ type: 'numeric', precision: 18, scale: 4, transformer: numericAsNumber })
  quantity!: number;

  @Column({ type: 'text' })
  unit!: Unit;

  /** Per one unit, in `currency`. */
  @Column({ type: 'numeric', precision: 18, scale: 4, nullable: true, transformer: numericAsNumber })
  price!: number | null;

  @Column({ type: 'char', length: 3, nullable: true })
  currency!: string | null;

  @Column({ name: 'due_on', type: 'date' })
  dueOn!: string;

  @Column({ name: 'recorded_by_id', type: 'uuid', nullable: true })
  recordedById!: string | null;
}

/**
 * A delivery under a linkage, and how it went: on time, conforming. The supplier's deliveries of the
 * last twelve months are its track record, which matching scores.
 */
@Entity('deliveries')
@Index('ix_deliveries_supplier_day', ['supplierId', 'deliveredOn'])
export class Delivery extends BaseEntity {
  @Index('ix_deliveries_linkage')
  @Column({ name: 'linkage_id', type: 'uuid' })
  linkageId!: string;

  @ManyToOne(() => Linkage, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'linkage_id', foreignKeyConstraintName: 'fk_deliveries_linkage' })
  linkage?: Relation<Linkage>;

  /** The linkage's supplier, kept here so a track record is one index range per supplier. */
  @Column({ name: 'supplier_id', type: 'uuid' })
  supplierId!: string;

  @Column({ name: 'order_id', type: 'uuid', nullable: true })
  orderId!: string | null;

  @ManyToOne(() => LinkageOrder, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'order_id', foreignKeyConstraintName: 'fk_deliveries_order' })
  order?: Relation<LinkageOrder>;

  @Column({ name: 'delivered_on', type: 'date' })
  deliveredOn!: string;

  @Column({ type: 'numeric', precision: 18, scale: 4, transformer: numericAsNumber })
  quantity!: number;

  @Column({ type: 'text' })
  unit!: Unit;

  @Column({ name: 'on_time', type: 'boolean' })
  onTime!: boolean;

  @Column({ type: 'boolean' })
  conforming!: boolean;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ name: 'recorded_by_id', type: 'uuid', nullable: true })
  recordedById!: string | null;
}
