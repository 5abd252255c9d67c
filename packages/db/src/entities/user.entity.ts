import { Column, Entity, Index } from 'typeorm';
import { type PlatformRole } from '@linkage/domain';
import { BaseEntity } from './base.entity.js';

@Entity('users')
export class User extends BaseEntity {
  /** Stored lower-cased by the API, so a plain unique index is case-insensitive in practice. */
  @Index('uq_users_email', { unique: true })
  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'password_hash', type: 'text' })
  passwordHash!: string;

  @Column({ name: 'platform_role', type: 'text', nullable: true })
  platformRole!: PlatformRole | null;
}
