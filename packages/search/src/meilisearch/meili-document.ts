import type { SearchDocument } from '../document.js';

/**
 * A document as stored in Meilisearch: the `SearchDocument` plus fields derived for the engine —
 * flat label list to search, every HS prefix to filter on, and a number to sort by date.
 */
export interface MeiliDocument extends SearchDocument {
  productLabels: string[];
  productCodePrefixes: string[];
  updatedAtMs: number;
}

/** Chapter, heading and subheading of every code, so one equality filter serves any HS level. */
export function hsPrefixes(codes: readonly string[]): string[] {
  const prefixes = new Set(codes.flatMap((code) => [code.slice(0, 2), code.slice(0, 4), code]));
  return [...prefixes].sort();
}

export function toMeiliDocument(document: SearchDocument): MeiliDocument {
  return {
    ...document,
    productLabels: document.products.map((product) => product.label),
    productCodePrefixes: hsPrefixes(document.productCodes),
    updatedAtMs: Date.parse(document.updatedAt),
  };
}

/** Back to the engine-neutral shape, dropping derived fields and anything Meilisearch adds (_formatted …). */
export function fromMeiliDocument(stored: MeiliDocument): SearchDocument {
  return {
    id: stored.id,
    kind: stored.kind,
    organisationId: stored.organisationId,
    title: stored.title,
    products: stored.products,
    description: stored.description,
    country: stored.country,
    region: stored.region,
    standards: stored.standards,
    productCodes: stored.productCodes,
    organisationKind: stored.organisationKind,
    visibility: stored.visibility,
    updatedAt: stored.updatedAt,
  };
}
