import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Put,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiConsumes, ApiTags } from '@nestjs/swagger';
import {
  CreateCertificationSchema,
  type CreateCertificationInput,
  SetVerificationSchema,
  type SetVerificationInput,
  UpdateCertificationSchema,
  type UpdateCertificationInput,
} from '@linkage/contracts';
import { type Response } from 'express';
import { CurrentUser, OptionalUser, Public } from '../auth/auth.decorators.js';
import { type AuthenticatedUser } from '../auth/authenticated-user.js';
import { IdParams } from '../common/id-params.js';
import {
  UPLOAD_FIELD,
  UploadErrorsInterceptor,
  type UploadedFileData,
  requireFile,
} from '../common/upload.js';
import { CertificationsService } from './certifications.service.js';
import { RateLimited } from '../rate-limits/rate-limits.js';

@ApiTags('certifications')
@Controller()
export class CertificationsController {
  constructor(private readonly certifications: CertificationsService) {}

  @Public()
  @Get('organisations/:id/certifications')
  list(@Param({ schema: IdParams }) { id }: IdParams, @OptionalUser() user?: AuthenticatedUser) {
    return this.certifications.list(user, id);
  }

  @Post('organisations/:id/certifications')
  create(
    @Param({ schema: IdParams }) { id }: IdParams,
    @CurrentUser() user: AuthenticatedUser,
    @Body({ schema: CreateCertificationSchema }) body: CreateCertificationInput,
  ) {
    return this.certifications.create(user, id, body);
  }

  @Patch('certifications/:id')
  update(
    @Param({ schema: IdParams }) { id }: IdParams,
    @CurrentUser() user: AuthenticatedUser,
    @Body({ schema: UpdateCertificationSchema }) body: UpdateCertificationInput,
  ) {
    return this.certifications.update(user, id, body);
  }

  @Delete('certifications/:id')
  @HttpCode(204)
  remove(@Param({ schema: IdParams }) { id }: IdParams, @CurrentUser() user: AuthenticatedUser) {
    return this.certifications.remove(user, id);
  }

  @Put('certifications/:id/verification')
  verify(
    @Param({ schema: IdParams }) { id }: IdParams,
    @CurrentUser() user: AuthenticatedUser,
    @Body({ schema: SetVerificationSchema }) body: SetVerificationInput,
  ) {
    return this.certifications.setVerification(user, id, body);
  }

  @Post('certifications/:id/evidence')
  @RateLimited('uploads')
  @ApiConsumes('multipart/form-data')
  @UseInterceptors(UploadErrorsInterceptor, FileInterceptor(UPLOAD_FIELD))
  upload(
    @Param({ schema: IdParams }) { id }: IdParams,
    @CurrentUser() user: AuthenticatedUser,
    @UploadedFile() file?: UploadedFileData,
  ) {
    return this.certifications.attachEvidence(user, id, requireFile(file));
  }

  @Public()
  @Get('certifications/:id/evidence')
  async download(
    @Param({ schema: IdParams }) { id }: IdParams,
    @Res() res: Response,
    @OptionalUser() user?: AuthenticatedUser,
  ) {
    const { evidence, content } = await this.certifications.readEvidence(user, id);
    res
      .type(evidence.contentType)
      .set('Content-Disposition', `inline; filename="${evidence.fileName}"`)
      .set('X-Content-Type-Options', 'nosniff')
      .send(content);
  }
}
