import { type CertificationView } from '@linkage/contracts';
import { certificateStatus } from '@linkage/domain';
import { type Certification } from '@linkage/db';

/** Today's calendar date in UTC: certificate status is a matter of days, never of the server's time zone. */
export const todayUtc = (): string => new Date().toISOString().slice(0, 10);

/** `c.standard` must be loaded; `holderName` is the member's name or the organisation's. */
export const toCertificationView = (
  c: Certification,
  holderName: string,
  today: string = todayUtc(),
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
