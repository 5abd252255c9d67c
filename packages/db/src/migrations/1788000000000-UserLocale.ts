import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A person's chosen language (issue 18): the portal and their e-mails use it; null until they
 * choose, when the browser's Accept-Language decides.
 *
 * Self-contained SQL on purpose: a migration is a snapshot of the schema at one point in time.
 */
export class UserLocale1788000000000 implements MigrationInterface {
  name = 'UserLocale1788000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ADD "locale" text`);
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "ck_users_locale" CHECK ("locale" IN ('en', 'fr', 'es', 'ar'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "ck_users_locale"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "locale"`);
  }
}
