import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  type SessionView,
  type SignInInput,
  type SignUpInput,
  type UpdateMeInput,
  type UserView,
} from '@linkage/contracts';
import { User } from '@linkage/db';
import argon2 from 'argon2';
import { QueryFailedError, Repository } from 'typeorm';
import { DomainError, DomainErrorCode } from '../common/domain-error.js';
import { SessionsService } from './sessions.service.js';
import { weakPasswordReason } from './password-strength.js';
import { SignInBackoff } from './sign-in-backoff.js';

/** Verifying against this hash when the e-mail is unknown keeps sign-in timing from revealing which e-mails exist. */
const DUMMY_HASH = await argon2.hash('not-a-real-password');

export const toUserView = (u: Pick<User, 'id' | 'name' | 'email' | 'platformRole' | 'locale'>): UserView => ({
  id: u.id,
  name: u.name,
  email: u.email,
  platformRole: u.platformRole,
  locale: u.locale,
});

@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly sessions: SessionsService,
    private readonly backoff: SignInBackoff,
  ) {}

  async signUp(input: SignUpInput): Promise<SessionView> {
    const weak = weakPasswordReason(input.password, input);
    if (weak)
      throw new DomainError(DomainErrorCode.InvalidInput, 'The password is too easy to guess', {
        password: weak,
      });
    const passwordHash = await argon2.hash(input.password, { type: argon2.argon2id });
    let user: User;
    try {
      user = await this.users.save(
        this.users.create({ email: input.email, name: input.name, passwordHash, platformRole: null }),
      );
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') {
        throw new DomainError(DomainErrorCode.EmailTaken, 'An account with this e-mail already exists', {
          email: 'An account with this e-mail already exists; sign in instead',
        });
      }
      throw error;
    }
    return this.sessionFor(user);
  }

  async signIn(input: SignInInput): Promise<SessionView> {
    await this.backoff.assertMayTry(input.email);
    const user = await this.users.findOneBy({ email: input.email });
    const valid = await argon2.verify(user?.passwordHash ?? DUMMY_HASH, input.password);
    if (!user || !valid) {
      // Unknown e-mails back off too, so the answer does not tell which accounts exist.
      await this.backoff.recordFailure(input.email);
      throw new DomainError(DomainErrorCode.InvalidCredentials, 'Wrong e-mail or password', {
        password: 'Wrong e-mail or password',
      });
    }
    await this.backoff.recordSuccess(input.email);
    return this.sessionFor(user);
  }

  /** Saves what the person changed about themselves (their language) and answers the person as now stored. */
  async updateMe(userId: string, input: UpdateMeInput): Promise<UserView> {
    if (input.locale !== undefined) await this.users.update({ id: userId }, { locale: input.locale });
    return toUserView(await this.users.findOneByOrFail({ id: userId }));
  }

  private async sessionFor(user: User): Promise<SessionView> {
    const { token, expiresAt } = await this.sessions.open(user);
    return { token, expiresAt: expiresAt.toISOString(), user: toUserView(user) };
  }
}
