import { type OrganisationViewer, canBrokerReadNeed } from '@linkage/domain';
import { Organisation, type SourcingNeed } from '@linkage/db';
import { type EntityManager } from 'typeorm';
import { type AuthenticatedUser } from '../auth/authenticated-user.js';
import { DomainError, DomainErrorCode, forbidden, notFound } from '../common/domain-error.js';

/**
 * The programme making an introduction: the one named, or the caller's only programme that may
 * read the need. A person who reads the need without being its broker (its lead firm's staff)
 * gets a 403; a programme that may not read the need finds no such need (404).
 */
export async function introducingProgramme(
  em: EntityManager,
  user: AuthenticatedUser,
  need: SourcingNeed,
  programmeId: string | undefined,
): Promise<Organisation> {
  const organisations = em.getRepository(Organisation);
  const mine = await organisations
    .createQueryBuilder('o')
    .innerJoin('memberships', 'm', 'm.organisation_id = o.id AND m.user_id = :userId', { userId: user.id })
    .where(`o.kind = 'PROGRAMME'`)
    .orderBy('o.legalName', 'ASC')
    .getMany();
  let candidates = programmeId ? mine.filter((p) => p.id === programmeId) : mine;
  if (programmeId && candidates.length === 0 && user.platformRole === 'ADMIN') {
    const named = await organisations.findOneBy({ id: programmeId, kind: 'PROGRAMME' });
    if (!named)
      throw new DomainError(DomainErrorCode.NotFound, 'Programme not found', {
        programmeId: 'No such programme',
      });
    candidates = [named];
  }
  if (candidates.length === 0)
    throw forbidden(
      programmeId
        ? 'You introduce only for a programme you work for'
        : 'Only a programme’s brokers introduce suppliers to a lead firm',
    );
  const able: Organisation[] = [];
  for (const p of candidates)
    if (canBrokerReadNeed(need, await programmeViewer(em, user, p.id))) able.push(p);
  if (able.length === 0) throw notFound('Sourcing need');
  if (able.length > 1)
    throw new DomainError(DomainErrorCode.InvalidInput, 'Say which programme makes the introduction', {
      programmeId: 'Choose the programme making this introduction',
    });
  return able[0]!;
}

/** The caller as a broker of one programme: their own sight, and that programme's enrolments only. */
export async function programmeViewer(
  em: EntityManager,
  user: AuthenticatedUser,
  programmeId: string,
): Promise<OrganisationViewer> {
  const rows: Array<{ organisation_id: string }> = await em.query(
    `SELECT organisation_id FROM programme_enrolments WHERE programme_id = $1`,
    [programmeId],
  );
  return {
    platformRole: user.platformRole,
    verifiedLeadFirm: user.verifiedLeadFirm,
    memberOf: user.memberOf,
    programmeStaff: true,
    brokering: new Set(rows.map((r) => r.organisation_id)),
  };
}
