import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { type MembershipRole } from '@linkage/domain';
import { BaseEntity } from './base.entity.js';
import { Organisation } from './organisation.entity.js';
import { User } from './user.entity.js';

/** A person's role in an organisation: the basis of every access check. */
@Entity('memberships')
@Index('uq_memberships_user_organisation', ['userId', 'organisationId'], { unique: true })
export class Membership extends BaseEntity {
  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_memberships_user' })
  user?: Relation<User>;

  @Index('ix_memberships_organisation')
  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_memberships_organisation' })
  organisation?: Relation<Organisation>;

  @Column({ type: 'text' })
  role!: MembershipRole;
}
