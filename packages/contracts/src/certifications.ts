import { z } from 'zod';
import {
  STANDARD_KINDS,
  VERIFICATION_LEVELS,
  type CertificateStatus,
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
  equivalentTo: z.array(standardCodeField).max(20).default([]),
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
  scopeProductCodes: z.array(hsSubheadingField).max(100),
  scopeSites: z.array(z.string().trim().min(1).max(200)).max(50),
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

export const UpdateCertificationSchema = z
  .object(certificationFields)
  .partial()
  .refine(fromBeforeUntil, datesMessage);
export type UpdateCertificationInput = z.infer<typeof UpdateCertificationSchema>;

/** PUT /certifications/:id/verification. BROKER_VERIFIED only by a platform broker. */
export const SetVerificationSchema = z.object({
  verification: z.enum(VERIFICATION_LEVELS, { error: `Choose one of ${VERIFICATION_LEVELS.join(', ')}` }),
});
export type SetVerificationInput = z.infer<typeof SetVerificationSchema>;

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
  scopeSites: string[];
  validFrom: string | null;
  validUntil: string;
  /** Derived from validUntil and today's date (UTC): never stored. */
  status: CertificateStatus;
  verification: VerificationLevel;
  evidence: EvidenceView | null;
  createdAt: string;
  updatedAt: string;
}
