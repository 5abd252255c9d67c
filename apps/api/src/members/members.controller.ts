import {
  Res,
  Body,
  Controller,
  Get,
  Param,
  Patch,
  Post,
  Query,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { type Response } from 'express';
import { ApiConsumes, ApiTags } from '@nestjs/swagger';
import {
  CreateGroupMemberSchema,
  type CreateGroupMemberInput,
  ImportMembersQuerySchema,
  type ImportMembersQuery,
  UpdateGroupMemberSchema,
  type UpdateGroupMemberInput,
} from '@linkage/contracts';
import { CurrentUser, OptionalUser, Public } from '../auth/auth.decorators.js';
import { type AuthenticatedUser } from '../auth/authenticated-user.js';
import { IdParams, NestedIdParams } from '../common/id-params.js';
import {
  UPLOAD_FIELD,
  UploadErrorsInterceptor,
  type UploadedFileData,
  requireFile,
} from '../common/upload.js';
import { MembersService } from './members.service.js';
import { RateLimited } from '../rate-limits/rate-limits.js';

/** A producer group's member enterprises (not to be confused with `/members`, the people who run it). */
@ApiTags('group members')
@Controller('organisations/:id/group-members')
export class MembersController {
  constructor(private readonly members: MembersService) {}

  @Public()
  @Get()
  list(@Param({ schema: IdParams }) { id }: IdParams, @OptionalUser() user?: AuthenticatedUser) {
    return this.members.list(user, id);
  }

  @Post()
  create(
    @Param({ schema: IdParams }) { id }: IdParams,
    @CurrentUser() user: AuthenticatedUser,
    @Body({ schema: CreateGroupMemberSchema }) body: CreateGroupMemberInput,
  ) {
    return this.members.create(user, id, body);
  }

  @Post('import')
  @RateLimited('uploads')
  @ApiConsumes('multipart/form-data')
  @UseInterceptors(UploadErrorsInterceptor, FileInterceptor(UPLOAD_FIELD))
  import(
    @Param({ schema: IdParams }) { id }: IdParams,
    @CurrentUser() user: AuthenticatedUser,
    @Query({ schema: ImportMembersQuerySchema }) { dryRun }: ImportMembersQuery,
    @Res({ passthrough: true }) response: Response,
    @UploadedFile() file?: UploadedFileData,
  ) {
    // A dry run creates nothing: 200 with the report; a real import 201.
    if (dryRun) response.status(200);
    return this.members.importCsv(user, id, requireFile(file).buffer, dryRun);
  }

  @Patch(':itemId')
  update(
    @Param({ schema: NestedIdParams }) { id, itemId }: NestedIdParams,
    @CurrentUser() user: AuthenticatedUser,
    @Body({ schema: UpdateGroupMemberSchema }) body: UpdateGroupMemberInput,
  ) {
    return this.members.update(user, id, itemId, body);
  }
}
