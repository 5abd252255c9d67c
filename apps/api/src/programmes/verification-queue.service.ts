import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type VerificationQueueItemView, type VerificationQueueView } from '@linkage/contracts';
import {
  type OrganisationKind,
  type VerificationLevel,
  certificateStatus,
  verificationReadinessProblems,
} from '@linkage/domain';
import { DataSource } from 'typeorm';
import { type AuthenticatedUser } from '../auth/authenticated-user.js';
import { todayUtc } from '../certifications/certification-view.js';
import { OrganisationAccessService } from '../organisations/organisation-access.service.js';
import { ProgrammesService } from './programmes.service.js';

interface QueueRow {
  certificationId: string;
  organisationId: string;
  organisationName: string;
  organisationKind: OrganisationKind;
  holderName: string;
  standardCode: string;
  standardName: string;
  certificateNumber: string | null;
  certificationBody: string | null;
  validFrom: string | null;
  validUntil: string;
  verification: VerificationLevel;
  hasEvidence: boolean;
}

/**
 * A programme's verification queue (issue "Brokers at work"): the certificates of its enrolled
 * organisations — a group's own and its members' — that no broker or auditor has verified yet. Those
 * ready to check (evidence, valid today: the domain's readiness rule) come first, then the others
 * with what must happen first. Its brokers and platform admins only (decision 0015).
 */
@Injectable()
export class VerificationQueueService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: OrganisationAccessService,
    private readonly programmes: ProgrammesService,
  ) {}

  async queue(user: AuthenticatedUser, programmeId: string): Promise<VerificationQueueView> {
    if (user.platformRole !== 'ADMIN') await this.access.requireMember(user, programmeId, { kind: 'PROGRAMME' });
    const programme = await this.programmes.get(programmeId);
    const items = await this.items(programmeId);
    return {
      programme: { id: programme.id, name: programme.legalName },
      items,
      readyCount: items.filter((i) => i.ready).length,
    };
  }

  /** The queue's items, for a caller whose access is already established (the broker's home). */
  async items(programmeId: string, today: string = todayUtc()): Promise<VerificationQueueItemView[]> {
    const rows: QueueRow[] = await this.dataSource.query(
      `SELECT c.id AS "certificationId", o.id AS "organisationId", o.legal_name AS "organisationName",
              o.kind AS "organisationKind", coalesce(mo.legal_name, o.legal_name) AS "holderName",
              st.code AS "standardCode", st.name AS "standardName",
              c.certificate_number AS "certificateNumber", c.certification_body AS "certificationBody",
              c.valid_from::text AS "validFrom", c.valid_until::text AS "validUntil", c.verification,
              c.evidence IS NOT NULL AS "hasEvidence"
         FROM programme_enrolments e
         JOIN organisations o ON o.id = e.organisation_id
         JOIN certifications c ON c.organisation_id = o.id
         JOIN standards st ON st.id = c.standard_id
         LEFT JOIN group_members gm ON gm.id = c.member_id
         LEFT JOIN organisations mo ON mo.id = gm.member_organisation_id
        WHERE e.programme_id = $1 AND c.verification = 'SELF_DECLARED'
          -- A member that left the group no longer supplies through it: nothing to verify for it.
          AND (gm.id IS NULL OR gm.status <> 'LEFT')`,
      [programmeId],
    );
    return rows
      .map(({ certificationId, organisationId, organisationName, organisationKind, standardCode, standardName, ...r }) => {
        const blockers = verificationReadinessProblems(r, today);
        return {
          certificationId,
          organisation: { id: organisationId, name: organisationName, kind: organisationKind },
          standard: { code: standardCode, name: standardName },
          ...r,
          status: certificateStatus(r.validUntil, today),
          ready: Object.keys(blockers).length === 0,
          blockers,
        };
      })
      .sort(
        (a, b) =>
          Number(b.ready) - Number(a.ready) ||
          Number(b.hasEvidence) - Number(a.hasEvidence) ||
          a.validUntil.localeCompare(b.validUntil) ||
          a.holderName.localeCompare(b.holderName),
      );
  }
}
