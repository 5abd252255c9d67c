import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Programmes (issue 15, decision 0012): a programme's scope, the organisations enrolled in it (their
 * consent to its brokers' view), and the programme that introduced a linkage. The broker role moves
 * from the platform to programmes: a platform-wide BROKER is no longer a role, so such users keep
 * their account and organisations and are invited to their programme by its owners.
 *
 * Self-contained SQL on purpose: a migration is a snapshot of the schema at one point in time.
 */
export class Programmes1780000000000 implements MigrationInterface {
  name = 'Programmes1780000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "programme_enrolments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "programme_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "enrolled_by_id" uuid, CONSTRAINT "PK_a65eb5d74ae813c18ca74bfeeb2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_programme_enrolments_organisation" ON "programme_enrolments"  ("organisation_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_programme_enrolments_programme_organisation" ON "programme_enrolments"  ("programme_id", "organisation_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "organisations" ADD "scope_countries" text array NOT NULL DEFAULT '{}'`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisations" ADD "scope_hs_chapters" text array NOT NULL DEFAULT '{}'`,
    );
    await queryRunner.query(`ALTER TABLE "linkages" ADD "programme_id" uuid`);
    await queryRunner.query(`CREATE INDEX "ix_linkages_programme" ON "linkages"  ("programme_id") `);
    await queryRunner.query(
      `ALTER TABLE "linkages" ADD CONSTRAINT "fk_linkages_programme" FOREIGN KEY ("programme_id") REFERENCES "organisations"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "programme_enrolments" ADD CONSTRAINT "fk_programme_enrolments_programme" FOREIGN KEY ("programme_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "programme_enrolments" ADD CONSTRAINT "fk_programme_enrolments_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "programme_enrolments" ADD CONSTRAINT "fk_programme_enrolments_enrolled_by" FOREIGN KEY ("enrolled_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`UPDATE "users" SET "platform_role" = NULL WHERE "platform_role" = 'BROKER'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "programme_enrolments" DROP CONSTRAINT "fk_programme_enrolments_enrolled_by"`,
    );
    await queryRunner.query(
      `ALTER TABLE "programme_enrolments" DROP CONSTRAINT "fk_programme_enrolments_organisation"`,
    );
    await queryRunner.query(
      `ALTER TABLE "programme_enrolments" DROP CONSTRAINT "fk_programme_enrolments_programme"`,
    );
    await queryRunner.query(`ALTER TABLE "linkages" DROP CONSTRAINT "fk_linkages_programme"`);
    await queryRunner.query(`DROP INDEX "public"."ix_linkages_programme"`);
    await queryRunner.query(`ALTER TABLE "linkages" DROP COLUMN "programme_id"`);
    await queryRunner.query(`ALTER TABLE "organisations" DROP COLUMN "scope_hs_chapters"`);
    await queryRunner.query(`ALTER TABLE "organisations" DROP COLUMN "scope_countries"`);
    await queryRunner.query(`DROP TABLE "programme_enrolments"`);
  }
}
