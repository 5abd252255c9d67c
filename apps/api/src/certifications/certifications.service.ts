import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import {
  type CertificationView,
  type CreateCertificationInput,
  type SetVerificationInput,
  type UpdateCertificationInput,
  OutboxTopic,
} from '@linkage/contracts';
import { hasFullView, verificationChecklistProblems } from '@linkage/domain';
import { Certification, type EvidenceFile, GroupMember, Standard } from '@linkage/db';
import { DataSource, type EntityManager, In, Repository } from 'typeorm';
import { type AuthenticatedUser } from '../auth/authenticated-user.js';
import { DomainError, DomainErrorCode, forbidden, notFound } from '../common/domain-error.js';
import { type UploadedFileData } from '../common/upload.js';
import { type ApiEnv } from '../config/env.js';
import { visibleMembers } from '../members/member-visibility.js';
import { OrganisationAccessService } from '../organisations/organisation-access.service.js';
import { type Viewer } from '../organisations/profile-visibility.js';
import { recordOutboxEvent } from '../outbox/outbox.js';
import { closeActionsByCertificate } from '../upgrading/close-actions-by-certificate.js';
import { toCertificateToVerify, toCertificationView, todayUtc } from './certification-view.js';
import { safeFileName, sniffEvidenceType } from './evidence-file.js';

/** Fields whose change makes a broker's verification stale: it then falls back to SELF_DECLARED. */
const VERIFIED_FIELDS = [
  'certificateNumber',
  'certificationBody',
  'scopeProductCodes',
  'validFrom',
  'validUntil',
] as const;

/**
 * Certifications on an organisation's profile, for the organisation itself or (for a producer group)
 * one of its members. Managers of the organisation record them; only a platform broker can mark one
 * BROKER_VERIFIED. Status (VALID, EXPIRING, EXPIRED) is derived from the end date on every read.
 */
