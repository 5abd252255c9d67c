import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  CreateCatalogueItemSchema,
  type CreateCatalogueItemInput,
  PublishCatalogueItemSchema,
  type PublishCatalogueItemInput,
  UpdateCatalogueItemSchema,
  type UpdateCatalogueItemInput,
} from '@linkage/contracts';
import { CurrentUser, OptionalUser, Public } from '../auth/auth.decorators.js';
import { type AuthenticatedUser } from '../auth/authenticated-user.js';
import { IdParams } from '../common/id-params.js';
import { CatalogueService } from './catalogue.service.js';

@ApiTags('catalogue')
@Controller()
export class CatalogueController {
  constructor(private readonly catalogue: CatalogueService) {}

  @Public()
  @Get('organisations/:id/catalogue')
  list(@Param({ schema: IdParams }) { id }: IdParams, @OptionalUser() user?: AuthenticatedUser) {
    return this.catalogue.list(user, id);
  }

  @Post('organisations/:id/catalogue')
  create(
    @Param({ schema: IdParams }) { id }: IdParams,
    @CurrentUser() user: AuthenticatedUser,
    @Body({ schema: CreateCatalogueItemSchema }) body: CreateCatalogueItemInput,
  ) {
    return this.catalogue.create(user, id, body);
  }

  @Public()
  @Get('catalogue-items/:id')
  get(@Param({ schema: IdParams }) { id }: IdParams, @OptionalUser() user?: AuthenticatedUser) {
    return this.catalogue.get(user, id);
  }

  @Patch('catalogue-items/:id')
  update(
    @Param({ schema: IdParams }) { id }: IdParams,
    @CurrentUser() user: AuthenticatedUser,
    @Body({ schema: UpdateCatalogueItemSchema }) body: UpdateCatalogueItemInput,
  ) {
    return this.catalogue.update(user, id, body);
  }

  @Put('catalogue-items/:id/published')
  publish(
    @Param({ schema: IdParams }) { id }: IdParams,
    @CurrentUser() user: AuthenticatedUser,
    @Body({ schema: PublishCatalogueItemSchema }) body: PublishCatalogueItemInput,
  ) {
    return this.catalogue.setPublished(user, id, body.published);
  }

  @Delete('catalogue-items/:id')
  @HttpCode(204)
  remove(@Param({ schema: IdParams }) { id }: IdParams, @CurrentUser() user: AuthenticatedUser) {
    return this.catalogue.remove(user, id);
  }
}
