import { type StandardSnapshot } from '@linkage/contracts';
import { STANDARDS_REGISTRY, type StandardDefinition } from '@linkage/domain';
import { type DataSource, type EntityManager } from 'typeorm';
import { Standard } from './entities/index.js';

/**
 * Puts every standard of the domain's STANDARDS_REGISTRY into the `standards` table, inserting only
 * the codes that are missing: administrators' edits are never overwritten, and concurrent callers
 * (several API instances booting) cannot collide. Run at API boot and by the demo seed. Returns how
 * many were added.
 */
export async function syncStandardsRegistry(db: DataSource | EntityManager): Promise<number> {
  const result = await db
    .createQueryBuilder()
    .insert()
    .into(Standard)
    .values(
      STANDARDS_REGISTRY.map((s) => ({
        code: s.code,
        name: s.name,
        kind: s.kind,
        coversGroupMembers: s.coversGroupMembers,
        typicalMonthsToCertify: s.typicalMonthsToCertify,
        equivalentTo: [...s.equivalentTo],
        umbrella: s.umbrella === true,
      })),
    )
    .orIgnore()
    .returning(['id'])
    .execute();
  return result.raw.length as number;
}

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
 * The standards registry as the domain reads it: the `standards` table, which administrators edit.
 * Loaded per use (about 40 rows, one scan), never cached, so there is nothing to invalidate: a
 * matching job or an offer check sees every edit committed before it started, and an edit made while
 * a job runs is followed by the re-match its `standards.changed` outbox event enqueues.
 */
export async function loadStandardsRegistry(db: {
  query<T = unknown>(sql: string, parameters?: unknown[]): Promise<T>;
}): Promise<StandardDefinition[]> {
  const rows = await db.query<StandardSnapshot[]>(
    `SELECT code, name, kind, covers_group_members AS "coversGroupMembers",
            typical_months_to_certify AS "typicalMonthsToCertify", equivalent_to AS "equivalentTo", umbrella
       FROM standards ORDER BY code`,
  );
  return rows.map(toStandardDefinition);
}
