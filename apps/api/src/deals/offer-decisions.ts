import { NotificationKind } from '@linkage/contracts';
import { OPEN_OFFER_STATUSES } from '@linkage/domain';
import { Offer, type SourcingNeed, notifyOrganisationOnce } from '@linkage/db';
import { type EntityManager, In } from 'typeorm';

/**
 * Declines every offer on the need still in the running and tells each group why, in the caller's
 * transaction: when the need is awarded to others, or cancelled. Returns how many were declined.
 */
export async function declineOpenOffers(
  em: EntityManager,
  need: SourcingNeed,
  why: 'AWARDED_TO_OTHERS' | 'NEED_CANCELLED',
  webUrl: string,
): Promise<number> {
  // Joint offers still waiting for partners go too: the need no longer takes them.
  const open = await em.find(Offer, {
    where: { needId: need.id, status: In([...OPEN_OFFER_STATUSES, 'AWAITING_PARTNERS']) },
  });
  if (open.length === 0) return 0;
  await em.update(Offer, { id: In(open.map((o) => o.id)) }, { status: 'DECLINED', decidedAt: new Date() });
  for (const offer of open)
    await notifyOrganisationOnce(em, offer.supplierId, {
      kind: NotificationKind.OfferDeclined,
      title: `Your offer was not taken: ${need.title}`,
      body:
        why === 'AWARDED_TO_OTHERS'
          ? `The buyer awarded "${need.title}" to other suppliers. Your offer is declined; thank you for answering.`
          : `The buyer cancelled "${need.title}". Your offer is declined.`,
      link: `${webUrl}/organisations/${offer.supplierId}/offers`,
      dedupeKey: `${NotificationKind.OfferDeclined}:${offer.id}`,
    });
  return open.length;
}
