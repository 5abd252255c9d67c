import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { BaseEntity } from './base.entity.js';
import { User } from './user.entity.js';

/** An in-app notification. The unique dedupe key makes "notify once" a database guarantee. */
@Entity('notifications')
@Index('ix_notifications_user_created', ['userId', 'createdAt'])
export class Notification extends BaseEntity {
  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_notifications_user' })
  user?: Relation<User>;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'text', nullable: true })
  link!: string | null;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt!: Date | null;

  @Index('uq_notifications_dedupe_key', { unique: true })
  @Column({ name: 'dedupe_key', type: 'text' })
  dedupeKey!: string;
}
