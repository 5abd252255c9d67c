import type { FacetName, ResolvedSearchQuery } from '../query.js';
import type { VisibilityTier } from '@linkage/domain';

/** One query word as the statement receives it: how many typos it may carry and whether it is still being typed. */
export interface TermPlan {
  term: string;
  /** Typos it may carry (see typoBudget). */
  budget: 0 | 1 | 2;
  prefix: boolean;
  /** Words meaning the same in the other languages (the product vocabulary), matched as the word itself. */
  synonyms: readonly string[];
}

export interface SqlStatement {
  text: string;
  values: unknown[];
}

class Parameters {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** An OR of the given words as exact lexemes (no parsing, so "women-led" stays one lexeme); NULL if none. */
const anyOf = (words: string, weight = '') => `
           (SELECT string_agg(format('''%s''${weight}', replace(replace(w, '\\', '\\\\'), '''', '''''')), ' | ')::tsquery
            FROM (${words}) AS x(w))`;

/**
 * Turns query words into tsqueries over the one 'simple' vector. Each word may match as itself
 * (prefix if still being typed), as one of its synonyms in the other languages (the product
 * vocabulary: "huile" also matches "oil" and "oils"; synonyms are matched as written, never stemmed,
 * or "huile" would find "Huila" through the stem "huil"), as its English, French or Spanish stem, or — in titles and product
 * labels only, where the vocabulary came from — as one of its typo corrections. Stems are expanded at
 * query time through `search_stems` into the indexed words that have them, which matches the same
 * documents as a vector of every configuration's lexemes did: a word or stem of the query matches a
 * document having it as a word, or having a word one of whose stems it is. Words combine with AND.
 * `exact` leaves corrections out so that documents matching without them rank first.
 *
 * A word's typo corrections are the nearest vocabulary words by trigram distance within its typo
 * budget, by optimal string alignment (`search_typo_distance`); the C `levenshtein_less_equal`
 * settles most candidates first (Levenshtein ≤ budget means close enough; over twice the budget,
 * too far).
 */
function textQueryCtes(terms: readonly TermPlan[], params: Parameters): string {
  return `
  terms AS (
    SELECT term, prefix, synonyms,
           CASE WHEN budget = 0 THEN '{}' ELSE ARRAY(
             SELECT c.word FROM (SELECT word FROM search_lexicon ORDER BY word <-> t.term LIMIT 8) AS c
             WHERE c.word <> t.term
               AND CASE WHEN levenshtein_less_equal(t.term, c.word, budget) <= budget THEN true
                        WHEN levenshtein_less_equal(t.term, c.word, 2 * budget) > 2 * budget THEN false
                        ELSE search_typo_distance(t.term, c.word) <= budget END) END AS corrections,
           ts_lexize('english_stem', term) = '{}' OR ts_lexize('french_stem', term) = '{}'
             OR ts_lexize('spanish_stem', term) = '{}' AS stopword
    FROM jsonb_to_recordset(${params.add(JSON.stringify(terms))}::jsonb) AS t(term text, budget integer, prefix boolean, synonyms text[])
  ),
  -- A stop word would demand that documents contain "the" or "de": drop them, unless nothing else is left.
  kept AS (
    SELECT * FROM terms WHERE NOT stopword OR NOT EXISTS (SELECT 1 FROM terms WHERE NOT stopword)
  ),
  parts AS MATERIALIZED (
    SELECT k.term,
           ARRAY[k.term] || k.synonyms || k.corrections || ts_lexize('english_stem', k.term) || ts_lexize('french_stem', k.term)
             || ts_lexize('spanish_stem', k.term) AS match_words,
           to_tsquery('search_simple', quote_literal(k.term) || CASE WHEN k.prefix THEN ':*' ELSE '' END) AS simple,
           ${anyOf('SELECT unnest(k.synonyms)')} AS synonym,
           ${anyOf(`SELECT unnest(e.stems)
                    UNION SELECT s.word FROM search_stems AS s WHERE s.stem = ANY(array_prepend(k.term, e.stems))
                    UNION SELECT s.word FROM search_stems AS s
                    WHERE k.prefix AND s.stem >= k.term AND s.stem < k.term || chr(1114111) AND NOT starts_with(s.word, k.term)`)} AS stemmed,
           ${anyOf(
             `SELECT unnest(k.corrections)
                    UNION SELECT s.word FROM search_stems AS s WHERE s.stem = ANY(k.corrections)`,
             ':AB',
           )} AS corrected
    FROM kept AS k,
         LATERAL (SELECT tsvector_to_array(to_tsvector('search_english', k.term) || to_tsvector('search_french', k.term)
                                           || to_tsvector('search_spanish', k.term)) AS stems) AS e
  ),
  alternatives AS (
    SELECT term, match_words, corrected, CASE WHEN stemmed IS NULL THEN widened ELSE widened || stemmed END AS exact
    FROM (SELECT *, CASE WHEN synonym IS NULL THEN simple ELSE simple || synonym END AS widened FROM parts) AS p
  ),
  query AS (
    SELECT string_agg(format('(%s)', CASE WHEN corrected IS NULL THEN exact ELSE exact || corrected END), ' & ')::tsquery AS tsq,
           string_agg(format('(%s)', exact), ' & ')::tsquery AS exact_tsq,
           bool_or(corrected IS NOT NULL) AS corrected,
           ARRAY(SELECT DISTINCT w FROM alternatives AS a, unnest(a.match_words) AS w) AS match_words
    FROM alternatives
  ),`;
}

/** Filters whose facet counts ignore their own selection, so every value stays on offer (OR within a facet). */
const DISJUNCTIVE = ['kind', 'country', 'organisationKind'] as const;
type DisjunctiveFacet = (typeof DISJUNCTIVE)[number];
const COLUMN: Record<DisjunctiveFacet, string> = {
  kind: 'kind',
  country: 'country',
  organisationKind: 'organisation_kind',
};

/** Visibility, the standards (each required) and the product: what every count shares. */
function baseConditions(
  query: ResolvedSearchQuery,
  tiers: readonly VisibilityTier[],
  params: Parameters,
): string[] {
  const { standard, productCodePrefix } = query.filters;
  const conditions = [
    query.brokering.length
      ? `(d.visibility = ANY(${params.add(tiers)}::text[]) OR d.organisation_id = ANY(${params.add(query.brokering)}::text[]))`
      : `d.visibility = ANY(${params.add(tiers)}::text[])`,
  ];
  if (standard?.length) conditions.push(`d.standards @> ${params.add(standard)}::text[]`);
  if (productCodePrefix)
    conditions.push(`d.product_code_prefixes @> ARRAY[${params.add(productCodePrefix)}::text]`);
  return conditions;
}

/** The disjunctive filters as conditions on `base`, each keyed by its facet. */
function disjunctiveConditions(query: ResolvedSearchQuery, params: Parameters): Map<DisjunctiveFacet, string> {
  const conditions = new Map<DisjunctiveFacet, string>();
  for (const facet of DISJUNCTIVE) {
    const values = query.filters[facet];
    if (values?.length) conditions.set(facet, `${COLUMN[facet]} = ANY(${params.add(values)}::text[])`);
  }
  return conditions;
}

const where = (conditions: readonly string[]) => (conditions.length ? `WHERE ${conditions.join(' AND ')}` : '');

/** A facet's counts over `source`: the result, or for a disjunctive facet the result without its own filter. */
function facetSql(facet: FacetName, source: string): string {
  if (facet === 'standard')
    // unnest in the select list: measurably cheaper than a lateral join over thousands of rows.
    return `SELECT unnest(standards) AS value, count(*) AS n FROM ${source} GROUP BY 1`;
  return `SELECT ${COLUMN[facet]} AS value, count(*) AS n FROM ${source} GROUP BY 1`;
}

/** Column of a facet's counts in the result row (quoted in SQL, which would otherwise fold its case). */
export const facetColumn = (facet: FacetName) => `facet_${facet}`;

/**
 * The whole search in one statement: matching, visibility and filters in `matched` (over the narrow
 * `search_matches` rows), then the page, the total and the facet counts all read from it — only the
 * page's documents are read from `search_documents` — so none can disagree with another and a hidden
 * document can reach none of them.
 */
export function buildSearchStatement(
  query: ResolvedSearchQuery,
  terms: readonly TermPlan[],
  tiers: readonly VisibilityTier[],
): SqlStatement {
  const params = new Parameters();
  const hasText = terms.length > 0;
  const ctes = hasText ? textQueryCtes(terms, params) : '';
  const conditions = baseConditions(query, tiers, params);
  if (hasText) conditions.push('d.match_vector @@ q.tsq');
  const disjunctive = disjunctiveConditions(query, params);
  // Title matches count most (ts_rank weighs A > B > C); matching without typo corrections doubles it.
  // Ranked only when the order needs it; without any typo correction every match is exact, so the
  // second test is skipped (ts_rank on thousands of broad matches is a third of such a query's time).
  const ranked = hasText && query.sort === 'relevance';
  const rank = ranked
    ? `ts_rank(d.match_vector, q.tsq) * CASE WHEN NOT q.corrected OR d.match_vector @@ q.exact_tsq THEN 2 ELSE 1 END`
    : '0';
  const orderKeys = ranked ? ['rank DESC', 'updated_at DESC', 'id'] : ['updated_at DESC', 'id'];
  const orderBy = (alias: string) => orderKeys.map((key) => `${alias}.${key}`).join(', ');
  // A disjunctive facet counts the documents every other filter lets through, so the values not
  // ticked keep their counts (ticking one more widens the result by that count).
  const facetSource = (facet: FacetName) => {
    if (facet === 'standard' || !disjunctive.has(facet)) return 'matched';
    return `(SELECT * FROM base ${where([...disjunctive].filter(([f]) => f !== facet).map(([, c]) => c))}) AS b`;
  };
  const facets = query.facets.map(
    (facet) =>
      `(SELECT coalesce(json_object_agg(value, n), '{}') FROM (${facetSql(facet, facetSource(facet))}) AS f) AS "${facetColumn(facet)}"`,
  );

  const text = `
  WITH ${ctes}
  ${disjunctive.size ? 'base' : 'matched'} AS MATERIALIZED (
    SELECT d.id, d.kind, d.country, d.standards, d.organisation_kind, d.updated_at, ${rank} AS rank
    FROM search_matches AS d${hasText ? ', query AS q' : ''}
    WHERE ${conditions.join('\n      AND ')}
  ),${disjunctive.size ? `\n  matched AS MATERIALIZED (SELECT * FROM base ${where([...disjunctive.values()])}),` : ''}
  page AS (
    SELECT m.id, m.rank, m.updated_at FROM matched AS m ORDER BY ${orderBy('m')}
    LIMIT ${params.add(query.perPage)} OFFSET ${params.add((query.page - 1) * query.perPage)}
  )
  SELECT
    (SELECT count(*) FROM matched)::int AS total,
    (SELECT coalesce(json_agg(json_build_object(
        'id', d.id, 'kind', d.kind, 'organisationId', d.organisation_id, 'title', d.title,
        'products', d.products, 'description', d.description, 'country', d.country, 'region', d.region,
        'standards', d.standards, 'productCodes', d.product_codes, 'organisationKind', d.organisation_kind,
        'visibility', d.visibility, 'updatedAt', d.updated_at) ORDER BY ${orderBy('page')}), '[]')
     FROM page JOIN search_documents AS d USING (id)) AS hits,
    ${hasText ? '(SELECT match_words FROM query)' : `'{}'::text[]`} AS match_words${facets.length ? ',\n    ' + facets.join(',\n    ') : ''}`;
  return { text, values: params.values };
}
