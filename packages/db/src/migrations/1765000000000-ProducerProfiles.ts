import { MigrationInterface, QueryRunner } from 'typeorm';

export class ProducerProfiles1765000000000 implements MigrationInterface {
  name = 'ProducerProfiles1765000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "catalogue_items" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "group_id" uuid NOT NULL,
                "product_code" character(6) NOT NULL,
                "product_label" text NOT NULL,
                "description" text,
                "unit" text NOT NULL,
                "period" text NOT NULL,
                "minimum_order" numeric(18, 4),
                "price_min" numeric(18, 4),
                "price_max" numeric(18, 4),
                "currency" character(3),
                "photo_urls" text array NOT NULL DEFAULT '{}',
                "standard_codes" text array NOT NULL DEFAULT '{}',
                "published" boolean NOT NULL DEFAULT false,
                "published_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_dfdfa87af17a78ccfe793a5a0b6" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_catalogue_items_group_product" ON "catalogue_items" ("group_id", "product_code")
        `);
    await queryRunner.query(`
            CREATE TABLE "group_members" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "group_id" uuid NOT NULL,
                "member_organisation_id" uuid NOT NULL,
                "status" text NOT NULL DEFAULT 'INVITED',
                "joined_on" date,
                "left_on" date,
                "contact_email" text,
                CONSTRAINT "PK_86446139b2c96bfd0f3b8638852" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_group_members_member_organisation" ON "group_members" ("member_organisation_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_group_members_group_member" ON "group_members" ("group_id", "member_organisation_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "standards" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "code" text NOT NULL,
                "name" text NOT NULL,
                "kind" text NOT NULL,
                "covers_group_members" boolean NOT NULL DEFAULT false,
                "typical_months_to_certify" integer NOT NULL,
                "equivalent_to" text array NOT NULL DEFAULT '{}',
                "umbrella" boolean NOT NULL DEFAULT false,
                CONSTRAINT "PK_cb084ce5e29cc74efe0befbefa8" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_standards_code" ON "standards" ("code")
        `);
    await queryRunner.query(`
            CREATE TABLE "certifications" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "organisation_id" uuid NOT NULL,
                "member_id" uuid,
                "standard_id" uuid NOT NULL,
                "certificate_number" text,
                "certification_body" text,
                "scope_product_codes" text array NOT NULL DEFAULT '{}',
                "scope_sites" text array NOT NULL DEFAULT '{}',
                "valid_from" date,
                "valid_until" date NOT NULL,
                "evidence" jsonb,
                "verification" text NOT NULL DEFAULT 'SELF_DECLARED',
                "verified_by_id" uuid,
                "expiring_notified_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_fd763d412e4a1fb1b6dadd6e72b" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_certifications_organisation" ON "certifications" ("organisation_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_certifications_member" ON "certifications" ("member_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_certifications_standard" ON "certifications" ("standard_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_certifications_expiry_scan" ON "certifications" ("valid_until")
            WHERE expiring_notified_at IS NULL
        `);
    await queryRunner.query(`
            CREATE TABLE "notifications" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "user_id" uuid NOT NULL,
                "kind" text NOT NULL,
                "title" text NOT NULL,
                "body" text NOT NULL,
                "link" text,
                "read_at" TIMESTAMP WITH TIME ZONE,
                "dedupe_key" text NOT NULL,
                CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_notifications_dedupe_key" ON "notifications" ("dedupe_key")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_notifications_user_created" ON "notifications" ("user_id", "created_at")
        `);
    await queryRunner.query(`
            ALTER TABLE "organisations"
            ADD "latitude" numeric(9, 6)
        `);
    await queryRunner.query(`
            ALTER TABLE "organisations"
            ADD "longitude" numeric(9, 6)
        `);
    await queryRunner.query(`
            ALTER TABLE "organisations"
            ADD "languages" text array NOT NULL DEFAULT '{}'
        `);
    await queryRunner.query(`
            ALTER TABLE "organisations"
            ADD "registration" text
        `);
    await queryRunner.query(`
            ALTER TABLE "organisations"
            ADD "employees" integer
        `);
    await queryRunner.query(`
            ALTER TABLE "organisations"
            ADD "founded_year" integer
        `);
    await queryRunner.query(`
            ALTER TABLE "organisations"
            ADD "annual_sales_band" text
        `);
    await queryRunner.query(`
            ALTER TABLE "organisations"
            ADD "women_owned" boolean NOT NULL DEFAULT false
        `);
    await queryRunner.query(`
            ALTER TABLE "organisations"
            ADD "youth_led" boolean NOT NULL DEFAULT false
        `);
    await queryRunner.query(`
            ALTER TABLE "organisations"
            ADD "description" text
        `);
    await queryRunner.query(`
            ALTER TABLE "organisations"
            ADD "sectors" text array NOT NULL DEFAULT '{}'
        `);
    await queryRunner.query(`
            ALTER TABLE "organisations"
            ADD "group_type" text
        `);
    await queryRunner.query(`
            ALTER TABLE "organisations"
            ADD "governance" jsonb
        `);
    await queryRunner.query(`
            ALTER TABLE "organisations"
            ADD "customers" text array NOT NULL DEFAULT '{}'
        `);
    await queryRunner.query(`
            ALTER TABLE "capacity_entries"
            ADD "member_id" uuid
        `);
    await queryRunner.query(`
            ALTER TABLE "capacity_entries"
            ADD "committed" boolean NOT NULL DEFAULT false
        `);
    await queryRunner.query(`
            ALTER TABLE "capacity_entries"
            ADD "available_months" smallint array NOT NULL DEFAULT '{}'
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_capacity_entries_member" ON "capacity_entries" ("member_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "catalogue_items"
            ADD CONSTRAINT "fk_catalogue_items_group" FOREIGN KEY ("group_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "group_members"
            ADD CONSTRAINT "fk_group_members_group" FOREIGN KEY ("group_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "group_members"
            ADD CONSTRAINT "fk_group_members_member_organisation" FOREIGN KEY ("member_organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "certifications"
            ADD CONSTRAINT "fk_certifications_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "certifications"
            ADD CONSTRAINT "fk_certifications_member" FOREIGN KEY ("member_id") REFERENCES "group_members"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "certifications"
            ADD CONSTRAINT "fk_certifications_standard" FOREIGN KEY ("standard_id") REFERENCES "standards"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "certifications"
            ADD CONSTRAINT "fk_certifications_verified_by" FOREIGN KEY ("verified_by_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "notifications"
            ADD CONSTRAINT "fk_notifications_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "capacity_entries"
            ADD CONSTRAINT "fk_capacity_entries_member" FOREIGN KEY ("member_id") REFERENCES "group_members"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "capacity_entries" DROP CONSTRAINT "fk_capacity_entries_member"
        `);
    await queryRunner.query(`
            ALTER TABLE "notifications" DROP CONSTRAINT "fk_notifications_user"
        `);
    await queryRunner.query(`
            ALTER TABLE "certifications" DROP CONSTRAINT "fk_certifications_verified_by"
        `);
    await queryRunner.query(`
            ALTER TABLE "certifications" DROP CONSTRAINT "fk_certifications_standard"
        `);
    await queryRunner.query(`
            ALTER TABLE "certifications" DROP CONSTRAINT "fk_certifications_member"
        `);
    await queryRunner.query(`
            ALTER TABLE "certifications" DROP CONSTRAINT "fk_certifications_organisation"
        `);
    await queryRunner.query(`
            ALTER TABLE "group_members" DROP CONSTRAINT "fk_group_members_member_organisation"
        `);
    await queryRunner.query(`
            ALTER TABLE "group_members" DROP CONSTRAINT "fk_group_members_group"
        `);
    await queryRunner.query(`
            ALTER TABLE "catalogue_items" DROP CONSTRAINT "fk_catalogue_items_group"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_capacity_entries_member"
        `);
    await queryRunner.query(`
            ALTER TABLE "capacity_entries" DROP COLUMN "available_months"
        `);
    await queryRunner.query(`
            ALTER TABLE "capacity_entries" DROP COLUMN "committed"
        `);
    await queryRunner.query(`
            ALTER TABLE "capacity_entries" DROP COLUMN "member_id"
        `);
    await queryRunner.query(`
            ALTER TABLE "organisations" DROP COLUMN "customers"
        `);
    await queryRunner.query(`
            ALTER TABLE "organisations" DROP COLUMN "governance"
        `);
    await queryRunner.query(`
            ALTER TABLE "organisations" DROP COLUMN "group_type"
        `);
    await queryRunner.query(`
            ALTER TABLE "organisations" DROP COLUMN "sectors"
        `);
    await queryRunner.query(`
            ALTER TABLE "organisations" DROP COLUMN "description"
        `);
    await queryRunner.query(`
            ALTER TABLE "organisations" DROP COLUMN "youth_led"
        `);
    await queryRunner.query(`
            ALTER TABLE "organisations" DROP COLUMN "women_owned"
        `);
    await queryRunner.query(`
            ALTER TABLE "organisations" DROP COLUMN "annual_sales_band"
        `);
    await queryRunner.query(`
            ALTER TABLE "organisations" DROP COLUMN "founded_year"
        `);
    await queryRunner.query(`
            ALTER TABLE "organisations" DROP COLUMN "employees"
        `);
    await queryRunner.query(`
            ALTER TABLE "organisations" DROP COLUMN "registration"
        `);
    await queryRunner.query(`
            ALTER TABLE "organisations" DROP COLUMN "languages"
        `);
    await queryRunner.query(`
            ALTER TABLE "organisations" DROP COLUMN "longitude"
        `);
    await queryRunner.query(`
            ALTER TABLE "organisations" DROP COLUMN "latitude"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_notifications_user_created"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_notifications_dedupe_key"
        `);
    await queryRunner.query(`
            DROP TABLE "notifications"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_certifications_expiry_scan"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_certifications_standard"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_certifications_member"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_certifications_organisation"
        `);
    await queryRunner.query(`
            DROP TABLE "certifications"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_standards_code"
        `);
    await queryRunner.query(`
            DROP TABLE "standards"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_group_members_group_member"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_group_members_member_organisation"
        `);
    await queryRunner.query(`
            DROP TABLE "group_members"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_catalogue_items_group_product"
        `);
    await queryRunner.query(`
            DROP TABLE "catalogue_items"
        `);
  }
}
