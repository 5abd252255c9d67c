import {
  LINKAGE_STAGES,
  LinkageTransitionError,
  assertLinkageTransition,
  isStalled,
  nextLinkageStages,
  stageAfterAward,
} from '../src/index.js';

const LEGAL: Array<[string, string]> = [
  ['INTRODUCED', 'MEETING'],
  ['MEETING', 'SAMPLING'],
  ['MEETING', 'TRIAL_ORDER'],
  ['SAMPLING', 'TRIAL_ORDER'],
  ['TRIAL_ORDER', 'AGREEMENT'],
  ['AGREEMENT', 'SUPPLYING'],
  ['SUPPLYING', 'UNDER_REVIEW'],
  ['UNDER_REVIEW', 'SUPPLYING'],
  ['UNDER_REVIEW', 'PHASED_OUT'],
  ...['INTRODUCED', 'MEETING', 'SAMPLING', 'TRIAL_ORDER', 'AGREEMENT', 'SUPPLYING', 'UNDER_REVIEW'].map(
    (from): [string, string] => [from, 'ENDED'],
  ),
];

describe('the linkage pipeline', () => {
  it('allows exactly the legal moves, every other pair refused', () => {
    for (const from of LINKAGE_STAGES)
      for (const to of LINKAGE_STAGES) {
        const legal = LEGAL.some(([f, t]) => f === from && t === to);
        if (legal) expect(() => assertLinkageTransition(from, to)).not.toThrow();
        else expect(() => assertLinkageTransition(from, to)).toThrow(LinkageTransitionError);
        expect(nextLinkageStages(from).includes(to)).toBe(legal);
      }
  });

  it('phases a linkage out only after a review, and says so', () => {
    expect(() => assertLinkageTransition('SUPPLYING', 'PHASED_OUT')).toThrow(/only after a review/);
    expect(nextLinkageStages('ENDED')).toEqual([]);
    expect(nextLinkageStages('PHASED_OUT')).toEqual([]);
  });

  it('flags a linkage in progress with no event for more than 30 days (configurable) as stalled', () => {
    expect(isStalled({ stage: 'MEETING', lastEventOn: '2027-01-01' }, '2027-01-31')).toBe(false);
    expect(isStalled({ stage: 'MEETING', lastEventOn: '2027-01-01' }, '2027-02-01')).toBe(true);
    expect(isStalled({ stage: 'MEETING', lastEventOn: '2027-01-01' }, '2027-01-12', 10)).toBe(true);
    expect(isStalled({ stage: 'ENDED', lastEventOn: '2026-01-01' }, '2027-02-01')).toBe(false);
    expect(isStalled({ stage: 'PHASED_OUT', lastEventOn: '2026-01-01' }, '2027-02-01')).toBe(false);
  });

  it('brings a linkage to the agreement with an award, whatever stage before it, never back from supplying', () => {
    expect(stageAfterAward('MEETING')).toBe('AGREEMENT');
    expect(stageAfterAward('UNDER_REVIEW')).toBe('UNDER_REVIEW');
  });
});
