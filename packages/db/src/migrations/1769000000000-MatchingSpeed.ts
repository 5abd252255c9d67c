import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The capacity columns candidate generation reads (`apps/worker/src/matching/candidate-source.ts`). */
const LINE_COLUMNS = `"organisation_id", "member_id", "committed", "quantity", "unit", "period", "lead_time_days"`;

/**
 * Faster candidate generation for matching: the indexes its query reads carry the columns it needs,
 * so PostgreSQL answers from the index alone (once the visibility map is current, which autovacuum
 * keeps it) instead of visiting a table row for each of tens of thousands of index entries.
 *
 * - The HS prefix index on capacity entries includes every line column matching reads: a chapter's
 *   lines become one index range scan. Same name, so the entity's declaration still describes it.
 * - Own certificates (`member_id IS NULL`) by standard, with the holder and what matching reads:
 *   "suppliers holding ORGANIC_EU (valid on a date)", and the certificates of the standards a need
 *   accepts, are index-only range scans.
 *
 * Self-contained SQL on purpose: a migration is a snapshot of the schema at one point in time.
 */
export class MatchingSpeed1769000000000 implements MigrationInterface {
  name = 'MatchingSpeed1769000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_capacity_entries_product_prefix"`);
    await queryRunner.query(
      `CREATE INDEX "ix_capacity_entries_product_prefix" ON "capacity_entries" ("product_code" bpchar_pattern_ops)
         INCLUDE (${LINE_COLUMNS})`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_certifications_own_by_standard" ON "certifications" ("standard_id", "organisation_id")
         INCLUDE ("valid_until", "verification") WHERE "member_id" IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_certifications_own_by_standard"`);
    await queryRunner.query(`DROP INDEX "ix_capacity_entries_product_prefix"`);
    await queryRunner.query(
      `CREATE INDEX "ix_capacity_entries_product_prefix" ON "capacity_entries" ("product_code" bpchar_pattern_ops)`,
    );
  }
}
