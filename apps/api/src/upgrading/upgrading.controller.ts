import { Body, Controller, Delete, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  CreateUpgradingActionSchema,
  type CreateUpgradingActionInput,
  CreateUpgradingPlanSchema,
  type CreateUpgradingPlanInput,
  UpdateUpgradingActionSchema,
  type UpdateUpgradingActionInput,
  UpgradingPlanQuerySchema,
  type UpgradingPlanQuery,
} from '@linkage/contracts';
import { CurrentUser } from '../auth/auth.decorators.js';
import { type AuthenticatedUser } from '../auth/authenticated-user.js';
import { IdParams, NestedIdParams } from '../common/id-params.js';
import { UpgradingService } from './upgrading.service.js';

@ApiTags('upgrading')
@Controller('upgrading-plans')
export class UpgradingController {
  constructor(private readonly plans: UpgradingService) {}

  @Get()
  list(
    @CurrentUser() user: AuthenticatedUser,
    @Query({ schema: UpgradingPlanQuerySchema }) query: UpgradingPlanQuery,
  ) {
    return this.plans.list(user, query);
  }

  /** From a match (its gaps become actions) or for a linkage; the existing plan if there is one. */
  @Post()
  create(
    @CurrentUser() user: AuthenticatedUser,
    @Body({ schema: CreateUpgradingPlanSchema }) body: CreateUpgradingPlanInput,
  ) {
    return this.plans.create(user, body);
  }

  @Get(':id')
  get(@Param({ schema: IdParams }) { id }: IdParams, @CurrentUser() user: AuthenticatedUser) {
    return this.plans.get(user, id);
  }

  @Post(':id/actions')
  addAction(
    @Param({ schema: IdParams }) { id }: IdParams,
    @CurrentUser() user: AuthenticatedUser,
    @Body({ schema: CreateUpgradingActionSchema }) body: CreateUpgradingActionInput,
  ) {
    return this.plans.addAction(user, id, body);
  }

  @Patch(':id/actions/:itemId')
  updateAction(
    @Param({ schema: NestedIdParams }) { id, itemId }: NestedIdParams,
    @CurrentUser() user: AuthenticatedUser,
    @Body({ schema: UpdateUpgradingActionSchema }) body: UpdateUpgradingActionInput,
  ) {
    return this.plans.updateAction(user, id, itemId, body);
  }

  /** Returns the plan without the action. */
  @Delete(':id/actions/:itemId')
  removeAction(
    @Param({ schema: NestedIdParams }) { id, itemId }: NestedIdParams,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.plans.removeAction(user, id, itemId);
  }
}
