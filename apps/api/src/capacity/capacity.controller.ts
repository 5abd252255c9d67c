import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  CreateCapacityEntrySchema,
  type CreateCapacityEntryInput,
  DeleteCapacityEntryQuerySchema,
  type DeleteCapacityEntryQuery,
  UpdateCapacityEntrySchema,
  type UpdateCapacityEntryInput,
} from '@linkage/contracts';
import { CurrentUser, OptionalUser, Public } from '../auth/auth.decorators.js';
import { type AuthenticatedUser } from '../auth/authenticated-user.js';
import { IdParams, NestedIdParams } from '../common/id-params.js';
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

  @Patch(':itemId')
  update(
    @Param({ schema: NestedIdParams }) { id, itemId }: NestedIdParams,
    @CurrentUser() user: AuthenticatedUser,
    @Body({ schema: UpdateCapacityEntrySchema }) body: UpdateCapacityEntryInput,
  ) {
    return this.capacity.update(user, id, itemId, body);
  }

  @Delete(':itemId')
  @HttpCode(204)
  remove(
    @Param({ schema: NestedIdParams }) { id, itemId }: NestedIdParams,
    @CurrentUser() user: AuthenticatedUser,
    @Query({ schema: DeleteCapacityEntryQuerySchema }) { version }: DeleteCapacityEntryQuery,
  ) {
    return this.capacity.remove(user, id, itemId, version);
  }
}
