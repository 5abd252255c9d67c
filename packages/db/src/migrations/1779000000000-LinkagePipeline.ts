import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The linkage pipeline (issue 15): a linkage's governance, embedded services, next action and due
 * date; each event's day and actor (a linkage whose latest event is over 30 days old is stalled,
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
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_linkage_events_latest"`);
    await queryRunner.query(`ALTER TABLE "linkage_events" DROP CONSTRAINT "fk_linkage_events_actor"`);
    await queryRunner.query(`ALTER TABLE "linkage_events" DROP COLUMN "actor_id", DROP COLUMN "occurred_on"`);
    await queryRunner.query(
      `ALTER TABLE "linkages" DROP COLUMN "next_action_due", DROP COLUMN "next_action", DROP COLUMN "embedded_services", DROP COLUMN "governance"`,
    );
  }
}
