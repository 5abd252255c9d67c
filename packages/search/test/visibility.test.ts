import { VIEWERS, allowedVisibility } from '../src/index.js';

describe('allowedVisibility', () => {
  it.each([
    ['ANONYMOUS', ['PUBLIC']],
    ['PRODUCER_GROUP_MEMBER', ['PUBLIC']],
    ['LEAD_FIRM', ['PUBLIC', 'LEAD_FIRMS']],
    // A broker's BROKERS tier is that of enrolled organisations only: the query's `brokering`.
    ['BROKER', ['PUBLIC', 'LEAD_FIRMS']],
    ['ADMIN', ['PUBLIC', 'LEAD_FIRMS', 'BROKERS']],
  ] as const)('%s sees %j', (viewer, tiers) => {
    expect(allowedVisibility(viewer)).toEqual(tiers);
  });

  it('lets every viewer see public documents', () => {
    for (const viewer of VIEWERS) expect(allowedVisibility(viewer)).toContain('PUBLIC');
  });
});
