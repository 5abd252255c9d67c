import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { type GroupMemberStatus } from '@linkage/domain';
import { BaseEntity } from './base.entity.js';
import { Organisation } from './organisation.entity.js';

/** An enterprise's membership of a producer group, with the dates it joined and left. */
@Entity('group_members')
@Index('uq_group_members_group_member', ['groupId', 'memberOrganisationId'], { unique: true })
@Index('uq_group_members_name', ['groupId', 'nameKey'], { unique: true })
export class GroupMember extends BaseEntity {
  /**
   * The member enterprise's name, lower-cased, kept by triggers (migration 1785) so the unique index
   * above refuses a second member of one name even under concurrency. Never written by the app.
   */
  @Column({ name: 'name_key', type: 'text', insert: false, update: false, select: false })
  nameKey!: string;

  @Column({ name: 'group_id', type: 'uuid' })
  groupId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id', foreignKeyConstraintName: 'fk_group_members_group' })
  group?: Relation<Organisation>;

  /** The member enterprise (an Organisation of kind ENTERPRISE) with its own profile. */
  @Index('ix_group_members_member_organisation')
  @Column({ name: 'member_organisation_id', type: 'uuid' })
  memberOrganisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'member_organisation_id',
    foreignKeyConstraintName: 'fk_group_members_member_organisation',
  })
  memberOrganisation?: Relation<Organisation>;

  @Column({ type: 'text', default: 'INVITED' })
  status!: GroupMemberStatus;

  @Column({ name: 'joined_on', type: 'date', nullable: true })
  joinedOn!: string | null;

  @Column({ name: 'left_on', type: 'date', nullable: true })
  leftOn!: string | null;

  /** Who was invited on the enterprise's behalf, when the group knows an address. */
  @Column({ name: 'contact_email', type: 'text', nullable: true })
  contactEmail!: string | null;
}
