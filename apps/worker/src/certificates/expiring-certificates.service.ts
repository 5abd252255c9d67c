import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { NotificationKind, certificateExpiringNotice } from '@linkage/contracts';
import { DEFAULT_LOCALE, EXPIRING_WITHIN_DAYS, type Locale, addDays } from '@linkage/domain';
import { notifyOnce } from '@linkage/db';
import { DataSource } from 'typeorm';
import { type WorkerEnv } from '../config/env.js';

/** Certificates handled per transaction: a long backlog is worked through in bounded batches. */
const BATCH = 200;

interface DueCertificate {
  id: string;
  organisation_id: string;
  /** The member enterprise's organisation, for a member's certificate. */
  member_organisation_id: string | null;
  organisation_name: string;
  holder_name: string;
  standard_name: string;
  valid_until: string;
}

/**
 * Tells the people of an organisation, once, that one of its certificates has entered the expiring
 * window (DESIGN flow 3). "Once" holds three ways: a certificate is picked only while its
 * `expiring_notified_at` is empty and is stamped in the same transaction; rows are claimed with
 * FOR UPDATE SKIP LOCKED so two workers never take the same one; and each notification has a unique
 * dedupe key (certificate, end date, user), so even a replay inserts nothing twice. An e-mail goes
 * through the outbox for each notification actually created.
 */
@Injectable()
export class ExpiringCertificatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: ConfigService<WorkerEnv, true>,
  ) {}

  /** Returns how many certificates were flagged and how many notifications were created. */
  async scan(today: string): Promise<{ certificates: number; notifications: number }> {
    const totals = { certificates: 0, notifications: 0 };
    for (;;) {
      const batch = await this.scanBatch(today);
      totals.certificates += batch.certificates;
      totals.notifications += batch.notifications;
      if (batch.certificates < BATCH) return totals;
    }
  }

  private scanBatch(today: string) {
    const webUrl = this.config.get('WEB_URL', { infer: true });
    return this.dataSource.transaction(async (em) => {
      const due: DueCertificate[] = await em.query(
        `SELECT c.id, c.organisation_id, gm.member_organisation_id, o.legal_name AS organisation_name,
                coalesce(mo.legal_name, o.legal_name) AS holder_name, s.name AS standard_name,
                to_char(c.valid_until, 'YYYY-MM-DD') AS valid_until
           FROM certifications c
           JOIN organisations o ON o.id = c.organisation_id
           JOIN standards s ON s.id = c.standard_id
           LEFT JOIN group_members gm ON gm.id = c.member_id
           LEFT JOIN organisations mo ON mo.id = gm.member_organisation_id
          WHERE c.expiring_notified_at IS NULL AND c.valid_until BETWEEN $1 AND $2
          ORDER BY c.valid_until
          LIMIT ${BATCH}
          FOR UPDATE OF c SKIP LOCKED`,
        [today, addDays(today, EXPIRING_WITHIN_DAYS)],
      );
      let notifications = 0;
      for (const c of due) {
        // The organisation's people and, for a member's certificate, the member enterprise's own.
        const recipients: Array<{ id: string; email: string; locale: Locale | null }> = await em.query(
          `SELECT DISTINCT u.id, u.email, u.locale FROM memberships m JOIN users u ON u.id = m.user_id
            WHERE m.organisation_id = ANY($1::uuid[])`,
          [[c.organisation_id, c.member_organisation_id].filter((id) => id !== null)],
        );
        const link = `${webUrl}/organisations/${c.organisation_id}`;
        // Each person reads it in their own language.
        const notice = (locale: Locale) =>
          certificateExpiringNotice(
            { standardName: c.standard_name, holderName: c.holder_name, validUntil: c.valid_until },
            locale,
          );
        for (const user of recipients) {
          const told = await notifyOnce(em, {
            user,
            kind: NotificationKind.CertificateExpiring,
            ...notice(DEFAULT_LOCALE),
            localized: notice,
            link,
            dedupeKey: `${NotificationKind.CertificateExpiring}:${c.id}:${c.valid_until}:${user.id}`,
          });
          if (told) notifications++;
        }
      }
      if (due.length) {
        await em.query(`UPDATE certifications SET expiring_notified_at = now() WHERE id = ANY($1)`, [
          due.map((c) => c.id),
        ]);
      }
      return { certificates: due.length, notifications };
    });
  }
}
