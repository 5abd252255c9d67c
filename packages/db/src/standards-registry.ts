import { STANDARDS_REGISTRY } from '@linkage/domain';
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
