import {
  type IntroductionActor,
  IntroductionError,
  type IntroductionState,
  answerIntroduction,
  assertNeedTakesIntroductions,
  assertMeetingSchedulable,
  canSeeIntroducedGroup,
  consentToIntroduction,
  declinedBy,
  formatMeeting,
  isTimeZone,
  mayAnswerIntroduction,
  mayConsentFor,
  mayScheduleMeeting,
  mayWithdrawIntroduction,
  stageAfterIntroduction,
  wallClockAt,
  withdrawIntroduction,
  zonedTimeToUtc,
} from '../src/index.js';

const proposed = (...groupIds: string[]): IntroductionState => ({
  status: 'PROPOSED',
  leadFirmAnswer: 'PENDING',
  parties: groupIds.map((groupId) => ({ groupId, consent: 'PENDING' })),
});

describe('an introduction', () => {
  it('is accepted once the lead firm accepts and every group consents, in either order', () => {
    const firmFirst = consentToIntroduction(
      consentToIntroduction(answerIntroduction(proposed('a', 'b'), 'ACCEPTED'), 'a', 'CONSENTED'),
      'b',
      'CONSENTED',
    );
    expect(firmFirst.status).toBe('ACCEPTED');
    const groupsFirst = consentToIntroduction(
      consentToIntroduction(proposed('a', 'b'), 'b', 'CONSENTED'),
      'a',
      'CONSENTED',
    );
    expect(groupsFirst.status).toBe('PROPOSED');
    expect(answerIntroduction(groupsFirst, 'ACCEPTED').status).toBe('ACCEPTED');
  });

  it('stays proposed while any answer is missing', () => {
    expect(answerIntroduction(proposed('a', 'b'), 'ACCEPTED').status).toBe('PROPOSED');
    expect(consentToIntroduction(proposed('a'), 'a', 'CONSENTED').status).toBe('PROPOSED');
  });

  it('is declined by the lead firm, and says so', () => {
    const declined = answerIntroduction(proposed('a'), 'DECLINED');
    expect(declined.status).toBe('DECLINED');
    expect(declinedBy(declined)).toEqual({ by: 'LEAD_FIRM' });
  });

  it('is declined by one group refusing, even after the lead firm accepted, and names the group', () => {
    const declined = consentToIntroduction(
      consentToIntroduction(answerIntroduction(proposed('a', 'b'), 'ACCEPTED'), 'a', 'CONSENTED'),
      'b',
      'REFUSED',
    );
    expect(declined.status).toBe('DECLINED');
    expect(declinedBy(declined)).toEqual({ by: 'GROUP', groupId: 'b' });
    expect(declinedBy(proposed('a'))).toBeNull();
  });

  it('is withdrawn by the broker only while undecided', () => {
    expect(withdrawIntroduction(proposed('a')).status).toBe('WITHDRAWN');
    const halfway = consentToIntroduction(proposed('a', 'b'), 'a', 'CONSENTED');
    expect(withdrawIntroduction(halfway).status).toBe('WITHDRAWN');
    const accepted = answerIntroduction(consentToIntroduction(proposed('a'), 'a', 'CONSENTED'), 'ACCEPTED');
    for (const decided of [
      accepted,
      answerIntroduction(proposed('a'), 'DECLINED'),
      withdrawIntroduction(proposed('a')),
    ])
      expect(() => withdrawIntroduction(decided)).toThrow(IntroductionError);
  });

  it('refuses a second answer from the lead firm or a group, and any answer once decided', () => {
    const answered = answerIntroduction(proposed('a', 'b'), 'ACCEPTED');
    expect(() => answerIntroduction(answered, 'DECLINED')).toThrow(/already accepted/);
    const consented = consentToIntroduction(proposed('a', 'b'), 'a', 'CONSENTED');
    expect(() => consentToIntroduction(consented, 'a', 'REFUSED')).toThrow(/already consented/);
    const withdrawn = withdrawIntroduction(proposed('a', 'b'));
    expect(() => answerIntroduction(withdrawn, 'ACCEPTED')).toThrow(
      expect.objectContaining({ reason: 'NOT_OPEN' }),
    );
    expect(() => consentToIntroduction(withdrawn, 'b', 'CONSENTED')).toThrow(
      expect.objectContaining({ reason: 'NOT_OPEN' }),
    );
    const declined = answerIntroduction(proposed('a', 'b'), 'DECLINED');
    expect(() => consentToIntroduction(declined, 'a', 'CONSENTED')).toThrow(/already declined/);
  });

  it('takes consent only from a group it introduces', () => {
    expect(() => consentToIntroduction(proposed('a'), 'z', 'CONSENTED')).toThrow(
      expect.objectContaining({ reason: 'NOT_A_PARTY' }),
    );
  });

  it('has its meeting arranged while proposed or accepted, never once declined or withdrawn', () => {
    expect(() => assertMeetingSchedulable({ status: 'PROPOSED' })).not.toThrow();
    expect(() => assertMeetingSchedulable({ status: 'ACCEPTED' })).not.toThrow();
    expect(() => assertMeetingSchedulable({ status: 'DECLINED' })).toThrow(IntroductionError);
    expect(() => assertMeetingSchedulable({ status: 'WITHDRAWN' })).toThrow(IntroductionError);
  });
});

