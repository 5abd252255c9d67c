import { Body, Controller, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  SignInSchema,
  SignUpSchema,
  UpdateMeSchema,
  type MeView,
  type SignInInput,
  type SignUpInput,
  type UpdateMeInput,
  type UserView,
} from '@linkage/contracts';
import { OrganisationsService } from '../organisations/organisations.service.js';
import { AuthService, toUserView } from './auth.service.js';
import { CurrentUser, Public } from './auth.decorators.js';
import { type AuthenticatedUser } from './authenticated-user.js';
import { SessionsService } from './sessions.service.js';
import { RateLimited } from '../rate-limits/rate-limits.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
    private readonly organisations: OrganisationsService,
  ) {}

  @Public()
  @Post('sign-up')
  @RateLimited('signUp')
  signUp(@Body({ schema: SignUpSchema }) body: SignUpInput) {
    return this.auth.signUp(body);
  }

  @Public()
  @Post('sign-in')
  @RateLimited('signIn')
  @HttpCode(200)
  signIn(@Body({ schema: SignInSchema }) body: SignInInput) {
    return this.auth.signIn(body);
  }

  @Post('sign-out')
  @HttpCode(204)
  signOut(@CurrentUser() user: AuthenticatedUser) {
    return this.sessions.close(user.sessionId);
  }

  @Get('me')
  async me(@CurrentUser() user: AuthenticatedUser): Promise<MeView> {
    return {
      user: toUserView(user),
      organisations: await this.organisations.listMine(user.id),
      brokering: [...user.brokering],
    };
  }

  /** The person's own settings: `{ locale }` chooses the portal's and e-mails' language, null forgets it. */
  @Patch('me')
  updateMe(
    @CurrentUser() user: AuthenticatedUser,
    @Body({ schema: UpdateMeSchema }) body: UpdateMeInput,
  ): Promise<UserView> {
    return this.auth.updateMe(user.id, body);
  }
}
