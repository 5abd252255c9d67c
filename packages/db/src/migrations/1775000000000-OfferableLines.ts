import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The line columns candidate generation reads from the offerable-lines index. */
const LINE_COLUMNS = `"organisation_id", "member_id", "quantity", "unit", "period", "lead_time_days"`;

/**
 * Matching speed with members: whether a capacity line counts towards its group's offer is stored on
 * the line (`offerable`) instead of being looked up in `group_members` for every line of a chapter on
 * every matching run — that look-up read every active member per need and pushed the plan's cost over
 * PostgreSQL's JIT thresholds (bench/matching, 2026-12-03).
 *
 * `offerable` is a cache of the domain's offer rule (`countsTowardsOffer` in
 * packages/domain: committed, and for a member's line the member ACTIVE), kept by triggers so that
 * every writer — the API, imports, the seed, tests and the bench — keeps it true: a line's own trigger
 * on insert and on a change of `committed` or `member_id`, and a member's trigger on a change of
 * status. `candidate-consistency.test.ts` checks matching over it against the domain rule.
 *
 * A partial covering index holds exactly the offerable lines by HS prefix. Certificates by standard
 * are indexed whoever holds them (the group or a member), with what matching reads.
 *
 * Self-contained SQL on purpose: a migration is a snapshot of the schema at one point in time.
 */
export class OfferableLines1775000000000 implements MigrationInterface {
  name = 'OfferableLines1775000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "capacity_entries" ADD "offerable" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`
      CREATE FUNCTION capacity_line_offerable(committed boolean, member uuid) RETURNS boolean
        LANGUAGE sql STABLE AS $$
          SELECT committed AND (member IS NULL OR EXISTS (
            SELECT 1 FROM group_members m WHERE m.id = member AND m.status = 'ACTIVE'))
        $$`);
    await queryRunner.query(`
      CREATE FUNCTION capacity_entries_set_offerable() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          NEW.offerable := capacity_line_offerable(NEW.committed, NEW.member_id);
          RETURN NEW;
        END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER capacity_entries_offerable
        BEFORE INSERT OR UPDATE OF committed, member_id, offerable ON capacity_entries
        FOR EACH ROW EXECUTE FUNCTION capacity_entries_set_offerable()`);
    await queryRunner.query(`
      CREATE FUNCTION group_members_refresh_offerable() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          UPDATE capacity_entries SET offerable = offerable WHERE member_id = NEW.id;
          RETURN NULL;
        END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER group_members_offerable
        AFTER UPDATE OF status ON group_members
        FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status)
        EXECUTE FUNCTION group_members_refresh_offerable()`);
    await queryRunner.query(
      `UPDATE capacity_entries SET offerable = capacity_line_offerable(committed, member_id)`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_capacity_entries_offerable_prefix" ON "capacity_entries" ("product_code" bpchar_pattern_ops)
         INCLUDE (${LINE_COLUMNS}) WHERE "offerable"`,
    );
    await queryRunner.query(`DROP INDEX "ix_certifications_own_by_standard"`);
    await queryRunner.query(
      `CREATE INDEX "ix_certifications_by_standard" ON "certifications" ("standard_id", "organisation_id")
         INCLUDE ("valid_until", "verification", "member_id")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_certifications_by_standard"`);
    await queryRunner.query(
      `CREATE INDEX "ix_certifications_own_by_standard" ON "certifications" ("standard_id", "organisation_id")
         INCLUDE ("valid_until", "verification") WHERE "member_id" IS NULL`,
    );
    await queryRunner.query(`DROP INDEX "ix_capacity_entries_offerable_prefix"`);
    await queryRunner.query(`DROP TRIGGER group_members_offerable ON group_members`);
    await queryRunner.query(`DROP FUNCTION group_members_refresh_offerable()`);
    await queryRunner.query(`DROP TRIGGER capacity_entries_offerable ON capacity_entries`);
    await queryRunner.query(`DROP FUNCTION capacity_entries_set_offerable()`);
    await queryRunner.query(`DROP FUNCTION capacity_line_offerable(boolean, uuid)`);
    await queryRunner.query(`ALTER TABLE "capacity_entries" DROP COLUMN "offerable"`);
  }
}
