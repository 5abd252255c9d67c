import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  CreateOrganisationSchema,
  type CreateOrganisationInput,
  UpdateGroupProfileSchema,
  type UpdateGroupProfileInput,
} from '@linkage/contracts';
import { CurrentUser, OptionalUser, Public } from '../auth/auth.decorators.js';
import { type AuthenticatedUser } from '../auth/authenticated-user.js';
import { IdParams } from '../common/id-params.js';
import { OrganisationsService } from './organisations.service.js';
import { ProfileService } from './profile.service.js';

@ApiTags('organisations')
@Controller('organisations')
export class OrganisationsController {
  constructor(
    private readonly organisations: OrganisationsService,
    private readonly profiles: ProfileService,
  ) {}

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

  /** Brokers and platform admins: every lead firm, those waiting for verification first (decision 0008). */
  @Get('lead-firms')
  leadFirms(@CurrentUser() user: AuthenticatedUser) {
    return this.organisations.listLeadFirms(user);
  }

  @Public()
  @Get(':id')
  profile(@Param({ schema: IdParams }) { id }: IdParams, @OptionalUser() user?: AuthenticatedUser) {
    return this.organisations.getProfile(id, user);
  }

  @Public()
  @Get(':id/profile')
  fullProfile(@Param({ schema: IdParams }) { id }: IdParams, @OptionalUser() user?: AuthenticatedUser) {
    return this.profiles.get(user, id);
  }

  @Patch(':id/profile')
  updateProfile(
    @Param({ schema: IdParams }) { id }: IdParams,
    @CurrentUser() user: AuthenticatedUser,
    @Body({ schema: UpdateGroupProfileSchema }) body: UpdateGroupProfileInput,
  ) {
    return this.profiles.update(user, id, body);
  }

  /** Brokers and platform admins only: the lead firm's staff then see the LEAD_FIRMS tier. */
  @Post(':id/verification')
  @HttpCode(200)
  verify(@Param({ schema: IdParams }) { id }: IdParams, @CurrentUser() user: AuthenticatedUser) {
    return this.organisations.setVerified(user, id, true);
  }

  @Delete(':id/verification')
  unverify(@Param({ schema: IdParams }) { id }: IdParams, @CurrentUser() user: AuthenticatedUser) {
    return this.organisations.setVerified(user, id, false);
  }

  @Get(':id/members')
  members(@Param({ schema: IdParams }) { id }: IdParams, @CurrentUser() user: AuthenticatedUser) {
    return this.organisations.listMembers(user, id);
  }
}
