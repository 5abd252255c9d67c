import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Upgrading plans (issue "Brokers at work", decision 0014): the directory of service providers
 * (what an organisation of kind SERVICE_PROVIDER offers, where), and plans of actions that close a
 * supplier's gaps for a need or a linkage, each action with its owner, provider, due date, cost and
 * its sharing, status, and the certificate that closed it.
 *
 * Self-contained SQL on purpose: a migration is a snapshot of the schema at one point in time.
 */
export class UpgradingPlans1783000000000 implements MigrationInterface {
  name = 'UpgradingPlans1783000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "service_providers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organisation_id" uuid NOT NULL, "services" text array NOT NULL DEFAULT '{}', "countries_served" text array NOT NULL DEFAULT '{}', "contact_name" text, "contact_email" text, "contact_phone" text, "website" text, "added_by_programme_id" uuid, "added_by_id" uuid, CONSTRAINT "PK_73c86f1298c5285d76e66da2da9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_service_providers_organisation" ON "service_providers" ("organisation_id")`,
    );
    await queryRunner.query(
      `CREATE TABLE "upgrading_plans" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "supplier_id" uuid NOT NULL, "need_id" uuid, "linkage_id" uuid, "programme_id" uuid, "created_by_id" uuid, CONSTRAINT "ck_upgrading_plans_subject" CHECK ("need_id" IS NOT NULL OR "linkage_id" IS NOT NULL), CONSTRAINT "PK_b74f3133a481d90ccf4523994e1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_upgrading_plans_supplier" ON "upgrading_plans" ("supplier_id")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_upgrading_plans_linkage" ON "upgrading_plans" ("linkage_id") WHERE "linkage_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_upgrading_plans_need_supplier" ON "upgrading_plans" ("need_id", "supplier_id") WHERE "need_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "upgrading_actions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "plan_id" uuid NOT NULL, "kind" text NOT NULL, "title" text NOT NULL, "gap" text, "standard_code" text, "owner" text NOT NULL, "owner_name" text, "service_provider_id" uuid, "due_on" date NOT NULL, "needed_by" date, "cost_amount" numeric(14, 2), "currency" character(3), "sharing" jsonb NOT NULL, "status" text NOT NULL DEFAULT 'PLANNED', "closed_by_certificate_id" uuid, CONSTRAINT "PK_1203d60e4f76b5d86124092d910" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_upgrading_actions_plan" ON "upgrading_actions" ("plan_id")`);
    await queryRunner.query(
      `ALTER TABLE "service_providers" ADD CONSTRAINT "fk_service_providers_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "service_providers" ADD CONSTRAINT "fk_service_providers_programme" FOREIGN KEY ("added_by_programme_id") REFERENCES "organisations"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "service_providers" ADD CONSTRAINT "fk_service_providers_added_by" FOREIGN KEY ("added_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "upgrading_plans" ADD CONSTRAINT "fk_upgrading_plans_supplier" FOREIGN KEY ("supplier_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "upgrading_plans" ADD CONSTRAINT "fk_upgrading_plans_need" FOREIGN KEY ("need_id") REFERENCES "sourcing_needs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "upgrading_plans" ADD CONSTRAINT "fk_upgrading_plans_linkage" FOREIGN KEY ("linkage_id") REFERENCES "linkages"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "upgrading_plans" ADD CONSTRAINT "fk_upgrading_plans_programme" FOREIGN KEY ("programme_id") REFERENCES "organisations"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "upgrading_plans" ADD CONSTRAINT "fk_upgrading_plans_created_by" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "upgrading_actions" ADD CONSTRAINT "fk_upgrading_actions_plan" FOREIGN KEY ("plan_id") REFERENCES "upgrading_plans"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "upgrading_actions" ADD CONSTRAINT "fk_upgrading_actions_provider" FOREIGN KEY ("service_provider_id") REFERENCES "organisations"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "upgrading_actions" ADD CONSTRAINT "fk_upgrading_actions_certificate" FOREIGN KEY ("closed_by_certificate_id") REFERENCES "certifications"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "upgrading_actions" DROP CONSTRAINT "fk_upgrading_actions_certificate"`,
    );
    await queryRunner.query(
      `ALTER TABLE "upgrading_actions" DROP CONSTRAINT "fk_upgrading_actions_provider"`,
    );
    await queryRunner.query(`ALTER TABLE "upgrading_actions" DROP CONSTRAINT "fk_upgrading_actions_plan"`);
    await queryRunner.query(`ALTER TABLE "upgrading_plans" DROP CONSTRAINT "fk_upgrading_plans_created_by"`);
    await queryRunner.query(`ALTER TABLE "upgrading_plans" DROP CONSTRAINT "fk_upgrading_plans_programme"`);
    await queryRunner.query(`ALTER TABLE "upgrading_plans" DROP CONSTRAINT "fk_upgrading_plans_linkage"`);
    await queryRunner.query(`ALTER TABLE "upgrading_plans" DROP CONSTRAINT "fk_upgrading_plans_need"`);
    await queryRunner.query(`ALTER TABLE "upgrading_plans" DROP CONSTRAINT "fk_upgrading_plans_supplier"`);
    await queryRunner.query(
      `ALTER TABLE "service_providers" DROP CONSTRAINT "fk_service_providers_added_by"`,
    );
    await queryRunner.query(
      `ALTER TABLE "service_providers" DROP CONSTRAINT "fk_service_providers_programme"`,
    );
    await queryRunner.query(
      `ALTER TABLE "service_providers" DROP CONSTRAINT "fk_service_providers_organisation"`,
    );
    await queryRunner.query(`DROP INDEX "public"."ix_upgrading_actions_plan"`);
    await queryRunner.query(`DROP TABLE "upgrading_actions"`);
    await queryRunner.query(`DROP INDEX "public"."uq_upgrading_plans_need_supplier"`);
    await queryRunner.query(`DROP INDEX "public"."uq_upgrading_plans_linkage"`);
    await queryRunner.query(`DROP INDEX "public"."ix_upgrading_plans_supplier"`);
    await queryRunner.query(`DROP TABLE "upgrading_plans"`);
    await queryRunner.query(`DROP INDEX "public"."uq_service_providers_organisation"`);
    await queryRunner.query(`DROP TABLE "service_providers"`);
  }
}
