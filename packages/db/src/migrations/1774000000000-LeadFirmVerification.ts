import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A lead firm earns the LEAD_FIRMS tier's view once a broker or platform admin verifies it
 * (decision 0008): anyone can create a lead firm, so a self-created one stays unverified. When and by
 * whom it was verified; the verifier's account may go, the verification stays.
 *
 * Self-contained SQL on purpose: a migration is a snapshot of the schema at one point in time.
 */
export class LeadFirmVerification1774000000000 implements MigrationInterface {
  name = 'LeadFirmVerification1774000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "organisations"
        ADD "verified_at" TIMESTAMP WITH TIME ZONE,
        ADD "verified_by_id" uuid`);
    await queryRunner.query(`
      ALTER TABLE "organisations"
        ADD CONSTRAINT "fk_organisations_verified_by" FOREIGN KEY ("verified_by_id") REFERENCES "users"("id")
          ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organisations" DROP CONSTRAINT "fk_organisations_verified_by"`);
    await queryRunner.query(
      `ALTER TABLE "organisations" DROP COLUMN "verified_by_id", DROP COLUMN "verified_at"`,
    );
  }
}
