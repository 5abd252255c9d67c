import { Check, Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, type Relation } from 'typeorm';
import {
  type CostSharing,
  type UpgradingActionKind,
  type UpgradingActionOwner,
  type UpgradingActionStatus,
} from '@linkage/domain';
import { BaseEntity } from './base.entity.js';
import { Certification } from './certification.entity.js';
import { numericAsNumber } from './columns.js';
import { Linkage } from './linkage.entity.js';
import { Organisation } from './organisation.entity.js';
import { SourcingNeed } from './sourcing-need.entity.js';
import { User } from './user.entity.js';

/**
 * An upgrading plan (DESIGN §2): the actions that close a supplier's gaps for a need it matches
 * conditionally, or for a linkage. One plan per need × supplier and one per linkage.
 */
@Entity('upgrading_plans')
@Check('ck_upgrading_plans_subject', `"need_id" IS NOT NULL OR "linkage_id" IS NOT NULL`)
@Index('uq_upgrading_plans_need_supplier', ['needId', 'supplierId'], {
  unique: true,
  where: `"need_id" IS NOT NULL`,
})
@Index('uq_upgrading_plans_linkage', ['linkageId'], { unique: true, where: `"linkage_id" IS NOT NULL` })
export class UpgradingPlan extends BaseEntity {
  /** The producer group (or enterprise) being upgraded. */
  @Index('ix_upgrading_plans_supplier')
  @Column({ name: 'supplier_id', type: 'uuid' })
  supplierId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'supplier_id', foreignKeyConstraintName: 'fk_upgrading_plans_supplier' })
  supplier?: Relation<Organisation>;

  @Column({ name: 'need_id', type: 'uuid', nullable: true })
  needId!: string | null;

  @ManyToOne(() => SourcingNeed, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'need_id', foreignKeyConstraintName: 'fk_upgrading_plans_need' })
  need?: Relation<SourcingNeed>;

  @Column({ name: 'linkage_id', type: 'uuid', nullable: true })
  linkageId!: string | null;

  @ManyToOne(() => Linkage, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'linkage_id', foreignKeyConstraintName: 'fk_upgrading_plans_linkage' })
  linkage?: Relation<Linkage>;

  /** The programme of the broker who drew it up, if a broker did. */
  @Column({ name: 'programme_id', type: 'uuid', nullable: true })
  programmeId!: string | null;

  @ManyToOne(() => Organisation, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'fk_upgrading_plans_programme' })
  programme?: Relation<Organisation>;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'fk_upgrading_plans_created_by' })
  createdBy?: Relation<User>;

  @OneToMany(() => UpgradingAction, (a) => a.plan)
  actions?: Relation<UpgradingAction>[];
}

/** One step of a plan: who does what, with whose help, by when, at what cost shared how. */
@Entity('upgrading_actions')
export class UpgradingAction extends BaseEntity {
  @Index('ix_upgrading_actions_plan')
  @Column({ name: 'plan_id', type: 'uuid' })
  planId!: string;

  @ManyToOne(() => UpgradingPlan, (p) => p.actions, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'fk_upgrading_actions_plan' })
  plan?: Relation<UpgradingPlan>;

  @Column({ type: 'text' })
  kind!: UpgradingActionKind;

  @Column({ type: 'text' })
  title!: string;

  /** The gap it closes, as matching worded it; null for an action added by hand. */
  @Column({ type: 'text', nullable: true })
  gap!: string | null;

  /** CERTIFICATION only: the standard aimed at; recording its certificate closes the action. */
  @Column({ name: 'standard_code', type: 'text', nullable: true })
  standardCode!: string | null;

  @Column({ type: 'text' })
  owner!: UpgradingActionOwner;

  /** The person who answers for it at the owning party, when named. */
  @Column({ name: 'owner_name', type: 'text', nullable: true })
  ownerName!: string | null;

  @Column({ name: 'service_provider_id', type: 'uuid', nullable: true })
  serviceProviderId!: string | null;

  @ManyToOne(() => Organisation, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'service_provider_id', foreignKeyConstraintName: 'fk_upgrading_actions_provider' })
  serviceProvider?: Relation<Organisation>;

  @Column({ name: 'due_on', type: 'date' })
  dueOn!: string;

  /** When the supplier needs it done (the gap's deadline); null: by the need's first delivery. */
  @Column({ name: 'needed_by', type: 'date', nullable: true })
  neededBy!: string | null;

  @Column({
    name: 'cost_amount',
    type: 'numeric',
    precision: 14,
    scale: 2,
    nullable: true,
    transformer: numericAsNumber,
  })
  costAmount!: number | null;

  @Column({ type: 'char', length: 3, nullable: true })
  currency!: string | null;

  /** Percentages per party, summing to 100 (`CostSharing`). */
  @Column({ type: 'jsonb' })
  sharing!: CostSharing;

  @Column({ type: 'text', default: 'PLANNED' })
  status!: UpgradingActionStatus;

  /** The certificate whose recording closed it, when one did. */
  @Column({ name: 'closed_by_certificate_id', type: 'uuid', nullable: true })
  closedByCertificateId!: string | null;

  @ManyToOne(() => Certification, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'closed_by_certificate_id',
    foreignKeyConstraintName: 'fk_upgrading_actions_certificate',
  })
  closedByCertificate?: Relation<Certification>;
}
