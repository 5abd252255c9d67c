import {
  type CertificateToVerify,
  type VerificationChecklist,
  deliveryScorecard,
  trackRecordOf,
  verificationChecklistProblems,
  verificationReadinessProblems,
} from '../src/index.js';

const today = '2027-05-10';
const certificate: CertificateToVerify = {
  hasEvidence: true,
  certificateNumber: 'EC-2026-118',
  certificationBody: 'Ecocert',
  validFrom: '2026-01-01',
  validUntil: '2028-12-31',
};
const allChecked: VerificationChecklist = {
  certificateNumber: true,
  certificationBody: true,
  productScope: true,
  holderName: true,
};

describe('verification checklist', () => {
  it('accepts a certificate with evidence, valid today, every item checked', () => {
    expect(verificationChecklistProblems(certificate, allChecked, today)).toEqual({});
  });

  it('refuses a certificate without an evidence file, naming the evidence', () => {
    const problems = verificationChecklistProblems({ ...certificate, hasEvidence: false }, allChecked, today);
    expect(Object.keys(problems)).toEqual(['evidence']);
  });

  it('refuses an expired certificate (valid until yesterday) but accepts one ending today', () => {
    expect(verificationChecklistProblems({ ...certificate, validUntil: '2027-05-09' }, allChecked, today)).toHaveProperty(
      'validUntil',
      'The certificate expired on 2027-05-09',
    );
    expect(verificationChecklistProblems({ ...certificate, validUntil: today }, allChecked, today)).toEqual({});
  });

  it('refuses a certificate not yet in force, naming validFrom', () => {
    expect(Object.keys(verificationChecklistProblems({ ...certificate, validFrom: '2027-05-11' }, allChecked, today))).toEqual([
      'validFrom',
    ]);
  });

  it('names each unchecked item, and every item when no checklist is given', () => {
    expect(Object.keys(verificationChecklistProblems(certificate, { ...allChecked, productScope: false }, today))).toEqual([
      'checklist.productScope',
    ]);
    expect(Object.keys(verificationChecklistProblems(certificate, null, today)).sort()).toEqual([
      'checklist.certificateNumber',
      'checklist.certificationBody',
      'checklist.holderName',
      'checklist.productScope',
    ]);
  });

  it('will not confirm a number or body the certificate does not record', () => {
    const problems = verificationChecklistProblems({ ...certificate, certificateNumber: null, certificationBody: '' }, allChecked, today);
    expect(problems['checklist.certificateNumber']).toMatch(/Record the certificate number/);
    expect(problems['checklist.certificationBody']).toMatch(/Record the certification body/);
  });

  it('reports readiness without the checklist: evidence and dates only', () => {
    expect(verificationReadinessProblems(certificate, today)).toEqual({});
    expect(Object.keys(verificationReadinessProblems({ ...certificate, hasEvidence: false, validUntil: '2020-01-01' }, today))).toEqual([
      'evidence',
      'validUntil',
    ]);
  });
});

describe('delivery scorecard', () => {
  const delivery = (deliveredOn: string, onTime = true, conforming = true) => ({ deliveredOn, onTime, conforming });

  it('counts the last twelve months: today and 364 days back, not 365', () => {
    const record = trackRecordOf([delivery(today), delivery('2026-05-11'), delivery('2026-05-10')], today);
    expect(record.deliveries).toBe(2);
  });

  it('gives on-time and conforming percentages of the deliveries in the window', () => {
    const card = deliveryScorecard(
      [delivery('2027-05-01'), delivery('2027-04-01', false), delivery('2027-03-01'), delivery('2027-02-01', true, false), delivery('2025-01-01', false, false)],
      [],
      today,
    );
    expect(card).toEqual({ deliveries: 4, onTimePercent: 75, conformingPercent: 75, repeatOrders: 0 });
  });

  it('is empty, with no percentages, without deliveries', () => {
    expect(deliveryScorecard([], [], today)).toEqual({ deliveries: 0, onTimePercent: null, conformingPercent: null, repeatOrders: 0 });
  });

  it('counts as repeat orders every order after a linkage’s first, placed in the window', () => {
    const orders = [
      { linkageId: 'a', placedOn: '2026-01-15' }, // trial order, older than the window
      { linkageId: 'a', placedOn: '2027-03-01' },
      { linkageId: 'a', placedOn: '2027-04-01' },
      { linkageId: 'b', placedOn: '2027-04-20' }, // b's first order: a trial, not a repeat
      { linkageId: 'c', placedOn: '2025-06-01' },
      { linkageId: 'c', placedOn: '2025-07-01' }, // a repeat, but before the window
    ];
    expect(deliveryScorecard([], orders, today).repeatOrders).toBe(2);
  });

  it('agrees with the track record matching scores', () => {
    const deliveries = [delivery('2027-05-01'), delivery('2027-01-01', false, false), delivery('2026-12-01', true, false)];
    const record = trackRecordOf(deliveries, today);
    const card = deliveryScorecard(deliveries, [], today);
    expect(card.deliveries).toBe(record.deliveries);
    expect(card.onTimePercent).toBe(Math.round((100 * record.onTimeDeliveries) / record.deliveries));
    expect(card.conformingPercent).toBe(Math.round((100 * record.conformingDeliveries) / record.deliveries));
  });
});
