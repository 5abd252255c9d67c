import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Questions and joint offers (issue 14): a message thread per need and producer group, with
 * clarifications the lead firm publishes to every invited supplier; a joint offer's parts, one per
 * group, each confirmed by its group before the offer reaches the buyer, and the group of each
 * allocated line; files attached to offers (spec sheets, price lists). A joint offer waiting for
 * its partners is live (one live offer per group and need). `offers.proposal_id` names the
 * coalition proposal answered, without a foreign key: proposals are replaced when a need is
 * re-matched, the offer stays.
 *
 * Self-contained SQL on purpose: a migration is a snapshot of the schema at one point in time.
 */
export class QuestionsAndJointOffers1777000000000 implements MigrationInterface {
  name = 'QuestionsAndJointOffers1777000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "offer_parts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "offer_id" uuid NOT NULL, "group_id" uuid NOT NULL, "quantity" numeric(18,4) NOT NULL, "confirmed_at" TIMESTAMP WITH TIME ZONE, "confirmed_by_id" uuid, CONSTRAINT "PK_26b897da7a099214328ba9e81ac" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_offer_parts_group" ON "offer_parts"  ("group_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_offer_parts_group" ON "offer_parts"  ("offer_id", "group_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "need_messages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "need_id" uuid NOT NULL, "supplier_id" uuid, "from_lead_firm" boolean NOT NULL, "author_id" uuid, "body" text NOT NULL, CONSTRAINT "PK_d68a1f895e16976245a9f5f99fb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_need_messages_thread" ON "need_messages"  ("need_id", "supplier_id", "created_at") `,
    );
    await queryRunner.query(`ALTER TABLE "offers" ADD "proposal_id" uuid`);
    // An allocation names its line's group: in a joint offer, lines belong to several groups.
    await queryRunner.query(`ALTER TABLE "offer_allocations" ADD "group_id" uuid`);
    await queryRunner.query(
      `UPDATE "offer_allocations" a SET "group_id" = o."supplier_id" FROM "offers" o WHERE o."id" = a."offer_id"`,
    );
    await queryRunner.query(`ALTER TABLE "offer_allocations" ALTER COLUMN "group_id" SET NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "offer_parts" ADD CONSTRAINT "fk_offer_parts_offer" FOREIGN KEY ("offer_id") REFERENCES "offers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "offer_parts" ADD CONSTRAINT "fk_offer_parts_group" FOREIGN KEY ("group_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "offer_parts" ADD CONSTRAINT "fk_offer_parts_confirmed_by" FOREIGN KEY ("confirmed_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "need_messages" ADD CONSTRAINT "fk_need_messages_need" FOREIGN KEY ("need_id") REFERENCES "sourcing_needs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "need_messages" ADD CONSTRAINT "fk_need_messages_supplier" FOREIGN KEY ("supplier_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "need_messages" ADD CONSTRAINT "fk_need_messages_author" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TABLE "offer_attachments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "offer_id" uuid NOT NULL, "path" text NOT NULL, "file_name" text NOT NULL, "content_type" text NOT NULL, "size" integer NOT NULL, CONSTRAINT "PK_29e305d9aa5654cbfd053bee690" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_offer_attachments_offer" ON "offer_attachments"  ("offer_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "offer_attachments" ADD CONSTRAINT "fk_offer_attachments_offer" FOREIGN KEY ("offer_id") REFERENCES "offers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`DROP INDEX "uq_offers_live"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_offers_live" ON "offers" ("need_id", "supplier_id") WHERE status IN ('AWAITING_PARTNERS', 'SUBMITTED', 'SHORTLISTED', 'ACCEPTED')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "offer_attachments"`);
    await queryRunner.query(`DROP INDEX "uq_offers_live"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_offers_live" ON "offers" ("need_id", "supplier_id") WHERE status IN ('SUBMITTED', 'SHORTLISTED', 'ACCEPTED')`,
    );
    await queryRunner.query(`ALTER TABLE "offer_allocations" DROP COLUMN "group_id"`);
    await queryRunner.query(`ALTER TABLE "offers" DROP COLUMN "proposal_id"`);
    await queryRunner.query(`DROP TABLE "need_messages"`);
    await queryRunner.query(`DROP TABLE "offer_parts"`);
  }
}
