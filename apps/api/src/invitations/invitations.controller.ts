import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  AcceptInvitationSchema,
  type AcceptInvitationInput,
  InviteMemberSchema,
  type InviteMemberInput,
} from '@linkage/contracts';
import { z } from 'zod';
import { CurrentUser, Public } from '../auth/auth.decorators.js';
import { type AuthenticatedUser } from '../auth/authenticated-user.js';
import { IdParams, NestedIdParams } from '../common/id-params.js';
import { InvitationsService } from './invitations.service.js';
import { RateLimited } from '../rate-limits/rate-limits.js';

const TokenParams = AcceptInvitationSchema;

@ApiTags('invitations')
@Controller()
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Post('organisations/:id/invitations')
  @RateLimited('invitations')
  invite(
    @Param({ schema: IdParams }) { id }: IdParams,
    @CurrentUser() user: AuthenticatedUser,
    @Body({ schema: InviteMemberSchema }) body: InviteMemberInput,
  ) {
    return this.invitations.invite(user, id, body);
  }

  @Get('organisations/:id/invitations')
  list(@Param({ schema: IdParams }) { id }: IdParams, @CurrentUser() user: AuthenticatedUser) {
    return this.invitations.list(user, id);
  }

  /** Withdraws a pending invitation: its link stops working (the e-mail cannot be unsent). */
  @Post('organisations/:id/invitations/:itemId/revoke')
  @HttpCode(200)
  revoke(@Param({ schema: NestedIdParams }) { id, itemId }: NestedIdParams, @CurrentUser() user: AuthenticatedUser) {
    return this.invitations.revoke(user, id, itemId);
  }

  @Public()
  @Get('invitations/:token')
  preview(@Param({ schema: TokenParams }) { token }: z.infer<typeof TokenParams>) {
    return this.invitations.preview(token);
  }

  @Post('invitations/accept')
  @HttpCode(200)
  accept(
    @CurrentUser() user: AuthenticatedUser,
    @Body({ schema: AcceptInvitationSchema }) body: AcceptInvitationInput,
  ) {
    return this.invitations.accept(user, body.token);
  }
}
