import { allowedVisibility, resolveSearchQuery, type SearchQuery } from '@linkage/search';
import type pg from 'pg';

/**
 * What a first implementation would do: every query word ILIKE'd against every text column, same
 * visibility and filters, total, page and facet counts in one statement — a sequential scan each
 * time, and no typo, accent or stemming tolerance.
 */
export async function naiveSearch(pool: pg.Pool, input: SearchQuery): Promise<number> {
  const query = resolveSearchQuery(input);
  const values: unknown[] = [allowedVisibility(query.viewer)];
  const add = (value: unknown) => `$${values.push(value)}`;
  const conditions = ['visibility = ANY($1::text[])'];
  for (const word of query.text.split(/\s+/).filter(Boolean)) {
    const pattern = add(`%${word.replace(/[\\%_]/g, '\\$&')}%`);
    conditions.push(`(title ILIKE ${pattern} OR products::text ILIKE ${pattern} OR description ILIKE ${pattern})`);
  }
  const { kind, country, standard, productCodePrefix, organisationKind } = query.filters;
  if (kind?.length) conditions.push(`kind = ANY(${add(kind)}::text[])`);
  if (country?.length) conditions.push(`country = ANY(${add(country)}::text[])`);
  if (organisationKind?.length) conditions.push(`organisation_kind = ANY(${add(organisationKind)}::text[])`);
  if (standard?.length) conditions.push(`standards @> ${add(standard)}::text[]`);
  if (productCodePrefix) conditions.push(`EXISTS (SELECT 1 FROM unnest(product_codes) c WHERE c LIKE ${add(productCodePrefix + '%')})`);
  const facets = query.facets.map((facet) => {
    const column = { kind: 'kind', country: 'country', organisationKind: 'organisation_kind', standard: 'unnest(standards)' }[facet];
    return `(SELECT json_object_agg(v, n) FROM (SELECT ${column} AS v, count(*) AS n FROM matched GROUP BY 1) f)`;
  });
  const { rows } = await pool.query<{ total: number }>(
    `WITH matched AS (SELECT * FROM search_documents WHERE ${conditions.join(' AND ')})
     SELECT (SELECT count(*) FROM matched)::int AS total,
            (SELECT json_agg(m) FROM (SELECT id, title FROM matched ORDER BY updated_at DESC LIMIT ${add(query.perPage)}) m) AS hits
            ${facets.map((sql) => `, ${sql}`).join('')}`,
    values,
  );
  return rows[0]?.total ?? 0;
}
