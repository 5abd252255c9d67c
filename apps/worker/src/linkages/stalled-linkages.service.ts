import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { NotificationKind, linkageStalledNotice } from '@linkage/contracts';
import { DEFAULT_LOCALE, type LinkageStage, type Locale, addDays, isStalled } from '@linkage/domain';
import { notifyOrganisationOnce } from '@linkage/db';
import { DataSource } from 'typeorm';
import { type WorkerEnv } from '../config/env.js';

interface StalledRow {
  id: string;
  stage: LinkageStage;
  lead_firm_id: string;
  supplier_id: string;
  programme_id: string | null;
  lead_firm_name: string;
  supplier_name: string;
  last_event_on: string;
}

/**
 * The stalled-linkage scan (issue 15): a linkage in progress whose latest step (an event or a
 * delivery) is older than the
 * stalled period (`isStalled`, LINKAGE_STALLED_DAYS) is announced to both its parties and to the
 * staff of the programme that introduced it (its brokers) — once per
 * quiet spell: the notification's key names the day of the latest step, so the next step starts a
 * new spell and a second scan of the same spell tells nobody.
 */
@Injectable()
export class StalledLinkagesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: ConfigService<WorkerEnv, true>,
  ) {}

  async scan(today: string): Promise<{ stalled: number; told: number }> {
    const afterDays = this.config.get('LINKAGE_STALLED_DAYS', { infer: true });
    const web = this.config.get('WEB_URL', { infer: true });
    const rows: StalledRow[] = await this.dataSource.query(
      `SELECT l.id, l.stage, l.lead_firm_id, l.supplier_id, l.programme_id, f.legal_name AS lead_firm_name, s.legal_name AS supplier_name,
              e.last_event_on
         FROM linkages l
         JOIN organisations f ON f.id = l.lead_firm_id
         JOIN organisations s ON s.id = l.supplier_id
         -- A delivery counts as a step: a linkage delivering every month is not stalled.
         JOIN LATERAL (SELECT greatest((SELECT max(occurred_on) FROM linkage_events WHERE linkage_id = l.id),
                                       (SELECT max(delivered_on) FROM deliveries WHERE linkage_id = l.id))::text AS last_event_on) e ON TRUE
        WHERE l.stage NOT IN ('ENDED', 'PHASED_OUT') AND e.last_event_on < $1`,
      [addDays(today, -afterDays)],
    );
    let told = 0;
    const stalled = rows.filter((r) =>
      isStalled({ stage: r.stage, lastEventOn: r.last_event_on }, today, afterDays),
    );
    for (const r of stalled) {
      // Each person reads it in their own language.
      const notice = (locale: Locale) =>
        linkageStalledNotice(
          {
            supplierName: r.supplier_name,
            leadFirmName: r.lead_firm_name,
            lastStepOn: r.last_event_on,
            stage: r.stage,
          },
          locale,
        );
      await this.dataSource.transaction(async (em) => {
        // Both parties, and the staff of the programme that introduced it: its broker follows it up.
        for (const organisationId of [r.lead_firm_id, r.supplier_id, ...(r.programme_id ? [r.programme_id] : [])])
          told += await notifyOrganisationOnce(em, organisationId, {
            kind: NotificationKind.LinkageStalled,
            ...notice(DEFAULT_LOCALE),
            localized: notice,
            link: `${web}/linkages/${r.id}`,
            dedupeKey: `${NotificationKind.LinkageStalled}:${r.id}:${r.last_event_on}`,
          });
      });
    }
    return { stalled: stalled.length, told };
  }
}
