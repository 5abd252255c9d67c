import { z } from 'zod';
import {
  STANDARD_KINDS,
  VERIFICATION_LEVELS,
  type CertificateStatus,
  type OrganisationKind,
  type StandardKind,
  type VerificationLevel,
} from '@linkage/domain';
import { hsSubheadingField, isoDateField, nameField, standardCodeField, uuidField } from './fields.js';

export const CreateStandardSchema = z.object({
  code: standardCodeField,
  name: nameField('the standard’s name'),
  kind: z.enum(STANDARD_KINDS, { error: `Choose one of ${STANDARD_KINDS.join(', ')}` }),
  coversGroupMembers: z.boolean().default(false),
  typicalMonthsToCertify: z.number().int().min(0).max(60),
  equivalentTo: z
    .array(standardCodeField)
    .max(20, { error: 'List at most 20 equivalent standards' })
    .default([]),
  umbrella: z.boolean().default(false),
});
export type CreateStandardInput = z.infer<typeof CreateStandardSchema>;

export const UpdateStandardSchema = CreateStandardSchema.omit({ code: true }).partial();
export type UpdateStandardInput = z.infer<typeof UpdateStandardSchema>;

export const StandardCodeParams = z.object({ code: standardCodeField });
export type StandardCodeParams = z.infer<typeof StandardCodeParams>;

export interface StandardView {
  code: string;
  name: string;
  kind: StandardKind;
  coversGroupMembers: boolean;
  typicalMonthsToCertify: number;
  equivalentTo: string[];
  umbrella: boolean;
}

const certificationFields = {
  certificateNumber: z.string().trim().max(120).nullable(),
  certificationBody: z.string().trim().max(200).nullable(),
  scopeProductCodes: z.array(hsSubheadingField).max(100, { error: 'List at most 100 product codes' }),
  scopeSites: z
    .array(z.string().trim().min(1).max(200, { error: 'Use at most 200 characters for a site' }))
    .max(50, { error: 'List at most 50 sites' }),
  validFrom: isoDateField.nullable(),
  validUntil: isoDateField,
  /** BROKER_VERIFIED is refused here: only a broker sets it, through the verification route. */
  verification: z.enum(['SELF_DECLARED', 'THIRD_PARTY_VERIFIED'], {
    error: 'Choose SELF_DECLARED or THIRD_PARTY_VERIFIED',
  }),
};

const fromBeforeUntil = (c: { validFrom?: string | null; validUntil?: string }) =>
  !c.validFrom || !c.validUntil || c.validFrom <= c.validUntil;
const datesMessage = { error: 'The certificate must start before it ends', path: ['validUntil'] };

/** POST /organisations/:id/certifications — for the organisation itself, or one of its group members. */
export const CreateCertificationSchema = z
  .object({
    standardCode: standardCodeField,
    memberId: uuidField.optional(),
    ...certificationFields,
    certificateNumber: certificationFields.certificateNumber.optional(),
    certificationBody: certificationFields.certificationBody.optional(),
    scopeProductCodes: certificationFields.scopeProductCodes.default([]),
    scopeSites: certificationFields.scopeSites.default([]),
    validFrom: certificationFields.validFrom.optional(),
    verification: certificationFields.verification.default('SELF_DECLARED'),
  })
  .refine(fromBeforeUntil, datesMessage);
export type CreateCertificationInput = z.infer<typeof CreateCertificationSchema>;

/** A certificate's own facts without the date check, for forms that pick from them (the portal's edit form). */
export const CertificationFieldsSchema = z.object(certificationFields);

export const UpdateCertificationSchema = CertificationFieldsSchema.partial().refine(
  fromBeforeUntil,
  datesMessage,
);
export type UpdateCertificationInput = z.infer<typeof UpdateCertificationSchema>;

/** What a broker confirms against the evidence; every item must be true for BROKER_VERIFIED. */
export const VerificationChecklistSchema = z.object({
  certificateNumber: z.boolean().default(false),
  certificationBody: z.boolean().default(false),
  productScope: z.boolean().default(false),
  holderName: z.boolean().default(false),
  note: z.string().trim().max(1000).nullable().optional(),
});
export type VerificationChecklistInput = z.infer<typeof VerificationChecklistSchema>;

/**
 * PUT /certifications/:id/verification. BROKER_VERIFIED only by a broker of a programme the holder
 * enrolled in, with the checklist confirmed against the evidence (decision 0015).
 */
export const SetVerificationSchema = z.object({
  verification: z.enum(VERIFICATION_LEVELS, { error: `Choose one of ${VERIFICATION_LEVELS.join(', ')}` }),
  checklist: VerificationChecklistSchema.optional(),
});
export type SetVerificationInput = z.infer<typeof SetVerificationSchema>;

/** A broker's verification as recorded: when, what was checked and (for those with the full view) by whom. */
export interface VerificationRecordView {
  /** The broker's name, for the organisation's people, its programmes' brokers and admins; null otherwise. */
  verifiedByName: string | null;
  verifiedAt: string;
  /** null for a verification recorded before checklists (one click, nothing recorded). */
  checklist: {
    certificateNumber: boolean;
    certificationBody: boolean;
    productScope: boolean;
    holderName: boolean;
    note: string | null;
  } | null;
}

export const EVIDENCE_CONTENT_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export type EvidenceContentType = (typeof EVIDENCE_CONTENT_TYPES)[number];

export interface EvidenceView {
  fileName: string;
  contentType: EvidenceContentType;
  size: number;
  uploadedAt: string;
  /** GET this path (with the same authorisation) to download the file. */
  url: string;
}

export interface CertificationView {
  id: string;
  organisationId: string;
  /** The group member holding the certificate, or null when the organisation itself holds it. */
  memberId: string | null;
  holderName: string;
  standard: { code: string; name: string; kind: StandardKind; coversGroupMembers: boolean };
  certificateNumber: string | null;
  certificationBody: string | null;
  scopeProductCodes: string[];
  /** The scope's product names in the reader's language, in the same order (added by the API). */
  scopeProductNames?: string[];
  scopeSites: string[];
  validFrom: string | null;
  validUntil: string;
  /** Derived from validUntil and today's date (UTC): never stored. */
  status: CertificateStatus;
  verification: VerificationLevel;
  /** Set while BROKER_VERIFIED. */
  verificationRecord: VerificationRecordView | null;
  evidence: EvidenceView | null;
  createdAt: string;
  updatedAt: string;
}

/** One certificate in a programme's verification queue (GET /programmes/:id/verification-queue). */
export interface VerificationQueueItemView {
  certificationId: string;
  /** The enrolled organisation whose profile records it (the group, for its members' certificates). */
  organisation: { id: string; name: string; kind: OrganisationKind };
  holderName: string;
  standard: { code: string; name: string };
  certificateNumber: string | null;
  certificationBody: string | null;
  validFrom: string | null;
  validUntil: string;
  status: CertificateStatus;
  verification: VerificationLevel;
  hasEvidence: boolean;
  /** Evidence present and valid today: the broker can open the checklist. */
  ready: boolean;
  /** What must happen first when not ready, keyed by field (`evidence`, `validUntil`, `validFrom`). */
  blockers: Record<string, string>;
}

export interface VerificationQueueView {
  programme: { id: string; name: string };
  items: VerificationQueueItemView[];
  readyCount: number;
}
