import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { type InvitationStatus, type MembershipRole } from '@linkage/domain';
import { BaseEntity } from './base.entity.js';
import { Organisation } from './organisation.entity.js';
import { User } from './user.entity.js';

/** An invitation to join an organisation; the token travels by e-mail and only its hash is stored. */
@Entity('invitations')
export class Invitation extends BaseEntity {
  @Index('ix_invitations_organisation')
  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_invitations_organisation' })
  organisation?: Relation<Organisation>;

  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text' })
  role!: MembershipRole;

  @Index('uq_invitations_token_hash', { unique: true })
  @Column({ name: 'token_hash', type: 'text' })
  tokenHash!: string;

  @Column({ type: 'text', default: 'PENDING' })
  status!: InvitationStatus;

  @Column({ name: 'invited_by_id', type: 'uuid', nullable: true })
  invitedById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'invited_by_id', foreignKeyConstraintName: 'fk_invitations_invited_by' })
  invitedBy?: Relation<User>;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true })
  acceptedAt!: Date | null;
}
