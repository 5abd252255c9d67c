import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectRepository } from '@nestjs/typeorm';
import { AuthSession, type User } from '@linkage/db';
import { Repository } from 'typeorm';
import { type ApiEnv } from '../config/env.js';
import { type AuthenticatedUser } from './authenticated-user.js';
import { hashToken, newToken } from './tokens.js';

const RESOLVE_SESSION_SQL = `
  SELECT u.id, u.email, u.name, u.platform_role AS "platformRole", s.id AS "sessionId",
         ARRAY(SELECT DISTINCT o.kind FROM memberships AS m JOIN organisations AS o ON o.id = m.organisation_id
               WHERE m.user_id = u.id ORDER BY o.kind) AS "organisationKinds"
  FROM auth_sessions AS s JOIN users AS u ON u.id = s.user_id
  WHERE s.token_hash = $1 AND s.expires_at > now()`;

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

  /**
   * The caller behind a bearer token, or undefined if it is unknown or expired. One statement, as
   * it runs before every signed-in request: the session, its user and the kinds of organisation
   * the user belongs to (which decide the visibility tiers search and profiles apply).
   */
  async resolve(token: string): Promise<AuthenticatedUser | undefined> {
    const rows: AuthenticatedUser[] = await this.sessions.query(RESOLVE_SESSION_SQL, [hashToken(token)]);
    return rows[0];
  }

  async close(sessionId: string): Promise<void> {
    await this.sessions.delete({ id: sessionId });
  }
}
