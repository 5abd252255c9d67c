import { type MatchedNeedView } from '@linkage/contracts';
import { LIVE_OFFER_STATUSES, canSeeOrganisation } from '@linkage/domain';
import {
  CoalitionProposal,
  NeedDecline,
  Offer,
  OfferPart,
  Organisation,
  type SourcingNeed,
} from '@linkage/db';
import { type EntityManager, In } from 'typeorm';
import { type AuthenticatedUser } from '../auth/authenticated-user.js';
import { type OrganisationAccessService } from '../organisations/organisation-access.service.js';

export type GroupAnswer = Pick<MatchedNeedView, 'offer' | 'declinedFor' | 'coalition'>;

/**
 * How a producer group stands on each of the needs it matches: its live offer (its own, or a joint
 * offer it is part of), its decline, and the buyer's best coalition proposal when the group is in
 * it — with the partners this person may see by name (the visibility rule), the others counted.
 */
export async function groupAnswers(
  em: EntityManager,
  access: OrganisationAccessService,
  user: AuthenticatedUser,
  groupId: string,
  needs: readonly SourcingNeed[],
): Promise<Map<string, GroupAnswer>> {
  const answers = new Map<string, GroupAnswer>();
  if (needs.length === 0) return answers;
  const needIds = needs.map((n) => n.id);
  const parts = await em.findBy(OfferPart, { groupId });
  const [offers, declines, proposals] = await Promise.all([
    em.find(Offer, {
      where: [
        { needId: In(needIds), supplierId: groupId, status: In([...LIVE_OFFER_STATUSES]) },
        ...(parts.length
          ? [
              {
                needId: In(needIds),
                id: In(parts.map((p) => p.offerId)),
                status: In([...LIVE_OFFER_STATUSES]),
              },
            ]
          : []),
      ],
      relations: { supplier: true },
    }),
    em.findBy(NeedDecline, { needId: In(needIds), supplierId: groupId }),
    em.findBy(CoalitionProposal, { needId: In(needIds), role: 'BEST' }),
  ]);
  const partnerIds = [...new Set(proposals.flatMap((p) => p.allocations.map((a) => a.supplierId)))].filter(
    (id) => id !== groupId,
  );
  const partners = partnerIds.length ? await em.findBy(Organisation, { id: In(partnerIds) }) : [];
  const viewers = await access.viewersOf(user, partnerIds);
  const visible = new Map(
    partners.filter((o) => canSeeOrganisation(o, viewers.get(o.id))).map((o) => [o.id, o.legalName]),
  );
  for (const need of needs) {
    const offer = offers.find((o) => o.needId === need.id);
    const part = offer && parts.find((p) => p.offerId === offer.id);
    const proposal = proposals.find(
      (p) =>
        p.needId === need.id &&
        p.needVersion === need.version &&
        p.allocations.some((a) => a.supplierId === groupId),
    );
    const others = proposal?.allocations.filter((a) => a.supplierId !== groupId) ?? [];
    const own = proposal?.allocations.find((a) => a.supplierId === groupId);
    answers.set(need.id, {
      offer: offer
        ? {
            id: offer.id,
            status: offer.status,
            quantity: offer.quantity,
            ledBy: offer.supplierId === groupId ? null : offer.supplier!.legalName,
            awaitingYou:
              offer.status === 'AWAITING_PARTNERS' && part !== undefined && part.confirmedAt === null,
          }
        : null,
      declinedFor: declines.find((d) => d.needId === need.id)?.reason ?? null,
      coalition:
        proposal && others.length
          ? {
              proposalId: proposal.id,
              ownQuantity: own!.quantity,
              partners: others
                .filter((a) => visible.has(a.supplierId))
                .map((a) => ({
                  supplierId: a.supplierId,
                  supplierName: visible.get(a.supplierId)!,
                  quantity: a.quantity,
                })),
              hiddenPartners: others.filter((a) => !visible.has(a.supplierId)).length,
              months:
                proposal.schedule && own?.perPeriod
                  ? proposal.schedule.periods.map((p, t) => ({
                      month: p.month,
                      quantity: own.perPeriod![t] ?? 0,
                    }))
                  : null,
            }
          : null,
    });
  }
  return answers;
}
