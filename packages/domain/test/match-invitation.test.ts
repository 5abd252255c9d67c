import { MatchInvitationError, assertCanInvite, assertLeadFirmMatchStatusChange } from '../src/index.js';

describe('inviting a supplier to offer', () => {
  it('takes a ranked supplier while the need takes answers', () => {
    expect(() => assertCanInvite({ status: 'OPEN' }, { eligibility: 'ELIGIBLE' })).not.toThrow();
    expect(() => assertCanInvite({ status: 'EVALUATING' }, { eligibility: 'CONDITIONAL' })).not.toThrow();
  });

  it('refuses a supplier that is no match, or excluded, and any supplier once the need is closed', () => {
    const reason = (fn: () => void) => {
      try {
        fn();
      } catch (error) {
        return error instanceof MatchInvitationError ? error.reason : 'other';
      }
      return 'none';
    };
    expect(reason(() => assertCanInvite({ status: 'OPEN' }, undefined))).toBe('NOT_A_MATCH');
    expect(reason(() => assertCanInvite({ status: 'OPEN' }, { eligibility: 'EXCLUDED' }))).toBe(
      'NOT_A_MATCH',
    );
    for (const status of ['DRAFT', 'AWARDED', 'CANCELLED', 'CLOSED'] as const)
      expect(reason(() => assertCanInvite({ status }, { eligibility: 'ELIGIBLE' }))).toBe('NEED_NOT_OPEN');
  });

  it('keeps an invitation: the lead firm cannot shortlist, dismiss or reset an invited supplier', () => {
    for (const to of ['PROPOSED', 'SHORTLISTED', 'DISMISSED'] as const)
      expect(() => assertLeadFirmMatchStatusChange('INVITED', to)).toThrow(MatchInvitationError);
    expect(() => assertLeadFirmMatchStatusChange('SHORTLISTED', 'DISMISSED')).not.toThrow();
  });
});
