import { type CertificationView, type VerificationRecordView } from '@linkage/contracts';
import { type CertificateToVerify, certificateStatus } from '@linkage/domain';
import { type Certification } from '@linkage/db';

/** Today's calendar date in UTC: certificate status is a matter of days, never of the server's time zone. */
export const todayUtc = (): string => new Date().toISOString().slice(0, 10);

/** The facts the domain's verification rules read. */
export const toCertificateToVerify = (c: Certification): CertificateToVerify => ({
  hasEvidence: c.evidence !== null,
  certificateNumber: c.certificateNumber,
  certificationBody: c.certificationBody,
  validFrom: c.validFrom,
  validUntil: c.validUntil,
});

/**
 * The broker's verification as recorded. `verifierName` is given only to viewers with the
 * organisation's full view (its people, its programmes' brokers, admins); others see when and what.
 */
const verificationRecord = (c: Certification, verifierName: string | null): VerificationRecordView | null =>
  c.verification === 'BROKER_VERIFIED' && c.verifiedAt
    ? { verifiedByName: verifierName, verifiedAt: c.verifiedAt.toISOString(), checklist: c.verificationChecklist }
    : null;

/** `c.standard` must be loaded; `holderName` is the member's name or the organisation's. */
export const toCertificationView = (
  c: Certification,
  holderName: string,
  today: string = todayUtc(),
  verifierName: string | null = null,
): CertificationView => ({
  id: c.id,
  organisationId: c.organisationId,
  memberId: c.memberId,
  holderName,
  standard: {
    code: c.standard!.code,
    name: c.standard!.name,
    kind: c.standard!.kind,
    coversGroupMembers: c.standard!.coversGroupMembers,
  },
  certificateNumber: c.certificateNumber,
  certificationBody: c.certificationBody,
  scopeProductCodes: c.scopeProductCodes,
  scopeSites: c.scopeSites,
  validFrom: c.validFrom,
  validUntil: c.validUntil,
  status: certificateStatus(c.validUntil, today),
  verification: c.verification,
  verificationRecord: verificationRecord(c, verifierName),
  evidence: c.evidence && {
    fileName: c.evidence.fileName,
    contentType: c.evidence.contentType,
    size: c.evidence.size,
    uploadedAt: c.evidence.uploadedAt,
    url: `/certifications/${c.id}/evidence`,
  },
  createdAt: c.createdAt.toISOString(),
  updatedAt: c.updatedAt.toISOString(),
});
