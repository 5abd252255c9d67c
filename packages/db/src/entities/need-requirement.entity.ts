import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { type RequirementLevel } from '@linkage/domain';
import { BaseEntity } from './base.entity.js';
import { SourcingNeed } from './sourcing-need.entity.js';

/** A standard a sourcing need requires, and how it applies to a coalition (DESIGN §2 "Requirements"). */
@Entity('need_requirements')
@Index('uq_need_requirements_need_standard', ['needId', 'standardCode'], { unique: true })
export class NeedRequirement extends BaseEntity {
  @Column({ name: 'need_id', type: 'uuid' })
  needId!: string;

  @ManyToOne(() => SourcingNeed, (n) => n.requirements, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'need_id', foreignKeyConstraintName: 'fk_need_requirements_need' })
  need?: Relation<SourcingNeed>;

  /** A standards-registry code (`GLOBALGAP_IFA`, `GFSI_RECOGNISED` …); indexed so a certification change finds the needs it affects. */
  @Index('ix_need_requirements_standard')
  @Column({ name: 'standard_code', type: 'text' })
  standardCode!: string;

  @Column({ type: 'text' })
  level!: RequirementLevel;

  /** The supplier must hold it on the day of matching; otherwise it may be obtained by `obtainBy`. */
  @Column({ name: 'must_hold_now', type: 'boolean', default: false })
  mustHoldNow!: boolean;

  /** When not held now, the date by which it must be obtained; null means before the first delivery. */
  @Column({ name: 'obtain_by', type: 'date', nullable: true })
  obtainBy!: string | null;

  /** Order the lead firm listed it in. */
  @Column({ type: 'integer', default: 0 })
  position!: number;
}
