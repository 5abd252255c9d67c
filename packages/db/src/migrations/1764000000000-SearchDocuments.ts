import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Text search configurations: [name, configuration copied, dictionary after unaccent]. */
const CONFIGURATIONS = [
  ['search_simple', 'simple', 'simple'],
  ['search_english', 'english', 'english_stem'],
  ['search_french', 'french', 'french_stem'],
  ['search_spanish', 'spanish', 'spanish_stem'],
] as const;

/**
 * The search index of the PostgreSQL adapter (`@linkage/search`): one row per searchable document,
 * plus the vocabulary its typo tolerance looks words up in.
 *
 * Self-contained SQL on purpose: a migration is a snapshot of the schema at one point in time, so it
 * must not import code that may change later.
 */
export class SearchDocuments1764000000000 implements MigrationInterface {
  name = 'SearchDocuments1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);

    // unaccent() is only STABLE (its dictionary could be swapped), so it cannot feed a generated
    // column or an index. Naming the dictionary explicitly makes the result depend on the input
    // alone, which is what IMMUTABLE promises.
    await queryRunner.query(`
      CREATE FUNCTION search_unaccent(text) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
        RETURN public.unaccent('public.unaccent'::regdictionary, $1)`);

    // Accent-folding text search configurations: 'simple' keeps whole words (names, HS codes,
    // prefix search), the stemmed ones let "herbes séchées" match "herbe séchée" and "olives"
    // match "olive". Profiles are written in English, French or Spanish, often mixed.
    for (const [name, source, dictionary] of CONFIGURATIONS) {
      await queryRunner.query(`CREATE TEXT SEARCH CONFIGURATION ${name} (COPY = ${source})`);
      await queryRunner.query(
        `ALTER TEXT SEARCH CONFIGURATION ${name} ALTER MAPPING FOR hword, hword_part, word WITH unaccent, ${dictionary}`,
      );
    }

    // Products are stored as JSON ({ label, hsCode }); their labels and codes are searched as text.
    await queryRunner.query(`
      CREATE FUNCTION search_products_text(products jsonb) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
        RETURN (SELECT coalesce(string_agg(concat_ws(' ', p ->> 'label', p ->> 'hsCode'), ' '), '')
                FROM jsonb_array_elements(products) AS p)`);

    // Every chapter (2), heading (4) and subheading (6) prefix of the codes, so that filtering by
    // any HS level is one indexed containment test.
    await queryRunner.query(`
      CREATE FUNCTION search_hs_prefixes(codes text[]) RETURNS text[]
        LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
        RETURN (SELECT coalesce(array_agg(DISTINCT prefix ORDER BY prefix), '{}')
                FROM unnest(codes) AS code, LATERAL (VALUES (left(code, 2)), (left(code, 4)), (code)) AS v(prefix))`);

    // Title weighs A, products B, description C, under every configuration.
    const weighted = (config: string) =>
      `setweight(to_tsvector('${config}', title), 'A')
       || setweight(to_tsvector('${config}', search_products_text(products)), 'B')
       || setweight(to_tsvector('${config}', description), 'C')`;
    await queryRunner.query(`
      CREATE FUNCTION search_weighted_vector(title text, products jsonb, description text) RETURNS tsvector
        LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
        RETURN ${CONFIGURATIONS.map(([name]) => weighted(name)).join('\n || ')}`);

    await queryRunner.query(`
      CREATE TABLE search_documents (
        id                    text PRIMARY KEY,
        kind                  text NOT NULL CHECK (kind IN ('PRODUCER_GROUP', 'ENTERPRISE', 'CATALOGUE_ITEM', 'SOURCING_NEED', 'LEAD_FIRM')),
        organisation_id       text NOT NULL,
        title                 text NOT NULL,
        products              jsonb NOT NULL DEFAULT '[]',
        description           text NOT NULL DEFAULT '',
        country               text NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
        region                text,
        standards             text[] NOT NULL DEFAULT '{}',
        product_codes         text[] NOT NULL DEFAULT '{}',
        organisation_kind     text NOT NULL,
        visibility            text NOT NULL CHECK (visibility IN ('PUBLIC', 'LEAD_FIRMS', 'BROKERS')),
        updated_at            timestamptz NOT NULL,
        product_code_prefixes text[] GENERATED ALWAYS AS (search_hs_prefixes(product_codes)) STORED,
        search_vector         tsvector GENERATED ALWAYS AS (search_weighted_vector(title, products, description)) STORED
      )`);
    await queryRunner.query(
      `CREATE INDEX search_documents_vector_idx ON search_documents USING gin (search_vector)`,
    );
    await queryRunner.query(
      `CREATE INDEX search_documents_standards_idx ON search_documents USING gin (standards)`,
    );
    await queryRunner.query(
      `CREATE INDEX search_documents_product_prefixes_idx ON search_documents USING gin (product_code_prefixes)`,
    );
    await queryRunner.query(
      `CREATE INDEX search_documents_updated_idx ON search_documents (updated_at DESC, id)`,
    );
    await queryRunner.query(
      `CREATE INDEX search_documents_organisation_idx ON search_documents (organisation_id)`,
    );

    // Typo tolerance: whole-string trigram similarity between a short query word and a long title
    // is too low to be useful, so query words are corrected against this vocabulary of the words
    // of titles and product labels (the approach the pg_trgm documentation suggests). GiST, not
    // GIN, because the lookup is a nearest-neighbour search (ORDER BY word <-> term).
    await queryRunner.query(`CREATE TABLE search_lexicon (word text PRIMARY KEY)`);
    await queryRunner.query(
      `CREATE INDEX search_lexicon_trgm_idx ON search_lexicon USING gist (word gist_trgm_ops)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE search_lexicon`);
    await queryRunner.query(`DROP TABLE search_documents`);
    await queryRunner.query(`DROP FUNCTION search_weighted_vector(text, jsonb, text)`);
    await queryRunner.query(`DROP FUNCTION search_hs_prefixes(text[])`);
    await queryRunner.query(`DROP FUNCTION search_products_text(jsonb)`);
    for (const [name] of CONFIGURATIONS) {
      await queryRunner.query(`DROP TEXT SEARCH CONFIGURATION ${name}`);
    }
    await queryRunner.query(`DROP FUNCTION search_unaccent(text)`);
    // The extensions stay: other schema objects may have come to rely on them.
  }
}
