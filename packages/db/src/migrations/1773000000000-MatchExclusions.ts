import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * "Why not": the matcher now stores the best excluded suppliers of a need beside its matches
 * (eligibility EXCLUDED) with every blocking reason; each match records whether the supplier can
 * serve the whole need alone and how much compliant capacity it offers. A coalition proposal says
 * its role: the best coalition, an alternative, or the best single supplier it is compared with.
 *
 * Self-contained SQL on purpose: a migration is a snapshot of the schema at one point in time.
 */
export class MatchExclusions1773000000000 implements MigrationInterface {
  name = 'MatchExclusions1773000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "matches"
        ADD "blockers" jsonb NOT NULL DEFAULT '[]',
        ADD "stands_alone" boolean NOT NULL DEFAULT false,
        ADD "offerable_quantity" numeric(18,4)`);
    await queryRunner.query(`
      ALTER TABLE "coalition_proposals"
        ADD "role" text NOT NULL DEFAULT 'ALTERNATIVE'`);
    await queryRunner.query(`UPDATE "coalition_proposals" SET "role" = 'BEST' WHERE "rank" = 0`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "coalition_proposals" DROP COLUMN "role"`);
    await queryRunner.query(`DELETE FROM "matches" WHERE "eligibility" = 'EXCLUDED'`);
    await queryRunner.query(`
      ALTER TABLE "matches" DROP COLUMN "offerable_quantity", DROP COLUMN "stands_alone", DROP COLUMN "blockers"`);
  }
}
