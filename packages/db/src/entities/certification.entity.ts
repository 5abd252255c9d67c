import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { type VerificationLevel } from '@linkage/domain';
import { BaseEntity } from './base.entity.js';
import { GroupMember } from './group-member.entity.js';
import { Organisation } from './organisation.entity.js';
import { Standard } from './standard.entity.js';
import { User } from './user.entity.js';

/** Metadata of an uploaded evidence file; the bytes live under EVIDENCE_DIR. */
export interface EvidenceFile {
  /** Relative to EVIDENCE_DIR. */
  path: string;
  fileName: string;
  /** Sniffed from the file's first bytes, never taken from the upload's header. */
  contentType: 'application/pdf' | 'image/png' | 'image/jpeg';
  size: number;
  uploadedAt: string;
}

/** What a broker confirmed against the evidence when verifying (every item true when recorded). */
export interface RecordedVerificationChecklist {
  certificateNumber: boolean;
  certificationBody: boolean;
  productScope: boolean;
  holderName: boolean;
  note: string | null;
}

/**
 * A certificate on an organisation's profile. Like capacity, a group records its own certificates
 * (`memberId` null) and its members' (`memberId` set); other organisations record their own.
 */
@Entity('certifications')
@Index('ix_certifications_expiry_scan', ['validUntil'], { where: 'expiring_notified_at IS NULL' })
// Certificates by standard, the group's and its members', for matching's candidate generation:
// created by the OfferableLines migration with INCLUDE columns, which TypeORM cannot describe.
@Index('ix_certifications_by_standard', { synchronize: false })
export class Certification extends BaseEntity {
  @Index('ix_certifications_organisation')
  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_certifications_organisation' })
  organisation?: Relation<Organisation>;

  @Index('ix_certifications_member')
  @Column({ name: 'member_id', type: 'uuid', nullable: true })
  memberId!: string | null;

  @ManyToOne(() => GroupMember, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'fk_certifications_member' })
  member?: Relation<GroupMember>;

  @Index('ix_certifications_standard')
  @Column({ name: 'standard_id', type: 'uuid' })
  standardId!: string;

  @ManyToOne(() => Standard, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'standard_id', foreignKeyConstraintName: 'fk_certifications_standard' })
  standard?: Relation<Standard>;

  @Column({ name: 'certificate_number', type: 'text', nullable: true })
  certificateNumber!: string | null;

  @Column({ name: 'certification_body', type: 'text', nullable: true })
  certificationBody!: string | null;

  @Column({ name: 'scope_product_codes', type: 'text', array: true, default: '{}' })
  scopeProductCodes!: string[];

  @Column({ name: 'scope_sites', type: 'text', array: true, default: '{}' })
  scopeSites!: string[];

  @Column({ name: 'valid_from', type: 'date', nullable: true })
  validFrom!: string | null;

  /** Last day of validity, as printed on the certificate. */
  @Column({ name: 'valid_until', type: 'date' })
  validUntil!: string;

  @Column({ type: 'jsonb', nullable: true })
  evidence!: EvidenceFile | null;

  @Column({ type: 'text', default: 'SELF_DECLARED' })
  verification!: VerificationLevel;

  @Column({ name: 'verified_by_id', type: 'uuid', nullable: true })
  verifiedById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'verified_by_id', foreignKeyConstraintName: 'fk_certifications_verified_by' })
  verifiedBy?: Relation<User>;

  /** When the broker verified it; null unless BROKER_VERIFIED. */
  @Column({ name: 'verified_at', type: 'timestamptz', nullable: true })
  verifiedAt!: Date | null;

  /** What the broker checked against the evidence; cleared with the verification. */
  @Column({ name: 'verification_checklist', type: 'jsonb', nullable: true })
  verificationChecklist!: RecordedVerificationChecklist | null;

  /** Set when the owners were told the certificate is expiring; cleared when its end date changes. */
  @Column({ name: 'expiring_notified_at', type: 'timestamptz', nullable: true })
  expiringNotifiedAt!: Date | null;
}
