import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type CapacityLedgerView, type NeedOffersView } from '@linkage/contracts';
import { type LedgerMonth, addDays, committedInMonth, monthsFrom, offersUnsealed } from '@linkage/domain';
import { CapacityEntry, NeedDecline, reservedByLine, toLedgerEntry } from '@linkage/db';
import { DataSource } from 'typeorm';
import { type AuthenticatedUser } from '../auth/authenticated-user.js';
import { todayUtc } from '../certifications/certification-view.js';
import { NeedsService } from '../needs/needs.service.js';
import { OrganisationAccessService } from '../organisations/organisation-access.service.js';
import { producerNames } from './offer-lines.js';
import { OfferViews } from './offer-views.js';

/** How many months ahead the ledger shows from the current one. */
const LEDGER_MONTHS = 12;

/** The reads of the deal flow: a need's offers for its lead firm, and a group's capacity ledger. */
@Injectable()
export class LedgerService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: OrganisationAccessService,
    private readonly needs: NeedsService,
    private readonly views: OfferViews,
  ) {}

  /** The offers on a need, side by side; while sealed, only how many there are. Lead firm only. */
  async offersOf(user: AuthenticatedUser, needId: string): Promise<NeedOffersView> {
    const { need } = await this.needs.readable(user, needId);
    const sealed = !offersUnsealed(need, todayUtc());
    // A joint offer still gathering its partners' confirmations has not been submitted yet.
    const offers = (await this.views.ofNeed(needId, user)).filter((o) => o.status !== 'AWAITING_PARTNERS');
    const declines = await this.dataSource.getRepository(NeedDecline).find({
      where: { needId },
      relations: { supplier: true },
      order: { createdAt: 'ASC' },
    });
    return {
      needId,
      sealed,
      opensOn: need.sealOffers ? addDays(need.responseDeadline, 1) : null,
      count: offers.filter((o) => o.status !== 'WITHDRAWN').length,
      offers: sealed ? [] : offers,
      declines: declines.map((d) => ({
        supplierName: d.supplier!.legalName,
        reason: d.reason,
        note: d.note,
      })),
    };
  }

  /** A group's ledger: each capacity line month by month (committed, reserved, available), and what reserves it. */
  async ledgerOf(user: AuthenticatedUser, groupId: string): Promise<CapacityLedgerView> {
    await this.access.requireMember(user, groupId, { kind: 'PRODUCER_GROUP' });
    const em = this.dataSource.manager;
    const months = monthsFrom(todayUtc(), LEDGER_MONTHS);
    const entries = await em.find(CapacityEntry, {
      where: { organisationId: groupId },
      order: { productCode: 'ASC', id: 'ASC' },
    });
    const reserved = await reservedByLine(
      em,
      entries.map((e) => e.id),
    );
    const names = await producerNames(em, groupId, user);
    const reservations: Array<{
      award_id: string;
      need_title: string;
      lead_firm_name: string;
      line_id: string;
      month: string;
      quantity: string;
    }> = await em.query(
      `SELECT r.award_id, n.title AS need_title, f.legal_name AS lead_firm_name, r.capacity_entry_id AS line_id,
              r.month, r.quantity
         FROM capacity_reservations r
         JOIN capacity_entries c ON c.id = r.capacity_entry_id
         JOIN awards a ON a.id = r.award_id
         JOIN sourcing_needs n ON n.id = a.need_id
         JOIN organisations f ON f.id = n.lead_firm_id
        WHERE c.organisation_id = $1 AND r.released_at IS NULL
        ORDER BY r.month, n.title`,
      [groupId],
    );
    return {
      organisationId: groupId,
      months,
      lines: entries.map((e) => {
        const line = toLedgerEntry(e);
        const byMonth = reserved.get(e.id) ?? new Map<LedgerMonth, number>();
        return {
          lineId: e.id,
          memberId: e.memberId,
          producerName: names(e.memberId),
          productCode: e.productCode.trim(),
          productLabel: e.productLabel,
          unit: e.unit,
          months: months.map((month) => {
            const committed = committedInMonth(line, month);
            const held = byMonth.get(month) ?? 0;
            return { month, committed, reserved: held, available: Math.max(0, committed - held) };
          }),
        };
      }),
      reservations: reservations.map((r) => ({
        awardId: r.award_id,
        needTitle: r.need_title,
        leadFirmName: r.lead_firm_name,
        lineId: r.line_id,
        month: r.month,
        quantity: Number(r.quantity),
      })),
    };
  }
}
