import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  CreateServiceProviderSchema,
  type CreateServiceProviderInput,
  ServiceProviderQuerySchema,
  type ServiceProviderQuery,
  UpdateServiceProviderSchema,
  type UpdateServiceProviderInput,
} from '@linkage/contracts';
import { CurrentUser } from '../auth/auth.decorators.js';
import { type AuthenticatedUser } from '../auth/authenticated-user.js';
import { IdParams } from '../common/id-params.js';
import { ServiceProvidersService } from './service-providers.service.js';

@ApiTags('service-providers')
@Controller('service-providers')
export class ServiceProvidersController {
  constructor(private readonly providers: ServiceProvidersService) {}

  @Get()
  list(
    @CurrentUser() user: AuthenticatedUser,
    @Query({ schema: ServiceProviderQuerySchema }) query: ServiceProviderQuery,
  ) {
    return this.providers.list(user, query);
  }

  @Get(':id')
  get(@Param({ schema: IdParams }) { id }: IdParams, @CurrentUser() user: AuthenticatedUser) {
    return this.providers.get(user, id);
  }

  @Post()
  create(
    @CurrentUser() user: AuthenticatedUser,
    @Body({ schema: CreateServiceProviderSchema }) body: CreateServiceProviderInput,
  ) {
    return this.providers.create(user, body);
  }

  @Patch(':id')
  update(
    @Param({ schema: IdParams }) { id }: IdParams,
    @CurrentUser() user: AuthenticatedUser,
    @Body({ schema: UpdateServiceProviderSchema }) body: UpdateServiceProviderInput,
  ) {
    return this.providers.update(user, id, body);
  }
}