describe('the needs that take introductions', () => {
  it('takes them while the buyer sources or has awarded, never for a draft, cancelled or closed need', () => {
    for (const status of ['OPEN', 'EVALUATING', 'AWARDED'] as const)
      expect(() => assertNeedTakesIntroductions({ status })).not.toThrow();
    for (const status of ['DRAFT', 'CANCELLED', 'CLOSED'] as const)
      expect(() => assertNeedTakesIntroductions({ status })).toThrow(
        expect.objectContaining({ reason: 'NEED_NOT_LIVE' }),
      );
  });
});

describe('the linkage an accepted introduction starts', () => {
  it('starts a new one at INTRODUCED, keeps one in progress where it is, and restarts an ended one', () => {
    expect(stageAfterIntroduction(undefined)).toBe('INTRODUCED');
    expect(stageAfterIntroduction('SUPPLYING')).toBe('SUPPLYING');
    expect(stageAfterIntroduction('MEETING')).toBe('MEETING');
    expect(stageAfterIntroduction('ENDED')).toBe('INTRODUCED');
    expect(stageAfterIntroduction('PHASED_OUT')).toBe('INTRODUCED');
  });
});

describe('who may do what with an introduction', () => {
  const nobody: IntroductionActor = {
    admin: false,
    proposingBroker: false,
    leadFirmManager: false,
    managedGroupIds: new Set(),
  };

  it('lets the lead firm answer, each group consent for itself, the broker withdraw, and all arrange the meeting', () => {
    const firm = { ...nobody, leadFirmManager: true };
    const group = { ...nobody, managedGroupIds: new Set(['a']) };
    const broker = { ...nobody, proposingBroker: true };
    expect([firm, group, broker, nobody].map(mayAnswerIntroduction)).toEqual([true, false, false, false]);
    expect([firm, group, broker, nobody].map((x) => mayConsentFor(x, 'a'))).toEqual([
      false,
      true,
      false,
      false,
    ]);
    expect(mayConsentFor(group, 'b')).toBe(false);
    expect([firm, group, broker, nobody].map(mayWithdrawIntroduction)).toEqual([false, false, true, false]);
    expect([firm, group, broker, nobody].map(mayScheduleMeeting)).toEqual([true, true, true, false]);
  });

  it('lets a platform admin do everything', () => {
    const admin = { ...nobody, admin: true };
    expect(mayAnswerIntroduction(admin) && mayConsentFor(admin, 'a')).toBe(true);
    expect(mayWithdrawIntroduction(admin) && mayScheduleMeeting(admin)).toBe(true);
  });

  it('shows a discreet group to the buyer only once it consents', () => {
    const buyer = { platformRole: null, verifiedLeadFirm: true, memberOf: new Set(['firm']) };
    const discreet = { groupId: 'g', visibility: 'BROKERS' as const };
    expect(canSeeIntroducedGroup({ ...discreet, consent: 'PENDING' }, buyer)).toBe(false);
    expect(canSeeIntroducedGroup({ ...discreet, consent: 'REFUSED' }, buyer)).toBe(false);
    expect(canSeeIntroducedGroup({ ...discreet, consent: 'CONSENTED' }, buyer)).toBe(true);
    expect(canSeeIntroducedGroup({ groupId: 'g', visibility: 'LEAD_FIRMS', consent: 'PENDING' }, buyer)).toBe(
      true,
    );
  });
});

describe('meeting times', () => {
  it('knows IANA time zones and refuses anything else', () => {
    expect(isTimeZone('Africa/Casablanca')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(isTimeZone('CET1')).toBe(false);
  });

  it('turns a day and clock time where the meeting happens into the UTC instant, across daylight saving', () => {
    expect(zonedTimeToUtc({ date: '2027-01-12', time: '10:00' }, 'Europe/Paris').toISOString()).toBe(
      '2027-01-12T09:00:00.000Z',
    );
    expect(zonedTimeToUtc({ date: '2027-07-12', time: '10:00' }, 'Europe/Paris').toISOString()).toBe(
      '2027-07-12T08:00:00.000Z',
    );
    expect(zonedTimeToUtc({ date: '2027-03-14', time: '03:30' }, 'America/New_York').toISOString()).toBe(
      '2027-03-14T07:30:00.000Z',
    );
    expect(zonedTimeToUtc({ date: '2027-03-14', time: '01:30' }, 'America/New_York').toISOString()).toBe(
      '2027-03-14T06:30:00.000Z',
    );
    // 02:30 does not exist that night: taken as 03:30, as calendar programs do.
    expect(zonedTimeToUtc({ date: '2027-03-28', time: '02:30' }, 'Europe/Paris').toISOString()).toBe(
      '2027-03-28T01:30:00.000Z',
    );
    expect(zonedTimeToUtc({ date: '2027-01-12', time: '10:00' }, 'Asia/Kolkata').toISOString()).toBe(
      '2027-01-12T04:30:00.000Z',
    );
  });

  it('reads an instant back as its day and clock time, and formats the meeting for people', () => {
    const at = new Date('2027-01-12T09:00:00Z');
    expect(wallClockAt(at, 'Europe/Paris')).toEqual({ date: '2027-01-12', time: '10:00' });
    expect(formatMeeting(at, 90, 'Europe/Paris')).toBe('Tue, 12 Jan 2027, 10:00–11:30 (Europe/Paris)');
  });
});
