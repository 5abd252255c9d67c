import { resolveSearchQuery } from '../src/index.js';
import { hsPrefixes, toMeiliDocument, fromMeiliDocument } from '../src/meilisearch/meili-document.js';
import { buildMeiliFilter, quoteFilterValue } from '../src/meilisearch/meili-filter.js';
import { SearchDocumentSchema } from '../src/index.js';
import { FIXTURES } from './support/fixtures.js';

describe('quoteFilterValue', () => {
  it('double-quotes a value', () => {
    expect(quoteFilterValue('MA')).toBe('"MA"');
  });

  it('escapes quotes and backslashes so a value cannot close its string', () => {
    expect(quoteFilterValue('A" OR visibility = "BROKERS')).toBe('"A\\" OR visibility = \\"BROKERS"');
    expect(quoteFilterValue('back\\slash')).toBe('"back\\\\slash"');
  });
});

describe('buildMeiliFilter', () => {
  it('always restricts visibility to the tiers allowed', () => {
    expect(buildMeiliFilter(resolveSearchQuery({ viewer: 'ANONYMOUS' }), ['PUBLIC'])).toEqual([
      'visibility IN ["PUBLIC"]',
    ]);
  });

  it("opens a broker's enrolled organisations whatever their tier, inside the same expression", () => {
    const query = resolveSearchQuery({ viewer: 'BROKER', brokering: ['org-1', 'org"2'] });
    expect(buildMeiliFilter(query, ['PUBLIC', 'LEAD_FIRMS'])).toEqual([
      '(visibility IN ["PUBLIC", "LEAD_FIRMS"] OR organisationId IN ["org-1", "org\\"2"])',
    ]);
  });

  it('maps every filter, requiring each standard', () => {
    const query = resolveSearchQuery({
      viewer: 'LEAD_FIRM',
      filters: {
        kind: ['PRODUCER_GROUP', 'ENTERPRISE'],
        country: ['MA', 'TN'],
        standard: ['ORGANIC_EU', 'ISO_22000'],
        productCodePrefix: '0904',
        organisationKind: ['PRODUCER_GROUP'],
      },
    });
    expect(buildMeiliFilter(query, ['PUBLIC', 'LEAD_FIRMS'])).toEqual([
      'visibility IN ["PUBLIC", "LEAD_FIRMS"]',
      'kind IN ["PRODUCER_GROUP", "ENTERPRISE"]',
      'country IN ["MA", "TN"]',
      'organisationKind IN ["PRODUCER_GROUP"]',
      'standards = "ORGANIC_EU"',
      'standards = "ISO_22000"',
      'productCodePrefixes = "0904"',
    ]);
  });
});

describe('Meilisearch documents', () => {
  it('lists every chapter, heading and subheading once', () => {
    expect(hsPrefixes(['091099', '090111', '091091'])).toEqual([
      '09',
      '0901',
      '090111',
      '0910',
      '091091',
      '091099',
    ]);
  });

  it('adds the derived fields and drops them on the way back', () => {
    const document = SearchDocumentSchema.parse(FIXTURES.herbs);
    const stored = toMeiliDocument(document);
    expect(stored).toMatchObject({
      productLabels: ['Dried thyme', 'Rosemary'],
      productCodePrefixes: ['09', '0910', '091099', '12', '1211', '121190'],
      updatedAtMs: Date.parse('2025-03-01T09:00:00.000Z'),
    });
    expect(fromMeiliDocument({ ...stored, _formatted: {} } as typeof stored)).toEqual(document);
  });
});
