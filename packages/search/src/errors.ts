/**
 * Errors the search package throws on purpose. Callers map them: `InvalidSearchQueryError` (and
 * its `UnknownFacetError`) to 400 with `fields`, `InvalidSearchDocumentError` to a permanent job
 * failure, `SearchEngineError` to a retry.
 */

/** A query that cannot be run; `fields` names each bad parameter, as forms and API errors need. */
export class InvalidSearchQueryError extends Error {
  constructor(readonly fields: Readonly<Record<string, string>>) {
    super(`Invalid search query: ${Object.entries(fields).map(([field, message]) => `${field}: ${message}`).join('; ')}`);
    this.name = 'InvalidSearchQueryError';
  }
}

/** A facet name the index does not count; only kind, country, standard and organisationKind exist. */
export class UnknownFacetError extends InvalidSearchQueryError {
  constructor(
    readonly facet: string,
    known: readonly string[],
  ) {
    super({ facets: `Unknown facet "${facet}": use ${known.join(', ')}` });
    this.name = 'UnknownFacetError';
  }
}

/** A document that would corrupt the index (bad HS code, unknown kind …); never retried. */
export class InvalidSearchDocumentError extends Error {
  constructor(
    readonly documentId: string,
    readonly fields: Readonly<Record<string, string>>,
  ) {
    super(
      `Invalid search document ${documentId}: ${Object.entries(fields).map(([field, message]) => `${field}: ${message}`).join('; ')}`,
    );
    this.name = 'InvalidSearchDocumentError';
  }
}

/** The engine refused or failed an operation (task failed, schema missing); worth retrying or alerting. */
export class SearchEngineError extends Error {
  constructor(
    readonly engine: 'postgres' | 'meilisearch',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`${engine}: ${message}`, options);
    this.name = 'SearchEngineError';
  }
}

/** Environment variables that do not describe a usable engine; `variables` names each problem. */
export class InvalidSearchConfigError extends Error {
  constructor(readonly variables: Readonly<Record<string, string>>) {
    super(`Invalid search configuration: ${Object.entries(variables).map(([name, message]) => `${name}: ${message}`).join('; ')}`);
    this.name = 'InvalidSearchConfigError';
  }
}
