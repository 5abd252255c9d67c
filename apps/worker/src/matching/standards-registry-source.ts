import { type StandardSnapshot } from '@linkage/contracts';
import { type StandardDefinition } from '@linkage/domain';
import { type SqlRunner } from './candidate-source.js';

/** A stored registry entry as the domain reads it (the domain marks only umbrellas, with `true`). */
export function toStandardDefinition(s: StandardSnapshot): StandardDefinition {
  return {
    code: s.code,
    name: s.name,
    kind: s.kind,
    coversGroupMembers: s.coversGroupMembers,
    typicalMonthsToCertify: s.typicalMonthsToCertify,
    equivalentTo: s.equivalentTo,
    ...(s.umbrella ? { umbrella: true as const } : {}),
  };
}

/**
 * The standards registry as matching reads it: the `standards` table, which administrators edit.
 * Loaded once per matching job (about 40 rows, one scan), never cached across jobs, so there is
 * nothing to invalidate: a job sees every edit committed before it started, and an edit made while
 * it runs is followed by the re-match its `standards.changed` outbox event enqueues.
 */
export async function loadStandardsRegistry(db: SqlRunner): Promise<StandardDefinition[]> {
  const rows = await db.query<StandardSnapshot[]>(
    `SELECT code, name, kind, covers_group_members AS "coversGroupMembers",
            typical_months_to_certify AS "typicalMonthsToCertify", equivalent_to AS "equivalentTo", umbrella
       FROM standards ORDER BY code`,
  );
  return rows.map(toStandardDefinition);
}
