import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectRepository } from '@nestjs/typeorm';
import { AuthSession, type User } from '@linkage/db';
import { Repository } from 'typeorm';
import { type ApiEnv } from '../config/env.js';
import { type AuthenticatedUser, readerLocale } from './authenticated-user.js';
import { hashToken, newToken } from './tokens.js';

const RESOLVE_SESSION_SQL = `
  SELECT u.id, u.email, u.name, u.platform_role AS "platformRole", u.locale, s.id AS "sessionId",
         coalesce(mine.kinds, '{}') AS "organisationKinds", coalesce(mine.ids, '{}') AS "memberOf",
         coalesce(mine.verified_lead_firm, false) AS "verifiedLeadFirm",
         coalesce(mine.programme_staff, false) AS "programmeStaff",
         coalesce(enrolled.ids, '{}') AS "brokering"
  FROM auth_sessions AS s JOIN users AS u ON u.id = s.user_id
  LEFT JOIN LATERAL (
    SELECT array_agg(DISTINCT o.kind ORDER BY o.kind) AS kinds, array_agg(o.id::text) AS ids,
           bool_or(o.kind = 'LEAD_FIRM' AND o.verified_at IS NOT NULL) AS verified_lead_firm,
           bool_or(o.kind = 'PROGRAMME') AS programme_staff
    FROM memberships AS m JOIN organisations AS o ON o.id = m.organisation_id
    WHERE m.user_id = u.id
  ) AS mine ON true
  LEFT JOIN LATERAL (
    SELECT array_agg(DISTINCT e.organisation_id::text) AS ids
    FROM memberships AS m JOIN programme_enrolments AS e ON e.programme_id = m.organisation_id
    WHERE m.user_id = u.id
  ) AS enrolled ON mine.programme_staff
  WHERE s.token_hash = $1 AND s.expires_at > now()`;

type SessionRow = Omit<AuthenticatedUser, 'memberOf' | 'brokering' | 'readerLocale'> & {
  memberOf: string[];
  brokering: string[];
};

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
   * it runs before every signed-in request: the session, its user, the organisations the user
   * belongs to, whether one of them is a verified lead firm or a programme, and the organisations
   * enrolled in the user's programmes (which decide what the visibility rule shows). Nothing is cached, so a verification or membership counts from the next request.
   */
  async resolve(token: string, acceptLanguage?: string): Promise<AuthenticatedUser | undefined> {
    const [row]: SessionRow[] = await this.sessions.query(RESOLVE_SESSION_SQL, [hashToken(token)]);
    return (
      row && {
        ...row,
        memberOf: new Set(row.memberOf),
        brokering: new Set(row.brokering),
        readerLocale: readerLocale(acceptLanguage, row.locale),
      }
    );
  }

  async close(sessionId: string): Promise<void> {
    await this.sessions.delete({ id: sessionId });
  }
}
