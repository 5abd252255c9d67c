import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1763000000000 implements MigrationInterface {
  name = 'Initial1763000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "users" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "email" text NOT NULL,
                "name" text NOT NULL,
                "password_hash" text NOT NULL,
                "platform_role" text,
                CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_users_email" ON "users" ("email")
        `);
    await queryRunner.query(`
            CREATE TABLE "auth_sessions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "token_hash" text NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_641507381f32580e8479efc36cd" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_auth_sessions_user" ON "auth_sessions" ("user_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_auth_sessions_token_hash" ON "auth_sessions" ("token_hash")
        `);
    await queryRunner.query(`
            CREATE TABLE "organisations" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "kind" text NOT NULL,
                "legal_name" text NOT NULL,
                "country" character(2) NOT NULL,
                "region" text,
                "visibility" text NOT NULL DEFAULT 'PUBLIC',
                CONSTRAINT "PK_7bf54cba378d5b2f1d4c10ef4df" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_organisations_kind_country" ON "organisations" ("kind", "country")
        `);
    await queryRunner.query(`
            CREATE TABLE "capacity_entries" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "organisation_id" uuid NOT NULL,
                "product_code" character(6) NOT NULL,
                "product_label" text NOT NULL,
                "quantity" numeric(18, 4) NOT NULL,
                "unit" text NOT NULL,
                "period" text NOT NULL,
                "lead_time_days" integer,
                "version" integer NOT NULL,
                CONSTRAINT "PK_f95c3cedda36c167f2344bbd1a5" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_capacity_entries_organisation" ON "capacity_entries" ("organisation_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "invitations" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "organisation_id" uuid NOT NULL,
                "email" text NOT NULL,
                "role" text NOT NULL,
                "token_hash" text NOT NULL,
                "status" text NOT NULL DEFAULT 'PENDING',
                "invited_by_id" uuid,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "accepted_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_5dec98cfdfd562e4ad3648bbb07" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_invitations_organisation" ON "invitations" ("organisation_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_invitations_token_hash" ON "invitations" ("token_hash")
        `);
    await queryRunner.query(`
            CREATE TABLE "sourcing_needs" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "lead_firm_id" uuid NOT NULL,
                "created_by_id" uuid,
                "title" text NOT NULL,
                "description" text,
                "product_code" character varying(6) NOT NULL,
                "quantity" numeric(18, 4) NOT NULL,
                "unit" text NOT NULL,
                "period" text NOT NULL,
                "delivery_country" character(2) NOT NULL,
                "response_deadline" date NOT NULL,
                "status" text NOT NULL DEFAULT 'OPEN',
                "version" integer NOT NULL DEFAULT '1',
                "matched_version" integer,
                "matched_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_092655630bb475ca113dc62074a" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_sourcing_needs_lead_firm" ON "sourcing_needs" ("lead_firm_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_sourcing_needs_status_product" ON "sourcing_needs" ("status", "product_code")
        `);
    await queryRunner.query(`
            CREATE TABLE "matches" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "need_id" uuid NOT NULL,
                "supplier_id" uuid NOT NULL,
                "need_version" integer NOT NULL,
                "rank" integer NOT NULL,
                "score" numeric(5, 4) NOT NULL,
                "components" jsonb NOT NULL,
                "reason" text NOT NULL,
                "status" text NOT NULL DEFAULT 'PROPOSED',
                CONSTRAINT "PK_8a22c7b2e0828988d51256117f4" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_matches_supplier" ON "matches" ("supplier_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_matches_need_rank" ON "matches" ("need_id", "rank")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_matches_need_supplier" ON "matches" ("need_id", "supplier_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "memberships" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "user_id" uuid NOT NULL,
                "organisation_id" uuid NOT NULL,
                "role" text NOT NULL,
                CONSTRAINT "PK_25d28bd932097a9e90495ede7b4" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_memberships_organisation" ON "memberships" ("organisation_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_memberships_user_organisation" ON "memberships" ("user_id", "organisation_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "outbox_events" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "topic" text NOT NULL,
                "payload" jsonb NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "dispatched_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_6689a16c00d09b8089f6237f1d2" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_outbox_events_pending" ON "outbox_events" ("created_at")
            WHERE dispatched_at IS NULL
        `);
    await queryRunner.query(`
            ALTER TABLE "auth_sessions"
            ADD CONSTRAINT "fk_auth_sessions_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "capacity_entries"
            ADD CONSTRAINT "fk_capacity_entries_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "invitations"
            ADD CONSTRAINT "fk_invitations_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "invitations"
            ADD CONSTRAINT "fk_invitations_invited_by" FOREIGN KEY ("invited_by_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "sourcing_needs"
            ADD CONSTRAINT "fk_sourcing_needs_lead_firm" FOREIGN KEY ("lead_firm_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "sourcing_needs"
            ADD CONSTRAINT "fk_sourcing_needs_created_by" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "matches"
            ADD CONSTRAINT "fk_matches_need" FOREIGN KEY ("need_id") REFERENCES "sourcing_needs"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "matches"
            ADD CONSTRAINT "fk_matches_supplier" FOREIGN KEY ("supplier_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "memberships"
            ADD CONSTRAINT "fk_memberships_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "memberships"
            ADD CONSTRAINT "fk_memberships_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "memberships" DROP CONSTRAINT "fk_memberships_organisation"
        `);
    await queryRunner.query(`
            ALTER TABLE "memberships" DROP CONSTRAINT "fk_memberships_user"
        `);
    await queryRunner.query(`
            ALTER TABLE "matches" DROP CONSTRAINT "fk_matches_supplier"
        `);
    await queryRunner.query(`
            ALTER TABLE "matches" DROP CONSTRAINT "fk_matches_need"
        `);
    await queryRunner.query(`
            ALTER TABLE "sourcing_needs" DROP CONSTRAINT "fk_sourcing_needs_created_by"
        `);
    await queryRunner.query(`
            ALTER TABLE "sourcing_needs" DROP CONSTRAINT "fk_sourcing_needs_lead_firm"
        `);
    await queryRunner.query(`
            ALTER TABLE "invitations" DROP CONSTRAINT "fk_invitations_invited_by"
        `);
    await queryRunner.query(`
            ALTER TABLE "invitations" DROP CONSTRAINT "fk_invitations_organisation"
        `);
    await queryRunner.query(`
            ALTER TABLE "capacity_entries" DROP CONSTRAINT "fk_capacity_entries_organisation"
        `);
    await queryRunner.query(`
            ALTER TABLE "auth_sessions" DROP CONSTRAINT "fk_auth_sessions_user"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_outbox_events_pending"
        `);
    await queryRunner.query(`
            DROP TABLE "outbox_events"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_memberships_user_organisation"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_memberships_organisation"
        `);
    await queryRunner.query(`
            DROP TABLE "memberships"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_matches_need_supplier"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_matches_need_rank"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_matches_supplier"
        `);
    await queryRunner.query(`
            DROP TABLE "matches"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_sourcing_needs_status_product"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_sourcing_needs_lead_firm"
        `);
    await queryRunner.query(`
            DROP TABLE "sourcing_needs"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_invitations_token_hash"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_invitations_organisation"
        `);
    await queryRunner.query(`
            DROP TABLE "invitations"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_capacity_entries_organisation"
        `);
    await queryRunner.query(`
            DROP TABLE "capacity_entries"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_organisations_kind_country"
        `);
    await queryRunner.query(`
            DROP TABLE "organisations"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_auth_sessions_token_hash"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_auth_sessions_user"
        `);
    await queryRunner.query(`
            DROP TABLE "auth_sessions"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_users_email"
        `);
    await queryRunner.query(`
            DROP TABLE "users"
        `);
  }
}
