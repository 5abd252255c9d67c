import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Faster broad searches (`@linkage/search`): a query reads every matching row to apply visibility
 * and filters, rank and count facets, and `search_documents` rows are ≈ 1.1 kB, so a common word
 * (7,000–11,000 matches in the 100,000-document bench) touched one heap page per match. The
 * columns a query reads now live in `search_matches` (≈ 600 bytes a row: filter columns, the
 * order key and the match vector), written by the same statement as the document and deleted with
 * it; `search_documents` keeps what a result displays and is read for the page only.
 *
 * Self-contained SQL on purpose: a migration is a snapshot of the schema at one point in time.
 */
export class SearchMatches1770000000000 implements MigrationInterface {
  name = 'SearchMatches1770000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Fixed-width column first and the vector last: rows are read column by column.
    await queryRunner.query(`
      CREATE TABLE search_matches (
        updated_at            timestamptz NOT NULL,
        id                    text PRIMARY KEY REFERENCES search_documents (id) ON DELETE CASCADE,
        kind                  text NOT NULL,
        visibility            text NOT NULL,
        country               text NOT NULL,
        organisation_kind     text NOT NULL,
        standards             text[] NOT NULL,
        product_code_prefixes text[] NOT NULL,
        match_vector          tsvector NOT NULL
      )`);
    await queryRunner.query(`
      INSERT INTO search_matches (updated_at, id, kind, visibility, country, organisation_kind, standards,
                                  product_code_prefixes, match_vector)
      SELECT updated_at, id, kind, visibility, country, organisation_kind, standards, product_code_prefixes, match_vector
      FROM search_documents`);
    await queryRunner.query(`DROP INDEX search_documents_match_idx`);
    await queryRunner.query(`DROP INDEX search_documents_standards_idx`);
    await queryRunner.query(`DROP INDEX search_documents_product_prefixes_idx`);
    await queryRunner.query(`DROP INDEX search_documents_updated_idx`);
    await queryRunner.query(`ALTER TABLE search_documents DROP COLUMN match_vector, DROP COLUMN product_code_prefixes`);
    await queryRunner.query(`CREATE INDEX search_matches_match_idx ON search_matches USING gin (match_vector)`);
    await queryRunner.query(`CREATE INDEX search_matches_standards_idx ON search_matches USING gin (standards)`);
    await queryRunner.query(
      `CREATE INDEX search_matches_product_prefixes_idx ON search_matches USING gin (product_code_prefixes)`,
    );
    await queryRunner.query(`CREATE INDEX search_matches_updated_idx ON search_matches (updated_at DESC, id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE search_documents
        ADD COLUMN product_code_prefixes text[] GENERATED ALWAYS AS (search_hs_prefixes(product_codes)) STORED,
        ADD COLUMN match_vector tsvector GENERATED ALWAYS AS (search_match_vector(title, products, description)) STORED`);
    await queryRunner.query(`DROP TABLE search_matches`);
    await queryRunner.query(`CREATE INDEX search_documents_match_idx ON search_documents USING gin (match_vector)`);
    await queryRunner.query(`CREATE INDEX search_documents_standards_idx ON search_documents USING gin (standards)`);
    await queryRunner.query(
      `CREATE INDEX search_documents_product_prefixes_idx ON search_documents USING gin (product_code_prefixes)`,
    );
    await queryRunner.query(`CREATE INDEX search_documents_updated_idx ON search_documents (updated_at DESC, id)`);
  }
}
