import {
  InvalidSearchQueryError,
  UnknownFacetError,
  parseSearchParams,
  resolveSearchQuery,
  type SearchQuery,
} from '../src/index.js';

describe('resolveSearchQuery', () => {
  it('fills the defaults', () => {
    expect(resolveSearchQuery({ viewer: 'ANONYMOUS' })).toEqual({
      text: '',
      filters: {},
      facets: [],
      viewer: 'ANONYMOUS',
      brokering: [],
      page: 1,
      perPage: 20,
      sort: 'relevance',
    });
  });

  it('normalises filter values', () => {
    const query = resolveSearchQuery({
      viewer: 'BROKER',
      filters: { country: ['ma'], standard: ['organic_eu'], productCodePrefix: '0904.21' },
    });
    expect(query.filters).toEqual({ country: ['MA'], standard: ['ORGANIC_EU'], productCodePrefix: '090421' });
  });

  it('rejects an unknown facet with a typed error naming it', () => {
    const query = { viewer: 'ANONYMOUS', facets: ['country', 'price'] } as unknown as SearchQuery;
    expect(() => resolveSearchQuery(query)).toThrow(UnknownFacetError);
    expect(() => resolveSearchQuery(query)).toThrow(/Unknown facet "price"/);
    try {
      resolveSearchQuery(query);
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidSearchQueryError);
      expect(error).toMatchObject({ facet: 'price', fields: { facets: expect.stringContaining('price') } });
    }
  });

  it('names each invalid field', () => {
    const query = {
      viewer: 'ANONYMOUS',
      filters: { country: ['XX'], productCodePrefix: '123' },
      perPage: 500,
    } as SearchQuery;
    expect(() => resolveSearchQuery(query)).toThrow(InvalidSearchQueryError);
    try {
      resolveSearchQuery(query);
    } catch (error) {
      expect(Object.keys((error as InvalidSearchQueryError).fields).sort()).toEqual([
        'filters.country',
        'filters.productCodePrefix',
        'perPage',
      ]);
    }
  });

  it('rejects an unknown viewer', () => {
    expect(() => resolveSearchQuery({ viewer: 'ROBOT' } as unknown as SearchQuery)).toThrow(
      InvalidSearchQueryError,
    );
  });
});

describe('parseSearchParams (GET /search)', () => {
  it('reads lists written either comma-separated or repeated, and numbers written as text', () => {
    const query = parseSearchParams(
      {
        q: ' argan oil ',
        country: 'MA,tn',
        standard: ['ORGANIC_EU', 'ISO_22000'],
        kind: 'PRODUCER_GROUP',
        organisationKind: 'PRODUCER_GROUP,ENTERPRISE',
        productCode: '1515',
        facets: 'kind,country',
        page: '2',
        perPage: '10',
        sort: 'updatedAt',
      },
      'LEAD_FIRM',
    );
    expect(query).toEqual({
      text: 'argan oil',
      filters: {
        country: ['MA', 'TN'],
        standard: ['ORGANIC_EU', 'ISO_22000'],
        kind: ['PRODUCER_GROUP'],
        organisationKind: ['PRODUCER_GROUP', 'ENTERPRISE'],
        productCodePrefix: '1515',
      },
      facets: ['kind', 'country'],
      viewer: 'LEAD_FIRM',
      brokering: [],
      page: 2,
      perPage: 10,
      sort: 'updatedAt',
    });
  });

  it('treats empty lists as absent', () => {
    expect(parseSearchParams({ country: ',', facets: '' }, 'ANONYMOUS').filters).toEqual({});
  });

  it('names every bad parameter', () => {
    expect.assertions(2);
    try {
      parseSearchParams({ country: 'Morocco', page: 'two', sort: 'price', kind: 'SHOP' }, 'ANONYMOUS');
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidSearchQueryError);
      expect(Object.keys((error as InvalidSearchQueryError).fields).sort()).toEqual([
        'country',
        'kind',
        'page',
        'sort',
      ]);
    }
  });

  it('rejects an unknown facet, naming it', () => {
    expect(() => parseSearchParams({ facets: 'kind,price' }, 'ANONYMOUS')).toThrow(
      expect.objectContaining({ name: 'UnknownFacetError', facet: 'price' }),
    );
  });
});
