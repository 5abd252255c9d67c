import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type OpenNeedView } from '@linkage/contracts';
import { MATCHABLE_NEED_STATUSES, canBrokerReadNeed, canSeeOrganisation } from '@linkage/domain';
import { Match, NeedRequirement, SourcingNeed } from '@linkage/db';
import { DataSource, In, Not } from 'typeorm';
import { type AuthenticatedUser } from '../auth/authenticated-user.js';
import { notFound } from '../common/domain-error.js';
import { scheduleView } from './need-views.js';

/**
 * A need as search shows it to whoever may find it (issue 19: a need hit opens the need). Who may:
 * anyone for a PUBLIC need taking answers; its lead firm's people; the brokers the domain lets read
 * it; a group it invited. To anyone else it does not exist (404).
 */
@Injectable()
export class OpenNeedsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async get(user: AuthenticatedUser | undefined, needId: string): Promise<OpenNeedView> {
    const em = this.dataSource.manager;
    const need = await em.findOne(SourcingNeed, { where: { id: needId }, relations: { leadFirm: true } });
    if (!need?.leadFirm) throw notFound('Sourcing need');
    const ownGroups = user ? [...user.memberOf].filter((id) => id !== need.leadFirmId) : [];
    const matches = ownGroups.length
      ? await em.find(Match, {
          where: {
            needId,
            needVersion: need.version,
            supplierId: In(ownGroups),
            eligibility: Not('EXCLUDED'),
          },
          relations: { supplier: true },
        })
      : [];
    const runsIt = !!user?.memberOf.has(need.leadFirmId);
    const brokers = canBrokerReadNeed(need, user);
    const invited = matches.some((m) => m.status === 'INVITED');
    const open = need.visibility === 'PUBLIC' && MATCHABLE_NEED_STATUSES.includes(need.status);
    if (!open && !runsIt && !brokers && !invited) throw notFound('Sourcing need');
    const requirements = await em.find(NeedRequirement, { where: { needId }, order: { position: 'ASC' } });
    return {
      id: need.id,
      title: need.title,
      description: need.description,
      leadFirm: canSeeOrganisation(need.leadFirm, user)
        ? { id: need.leadFirm.id, name: need.leadFirm.legalName }
        : null,
      productCode: need.productCode,
      quantity: need.quantity,
      unit: need.unit,
      period: need.period,
      schedule: scheduleView(need),
      responseDeadline: need.responseDeadline,
      deliveryCountry: need.deliveryCountry.trim(),
      requirements: requirements.map((r) => ({
        standardCode: r.standardCode,
        level: r.level,
        mustHoldNow: r.mustHoldNow,
        obtainBy: r.obtainBy,
      })),
      yourGroups: matches.map((m) => ({
        id: m.supplierId,
        name: m.supplier!.legalName,
        eligibility: m.eligibility as Exclude<typeof m.eligibility, 'EXCLUDED'>,
      })),
      canOpenFull: runsIt || brokers,
    };
  }
}
