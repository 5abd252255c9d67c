import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Typo corrections move into the search statement (`@linkage/search`): the adapter used to fetch
 * the nearest vocabulary words in a round trip of their own and filter them by edit distance in
 * JavaScript; a search is now one round trip. `search_typo_distance` is that edit distance: optimal
 * string alignment, where swapping two neighbouring letters counts as one edit, as Meilisearch
 * counts it. Callers filter with fuzzystrmatch's `levenshtein_less_equal` first (C, and Levenshtein
 * is at most twice this distance), so the PL/pgSQL loop runs for few candidates.
 *
 * Self-contained SQL on purpose: a migration is a snapshot of the schema at one point in time.
 */
export class SearchTypos1771000000000 implements MigrationInterface {
  name = 'SearchTypos1771000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Left in place by down(), like unaccent and pg_trgm: other schemas may use them.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS fuzzystrmatch`);
    await queryRunner.query(`
      CREATE FUNCTION search_typo_distance(a text, b text) RETURNS integer
        LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
      AS $$
      DECLARE
        x text[] := string_to_array(a, NULL);
        y text[] := string_to_array(b, NULL);
        la integer := cardinality(x);
        lb integer := cardinality(y);
        cols integer := lb + 1;
        -- d[i * cols + j + 1] is the distance between the first i letters of a and the first j of b.
        d integer[] := array_fill(0, ARRAY[(la + 1) * cols]);
        best integer;
      BEGIN
        FOR i IN 0..la LOOP d[i * cols + 1] := i; END LOOP;
        FOR j IN 0..lb LOOP d[j + 1] := j; END LOOP;
        FOR i IN 1..la LOOP
          FOR j IN 1..lb LOOP
            best := least(d[(i - 1) * cols + j + 1] + 1, d[i * cols + j] + 1,
                          d[(i - 1) * cols + j] + CASE WHEN x[i] = y[j] THEN 0 ELSE 1 END);
            IF i > 1 AND j > 1 AND x[i] = y[j - 1] AND x[i - 1] = y[j] THEN
              best := least(best, d[(i - 2) * cols + j - 1] + 1);
            END IF;
            d[i * cols + j + 1] := best;
          END LOOP;
        END LOOP;
        RETURN d[la * cols + lb + 1];
      END
      $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION search_typo_distance(text, text)`);
  }
}
