import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The stemming configurations whose lexemes the old wide vector held besides 'search_simple'. */
const STEMMED = ['search_english', 'search_french', 'search_spanish'] as const;

/** Title A, products B, description C, under one configuration (as in SearchDocuments1764000000000). */
const weighted = (config: string) =>
  `setweight(to_tsvector('${config}', title), 'A')
   || setweight(to_tsvector('${config}', search_products_text(products)), 'B')
   || setweight(to_tsvector('${config}', description), 'C')`;

/**
 * Faster PostgreSQL search (`@linkage/search`): the search vector held every field under four text
 * search configurations (simple + English, French, Spanish stems; ≈ 890 bytes a row), which made
 * every match expensive to fetch, recheck and rank. Documents now carry one accent-folded 'simple'
 * vector (`match_vector`), and stemming moves to query time: `search_stems` maps every stem of every
 * indexed word to that word, so a query's stems expand to the words that have them.
 *
 * Self-contained SQL on purpose: a migration is a snapshot of the schema at one point in time.
 */
export class SearchSpeed1768000000000 implements MigrationInterface {
  name = 'SearchSpeed1768000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION search_match_vector(title text, products jsonb, description text) RETURNS tsvector
        LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
        RETURN ${weighted('search_simple')}`);
    await queryRunner.query(`ALTER TABLE search_documents DROP COLUMN search_vector`);
    await queryRunner.query(`DROP FUNCTION search_weighted_vector(text, jsonb, text)`);
    await queryRunner.query(`
      ALTER TABLE search_documents
        ADD COLUMN match_vector tsvector GENERATED ALWAYS AS (search_match_vector(title, products, description)) STORED`);
    await queryRunner.query(
      `CREATE INDEX search_documents_match_idx ON search_documents USING gin (match_vector)`,
    );

    // Stem → word, for every indexed word whose English, French or Spanish stem differs from it.
    // "C" collation so that prefix lookups (the word still being typed) are index ranges.
    await queryRunner.query(`
      CREATE TABLE search_stems (
        stem text COLLATE "C" NOT NULL,
        word text NOT NULL,
        PRIMARY KEY (stem, word)
      )`);
    await queryRunner.query(`
      INSERT INTO search_stems (stem, word)
      SELECT DISTINCT s.stem, w.word
      FROM (SELECT DISTINCT word FROM search_documents, unnest(tsvector_to_array(match_vector)) AS word
            WHERE word !~ '[0-9]') AS w,
           unnest(tsvector_to_array(${STEMMED.map((config) => `to_tsvector('${config}', w.word)`).join(' || ')})) AS s(stem)
      WHERE s.stem <> w.word
      ON CONFLICT DO NOTHING`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE search_stems`);
    await queryRunner.query(`
      CREATE FUNCTION search_weighted_vector(title text, products jsonb, description text) RETURNS tsvector
        LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
        RETURN ${['search_simple', ...STEMMED].map(weighted).join('\n || ')}`);
    await queryRunner.query(`ALTER TABLE search_documents DROP COLUMN match_vector`);
    await queryRunner.query(`DROP FUNCTION search_match_vector(text, jsonb, text)`);
    await queryRunner.query(`
      ALTER TABLE search_documents
        ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (search_weighted_vector(title, products, description)) STORED`);
    await queryRunner.query(
      `CREATE INDEX search_documents_vector_idx ON search_documents USING gin (search_vector)`,
    );
  }
}
