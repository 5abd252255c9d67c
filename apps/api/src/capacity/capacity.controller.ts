import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CreateCapacityEntrySchema, type CreateCapacityEntryInput } from '@linkage/contracts';
import { CurrentUser, OptionalUser, Public } from '../auth/auth.decorators.js';
import { type AuthenticatedUser } from '../auth/authenticated-user.js';
import { IdParams } from '../common/id-params.js';
import { CapacityService } from './capacity.service.js';

@ApiTags('capacity')
@Controller('organisations/:id/capacity-entries')
export class CapacityController {
  constructor(private readonly capacity: CapacityService) {}

  @Post()
  record(
    @Param({ schema: IdParams }) { id }: IdParams,
    @CurrentUser() user: AuthenticatedUser,
    @Body({ schema: CreateCapacityEntrySchema }) body: CreateCapacityEntryInput,
  ) {
    return this.capacity.record(user, id, body);
  }

  @Public()
  @Get()
  list(@Param({ schema: IdParams }) { id }: IdParams, @OptionalUser() user?: AuthenticatedUser) {
    return this.capacity.list(user, id);
  }
}
