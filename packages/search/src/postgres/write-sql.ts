/** Statements that change the PostgreSQL index. Documents travel as one JSON parameter per batch. */

const DOCUMENT_COLUMNS = `
  id text, kind text, "organisationId" text, title text, products jsonb, description text, country text,
  region text, standards text[], "productCodes" text[], "organisationKind" text, visibility text, "updatedAt" timestamptz`;

// Words of titles and product labels feed the typo-correction vocabulary. Digits-only words (HS
// codes) are never corrected, and a correction is at most two edits from a 5-letter word.
const VOCABULARY_OF = (source: string) => `
  SELECT DISTINCT word
  FROM ${source}, regexp_split_to_table(lower(search_unaccent(title || ' ' || search_products_text(products))), '[^a-z0-9]+') AS word
  WHERE length(word) >= 3 AND word ~ '[a-z]'`;

// Stemming happens at query time: every word of the 'simple' match vectors (all fields) is mapped from its
// English, French and Spanish stems, so that a query's stems expand to the words that have them.
// Words with digits are codes, which are never stemmed.
const STEMS_OF = (source: string) => `
  SELECT DISTINCT s.stem, w.word
  FROM (SELECT DISTINCT word FROM ${source}, unnest(tsvector_to_array(match_vector)) AS word WHERE word !~ '[0-9]') AS w,
       unnest(tsvector_to_array(to_tsvector('search_english', w.word) || to_tsvector('search_french', w.word)
                                || to_tsvector('search_spanish', w.word))) AS s(stem)
  WHERE s.stem <> w.word`;

/**
 * Inserts or wholly replaces documents and their matching rows (`search_matches`: filter columns,
 * order key and vector, which queries read), and adds their words to the vocabulary and the stems,
 * in one statement. $1 is a JSON array of normalised `SearchDocument`s with distinct ids.
 */
export const UPSERT_SQL = `
  WITH incoming AS (
    SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(${DOCUMENT_COLUMNS})
  ),
  written AS (
    INSERT INTO search_documents AS d (id, kind, organisation_id, title, products, description, country, region,
                                       standards, product_codes, organisation_kind, visibility, updated_at)
    SELECT id, kind, "organisationId", title, products, description, country, region,
           standards, "productCodes", "organisationKind", visibility, "updatedAt"
    FROM incoming
    ON CONFLICT (id) DO UPDATE SET
      kind = EXCLUDED.kind, organisation_id = EXCLUDED.organisation_id, title = EXCLUDED.title,
      products = EXCLUDED.products, description = EXCLUDED.description, country = EXCLUDED.country,
      region = EXCLUDED.region, standards = EXCLUDED.standards, product_codes = EXCLUDED.product_codes,
      organisation_kind = EXCLUDED.organisation_kind, visibility = EXCLUDED.visibility, updated_at = EXCLUDED.updated_at
    RETURNING *
  ),
  -- The foreign key to search_documents is checked at the end of the statement, after both inserts.
  matching AS (
    INSERT INTO search_matches AS m (updated_at, id, kind, visibility, organisation_id, country, organisation_kind,
                                     standards, product_code_prefixes, match_vector)
    SELECT updated_at, id, kind, visibility, organisation_id, country, organisation_kind, standards,
           search_hs_prefixes(product_codes), search_match_vector(title, products, description)
    FROM written
    ON CONFLICT (id) DO UPDATE SET
      updated_at = EXCLUDED.updated_at, kind = EXCLUDED.kind, visibility = EXCLUDED.visibility,
      organisation_id = EXCLUDED.organisation_id,
      country = EXCLUDED.country, organisation_kind = EXCLUDED.organisation_kind, standards = EXCLUDED.standards,
      product_code_prefixes = EXCLUDED.product_code_prefixes, match_vector = EXCLUDED.match_vector
    RETURNING match_vector
  ),
  vocabulary AS (
    INSERT INTO search_lexicon (word)
    ${VOCABULARY_OF('written')}
    ON CONFLICT (word) DO NOTHING
  )
  INSERT INTO search_stems (stem, word)
  ${STEMS_OF('matching')}
  ON CONFLICT (stem, word) DO NOTHING`;

/** Matching rows go with their documents (ON DELETE CASCADE). */
export const DELETE_SQL = `DELETE FROM search_documents WHERE id = ANY($1::text[])`;

/** Served by search_documents_organisation_idx. */
export const DELETE_ORGANISATIONS_SQL = `DELETE FROM search_documents WHERE organisation_id = ANY($1::text[])`;

/**
 * Deleted documents leave their words behind (harmless: a correction or stem expansion that matches
 * nothing); this rebuilds the vocabulary and the stems from what is indexed now. Plain DELETE, not TRUNCATE, so searches running
 * meanwhile keep reading the old vocabulary instead of waiting for a lock.
 */
export const REBUILD_VOCABULARY_SQL = [
  `DELETE FROM search_lexicon`,
  `INSERT INTO search_lexicon (word) ${VOCABULARY_OF('search_documents')} ON CONFLICT (word) DO NOTHING`,
  `DELETE FROM search_stems`,
  `INSERT INTO search_stems (stem, word) ${STEMS_OF('search_matches')} ON CONFLICT (stem, word) DO NOTHING`,
];

export const SCHEMA_PRESENT_SQL = `
  SELECT to_regclass('search_documents') IS NOT NULL AND to_regclass('search_lexicon') IS NOT NULL
         AND to_regclass('search_stems') IS NOT NULL AND to_regclass('search_matches') IS NOT NULL
         AND to_regprocedure('search_typo_distance(text, text)') IS NOT NULL AS present`;
