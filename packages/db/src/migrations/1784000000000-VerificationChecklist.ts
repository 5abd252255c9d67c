import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A broker's verification is a record (issue "Brokers at work"): when it was made and what was
 * checked against the evidence (number, body, scope, holder, a note), beside who made it. Existing
 * broker verifications were one unchecked click: they keep their level, with no checklist to show.
 *
 * Self-contained SQL on purpose: a migration is a snapshot of the schema at one point in time.
 */
export class VerificationChecklist1784000000000 implements MigrationInterface {
  name = 'VerificationChecklist1784000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "certifications" ADD "verified_at" TIMESTAMP WITH TIME ZONE, ADD "verification_checklist" jsonb`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "certifications" DROP COLUMN "verification_checklist", DROP COLUMN "verified_at"`,
    );
  }
}
