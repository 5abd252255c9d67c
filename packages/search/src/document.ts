import { ORGANISATION_KINDS, VISIBILITY_TIERS, HS_SUBHEADING_PATTERN, normaliseHsCode, isCountryCode } from '@linkage/domain';
import { z } from 'zod';
import { InvalidSearchDocumentError } from './errors.js';
import { fieldErrors } from './field-errors.js';

/** What a search hit can be. Values are stored in indexes: never rename. */
export const DOCUMENT_KINDS = ['PRODUCER_GROUP', 'ENTERPRISE', 'CATALOGUE_ITEM', 'SOURCING_NEED', 'LEAD_FIRM'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Standard codes as the registry writes them (ISO_22000, GLOBALGAP_IFA). */
export const STANDARD_CODE_PATTERN = /^[A-Z0-9_]{2,40}$/;

const hsSubheading = z
  .string()
  .transform(normaliseHsCode)
  .refine((code) => HS_SUBHEADING_PATTERN.test(code), { error: 'Use a 6-digit HS 2022 code, such as 151590' });

/**
 * One searchable thing, flattened for the index by whoever owns its source (the worker's sync jobs).
 * `id` is limited to what Meilisearch accepts as a primary key so both engines take the same ids.
 * A sourcing need's own visibility (PUBLIC | INVITED | PROGRAMME) must be mapped to a tier first:
 * INVITED and PROGRAMME needs are BROKERS documents, or not indexed at all.
 */
export const SearchDocumentSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,200}$/, { error: 'Use letters, digits, - and _ only (at most 200)' }),
  kind: z.enum(DOCUMENT_KINDS),
  organisationId: z.string().min(1),
  title: z.string().trim().min(1, { error: 'A document needs a title' }),
  products: z.array(z.object({ label: z.string().trim().min(1), hsCode: hsSubheading.optional() })).default([]),
  description: z.string().default(''),
  country: z.string().refine(isCountryCode, { error: 'Use an ISO 3166 two-letter country code' }),
  region: z.string().nullable().default(null),
  standards: z.array(z.string().regex(STANDARD_CODE_PATTERN, { error: 'Use a registry standard code' })).default([]),
  /** HS 2022 subheadings; filtering by a 2-, 4- or 6-digit prefix matches any of them. */
  productCodes: z.array(hsSubheading).default([]),
  organisationKind: z.enum(ORGANISATION_KINDS),
  visibility: z.enum(VISIBILITY_TIERS),
  /** Stored and returned as an ISO 8601 UTC string so both engines hand back identical values. */
  updatedAt: z.union([z.date(), z.iso.datetime({ offset: true })]).transform((value) => new Date(value).toISOString()),
});

/** A document as callers write it (defaults may be left out, updatedAt may be a Date). */
export type SearchDocumentInput = z.input<typeof SearchDocumentSchema>;
/** A document as the index stores and returns it. */
export type SearchDocument = z.output<typeof SearchDocumentSchema>;

/**
 * Validates and normalises a batch before any engine sees it; the last copy of a repeated id wins,
 * as it would had the copies been sent one after the other.
 */
export function parseSearchDocuments(inputs: readonly SearchDocumentInput[]): SearchDocument[] {
  const byId = new Map<string, SearchDocument>();
  for (const input of inputs) {
    const result = SearchDocumentSchema.safeParse(input);
    if (!result.success) throw new InvalidSearchDocumentError(String(input.id), fieldErrors(result.error));
    byId.delete(result.data.id);
    byId.set(result.data.id, result.data);
  }
  return [...byId.values()];
}
