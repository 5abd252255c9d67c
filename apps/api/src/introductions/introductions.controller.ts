import { Body, Controller, Get, Header, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  AnswerIntroductionSchema,
  type AnswerIntroductionInput,
  ConsentToIntroductionSchema,
  type ConsentToIntroductionInput,
  ProposeIntroductionSchema,
  type ProposeIntroductionInput,
  ScheduleMeetingSchema,
  type ScheduleMeetingInput,
} from '@linkage/contracts';
import { CurrentUser } from '../auth/auth.decorators.js';
import { type AuthenticatedUser } from '../auth/authenticated-user.js';
import { IdParams } from '../common/id-params.js';
import { IntroductionsService } from './introductions.service.js';
import { ICS_CONTENT_TYPE } from './meeting-invitation.js';

@ApiTags('introductions')
@Controller()
export class IntroductionsController {
  constructor(private readonly introductions: IntroductionsService) {}

  /** A programme's broker introduces one producer group, or a coalition, to the need's lead firm. */
  @Post('needs/:id/introductions')
  propose(
    @Param({ schema: IdParams }) { id }: IdParams,
    @CurrentUser() user: AuthenticatedUser,
    @Body({ schema: ProposeIntroductionSchema }) body: ProposeIntroductionInput,
  ) {
    return this.introductions.propose(user, id, body);
  }

  @Get('needs/:id/introductions')
  listForNeed(@Param({ schema: IdParams }) { id }: IdParams, @CurrentUser() user: AuthenticatedUser) {
    return this.introductions.listForNeed(user, id);
  }

  @Get('introductions')
  list(@CurrentUser() user: AuthenticatedUser) {
    return this.introductions.list(user);
  }

  @Get('introductions/:id')
  get(@Param({ schema: IdParams }) { id }: IdParams, @CurrentUser() user: AuthenticatedUser) {
    return this.introductions.get(user, id);
  }

  /** The meeting's invitation (.ics) at its current sequence. */
  @Get('introductions/:id/meeting.ics')
  @Header('Content-Type', ICS_CONTENT_TYPE)
  @Header('Content-Disposition', 'attachment; filename="introduction-meeting.ics"')
  invitation(@Param({ schema: IdParams }) { id }: IdParams, @CurrentUser() user: AuthenticatedUser) {
    return this.introductions.invitation(user, id);
  }

  @Post('introductions/:id/answer')
  @HttpCode(200)
  answer(
    @Param({ schema: IdParams }) { id }: IdParams,
    @CurrentUser() user: AuthenticatedUser,
    @Body({ schema: AnswerIntroductionSchema }) body: AnswerIntroductionInput,
  ) {
    return this.introductions.answer(user, id, body);
  }

  @Post('introductions/:id/consent')
  @HttpCode(200)
  consent(
    @Param({ schema: IdParams }) { id }: IdParams,
    @CurrentUser() user: AuthenticatedUser,
    @Body({ schema: ConsentToIntroductionSchema }) body: ConsentToIntroductionInput,
  ) {
    return this.introductions.consent(user, id, body);
  }

  @Post('introductions/:id/withdraw')
  @HttpCode(200)
  withdraw(@Param({ schema: IdParams }) { id }: IdParams, @CurrentUser() user: AuthenticatedUser) {
    return this.introductions.withdraw(user, id);
  }

  @Put('introductions/:id/meeting')
  scheduleMeeting(
    @Param({ schema: IdParams }) { id }: IdParams,
    @CurrentUser() user: AuthenticatedUser,
    @Body({ schema: ScheduleMeetingSchema }) body: ScheduleMeetingInput,
  ) {
    return this.introductions.scheduleMeeting(user, id, body);
  }
}
