import {
  type CoalitionCandidate,
  type DomainMessage,
  type SourcingNeedForMatching,
  type SupplierCandidate,
  renderMessage,
  renderSentences,
} from '../../src/index.js';

/** A domain message as an English reader reads it (decision 0022). */
export const english = (m: DomainMessage): string => renderMessage(m, 'en');
/** An explanation (sentences) as an English reader reads it. */
export const englishText = (messages: readonly DomainMessage[]): string => renderSentences(messages, 'en');

export const TODAY = '2026-11-23';
export const LIMA = { lat: -12.0464, lon: -77.0428 };

/** 40 t/month of dried herbs (HS 0904.21 family), delivered in Lima from March to December 2027. */
export function herbsNeed(over: Partial<SourcingNeedForMatching> = {}): SourcingNeedForMatching {
  return {
    id: 'need-herbs',
    productCode: '090421',
    quantity: 40,
    unit: 't',
    period: 'MONTH',
    startDate: '2027-03-01',
    endDate: '2027-12-31',
    deliveryPlace: LIMA,
    requirements: [],
    ...over,
  };
}

export function supplier(over: Partial<SupplierCandidate> = {}): SupplierCandidate {
  return {
    supplierId: 'sup',
    country: 'PE',
    location: { lat: -12.5, lon: -76.8 },
    productCodes: ['090421'],
    capacity: { quantity: 40, unit: 't', period: 'MONTH' },
    leadTimeDays: 30,
    certifications: [],
    ...over,
  };
}

export function coalitionSupplier(over: Partial<CoalitionCandidate> = {}): CoalitionCandidate {
  return { ...supplier(), unitPrice: { amount: 100, per: 't' }, ...over };
}
