import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * From match to deal (issue 14): offers and their split over capacity lines, a group's decline with
 * its reason, awards, the capacity ledger's reservations per line and month, and the linkage an
 * award creates; a need can seal its offers until the response deadline.
 *
 * Self-contained SQL on purpose: a migration is a snapshot of the schema at one point in time.
 */
export class Deals1776000000000 implements MigrationInterface {
  name = 'Deals1776000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "offers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "need_id" uuid NOT NULL, "supplier_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'SUBMITTED', "quantity" numeric(18,4) NOT NULL, "price" numeric(18,4) NOT NULL, "currency" character(3) NOT NULL, "incoterm" text NOT NULL, "transport_per_unit" numeric(18,4), "lead_time_days" integer NOT NULL, "valid_until" date NOT NULL, "notes" text, "submitted_by_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_4c88e956195bba85977da21b8f4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_offers_need" ON "offers"  ("need_id") `);
    await queryRunner.query(`CREATE INDEX "ix_offers_supplier" ON "offers"  ("supplier_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_offers_live" ON "offers"  ("need_id", "supplier_id") WHERE status IN ('SUBMITTED', 'SHORTLISTED', 'ACCEPTED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "offer_allocations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "offer_id" uuid NOT NULL, "capacity_entry_id" uuid, "member_id" uuid, "product_code" character(6) NOT NULL, "quantity" numeric(18,4) NOT NULL, CONSTRAINT "PK_5c184f71d387eb0def88c451915" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_offer_allocations_line" ON "offer_allocations"  ("capacity_entry_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_offer_allocations_line" ON "offer_allocations"  ("offer_id", "capacity_entry_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "awards" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "need_id" uuid NOT NULL, "offer_id" uuid NOT NULL, "quantity" numeric(18,4) NOT NULL, "status" text NOT NULL DEFAULT 'ACTIVE', "awarded_by_id" uuid, "cancelled_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_bc3f6adc548ff46c76c03e06377" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_awards_need" ON "awards"  ("need_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_awards_offer" ON "awards"  ("offer_id") `);
    await queryRunner.query(
      `CREATE TABLE "capacity_reservations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "award_id" uuid NOT NULL, "capacity_entry_id" uuid NOT NULL, "month" character(7) NOT NULL, "quantity" numeric(18,4) NOT NULL, "released_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_0aba50e23923f850ea4a20968e4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_capacity_reservations_award" ON "capacity_reservations"  ("award_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_capacity_reservations_line_month" ON "capacity_reservations"  ("capacity_entry_id", "month") WHERE released_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "linkages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "lead_firm_id" uuid NOT NULL, "supplier_id" uuid NOT NULL, "stage" text NOT NULL, CONSTRAINT "PK_a339cbb171571b954da1539346b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_linkages_supplier" ON "linkages"  ("supplier_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_linkages_lead_firm_supplier" ON "linkages"  ("lead_firm_id", "supplier_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "linkage_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "linkage_id" uuid NOT NULL, "stage" text NOT NULL, "award_id" uuid, "starts_on" date, "ends_on" date, "note" text, CONSTRAINT "PK_63708dc5330868f8a521e62ac24" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_linkage_events_linkage" ON "linkage_events"  ("linkage_id") `);
    await queryRunner.query(
      `CREATE TABLE "need_declines" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "need_id" uuid NOT NULL, "supplier_id" uuid NOT NULL, "reason" text NOT NULL, "note" text, "declined_by_id" uuid, CONSTRAINT "PK_07d9d9f2b9d9c34bf14f8ed5d46" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_need_declines_supplier" ON "need_declines"  ("supplier_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_need_declines_need_supplier" ON "need_declines"  ("need_id", "supplier_id") `,
    );
    await queryRunner.query(`ALTER TABLE "sourcing_needs" ADD "seal_offers" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(
      `ALTER TABLE "offers" ADD CONSTRAINT "fk_offers_need" FOREIGN KEY ("need_id") REFERENCES "sourcing_needs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "offers" ADD CONSTRAINT "fk_offers_supplier" FOREIGN KEY ("supplier_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "offers" ADD CONSTRAINT "fk_offers_submitted_by" FOREIGN KEY ("submitted_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "offer_allocations" ADD CONSTRAINT "fk_offer_allocations_offer" FOREIGN KEY ("offer_id") REFERENCES "offers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "offer_allocations" ADD CONSTRAINT "fk_offer_allocations_line" FOREIGN KEY ("capacity_entry_id") REFERENCES "capacity_entries"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "awards" ADD CONSTRAINT "fk_awards_need" FOREIGN KEY ("need_id") REFERENCES "sourcing_needs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "awards" ADD CONSTRAINT "fk_awards_offer" FOREIGN KEY ("offer_id") REFERENCES "offers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "awards" ADD CONSTRAINT "fk_awards_awarded_by" FOREIGN KEY ("awarded_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "capacity_reservations" ADD CONSTRAINT "fk_capacity_reservations_award" FOREIGN KEY ("award_id") REFERENCES "awards"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "capacity_reservations" ADD CONSTRAINT "fk_capacity_reservations_line" FOREIGN KEY ("capacity_entry_id") REFERENCES "capacity_entries"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "linkages" ADD CONSTRAINT "fk_linkages_lead_firm" FOREIGN KEY ("lead_firm_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "linkages" ADD CONSTRAINT "fk_linkages_supplier" FOREIGN KEY ("supplier_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "linkage_events" ADD CONSTRAINT "fk_linkage_events_linkage" FOREIGN KEY ("linkage_id") REFERENCES "linkages"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "linkage_events" ADD CONSTRAINT "fk_linkage_events_award" FOREIGN KEY ("award_id") REFERENCES "awards"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "need_declines" ADD CONSTRAINT "fk_need_declines_need" FOREIGN KEY ("need_id") REFERENCES "sourcing_needs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "need_declines" ADD CONSTRAINT "fk_need_declines_supplier" FOREIGN KEY ("supplier_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "need_declines" ADD CONSTRAINT "fk_need_declines_declined_by" FOREIGN KEY ("declined_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "linkage_events"`);
    await queryRunner.query(`DROP TABLE "linkages"`);
    await queryRunner.query(`DROP TABLE "capacity_reservations"`);
    await queryRunner.query(`DROP TABLE "awards"`);
    await queryRunner.query(`DROP TABLE "offer_allocations"`);
    await queryRunner.query(`DROP TABLE "offers"`);
    await queryRunner.query(`DROP TABLE "need_declines"`);
    await queryRunner.query(`ALTER TABLE "sourcing_needs" DROP COLUMN "seal_offers"`);
  }
}
