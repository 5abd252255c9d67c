import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The linkage pipeline (issue 15): a linkage's governance, embedded services, next action and due
 * date; orders and deliveries under a linkage (the deliveries are the supplier's track record,
 * which matching scores); each event's day and actor (a linkage whose latest event is over 30 days old is stalled,
 * read from the events, so recording an award or a meeting never writes the linkage row itself).
 *
 * Self-contained SQL on purpose: a migration is a snapshot of the schema at one point in time.
 */
export class LinkagePipeline1779000000000 implements MigrationInterface {
  name = 'LinkagePipeline1779000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "linkages" ADD "governance" text`);
    await queryRunner.query(
      `ALTER TABLE "linkages" ADD "embedded_services" text array NOT NULL DEFAULT '{}'`,
    );
    await queryRunner.query(`ALTER TABLE "linkages" ADD "next_action" text`);
    await queryRunner.query(`ALTER TABLE "linkages" ADD "next_action_due" date`);
    await queryRunner.query(
      `ALTER TABLE "linkage_events" ADD "occurred_on" date NOT NULL DEFAULT ('now'::text)::date`,
    );
    await queryRunner.query(`ALTER TABLE "linkage_events" ADD "actor_id" uuid`);
    await queryRunner.query(
      `CREATE INDEX "ix_linkage_events_latest" ON "linkage_events" ("linkage_id", "occurred_on")`,
    );
    await queryRunner.query(
      `ALTER TABLE "linkage_events" ADD CONSTRAINT "fk_linkage_events_actor" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TABLE "linkage_orders" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "linkage_id" uuid NOT NULL, "quantity" numeric(18,4) NOT NULL, "unit" text NOT NULL, "price" numeric(18,4), "currency" character(3), "due_on" date NOT NULL, "recorded_by_id" uuid, CONSTRAINT "PK_d633244cca723e937e0310fd514" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_linkage_orders_linkage" ON "linkage_orders"  ("linkage_id") `);
    await queryRunner.query(
      `CREATE TABLE "deliveries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "linkage_id" uuid NOT NULL, "supplier_id" uuid NOT NULL, "order_id" uuid, "delivered_on" date NOT NULL, "quantity" numeric(18,4) NOT NULL, "unit" text NOT NULL, "on_time" boolean NOT NULL, "conforming" boolean NOT NULL, "note" text, "recorded_by_id" uuid, CONSTRAINT "PK_a6ef225c5c5f0974e503bfb731f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_deliveries_linkage" ON "deliveries"  ("linkage_id") `);
    await queryRunner.query(
      `CREATE INDEX "ix_deliveries_supplier_day" ON "deliveries"  ("supplier_id", "delivered_on") `,
    );
    await queryRunner.query(
      `ALTER TABLE "linkage_orders" ADD CONSTRAINT "fk_linkage_orders_linkage" FOREIGN KEY ("linkage_id") REFERENCES "linkages"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "deliveries" ADD CONSTRAINT "fk_deliveries_linkage" FOREIGN KEY ("linkage_id") REFERENCES "linkages"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "deliveries" ADD CONSTRAINT "fk_deliveries_order" FOREIGN KEY ("order_id") REFERENCES "linkage_orders"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "deliveries"`);
    await queryRunner.query(`DROP TABLE "linkage_orders"`);
    await queryRunner.query(`DROP INDEX "ix_linkage_events_latest"`);
    await queryRunner.query(`ALTER TABLE "linkage_events" DROP CONSTRAINT "fk_linkage_events_actor"`);
    await queryRunner.query(`ALTER TABLE "linkage_events" DROP COLUMN "actor_id", DROP COLUMN "occurred_on"`);
    await queryRunner.query(
      `ALTER TABLE "linkages" DROP COLUMN "next_action_due", DROP COLUMN "next_action", DROP COLUMN "embedded_services", DROP COLUMN "governance"`,
    );
  }
}
