import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Complete sourcing needs (schedule, delivery place, commercial terms, visibility, requirements),
 * the real matcher's results (eligibility, gaps) and coalition proposals; plus the prefix index
 * that lets candidate generation filter capacity by HS chapter or heading without a scan.
 */
export class NeedRequirementsAndCoalitions1766000000000 implements MigrationInterface {
  name = 'NeedRequirementsAndCoalitions1766000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "sourcing_needs"
        ADD "schedule_kind" text NOT NULL DEFAULT 'RECURRING',
        ADD "start_date" date,
        ADD "end_date" date,
        ADD "delivery_lat" double precision,
        ADD "delivery_lon" double precision,
        ADD "max_distance_km" integer,
        ADD "allowed_countries" text array,
        ADD "target_price" numeric(18,4),
        ADD "currency" character(3),
        ADD "criticality" text NOT NULL DEFAULT 'NON_CORE',
        ADD "business_rationale" text,
        ADD "rationale_note" text,
        ADD "visibility" text NOT NULL DEFAULT 'PUBLIC'`);
    // Needs posted before schedules existed deliver monthly from their response deadline for a year.
    await queryRunner.query(`
      UPDATE "sourcing_needs"
         SET "start_date" = "response_deadline",
             "end_date" = ("response_deadline" + interval '1 year')::date`);
    await queryRunner.query(`ALTER TABLE "sourcing_needs" ALTER COLUMN "start_date" SET NOT NULL`);

    await queryRunner.query(`
      ALTER TABLE "matches"
        ADD "eligibility" text NOT NULL DEFAULT 'ELIGIBLE',
        ADD "gaps" jsonb NOT NULL DEFAULT '[]',
        ADD "distance_km" double precision,
        ADD "computed_at" TIMESTAMP WITH TIME ZONE`);

    await queryRunner.query(`
      CREATE TABLE "need_requirements" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "need_id" uuid NOT NULL,
        "standard_code" text NOT NULL,
        "level" text NOT NULL,
        "must_hold_now" boolean NOT NULL DEFAULT false,
        "obtain_by" date,
        "position" integer NOT NULL DEFAULT '0',
        CONSTRAINT "PK_74541f540bafa475a1e3a981b96" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(
      `CREATE INDEX "ix_need_requirements_standard" ON "need_requirements" ("standard_code")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_need_requirements_need_standard" ON "need_requirements" ("need_id", "standard_code")`,
    );
    await queryRunner.query(`
      ALTER TABLE "need_requirements" ADD CONSTRAINT "fk_need_requirements_need"
        FOREIGN KEY ("need_id") REFERENCES "sourcing_needs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);

    await queryRunner.query(`
      CREATE TABLE "coalition_proposals" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "need_id" uuid NOT NULL,
        "need_version" integer NOT NULL,
        "rank" integer NOT NULL,
        "allocations" jsonb NOT NULL,
        "total_quantity" numeric(18,4) NOT NULL,
        "unit" text NOT NULL,
        "period" text NOT NULL,
        "quantity_domain" text NOT NULL,
        "objective" double precision NOT NULL,
        "proven_optimal" boolean NOT NULL,
        "relative_gap" double precision NOT NULL,
        "explanation" text NOT NULL,
        "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        CONSTRAINT "PK_fe651705f23be196f9d2f24d42e" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_coalition_proposals_need_rank" ON "coalition_proposals" ("need_id", "rank")`,
    );
    await queryRunner.query(`
      ALTER TABLE "coalition_proposals" ADD CONSTRAINT "fk_coalition_proposals_need"
        FOREIGN KEY ("need_id") REFERENCES "sourcing_needs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);

    // `product_code LIKE '09%'` (chapter) or '0904%' (heading) uses this index whatever the collation.
    await queryRunner.query(
      `CREATE INDEX "ix_capacity_entries_product_prefix" ON "capacity_entries" ("product_code" bpchar_pattern_ops)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_capacity_entries_product_prefix"`);
    await queryRunner.query(`DROP TABLE "coalition_proposals"`);
    await queryRunner.query(`DROP TABLE "need_requirements"`);
    await queryRunner.query(`
      ALTER TABLE "matches"
        DROP COLUMN "computed_at", DROP COLUMN "distance_km", DROP COLUMN "gaps", DROP COLUMN "eligibility"`);
    await queryRunner.query(`
      ALTER TABLE "sourcing_needs"
        DROP COLUMN "visibility", DROP COLUMN "rationale_note", DROP COLUMN "business_rationale",
        DROP COLUMN "criticality", DROP COLUMN "currency", DROP COLUMN "target_price",
        DROP COLUMN "allowed_countries", DROP COLUMN "max_distance_km", DROP COLUMN "delivery_lon",
        DROP COLUMN "delivery_lat", DROP COLUMN "end_date", DROP COLUMN "start_date", DROP COLUMN "schedule_kind"`);
  }
}
