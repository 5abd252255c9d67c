import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search for programme brokers (decision 0012): a broker sees the documents of the organisations
 * enrolled with their programme whatever their tier, so the narrow table the filters run on
 * carries each document's organisation too. Search-only, so the search package's tests run it.
 */
export class SearchBrokering1781000000000 implements MigrationInterface {
  name = 'SearchBrokering1781000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "search_matches" ADD "organisation_id" text`);
    await queryRunner.query(
      `UPDATE "search_matches" m SET "organisation_id" = d."organisation_id" FROM "search_documents" d WHERE d."id" = m."id"`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "search_matches" DROP COLUMN "organisation_id"`);
  }
}
