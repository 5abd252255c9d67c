import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Introductions (decision 0013): a broker's introduction of one producer group or a coalition to a
 * lead firm for a need, each group's own consent, and the introduction meeting (its instant in UTC,
 * the zone it was arranged in, a place or a call link, and the invitation's sequence). The database
 * keeps a group out of one introduction twice, the same group set out of two open introductions of
 * one need, and a meeting whole.
 *
 * Self-contained SQL on purpose: a migration is a snapshot of the schema at one point in time.
 */
export class Introductions1782000000000 implements MigrationInterface {
  name = 'Introductions1782000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "introductions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "need_id" uuid NOT NULL, "programme_id" uuid NOT NULL, "proposed_by_id" uuid, "note" text NOT NULL, "status" text NOT NULL DEFAULT 'PROPOSED', "party_key" text NOT NULL, "lead_firm_answer" text NOT NULL DEFAULT 'PENDING', "lead_firm_reason" text, "answered_by_id" uuid, "answered_at" TIMESTAMP WITH TIME ZONE, "decided_at" TIMESTAMP WITH TIME ZONE, "meeting_starts_at" TIMESTAMP WITH TIME ZONE, "meeting_duration_minutes" integer, "meeting_time_zone" text, "meeting_place" text, "meeting_link" text, "meeting_sequence" integer NOT NULL DEFAULT '0', CONSTRAINT "ck_introductions_meeting" CHECK (("meeting_starts_at" IS NULL AND "meeting_duration_minutes" IS NULL AND "meeting_time_zone" IS NULL) OR ("meeting_starts_at" IS NOT NULL AND "meeting_duration_minutes" BETWEEN 5 AND 720 AND "meeting_time_zone" IS NOT NULL AND ("meeting_place" IS NOT NULL OR "meeting_link" IS NOT NULL))), CONSTRAINT "ck_introductions_lead_firm_answer" CHECK ("lead_firm_answer" IN ('PENDING', 'ACCEPTED', 'DECLINED')), CONSTRAINT "ck_introductions_status" CHECK ("status" IN ('PROPOSED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')), CONSTRAINT "PK_811d59fa8b5c5255e94438b348e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_introductions_need" ON "introductions"  ("need_id")`);
    await queryRunner.query(`CREATE INDEX "ix_introductions_programme" ON "introductions"  ("programme_id")`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_introductions_open_parties" ON "introductions"  ("need_id", "party_key") WHERE "status" = 'PROPOSED'`,
    );
    await queryRunner.query(
      `CREATE TABLE "introduction_parties" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "introduction_id" uuid NOT NULL, "group_id" uuid NOT NULL, "consent" text NOT NULL DEFAULT 'PENDING', "reason" text, "answered_by_id" uuid, "answered_at" TIMESTAMP WITH TIME ZONE, "linkage_id" uuid, CONSTRAINT "ck_introduction_parties_consent" CHECK ("consent" IN ('PENDING', 'CONSENTED', 'REFUSED')), CONSTRAINT "PK_3f71231ca186c8ed948c7a0b93f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_introduction_parties_group" ON "introduction_parties"  ("group_id")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_introduction_parties_group" ON "introduction_parties"  ("introduction_id", "group_id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "introductions" ADD CONSTRAINT "fk_introductions_need" FOREIGN KEY ("need_id") REFERENCES "sourcing_needs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "introductions" ADD CONSTRAINT "fk_introductions_programme" FOREIGN KEY ("programme_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "introductions" ADD CONSTRAINT "fk_introductions_proposed_by" FOREIGN KEY ("proposed_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "introductions" ADD CONSTRAINT "fk_introductions_answered_by" FOREIGN KEY ("answered_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "introduction_parties" ADD CONSTRAINT "fk_introduction_parties_introduction" FOREIGN KEY ("introduction_id") REFERENCES "introductions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "introduction_parties" ADD CONSTRAINT "fk_introduction_parties_group" FOREIGN KEY ("group_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "introduction_parties" ADD CONSTRAINT "fk_introduction_parties_answered_by" FOREIGN KEY ("answered_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "introduction_parties" ADD CONSTRAINT "fk_introduction_parties_linkage" FOREIGN KEY ("linkage_id") REFERENCES "linkages"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "introduction_parties" DROP CONSTRAINT "fk_introduction_parties_linkage"`,
    );
    await queryRunner.query(
      `ALTER TABLE "introduction_parties" DROP CONSTRAINT "fk_introduction_parties_answered_by"`,
    );
    await queryRunner.query(
      `ALTER TABLE "introduction_parties" DROP CONSTRAINT "fk_introduction_parties_group"`,
    );
    await queryRunner.query(
      `ALTER TABLE "introduction_parties" DROP CONSTRAINT "fk_introduction_parties_introduction"`,
    );
    await queryRunner.query(`ALTER TABLE "introductions" DROP CONSTRAINT "fk_introductions_answered_by"`);
    await queryRunner.query(`ALTER TABLE "introductions" DROP CONSTRAINT "fk_introductions_proposed_by"`);
    await queryRunner.query(`ALTER TABLE "introductions" DROP CONSTRAINT "fk_introductions_programme"`);
    await queryRunner.query(`ALTER TABLE "introductions" DROP CONSTRAINT "fk_introductions_need"`);
    await queryRunner.query(`DROP INDEX "public"."uq_introduction_parties_group"`);
    await queryRunner.query(`DROP INDEX "public"."ix_introduction_parties_group"`);
    await queryRunner.query(`DROP TABLE "introduction_parties"`);
    await queryRunner.query(`DROP INDEX "public"."uq_introductions_open_parties"`);
    await queryRunner.query(`DROP INDEX "public"."ix_introductions_programme"`);
    await queryRunner.query(`DROP INDEX "public"."ix_introductions_need"`);
    await queryRunner.query(`DROP TABLE "introductions"`);
  }
}
