import {
  HS_CODE_PATTERN,
  ORGANISATION_KINDS,
  countryCodeProblem,
  isCountryCode,
  normaliseHsCode,
} from '@linkage/domain';
import { z } from 'zod';
import { DOCUMENT_KINDS, STANDARD_CODE_PATTERN } from './document.js';
import { InvalidSearchQueryError, UnknownFacetError } from './errors.js';
import { fieldErrors } from './field-errors.js';
import { VIEWERS } from './visibility.js';

/** Fields whose value counts a search can return. */
export const FACET_NAMES = ['kind', 'country', 'standard', 'organisationKind'] as const;
export type FacetName = (typeof FACET_NAMES)[number];

/** `relevance` falls back to `updatedAt` when there is no text to be relevant to. */
export const SEARCH_SORTS = ['relevance', 'updatedAt'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

export const MAX_PER_PAGE = 100;
/** Deep pages are for crawlers, not people; the cap keeps OFFSET cheap. */
export const MAX_PAGE = 500;
export const MAX_TEXT_LENGTH = 200;

const country = z
  .string()
  .trim()
  .toUpperCase()
  .refine(isCountryCode, { error: (issue) => countryCodeProblem(String(issue.input)) });
const standard = z
  .string()
  .trim()
  .toUpperCase()
  .regex(STANDARD_CODE_PATTERN, { error: 'Use registry standard codes, such as ORGANIC_EU' });
const productCodePrefix = z
  .string()
  .transform(normaliseHsCode)
  .refine((code) => HS_CODE_PATTERN.test(code), { error: 'Use an HS code of 2, 4 or 6 digits, such as 09 or 0904' });

const filtersShape = {
  kind: z.array(z.enum(DOCUMENT_KINDS)).optional(),
  country: z.array(country).optional(),
  /** Documents must hold every standard listed (a buyer needing two certifications needs both). */
  standard: z.array(standard).optional(),
  productCodePrefix: productCodePrefix.optional(),
  organisationKind: z.array(z.enum(ORGANISATION_KINDS)).optional(),
};

/**
 * The query engines run. `kind`, `country` and `organisationKind` match any listed value; filters
 * combine with AND. Facet counts are taken over the whole filtered result, not just the page.
 */
export const SearchQuerySchema = z.object({
  text: z.string().trim().max(MAX_TEXT_LENGTH, { error: `Search text is at most ${MAX_TEXT_LENGTH} characters` }).default(''),
  filters: z.object(filtersShape).default({}),
  facets: z.array(z.enum(FACET_NAMES)).default([]),
  viewer: z.enum(VIEWERS),
  /**
   * Organisations enrolled in the searching broker's programmes: their documents are shown whatever
   * their tier (enrolment is their consent to those brokers' full view, decision 0012).
   */
  brokering: z.array(z.string()).default([]),
  page: z.int().min(1).max(MAX_PAGE).default(1),
  perPage: z.int().min(1).max(MAX_PER_PAGE).default(20),
  sort: z.enum(SEARCH_SORTS).default('relevance'),
});
export type SearchQuery = z.input<typeof SearchQuerySchema>;
export type SearchFilters = NonNullable<SearchQuery['filters']>;
export type ResolvedSearchQuery = z.output<typeof SearchQuerySchema>;

function assertFacetNames(facets: unknown): void {
  if (!Array.isArray(facets)) return;
  const unknown = facets.find((facet) => !(FACET_NAMES as readonly unknown[]).includes(facet));
  if (unknown !== undefined) throw new UnknownFacetError(String(unknown), FACET_NAMES);
}

/** Validates a query and fills its defaults; engines call it first, so every caller gets the same errors. */
export function resolveSearchQuery(query: SearchQuery): ResolvedSearchQuery {
  assertFacetNames(query.facets);
  const result = SearchQuerySchema.safeParse(query);
  if (!result.success) throw new InvalidSearchQueryError(fieldErrors(result.error));
  return result.data;
}

/** A query-string list: repeated (`?country=MA&country=PE`) or comma-separated (`?country=MA,PE`). */
function splitList(value: unknown): string[] | undefined {
  if (value === undefined) return undefined;
  const parts = (Array.isArray(value) ? value : [value]).flatMap((part) => String(part).split(','));
  const items = [...new Set(parts.map((part) => part.trim()).filter((part) => part.length > 0))];
  return items.length > 0 ? items : undefined;
}

function listParam<T extends z.ZodType>(item: T) {
  return z.preprocess(splitList, z.array(item).optional());
}

/**
 * `GET /search` query parameters, as an HTTP framework hands them over (strings or string arrays).
 * The viewer is not a parameter: the API derives it from the session.
 */
export const SearchParamsSchema = z.object({
  q: z.string().trim().max(MAX_TEXT_LENGTH, { error: `Search text is at most ${MAX_TEXT_LENGTH} characters` }).optional(),
  kind: listParam(z.enum(DOCUMENT_KINDS, { error: `Use kinds among ${DOCUMENT_KINDS.join(', ')}` })),
  country: listParam(country),
  standard: listParam(standard),
  productCode: productCodePrefix.optional(),
  organisationKind: listParam(z.enum(ORGANISATION_KINDS, { error: `Use kinds among ${ORGANISATION_KINDS.join(', ')}` })),
  facets: listParam(z.enum(FACET_NAMES)),
  page: z.coerce.number({ error: 'Use a page number' }).int().min(1).max(MAX_PAGE).optional(),
  perPage: z.coerce.number({ error: 'Use a number of results per page' }).int().min(1).max(MAX_PER_PAGE).optional(),
  sort: z.enum(SEARCH_SORTS, { error: 'Sort by relevance or updatedAt' }).optional(),
});
export type SearchParams = z.input<typeof SearchParamsSchema>;

/** Turns `GET /search` parameters and the session's viewer into a query, or throws with field-named errors. */
export function parseSearchParams(
  params: Record<string, unknown>,
  viewer: SearchQuery['viewer'],
  brokering: readonly string[] = [],
): ResolvedSearchQuery {
  assertFacetNames(splitList(params['facets']));
  const result = SearchParamsSchema.safeParse(params);
  if (!result.success) throw new InvalidSearchQueryError(fieldErrors(result.error));
  const { q, kind, country, standard, productCode, organisationKind, facets: facetNames, page, perPage, sort } = result.data;
  return resolveSearchQuery({
    text: q,
    filters: { kind, country, standard, productCodePrefix: productCode, organisationKind },
    facets: facetNames,
    viewer,
    brokering: [...brokering],
    page,
    perPage,
    sort,
  });
}
