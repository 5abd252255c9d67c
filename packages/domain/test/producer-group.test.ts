import {
  GroupMemberTransitionError,
  assertGroupMemberTransition,
  canTransitionGroupMember,
  salesBand,
} from '../src/index.js';

describe('group member status', () => {
  it('lets an invited member be activated and an active one be suspended and reactivated', () => {
    expect(canTransitionGroupMember('INVITED', 'ACTIVE')).toBe(true);
    expect(canTransitionGroupMember('ACTIVE', 'SUSPENDED')).toBe(true);
    expect(canTransitionGroupMember('SUSPENDED', 'ACTIVE')).toBe(true);
  });

  it('lets a member leave from any status but never come back from LEFT', () => {
    for (const from of ['INVITED', 'ACTIVE', 'SUSPENDED'] as const) {
      expect(canTransitionGroupMember(from, 'LEFT')).toBe(true);
    }
    expect(() => assertGroupMemberTransition('LEFT', 'ACTIVE')).toThrow(GroupMemberTransitionError);
  });

  it('refuses suspending a member who was only invited', () => {
    expect(() => assertGroupMemberTransition('INVITED', 'SUSPENDED')).toThrow(
      'A group member cannot move from INVITED to SUSPENDED',
    );
  });
});

describe('sales band', () => {
  it('puts figures on the band edges into the upper band', () => {
    expect(salesBand(49_999)).toBe('UNDER_50K');
    expect(salesBand(50_000)).toBe('50K_250K');
    expect(salesBand(250_000)).toBe('250K_1M');
    expect(salesBand(1_000_000)).toBe('1M_5M');
    expect(salesBand(5_000_000)).toBe('OVER_5M');
  });
});
