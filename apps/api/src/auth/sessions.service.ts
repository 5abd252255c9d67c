import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectRepository } from '@nestjs/typeorm';
import { AuthSession, type User } from '@linkage/db';
import { MoreThan, Repository } from 'typeorm';
import { type ApiEnv } from '../config/env.js';
import { type AuthenticatedUser } from './authenticated-user.js';
import { hashToken, newToken } from './tokens.js';

@Injectable()
export class SessionsService {
  constructor(
    @InjectRepository(AuthSession) private readonly sessions: Repository<AuthSession>,
    private readonly config: ConfigService<ApiEnv, true>,
  ) {}

  async open(user: User): Promise<{ token: string; expiresAt: Date }> {
    const token = newToken();
    const expiresAt = new Date(
      Date.now() + this.config.get('SESSION_TTL_DAYS', { infer: true }) * 86_400_000,
    );
    await this.sessions.insert({ userId: user.id, tokenHash: hashToken(token), expiresAt });
    return { token, expiresAt };
  }

  async resolve(token: string): Promise<AuthenticatedUser | undefined> {
    const session = await this.sessions.findOne({
      where: { tokenHash: hashToken(token), expiresAt: MoreThan(new Date()) },
      relations: { user: true },
    });
    if (!session?.user) return undefined;
    const { id, email, name, platformRole } = session.user;
    return { id, email, name, platformRole, sessionId: session.id };
  }

  async close(sessionId: string): Promise<void> {
    await this.sessions.delete({ id: sessionId });
  }
}
