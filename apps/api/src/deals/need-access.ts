import { Match, type SourcingNeed } from '@linkage/db';
import { type EntityManager } from 'typeorm';
import { notFound } from '../common/domain-error.js';

/**
 * A producer group may answer (offer, decline, ask about) only a need it may read: one its current
 * matching ranks it on (not excluded), public or naming it by invitation. To any other group the
 * need does not exist (404).
 */
export async function requireAnswerable(
  em: EntityManager,
  need: SourcingNeed,
  groupId: string,
): Promise<Match> {
  const match = await em
    .getRepository(Match)
    .createQueryBuilder('m')
    .where('m.needId = :needId AND m.supplierId = :groupId', { needId: need.id, groupId })
    .andWhere(`m.eligibility <> 'EXCLUDED'`)
    .andWhere(`(:visibility = 'PUBLIC' OR m.status = 'INVITED')`, { visibility: need.visibility })
    .getOne();
  if (!match) throw notFound('Sourcing need');
  return match;
}
