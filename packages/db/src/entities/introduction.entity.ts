import { Check, Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, type Relation } from 'typeorm';
import { type IntroductionStatus, type LeadFirmAnswer, type PartyConsent } from '@linkage/domain';
import { BaseEntity } from './base.entity.js';
import { Linkage } from './linkage.entity.js';
import { Organisation } from './organisation.entity.js';
import { SourcingNeed } from './sourcing-need.entity.js';
import { User } from './user.entity.js';

/**
 * A broker's introduction of one producer group, or a coalition of them, to a lead firm for a need
 * (decision 0013), with the introduction meeting once it is arranged.
 */
@Entity('introductions')
@Check('ck_introductions_status', `"status" IN ('PROPOSED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')`)
@Check('ck_introductions_lead_firm_answer', `"lead_firm_answer" IN ('PENDING', 'ACCEPTED', 'DECLINED')`)
// A meeting is all there or not at all, and it happens somewhere: a place, a call link, or both.
@Check(
  'ck_introductions_meeting',
  `("meeting_starts_at" IS NULL AND "meeting_duration_minutes" IS NULL AND "meeting_time_zone" IS NULL) OR ("meeting_starts_at" IS NOT NULL AND "meeting_duration_minutes" BETWEEN 5 AND 720 AND "meeting_time_zone" IS NOT NULL AND ("meeting_place" IS NOT NULL OR "meeting_link" IS NOT NULL))`,
)
// The same group(s) are introduced for a need once at a time: a second open one is a double click.
@Index('uq_introductions_open_parties', ['needId', 'partyKey'], {
  unique: true,
  where: `"status" = 'PROPOSED'`,
})
export class Introduction extends BaseEntity {
  @Index('ix_introductions_need')
  @Column({ name: 'need_id', type: 'uuid' })
  needId!: string;

  @ManyToOne(() => SourcingNeed, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'need_id', foreignKeyConstraintName: 'fk_introductions_need' })
  need?: Relation<SourcingNeed>;

  /** The programme whose broker makes the introduction: its brokers follow it and the linkage it starts. */
  @Index('ix_introductions_programme')
  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'fk_introductions_programme' })
  programme?: Relation<Organisation>;

  @Column({ name: 'proposed_by_id', type: 'uuid', nullable: true })
  proposedById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'proposed_by_id', foreignKeyConstraintName: 'fk_introductions_proposed_by' })
  proposedBy?: Relation<User>;

  /** Why these parties should meet: the broker's word to both sides. */
  @Column({ type: 'text' })
  note!: string;

  @Column({ type: 'text', default: 'PROPOSED' })
  status!: IntroductionStatus;

  /** The introduced group ids, sorted and comma-joined: what "the same introduction" means. */
  @Column({ name: 'party_key', type: 'text' })
  partyKey!: string;

  @Column({ name: 'lead_firm_answer', type: 'text', default: 'PENDING' })
  leadFirmAnswer!: LeadFirmAnswer;

  @Column({ name: 'lead_firm_reason', type: 'text', nullable: true })
  leadFirmReason!: string | null;

  @Column({ name: 'answered_by_id', type: 'uuid', nullable: true })
  answeredById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'answered_by_id', foreignKeyConstraintName: 'fk_introductions_answered_by' })
  answeredBy?: Relation<User>;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt!: Date | null;

  /** When it was accepted, declined or withdrawn. */
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ name: 'meeting_starts_at', type: 'timestamptz', nullable: true })
  meetingStartsAt!: Date | null;

  @Column({ name: 'meeting_duration_minutes', type: 'int', nullable: true })
  meetingDurationMinutes!: number | null;

  /** The IANA zone the meeting was arranged in: its day and clock time are shown there. */
  @Column({ name: 'meeting_time_zone', type: 'text', nullable: true })
  meetingTimeZone!: string | null;

  @Column({ name: 'meeting_place', type: 'text', nullable: true })
  meetingPlace!: string | null;

  @Column({ name: 'meeting_link', type: 'text', nullable: true })
  meetingLink!: string | null;

  /** The invitation's SEQUENCE: 0 until arranged, one more at each (re)scheduling. */
  @Column({ name: 'meeting_sequence', type: 'int', default: 0 })
  meetingSequence!: number;

  @OneToMany(() => IntroductionParty, (p) => p.introduction)
  parties?: Relation<IntroductionParty>[];
}

/** One producer group introduced, and its own consent. */
@Entity('introduction_parties')
@Check('ck_introduction_parties_consent', `"consent" IN ('PENDING', 'CONSENTED', 'REFUSED')`)
@Index('uq_introduction_parties_group', ['introductionId', 'groupId'], { unique: true })
export class IntroductionParty extends BaseEntity {
  @Column({ name: 'introduction_id', type: 'uuid' })
  introductionId!: string;

  @ManyToOne(() => Introduction, (i) => i.parties, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'introduction_id', foreignKeyConstraintName: 'fk_introduction_parties_introduction' })
  introduction?: Relation<Introduction>;

  @Index('ix_introduction_parties_group')
  @Column({ name: 'group_id', type: 'uuid' })
  groupId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id', foreignKeyConstraintName: 'fk_introduction_parties_group' })
  group?: Relation<Organisation>;

  @Column({ type: 'text', default: 'PENDING' })
  consent!: PartyConsent;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ name: 'answered_by_id', type: 'uuid', nullable: true })
  answeredById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'answered_by_id', foreignKeyConstraintName: 'fk_introduction_parties_answered_by' })
  answeredBy?: Relation<User>;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt!: Date | null;

  /** The linkage the accepted introduction started or continued with this group. */
  @Column({ name: 'linkage_id', type: 'uuid', nullable: true })
  linkageId!: string | null;

  @ManyToOne(() => Linkage, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'linkage_id', foreignKeyConstraintName: 'fk_introduction_parties_linkage' })
  linkage?: Relation<Linkage>;
}