@Injectable()
export class CertificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Certification) private readonly certifications: Repository<Certification>,
    @InjectRepository(GroupMember) private readonly members: Repository<GroupMember>,
    private readonly access: OrganisationAccessService,
    private readonly config: ConfigService<ApiEnv, true>,
  ) {}

  async list(user: AuthenticatedUser | undefined, organisationId: string): Promise<CertificationView[]> {
    const { organisation, viewer } = await this.access.requireVisible(user, organisationId);
    return this.viewsFor(this.dataSource.manager, organisation.id, organisation.legalName, viewer);
  }

  /** The organisation's certifications a viewer may see: its own and those of members shown to them. */
  async viewsFor(
    em: EntityManager,
    organisationId: string,
    organisationName: string,
    viewer: Viewer | undefined,
  ): Promise<CertificationView[]> {
    const rows = await em.find(Certification, {
      where: { organisationId },
      relations: { standard: true, verifiedBy: true },
      order: { validUntil: 'ASC', createdAt: 'ASC' },
    });
    const memberIds = [...new Set(rows.flatMap((c) => (c.memberId ? [c.memberId] : [])))];
    const members = memberIds.length
      ? await em.find(GroupMember, { where: { id: In(memberIds) }, relations: { memberOrganisation: true } })
      : [];
    const names = new Map(
      visibleMembers(members, viewer).map((m) => [m.id, m.memberOrganisation!.legalName]),
    );
    const fullView = hasFullView({ id: organisationId }, viewer);
    const today = todayUtc();
    return rows
      .filter((c) => c.memberId === null || names.has(c.memberId))
      .map((c) =>
        toCertificationView(
          c,
          c.memberId ? names.get(c.memberId)! : organisationName,
          today,
          fullView ? (c.verifiedBy?.name ?? null) : null,
        ),
      );
  }

  async create(
    user: AuthenticatedUser,
    organisationId: string,
    input: CreateCertificationInput,
  ): Promise<CertificationView> {
    const { organisation } = await this.access.requireManager(user, organisationId);
    const standard = await this.requireStandard(input.standardCode);
    let holderName = organisation.legalName;
    if (input.memberId) {
      const member = await this.members.findOne({
        where: { id: input.memberId, groupId: organisationId },
        relations: { memberOrganisation: true },
      });
      if (!member) {
        throw new DomainError(DomainErrorCode.InvalidInput, 'No such member in this group', {
          memberId: 'Choose a member of this group',
        });
      }
      holderName = member.memberOrganisation!.legalName;
    }
    const { standardCode: _code, ...fields } = input;
    return this.dataSource.transaction(async (em) => {
      const saved = await em.save(
        em.create(Certification, {
          ...fields,
          organisationId,
          memberId: input.memberId ?? null,
          standardId: standard.id,
          certificateNumber: input.certificateNumber ?? null,
          certificationBody: input.certificationBody ?? null,
          validFrom: input.validFrom ?? null,
          evidence: null,
          verifiedById: null,
          verifiedAt: null,
          verificationChecklist: null,
          expiringNotifiedAt: null,
        }),
      );
      await this.reindex(em, organisationId);
      await closeActionsByCertificate(em, saved.id, this.config.get('WEB_URL', { infer: true }));
      return toCertificationView({ ...saved, standard }, holderName);
    });
  }

  async update(user: AuthenticatedUser, certificationId: string, input: UpdateCertificationInput) {
    return this.change(user, certificationId, async (em, c) => {
      const touchesVerified = VERIFIED_FIELDS.some(
        (f) => input[f] !== undefined && JSON.stringify(input[f]) !== JSON.stringify(c[f]),
      );
      if (input.validUntil && input.validUntil !== c.validUntil) c.expiringNotifiedAt = null;
      Object.assign(c, input);
      if (touchesVerified && c.verification === 'BROKER_VERIFIED' && !input.verification)
        c.verification = 'SELF_DECLARED';
      if (c.verification !== 'BROKER_VERIFIED') clearVerificationRecord(c);
      if (c.validFrom && c.validFrom > c.validUntil) {
        throw new DomainError(DomainErrorCode.InvalidInput, 'The certificate must start before it ends', {
          validUntil: 'The certificate must start before it ends',
        });
      }
      await em.save(c);
      await closeActionsByCertificate(em, c.id, this.config.get('WEB_URL', { infer: true }));
    });
  }

  async remove(user: AuthenticatedUser, certificationId: string): Promise<void> {
    const c = await this.requireManaged(user, certificationId);
    await this.dataSource.transaction(async (em) => {
      await em.delete(Certification, { id: c.id });
      await this.reindex(em, c.organisationId);
    });
    if (c.evidence) await rm(this.evidencePath(c.evidence.path), { force: true });
  }

  /**
   * A broker of a programme the organisation enrolled in (or a platform admin) may set any level;
   * the organisation's managers may set SELF_DECLARED or THIRD_PARTY_VERIFIED but never
   * BROKER_VERIFIED. BROKER_VERIFIED needs the evidence, dates covering today and every checklist
   * item confirmed (the domain's `verificationChecklistProblems`, 422 naming each field); it records
   * who checked, when and what.
   */
  async setVerification(user: AuthenticatedUser, certificationId: string, input: SetVerificationInput) {
    const c = await this.certifications.findOneBy({ id: certificationId });
    const isBroker = !!c && (user.platformRole === 'ADMIN' || user.brokering.has(c.organisationId));
    if (!isBroker && input.verification === 'BROKER_VERIFIED') {
      throw forbidden(
        'Only a broker of a programme the organisation enrolled in can mark a certificate broker-verified',
      );
    }
    const run = async (em: EntityManager, c: Certification) => {
      if (input.verification === 'BROKER_VERIFIED') {
        const problems = verificationChecklistProblems(toCertificateToVerify(c), input.checklist, todayUtc());
        if (Object.keys(problems).length)
          throw new DomainError(DomainErrorCode.Unprocessable, 'The certificate cannot be verified yet', problems);
        const { note, ...items } = input.checklist!;
        c.verifiedById = user.id;
        c.verifiedAt = new Date();
        c.verificationChecklist = { ...items, note: note || null };
      } else clearVerificationRecord(c);
      c.verification = input.verification;
      await em.save(c);
    };
    if (!isBroker || !c) return this.change(user, certificationId, run);
    return this.dataSource.transaction(async (em) => {
      const locked = await em.findOneOrFail(Certification, {
        where: { id: c.id },
        lock: { mode: 'pessimistic_write' },
      });
      await run(em, locked);
      await this.reindex(em, c.organisationId);
      return this.viewOf(em, c.id);
    });
  }

  /**
   * Stores an evidence file. Its type is read from its first bytes (PDF, PNG or JPEG), never from the
   * header the client sent; the size limit is enforced by multer before this runs.
   */
  async attachEvidence(user: AuthenticatedUser, certificationId: string, file: UploadedFileData) {
    const sniffed = sniffEvidenceType(file.buffer);
    if (!sniffed) {
      const message = 'Upload a PDF, PNG or JPEG file';
      throw new DomainError(DomainErrorCode.UnsupportedMediaType, message, { file: message });
    }
    const c = await this.requireManaged(user, certificationId);
    const relative = join(c.organisationId, `${c.id}-${randomUUID()}.${sniffed.extension}`);
    const absolute = this.evidencePath(relative);
    await mkdir(dirname(absolute), { recursive: true });
    await writeFile(absolute, file.buffer, { flag: 'wx' });
    const evidence: EvidenceFile = {
      path: relative,
      fileName: safeFileName(file.originalname),
      contentType: sniffed.type,
      size: file.size,
      uploadedAt: new Date().toISOString(),
    };
    const previous = c.evidence;
    try {
      const view = await this.change(user, certificationId, async (em, row) => {
        row.evidence = evidence;
        // The broker checked the previous file: a new one is unchecked until a broker checks it.
        if (row.verification === 'BROKER_VERIFIED') {
          row.verification = 'SELF_DECLARED';
          clearVerificationRecord(row);
        }
        await em.save(row);
      });
      if (previous) await rm(this.evidencePath(previous.path), { force: true });
      return view;
    } catch (error) {
      await rm(absolute, { force: true });
      throw error;
    }
  }

  /** The evidence file, for whoever may see the certification. */
  async readEvidence(user: AuthenticatedUser | undefined, certificationId: string) {
    const c = await this.certifications.findOneBy({ id: certificationId });
    if (!c?.evidence) throw notFound('Evidence');
    const visible = await this.list(user, c.organisationId);
    if (!visible.some((v) => v.id === c.id)) throw notFound('Evidence');
    return { evidence: c.evidence, content: await readFile(this.evidencePath(c.evidence.path)) };
  }

  private async change(
    user: AuthenticatedUser,
    certificationId: string,
    apply: (em: EntityManager, c: Certification) => Promise<void>,
  ): Promise<CertificationView> {
    await this.requireManaged(user, certificationId);
    return this.dataSource.transaction(async (em) => {
      const c = await em.findOne(Certification, {
        where: { id: certificationId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!c) throw notFound('Certification');
      await apply(em, c);
      await this.reindex(em, c.organisationId);
      return this.viewOf(em, c.id);
    });
  }

  private async viewOf(em: EntityManager, id: string): Promise<CertificationView> {
    const c = await em.findOneOrFail(Certification, {
      where: { id },
      relations: { standard: true, organisation: true, member: { memberOrganisation: true }, verifiedBy: true },
    });
    // Only its managers and its brokers change a certificate: they have the full view, the broker's name included.
    return toCertificationView(
      c,
      c.member?.memberOrganisation?.legalName ?? c.organisation!.legalName,
      todayUtc(),
      c.verifiedBy?.name ?? null,
    );
  }

  /** The certification, if the user manages its organisation (404 for those who may not see it). */
  private async requireManaged(user: AuthenticatedUser, certificationId: string): Promise<Certification> {
    const c = await this.certifications.findOneBy({ id: certificationId });
    if (!c) throw notFound('Certification');
    await this.access.requireManager(user, c.organisationId);
    return c;
  }

  private async requireStandard(code: string): Promise<Standard> {
    const standard = await this.dataSource.manager.findOneBy(Standard, { code });
    if (!standard) {
      throw new DomainError(DomainErrorCode.InvalidInput, `${code} is not in the standards registry`, {
        standardCode: 'Choose a standard from the registry',
      });
    }
    if (standard.umbrella) {
      throw new DomainError(DomainErrorCode.InvalidInput, `${standard.name} is met through other standards`, {
        standardCode: 'Record the certificate of the actual scheme (e.g. FSSC_22000)',
      });
    }
    return standard;
  }

  private evidencePath(relative: string): string {
    return resolve(this.config.get('EVIDENCE_DIR', { infer: true }), relative);
  }

  private async reindex(em: EntityManager, organisationId: string) {
    await recordOutboxEvent(em, OutboxTopic.SearchIndexRequested, {
      entity: 'organisation',
      id: organisationId,
    });
    // Certificates feed matching (hard filters, compliance, gaps): re-match the open needs this holder could affect.
    await recordOutboxEvent(em, OutboxTopic.SupplyChanged, { organisationId });
  }
}

/** A verification that no longer holds takes its record with it: who, when and what was checked. */
function clearVerificationRecord(c: Certification): void {
  c.verifiedById = null;
  c.verifiedAt = null;
  c.verificationChecklist = null;
}
