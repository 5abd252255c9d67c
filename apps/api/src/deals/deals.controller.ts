import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Query,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiConsumes } from '@nestjs/swagger';
import { type Response } from 'express';
import { z } from 'zod';
import { ApiTags } from '@nestjs/swagger';
import {
  AwardOffersSchema,
  type AwardOffersInput,
  ConfirmOfferPartSchema,
  type ConfirmOfferPartInput,
  DeclineNeedSchema,
  type DeclineNeedInput,
  NeedMessagesQuerySchema,
  OfferLinesQuerySchema,
  type OfferLinesQuery,
  type NeedMessagesQuery,
  PostNeedMessageSchema,
  type PostNeedMessageInput,
  uuidField,
  SubmitOfferSchema,
  type SubmitOfferInput,
} from '@linkage/contracts';
import { CurrentUser } from '../auth/auth.decorators.js';
import { type AuthenticatedUser } from '../auth/authenticated-user.js';
import { IdParams } from '../common/id-params.js';
import {
  UPLOAD_FIELD,
  type UploadedFileData,
  UploadErrorsInterceptor,
  requireFile,
} from '../common/upload.js';
import { OfferAttachmentsService } from './offer-attachments.service.js';
import { AwardsService } from './awards.service.js';
import { LedgerService } from './ledger.service.js';
import { OffersService } from './offers.service.js';
import { QuestionsService } from './questions.service.js';
import { RateLimited } from '../rate-limits/rate-limits.js';

const AttachmentParams = z.object({ id: uuidField, attachmentId: uuidField });
type AttachmentParams = z.infer<typeof AttachmentParams>;

/** From match to deal: offers and declines by producer groups, awards by lead firms, and the capacity ledger. */
@ApiTags('deals')
@Controller()
export class DealsController {
  constructor(
    private readonly offers: OffersService,
    private readonly awards: AwardsService,
    private readonly ledger: LedgerService,
    private readonly questions: QuestionsService,
    private readonly attachments: OfferAttachmentsService,
  ) {}

  /** The lead group attaches a spec sheet or price list (PDF, PNG, JPEG) to its offer. */
  @Post('offers/:id/attachments')
  @RateLimited('uploads')
  @ApiConsumes('multipart/form-data')
  @UseInterceptors(UploadErrorsInterceptor, FileInterceptor(UPLOAD_FIELD))
  attach(
    @Param({ schema: IdParams }) { id }: IdParams,
    @CurrentUser() user: AuthenticatedUser,
    @UploadedFile() file?: UploadedFileData,
  ) {
    return this.attachments.attach(user, id, requireFile(file));
  }

  @Get('offers/:id/attachments/:attachmentId')
  async attachment(
    @Param({ schema: AttachmentParams }) { id, attachmentId }: AttachmentParams,
    @CurrentUser() user: AuthenticatedUser,
    @Res() res: Response,
  ) {
    const { attachment, content } = await this.attachments.read(user, id, attachmentId);
    res
      .type(attachment.contentType)
      .set('Content-Disposition', `inline; filename="${attachment.fileName}"`)
      .set('X-Content-Type-Options', 'nosniff')
      .send(content);
  }

  /** A group's thread with the lead firm (and the clarifications), or, for the lead firm, every thread. */
  @Get('needs/:id/messages')
  messages(
    @Param({ schema: IdParams }) { id }: IdParams,
    @CurrentUser() user: AuthenticatedUser,
    @Query({ schema: NeedMessagesQuerySchema }) query: NeedMessagesQuery,
  ) {
    return this.questions.list(user, id, query);
  }

  /** A question, an answer, or a clarification published to every invited supplier. */
  @Post('needs/:id/messages')
  postMessage(
    @Param({ schema: IdParams }) { id }: IdParams,
    @CurrentUser() user: AuthenticatedUser,
    @Body({ schema: PostNeedMessageSchema }) body: PostNeedMessageInput,
  ) {
    return this.questions.post(user, id, body);
  }

  /** A producer group answers a need with an offer. */
  @Post('needs/:id/offers')
  submit(
    @Param({ schema: IdParams }) { id }: IdParams,
    @CurrentUser() user: AuthenticatedUser,
    @Body({ schema: SubmitOfferSchema }) body: SubmitOfferInput,
  ) {
    return this.offers.submit(user, id, body);
  }

  /** The lead firm's view of its need's offers (only a count while they are sealed). */
  @Get('needs/:id/offers')
  offersOf(@Param({ schema: IdParams }) { id }: IdParams, @CurrentUser() user: AuthenticatedUser) {
    return this.ledger.offersOf(user, id);
  }

  /** A producer group declines a need, with its reason. */
  @Post('needs/:id/declines')
  @HttpCode(200)
  decline(
    @Param({ schema: IdParams }) { id }: IdParams,
    @CurrentUser() user: AuthenticatedUser,
    @Body({ schema: DeclineNeedSchema }) body: DeclineNeedInput,
  ) {
    return this.offers.decline(user, id, body);
  }

  /** The lead firm awards one or several offers, each with its quantity; the rest are declined. */
  @Post('needs/:id/awards')
  award(
    @Param({ schema: IdParams }) { id }: IdParams,
    @CurrentUser() user: AuthenticatedUser,
    @Body({ schema: AwardOffersSchema }) body: AwardOffersInput,
  ) {
    return this.awards.award(user, id, body);
  }

  @Post('offers/:id/withdraw')
  @HttpCode(200)
  withdraw(@Param({ schema: IdParams }) { id }: IdParams, @CurrentUser() user: AuthenticatedUser) {
    return this.offers.withdraw(user, id);
  }

  /** A partner group confirms (or refuses) its share of a joint offer. */
  @Post('offers/:id/confirm')
  @HttpCode(200)
  confirm(
    @Param({ schema: IdParams }) { id }: IdParams,
    @CurrentUser() user: AuthenticatedUser,
    @Body({ schema: ConfirmOfferPartSchema }) body: ConfirmOfferPartInput,
  ) {
    return this.offers.confirmPart(user, id, body);
  }

  @Post('awards/:id/cancel')
  @HttpCode(200)
  cancel(@Param({ schema: IdParams }) { id }: IdParams, @CurrentUser() user: AuthenticatedUser) {
    return this.awards.cancel(user, id);
  }

  /** The award confirmation, for both parties. */
  @Get('awards/:id/confirmation')
  confirmation(@Param({ schema: IdParams }) { id }: IdParams, @CurrentUser() user: AuthenticatedUser) {
    return this.awards.confirmation(user, id);
  }

  /** The group's lines that can back an offer on the need, with what each has left. */
  @Get('needs/:id/offer-lines')
  offerLines(
    @Param({ schema: IdParams }) { id }: IdParams,
    @CurrentUser() user: AuthenticatedUser,
    @Query({ schema: OfferLinesQuerySchema }) query: OfferLinesQuery,
  ) {
    return this.offers.linesFor(user, id, query.supplierId);
  }

  /** A producer group's offers on every need. */
  @Get('organisations/:id/offers')
  offersOfGroup(@Param({ schema: IdParams }) { id }: IdParams, @CurrentUser() user: AuthenticatedUser) {
    return this.offers.listForGroup(user, id);
  }

  /** A producer group's capacity ledger. */
  @Get('organisations/:id/ledger')
  ledgerOf(@Param({ schema: IdParams }) { id }: IdParams, @CurrentUser() user: AuthenticatedUser) {
    return this.ledger.ledgerOf(user, id);
  }
}
