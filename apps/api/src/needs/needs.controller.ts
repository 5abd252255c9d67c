import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  ChangeMatchStatusSchema,
  type ChangeMatchStatusInput,
  ChangeNeedStatusSchema,
  type ChangeNeedStatusInput,
  CreateSourcingNeedSchema,
  type CreateSourcingNeedInput,
  InviteSuppliersSchema,
  type InviteSuppliersInput,
  MatchesPageQuerySchema,
  type MatchesPageQuery,
  UpdateSourcingNeedSchema,
  type UpdateSourcingNeedInput,
  uuidField,
} from '@linkage/contracts';
import { z } from 'zod';
import { type Locale } from '@linkage/domain';
import { CurrentUser, OptionalUser, Public, ReaderLocale } from '../auth/auth.decorators.js';
import { type AuthenticatedUser } from '../auth/authenticated-user.js';
import { IdParams } from '../common/id-params.js';
import { NeedInvitationsService } from './need-invitations.service.js';
import { NeedResultsService } from './need-results.service.js';
import { NeedsService } from './needs.service.js';
import { OpenNeedsService } from './open-needs.service.js';

const MatchParams = z.object({ id: uuidField, matchId: uuidField });
type MatchParams = z.infer<typeof MatchParams>;

@ApiTags('sourcing needs')
@Controller()
export class NeedsController {
  constructor(
    private readonly needs: NeedsService,
    private readonly results: NeedResultsService,
    private readonly invitations: NeedInvitationsService,
    private readonly openNeeds: OpenNeedsService,
  ) {}

  /** What a need asks for, to whoever may find it in search (signed in or not). */
  @Public()
  @Get('needs/:id/open')
  open(@Param({ schema: IdParams }) { id }: IdParams, @OptionalUser() user?: AuthenticatedUser) {
    return this.openNeeds.get(user, id);
  }

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

  @Get('organisations/:id/matched-needs')
  matchedNeeds(
    @Param({ schema: IdParams }) { id }: IdParams,
    @CurrentUser() user: AuthenticatedUser,
    @ReaderLocale() locale: Locale,
  ) {
    return this.needs.matchedNeedsOf(user, id, locale);
  }

  @Get('needs/:id')
  get(@Param({ schema: IdParams }) { id }: IdParams, @CurrentUser() user: AuthenticatedUser) {
    return this.needs.get(user, id);
  }

  @Patch('needs/:id')
  update(
    @Param({ schema: IdParams }) { id }: IdParams,
    @CurrentUser() user: AuthenticatedUser,
    @Body({ schema: UpdateSourcingNeedSchema }) body: UpdateSourcingNeedInput,
  ) {
    return this.needs.update(user, id, body);
  }

  @Post('needs/:id/status')
  @HttpCode(200)
  changeStatus(
    @Param({ schema: IdParams }) { id }: IdParams,
    @CurrentUser() user: AuthenticatedUser,
    @Body({ schema: ChangeNeedStatusSchema }) body: ChangeNeedStatusInput,
  ) {
    return this.needs.changeStatus(user, id, body);
  }

  @Get('needs/:id/matches')
  matches(
    @Param({ schema: IdParams }) { id }: IdParams,
    @CurrentUser() user: AuthenticatedUser,
    @Query({ schema: MatchesPageQuerySchema }) query: MatchesPageQuery,
    @ReaderLocale() locale: Locale,
  ) {
    return this.results.matchesOf(user, id, query, locale);
  }

  /** The "why not": suppliers of the product that cannot serve the need, with every reason, best first. */
  @Get('needs/:id/exclusions')
  exclusions(
    @Param({ schema: IdParams }) { id }: IdParams,
    @CurrentUser() user: AuthenticatedUser,
    @Query({ schema: MatchesPageQuerySchema }) query: MatchesPageQuery,
    @ReaderLocale() locale: Locale,
  ) {
    return this.results.exclusionsOf(user, id, query, locale);
  }

  @Post('needs/:id/matches/:matchId/status')
  @HttpCode(200)
  changeMatchStatus(
    @Param({ schema: MatchParams }) { id, matchId }: MatchParams,
    @CurrentUser() user: AuthenticatedUser,
    @Body({ schema: ChangeMatchStatusSchema }) body: ChangeMatchStatusInput,
    @ReaderLocale() locale: Locale,
  ) {
    return this.needs.changeMatchStatus(user, id, matchId, body, locale);
  }

  /** The lead firm invites some of its ranked matches, or a coalition proposal's members, to offer. */
  @Post('needs/:id/invitations')
  @HttpCode(200)
  invite(
    @Param({ schema: IdParams }) { id }: IdParams,
    @CurrentUser() user: AuthenticatedUser,
    @Body({ schema: InviteSuppliersSchema }) body: InviteSuppliersInput,
  ) {
    return this.invitations.invite(user, id, body);
  }

  @Get('needs/:id/coalitions')
  coalitions(
    @Param({ schema: IdParams }) { id }: IdParams,
    @CurrentUser() user: AuthenticatedUser,
    @ReaderLocale() locale: Locale,
  ) {
    return this.results.coalitionsOf(user, id, locale);
  }
}
