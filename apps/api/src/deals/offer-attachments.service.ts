import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { type OfferView } from '@linkage/contracts';
import { MANAGING_ROLES, assertOfferWithdrawable, offersUnsealed } from '@linkage/domain';
import { Offer, OfferAttachment, OfferPart } from '@linkage/db';
import { DataSource } from 'typeorm';
import { type AuthenticatedUser } from '../auth/authenticated-user.js';
import { safeFileName, sniffEvidenceType } from '../certifications/evidence-file.js';
import { todayUtc } from '../certifications/certification-view.js';
import { DomainError, DomainErrorCode, notFound } from '../common/domain-error.js';
import { type UploadedFileData } from '../common/upload.js';
import { type ApiEnv } from '../config/env.js';
import { OrganisationAccessService } from '../organisations/organisation-access.service.js';
import { OfferViews } from './offer-views.js';

/** A spec sheet, a price list, photos: enough for one offer, not a file store. */
const MAX_ATTACHMENTS = 10;

/**
 * Files attached to an offer (issue 14): the lead group's one document set, with the same checks as
 * certificate evidence (PDF, PNG or JPEG by their first bytes, the upload size limit). The buyer
 * reads them once the offers are unsealed; the offer's groups always.
 */
@Injectable()
export class OfferAttachmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: OrganisationAccessService,
    private readonly views: OfferViews,
    private readonly config: ConfigService<ApiEnv, true>,
  ) {}

  async attach(user: AuthenticatedUser, offerId: string, file: UploadedFileData): Promise<OfferView> {
    const sniffed = sniffEvidenceType(file.buffer);
    if (!sniffed) {
      const message = 'Attach a PDF, PNG or JPEG file';
      throw new DomainError(DomainErrorCode.UnsupportedMediaType, message, { file: message });
    }
    const found = await this.dataSource.getRepository(Offer).findOneBy({ id: offerId });
    if (!found) throw notFound('Offer');
    await this.access.requireMember(user, found.supplierId, { roles: MANAGING_ROLES });
    const relative = join('offers', offerId, `${randomUUID()}.${sniffed.extension}`);
    const absolute = this.path(relative);
    await mkdir(dirname(absolute), { recursive: true });
    await writeFile(absolute, file.buffer, { flag: 'wx' });
    try {
      await this.dataSource.transaction(async (em) => {
        // The offer's row lock orders concurrent uploads, so the limit holds.
        const offer = await em.findOneOrFail(Offer, {
          where: { id: offerId },
          lock: { mode: 'pessimistic_write' },
        });
        assertOfferWithdrawable(offer);
        if ((await em.countBy(OfferAttachment, { offerId })) >= MAX_ATTACHMENTS)
          throw new DomainError(DomainErrorCode.Conflict, `An offer takes at most ${MAX_ATTACHMENTS} files`, {
            file: `An offer takes at most ${MAX_ATTACHMENTS} files`,
          });
        await em.insert(OfferAttachment, {
          offerId,
          path: relative,
          fileName: safeFileName(file.originalname),
          contentType: sniffed.type,
          size: file.size,
        });
      });
    } catch (error) {
      await rm(absolute, { force: true });
      throw error;
    }
    return this.views.one(offerId, user);
  }

  /** The file, for the buyer's people once offers are unsealed, and for the offer's groups; 404 to anyone else. */
  async read(user: AuthenticatedUser, offerId: string, attachmentId: string) {
    const em = this.dataSource.manager;
    const attachment = await em.findOne(OfferAttachment, {
      where: { id: attachmentId, offerId },
      relations: { offer: { need: true } },
    });
    const offer = attachment?.offer;
    if (!attachment || !offer) throw notFound('Attachment');
    const groups = [offer.supplierId, ...(await em.findBy(OfferPart, { offerId })).map((p) => p.groupId)];
    const buyer =
      user.memberOf.has(offer.need!.leadFirmId) &&
      offer.status !== 'AWAITING_PARTNERS' &&
      offersUnsealed(offer.need!, todayUtc());
    if (!buyer && !groups.some((id) => user.memberOf.has(id))) throw notFound('Attachment');
    return { attachment, content: await readFile(this.path(attachment.path)) };
  }

  private path(relative: string): string {
    return resolve(this.config.get('EVIDENCE_DIR', { infer: true }), relative);
  }
}
