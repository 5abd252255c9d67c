import { type GroupType } from '@linkage/domain';
import { demoDay } from './demo-dates.js';

/**
 * Profile details for the demo groups that the source does not give: coordinates of the place it
 * names, languages, an illustrative governance, and the certifications the source mentions (numbers,
 * bodies and dates are illustrative). Keyed by consortium name.
 */
export interface DemoGroupProfile {
  latitude: number;
  longitude: number;
  languages: string[];
  governance: { decisionRule: string; feeModel: string };
  /** Certificates the source mentions; `member` null is a group certificate. */
  certifications: Array<{
    standardCode: string;
    member: string | null;
    certificationBody: string;
    validUntil: string;
    scopeProductCodes: string[];
    /**
     * Self-declared certificates wait in the programme's verification queue (default: third-party
     * verified); `evidence` gives them a scanned certificate, so the officer can check them.
     */
    selfDeclared?: { evidence: boolean };
  }>;
  /** Members that have not committed their capacity to the group (the source is silent: illustrative). */
  uncommittedMembers?: string[];
}

const CONSENSUS = {
  decisionRule: 'Consensus of member firms at the monthly board',
  feeModel: 'Equal annual membership fee',
};
const MAJORITY = {
  decisionRule: 'Simple majority, one vote per member',
  feeModel: 'Fee in proportion to export sales',
};

export const DEMO_GROUP_PROFILES: Record<string, DemoGroupProfile> = {
  Mosaic: {
    latitude: 33.5731,
    longitude: -7.5898,
    languages: ['fr', 'ar', 'en'],
    governance: CONSENSUS,
    certifications: [
      // Waits for the programme officer's check, its scan uploaded: ready to verify.
      {
        standardCode: 'ISO_9001',
        member: null,
        certificationBody: 'Bureau Veritas Maroc',
        validUntil: demoDay(540),
        scopeProductCodes: ['610910'],
        selfDeclared: { evidence: true },
      },
    ],
  },
  Vitargan: {
    latitude: 31.5085,
    longitude: -9.7595,
    languages: ['ar', 'fr', 'de'],
    governance: MAJORITY,
    certifications: [
      {
        standardCode: 'ORGANIC_EU',
        member: null,
        certificationBody: 'Ecocert',
        validUntil: demoDay(302),
        scopeProductCodes: ['151590'],
      },
      // Recorded by the coordinator without its scan: in the queue, waiting for the evidence.
      {
        standardCode: 'ISO_22716',
        member: 'A',
        certificationBody: 'SGS Maroc',
        validUntil: demoDay(400),
        scopeProductCodes: ['330499'],
        selfDeclared: { evidence: false },
      },
    ],
    uncommittedMembers: ['F'],
  },
  'Travel Partners Morocco': {
    latitude: 33.5731,
    longitude: -7.5898,
    languages: ['fr', 'en', 'de'],
    governance: CONSENSUS,
    certifications: [],
  },
  "Get'IT": {
    latitude: 36.8065,
    longitude: 10.1815,
    languages: ['fr', 'ar', 'en'],
    governance: MAJORITY,
    certifications: [],
  },
  Muyu: {
    latitude: -13.5319,
    longitude: -71.9675,
    languages: ['es', 'qu', 'en'],
    governance: CONSENSUS,
    certifications: [],
  },
  'Peruvian Bio Consortia': {
    latitude: -12.0464,
    longitude: -77.0428,
    languages: ['es', 'en'],
    governance: MAJORITY,
    certifications: [],
  },
  'APMC Industrial Group': {
    latitude: -12.2137,
    longitude: -76.9416,
    languages: ['es'],
    governance: MAJORITY,
    certifications: [],
  },
  'Ande Natura': {
    latitude: -13.5319,
    longitude: -71.9675,
    languages: ['es', 'qu', 'en'],
    governance: CONSENSUS,
    certifications: [
      // Expires within 60 days of the demo's date: shows an EXPIRING badge and the expiry notice.
      {
        standardCode: 'ORGANIC_EU',
        member: null,
        certificationBody: 'Control Union Peru',
        validUntil: demoDay(39),
        scopeProductCodes: ['121190', '090210', '090230', '090111'],
      },
      // Waits for the programme officer's check, its scan uploaded: ready to verify.
      {
        standardCode: 'FAIRTRADE_SPO',
        member: null,
        certificationBody: 'FLOCERT',
        validUntil: demoDay(610),
        scopeProductCodes: ['090111'],
        selfDeclared: { evidence: true },
      },
    ],
  },
  'Phyto Uruguay': {
    latitude: -34.9011,
    longitude: -56.1645,
    languages: ['es', 'it', 'en'],
    governance: MAJORITY,
    certifications: [
      {
        standardCode: 'ISO_9001',
        member: 'C',
        certificationBody: 'LSQA',
        validUntil: demoDay(485),
        scopeProductCodes: ['330499'],
      },
      {
        standardCode: 'GMP',
        member: 'D',
        certificationBody: 'Ministerio de Salud Pública',
        validUntil: demoDay(272),
        scopeProductCodes: [],
      },
    ],
  },
};

export const GROUP_TYPE_BY_SOURCE: Record<string, GroupType> = {
  EXPORT_CONSORTIUM: 'EXPORT_CONSORTIUM',
  SALES_CONSORTIUM: 'SALES_CONSORTIUM',
};

/** Joint catalogue items the demo publishes; capacity is derived from members' committed entries. */
export const DEMO_CATALOGUE = [
  {
    group: 'Vitargan',
    productCode: '151590',
    productLabel: 'Cold-pressed argan oil, cosmetic grade',
    description: 'Traceable to six women-run cooperatives in the Essaouira region; bottled or in 20 l drums.',
    unit: 'kg' as const,
    period: 'MONTH' as const,
    minimumOrder: 100,
    priceMin: 28,
    priceMax: 36,
    currency: 'EUR',
    standardCodes: ['ORGANIC_EU'],
  },
  {
    group: 'Ande Natura',
    productCode: '121190',
    productLabel: 'Andean aromatic herbs for infusions (muña, cedrón, chamomile)',
    description: 'Dried and cut to order; organic group certificate under renewal.',
    unit: 'kg' as const,
    period: 'MONTH' as const,
    minimumOrder: 50,
    priceMin: 6,
    priceMax: 9,
    currency: 'USD',
    standardCodes: ['ORGANIC_EU'],
  },
];
