import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A group never lists two member enterprises of one name (case aside), even when two people add
 * the same member at the same moment: the name's key is kept on the membership by triggers (from the
 * enterprise on insert, and on every membership when an enterprise is renamed) under a unique index,
 * so the database refuses the second, where a check before the insert let both through.
 * Memberships already sharing a name (from such races) keep working: all but the first get a key
 * of their own, and the next rename of either settles it.
 *
 * Self-contained SQL on purpose: a migration is a snapshot of the schema at one point in time.
 */
export class MemberNamesUnique1785000000000 implements MigrationInterface {
  name = 'MemberNamesUnique1785000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "group_members" ADD "name_key" text`);
    await queryRunner.query(`
      UPDATE group_members m
         SET name_key = CASE WHEN d.rn = 1 THEN d.name_key ELSE d.name_key || ' #' || m.id END
        FROM (SELECT m2.id, lower(o.legal_name) AS name_key,
                     row_number() OVER (PARTITION BY m2.group_id, lower(o.legal_name) ORDER BY m2.created_at, m2.id) AS rn
                FROM group_members m2 JOIN organisations o ON o.id = m2.member_organisation_id) d
       WHERE d.id = m.id`);
    await queryRunner.query(`ALTER TABLE "group_members" ALTER COLUMN "name_key" SET NOT NULL`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_group_members_name" ON "group_members" ("group_id", "name_key")`,
    );
    await queryRunner.query(`
      CREATE FUNCTION group_members_name_key() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.name_key := (SELECT lower(legal_name) FROM organisations WHERE id = NEW.member_organisation_id);
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER group_members_name_key BEFORE INSERT OR UPDATE OF member_organisation_id ON group_members
      FOR EACH ROW EXECUTE FUNCTION group_members_name_key()`);
    await queryRunner.query(`
      CREATE FUNCTION organisations_member_name_keys() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE group_members SET name_key = lower(NEW.legal_name) WHERE member_organisation_id = NEW.id;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER organisations_member_name_keys AFTER UPDATE OF legal_name ON organisations
      FOR EACH ROW WHEN (OLD.legal_name IS DISTINCT FROM NEW.legal_name)
      EXECUTE FUNCTION organisations_member_name_keys()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER organisations_member_name_keys ON organisations`);
    await queryRunner.query(`DROP FUNCTION organisations_member_name_keys()`);
    await queryRunner.query(`DROP TRIGGER group_members_name_key ON group_members`);
    await queryRunner.query(`DROP FUNCTION group_members_name_key()`);
    await queryRunner.query(`DROP INDEX "uq_group_members_name"`);
    await queryRunner.query(`ALTER TABLE "group_members" DROP COLUMN "name_key"`);
  }
}
