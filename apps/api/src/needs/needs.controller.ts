import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CreateSourcingNeedSchema, type CreateSourcingNeedInput } from '@linkage/contracts';
import { CurrentUser } from '../auth/auth.decorators.js';
import { type AuthenticatedUser } from '../auth/authenticated-user.js';
import { IdParams } from '../common/id-params.js';
import { NeedsService } from './needs.service.js';

@ApiTags('sourcing needs')
@Controller()
export class NeedsController {
  constructor(private readonly needs: NeedsService) {}

  @Post('organisations/:id/needs')
  post(
    @Param({ schema: IdParams }) { id }: IdParams,
    @CurrentUser() user: AuthenticatedUser,
    @Body({ schema: CreateSourcingNeedSchema }) body: CreateSourcingNeedInput,
  ) {
    return this.needs.post(user, id, body);
  }

  @Get('organisations/:id/needs')
  list(@Param({ schema: IdParams }) { id }: IdParams, @CurrentUser() user: AuthenticatedUser) {
    return this.needs.listForLeadFirm(user, id);
  }

  @Get('needs/:id')
  get(@Param({ schema: IdParams }) { id }: IdParams, @CurrentUser() user: AuthenticatedUser) {
    return this.needs.get(user, id);
  }

  @Get('needs/:id/matches')
  matches(@Param({ schema: IdParams }) { id }: IdParams, @CurrentUser() user: AuthenticatedUser) {
    return this.needs.matchesOf(user, id);
  }
}
