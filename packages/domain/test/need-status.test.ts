import { NeedTransitionError, assertNeedTransition } from '../src/index.js';

describe('need status machine', () => {
  it('allows open → evaluating → awarded → closed', () => {
    expect(() => {
      assertNeedTransition('OPEN', 'EVALUATING');
      assertNeedTransition('EVALUATING', 'AWARDED');
      assertNeedTransition('AWARDED', 'CLOSED');
    }).not.toThrow();
  });

  it('rejects re-opening a closed need', () => {
    expect(() => assertNeedTransition('CLOSED', 'OPEN')).toThrow(NeedTransitionError);
  });
});
