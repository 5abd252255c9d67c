import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { BaseEntity } from './base.entity.js';
import { Organisation } from './organisation.entity.js';
import { SourcingNeed } from './sourcing-need.entity.js';
import { User } from './user.entity.js';

/**
 * One message about a need between its lead firm and one producer group (the thread is need ×
 * group), or, with no group, a clarification the lead firm publishes to every invited supplier, as
 * public tenders publish answers to one bidder's question for all.
 */
@Entity('need_messages')
@Index('ix_need_messages_thread', ['needId', 'supplierId', 'createdAt'])
export class NeedMessage extends BaseEntity {
  @Column({ name: 'need_id', type: 'uuid' })
  needId!: string;

  @ManyToOne(() => SourcingNeed, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'need_id', foreignKeyConstraintName: 'fk_need_messages_need' })
  need?: Relation<SourcingNeed>;

  /** The group whose thread it is; null for a clarification published to every invited supplier. */
  @Column({ name: 'supplier_id', type: 'uuid', nullable: true })
  supplierId!: string | null;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'supplier_id', foreignKeyConstraintName: 'fk_need_messages_supplier' })
  supplier?: Relation<Organisation>;

  /** Who speaks: the lead firm or the group. */
  @Column({ name: 'from_lead_firm', type: 'boolean' })
  fromLeadFirm!: boolean;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'fk_need_messages_author' })
  author?: Relation<User>;

  @Column({ type: 'text' })
  body!: string;
}
