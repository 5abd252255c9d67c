import { Check, Column, Entity, Index } from 'typeorm';
import { type Locale, type PlatformRole } from '@linkage/domain';
import { BaseEntity } from './base.entity.js';

@Entity('users')
@Check('ck_users_locale', `"locale" IN ('en', 'fr', 'es', 'ar')`)
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

  /** The language the person chose for the portal and their e-mails; null: their browser's. */
  @Column({ type: 'text', nullable: true })
  locale!: Locale | null;
}
