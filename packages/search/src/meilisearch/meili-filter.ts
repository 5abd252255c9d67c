import type { VisibilityTier } from '@linkage/domain';
import type { FacetName, ResolvedSearchQuery } from '../query.js';

/** Meilisearch attribute behind each facet. */
export const FACET_ATTRIBUTES: Record<FacetName, string> = {
  kind: 'kind',
  country: 'country',
  standard: 'standards',
  organisationKind: 'organisationKind',
};

/**
 * A string literal in Meilisearch's filter language: double-quoted, with backslashes and quotes
 * escaped, so no value can close the string and inject an expression (`"A" OR visibility = "BROKERS"`).
 */
export function quoteFilterValue(value: string): string {
  return `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
}

export function anyOf(attribute: string, values: readonly string[]): string {
  return `${attribute} IN [${values.map(quoteFilterValue).join(', ')}]`;
}

/**
 * The query's filters as Meilisearch filter expressions, which it combines with AND. Visibility is
 * one of them, so the engine never counts or returns a document the viewer may not see.
 */
export function buildMeiliFilter(query: ResolvedSearchQuery, tiers: readonly VisibilityTier[]): string[] {
  const { kind, country, standard, productCodePrefix, organisationKind } = query.filters;
  const filter = [
    query.brokering.length
      ? `(${anyOf('visibility', tiers)} OR ${anyOf('organisationId', query.brokering)})`
      : anyOf('visibility', tiers),
  ];
  if (kind?.length) filter.push(anyOf('kind', kind));
  if (country?.length) filter.push(anyOf('country', country));
  if (organisationKind?.length) filter.push(anyOf('organisationKind', organisationKind));
  // Every listed standard is required, as in the PostgreSQL adapter.
  for (const code of standard ?? []) filter.push(`standards = ${quoteFilterValue(code)}`);
  if (productCodePrefix) filter.push(`productCodePrefixes = ${quoteFilterValue(productCodePrefix)}`);
  return filter;
}
