import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Seasonal coalitions (issue 16, decision 0020): a need may name the least quantity it accepts in one
 * shipment, and a coalition proposal of a need delivering over several months keeps its schedule —
 * the months, what each asks for, what the candidates can deliver and what the proposal ships (each
 * member's quantity per month is in its allocation). Single-period proposals leave it null.
 */
export class SeasonalCoalitions1786100000000 implements MigrationInterface {
  name = 'SeasonalCoalitions1786100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sourcing_needs" ADD "minimum_lot" numeric(18,4)`);
    await queryRunner.query(
      `ALTER TABLE "sourcing_needs" ADD CONSTRAINT "ck_sourcing_needs_minimum_lot" CHECK ("minimum_lot" > 0)`,
    );
    await queryRunner.query(`ALTER TABLE "coalition_proposals" ADD "schedule" jsonb`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "coalition_proposals" DROP COLUMN "schedule"`);
    await queryRunner.query(`ALTER TABLE "sourcing_needs" DROP COLUMN "minimum_lot"`);
  }
}
