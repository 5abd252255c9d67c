import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { BaseEntity } from './base.entity.js';
import { Organisation } from './organisation.entity.js';
import { User } from './user.entity.js';

/**
 * A producer group or lead firm enrolled in a programme: its consent to that programme's brokers'
 * full view of it (decision 0012). Withdrawing deletes the row, and the view goes with it.
 */
@Entity('programme_enrolments')
@Index('uq_programme_enrolments_programme_organisation', ['programmeId', 'organisationId'], { unique: true })
export class ProgrammeEnrolment extends BaseEntity {
  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'fk_programme_enrolments_programme' })
  programme?: Relation<Organisation>;

  @Index('ix_programme_enrolments_organisation')
  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_programme_enrolments_organisation' })
  organisation?: Relation<Organisation>;

  /** Who gave the consent: a manager of the enrolling organisation. */
  @Column({ name: 'enrolled_by_id', type: 'uuid', nullable: true })
  enrolledById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'enrolled_by_id', foreignKeyConstraintName: 'fk_programme_enrolments_enrolled_by' })
  enrolledBy?: Relation<User>;
}
