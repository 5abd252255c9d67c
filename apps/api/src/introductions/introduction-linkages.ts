import { stageAfterIntroduction } from '@linkage/domain';
import { Linkage, LinkageEvent } from '@linkage/db';
import { type EntityManager } from 'typeorm';

export interface IntroducedPair {
  leadFirmId: string;
  groupId: string;
  programmeId: string;
  /** The event's words: which introduction, and the broker's note. */
  note: string;
  actorId: string | null;
}

/**
 * An accepted introduction starts the lead firm × group linkage at INTRODUCED, with the introducing
 * programme; one already in progress gets the introduction as an event at its stage; one that ended
 * starts again (`stageAfterIntroduction`). Returns the linkage's id.
 *
 * As with awards, the unique pair is taken with INSERT … ON CONFLICT DO NOTHING, so two introductions
 * of one pair accepted at once neither collide nor queue; the restart of an ended linkage is a
 * guarded UPDATE (only from the stage read), so a concurrent restart makes the second one a no-op.
 */
export async function startIntroducedLinkage(em: EntityManager, pair: IntroducedPair): Promise<string> {
  const inserted = await em
    .createQueryBuilder()
    .insert()
    .into(Linkage)
    .values({
      leadFirmId: pair.leadFirmId,
      supplierId: pair.groupId,
      stage: stageAfterIntroduction(undefined),
      programmeId: pair.programmeId,
    })
    .orIgnore()
    .returning(['id'])
    .execute();
  let linkage = await em.findOneByOrFail(Linkage, { leadFirmId: pair.leadFirmId, supplierId: pair.groupId });
  if ((inserted.raw as unknown[]).length === 0) {
    const stage = stageAfterIntroduction(linkage.stage);
    if (stage !== linkage.stage)
      await em.update(
        Linkage,
        { id: linkage.id, stage: linkage.stage },
        { stage, programmeId: pair.programmeId },
      );
    // The programme that introduced them follows the linkage from now on, unless another already does.
    else if (!linkage.programmeId)
      await em.update(Linkage, { id: linkage.id }, { programmeId: pair.programmeId });
    linkage = await em.findOneByOrFail(Linkage, { id: linkage.id });
  }
  await em.insert(LinkageEvent, {
    linkageId: linkage.id,
    stage: linkage.stage,
    note: pair.note,
    actorId: pair.actorId,
    awardId: null,
    startsOn: null,
    endsOn: null,
  });
  return linkage.id;
}
