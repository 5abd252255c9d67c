import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CreateOrganisationSchema, type CreateOrganisationInput } from '@linkage/contracts';
import { CurrentUser, OptionalUser, Public } from '../auth/auth.decorators.js';
import { type AuthenticatedUser } from '../auth/authenticated-user.js';
import { IdParams } from '../common/id-params.js';
import { OrganisationsService } from './organisations.service.js';

@ApiTags('organisations')
@Controller('organisations')
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Post()
  create(
    @CurrentUser() user: AuthenticatedUser,
    @Body({ schema: CreateOrganisationSchema }) body: CreateOrganisationInput,
  ) {
    return this.organisations.create(user, body);
  }

  @Get('mine')
  mine(@CurrentUser() user: AuthenticatedUser) {
    return this.organisations.listMine(user.id);
  }

  @Public()
  @Get(':id')
  profile(@Param({ schema: IdParams }) { id }: IdParams, @OptionalUser() user?: AuthenticatedUser) {
    return this.organisations.getProfile(id, user);
  }

  @Get(':id/members')
  members(@Param({ schema: IdParams }) { id }: IdParams, @CurrentUser() user: AuthenticatedUser) {
    return this.organisations.listMembers(user, id);
  }
}
