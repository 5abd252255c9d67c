import {
  GROUP_MEMBER_STATUSES,
  type OrganisationViewer,
  VISIBILITY_TIERS,
  canSeeGroupMember,
  canSeeOrganisation,
  leadFirmTiers,
  leastPrivilegedViewer,
  visibleTiers,
} from '../src/index.js';

const viewer = (over: Partial<OrganisationViewer> = {}): OrganisationViewer => ({
  platformRole: null,
  verifiedLeadFirm: false,
  memberOf: new Set(),
  ...over,
});

const anonymous = undefined;
const signedIn = viewer();
const unverifiedBuyer = viewer({ memberOf: new Set(['unverified-firm']) });
const verifiedBuyer = viewer({ verifiedLeadFirm: true, memberOf: new Set(['verified-firm']) });
const rivalProducer = viewer({ memberOf: new Set(['rival-group']) });
// A programme's broker, with one producer group enrolled in the programme (decision 0012).
const broker = viewer({ programmeStaff: true, brokering: new Set(['enrolled-group']) });
const admin = viewer({ platformRole: 'ADMIN' });

describe('visibleTiers', () => {
  it.each([
    ['an anonymous visitor', ['PUBLIC'], anonymous],
    ['a signed-in person of no organisation', ['PUBLIC'], signedIn],
    ['staff of an unverified lead firm', ['PUBLIC'], unverifiedBuyer],
    ['a member of another producer group', ['PUBLIC'], rivalProducer],
    ['staff of a verified lead firm', ['PUBLIC', 'LEAD_FIRMS'], verifiedBuyer],
    ['a programme broker', ['PUBLIC', 'LEAD_FIRMS'], broker],
    ['an admin', ['PUBLIC', 'LEAD_FIRMS', 'BROKERS'], admin],
  ] as const)('%s sees %j', (_, tiers, who) => {
    expect(visibleTiers(who)).toEqual(tiers);
  });

  it('gives a broker the buyers’ tiers even when the broker also works for an unverified firm', () => {
    expect(
      visibleTiers(viewer({ programmeStaff: true, memberOf: new Set(['unverified-firm', 'programme']) })),
    ).toEqual(['PUBLIC', 'LEAD_FIRMS']);
  });
});

describe('leadFirmTiers', () => {
  it('lets an unverified lead firm see public groups only, and a verified one the LEAD_FIRMS tier too', () => {
    expect(leadFirmTiers({ verified: false })).toEqual(['PUBLIC']);
    expect(leadFirmTiers({ verified: true })).toEqual(['PUBLIC', 'LEAD_FIRMS']);
  });

  it('agrees with what the firm staff see themselves', () => {
    for (const verified of [false, true]) {
      expect(leadFirmTiers({ verified })).toEqual(visibleTiers(viewer({ verifiedLeadFirm: verified })));
    }
  });
});

describe('canSeeOrganisation', () => {
  const org = (visibility: (typeof VISIBILITY_TIERS)[number]) => ({ id: 'group', visibility });

  it('shows a LEAD_FIRMS-tier group to verified buyers and brokers, not to unverified buyers or rivals', () => {
    expect(canSeeOrganisation(org('LEAD_FIRMS'), anonymous)).toBe(false);
    expect(canSeeOrganisation(org('LEAD_FIRMS'), unverifiedBuyer)).toBe(false);
    expect(canSeeOrganisation(org('LEAD_FIRMS'), rivalProducer)).toBe(false);
    expect(canSeeOrganisation(org('LEAD_FIRMS'), verifiedBuyer)).toBe(true);
    expect(canSeeOrganisation(org('LEAD_FIRMS'), broker)).toBe(true);
  });

  it('shows a BROKERS-tier group to the brokers of a programme it enrolled in and to admins only', () => {
    for (const who of [anonymous, signedIn, unverifiedBuyer, verifiedBuyer, rivalProducer, broker]) {
      expect(canSeeOrganisation(org('BROKERS'), who)).toBe(false);
    }
    expect(canSeeOrganisation({ id: 'enrolled-group', visibility: 'BROKERS' }, broker)).toBe(true);
    expect(canSeeOrganisation(org('BROKERS'), admin)).toBe(true);
  });

  it('always shows an organisation to its own members, whatever its tier', () => {
    const own = viewer({ memberOf: new Set(['group']) });
    for (const tier of VISIBILITY_TIERS) expect(canSeeOrganisation(org(tier), own)).toBe(true);
  });

  it('shows public organisations to everyone', () => {
    for (const who of [anonymous, signedIn, unverifiedBuyer, verifiedBuyer, rivalProducer, broker]) {
      expect(canSeeOrganisation(org('PUBLIC'), who)).toBe(true);
    }
  });
});

describe('canSeeGroupMember', () => {
  const group = { id: 'group' };

  it('shows outsiders only ACTIVE members whose own tier they may see', () => {
    for (const status of GROUP_MEMBER_STATUSES) {
      expect(canSeeGroupMember({ status, visibility: 'PUBLIC' }, group, anonymous)).toBe(status === 'ACTIVE');
    }
    expect(canSeeGroupMember({ status: 'ACTIVE', visibility: 'LEAD_FIRMS' }, group, anonymous)).toBe(false);
    expect(canSeeGroupMember({ status: 'ACTIVE', visibility: 'LEAD_FIRMS' }, group, unverifiedBuyer)).toBe(
      false,
    );
    expect(canSeeGroupMember({ status: 'ACTIVE', visibility: 'LEAD_FIRMS' }, group, rivalProducer)).toBe(
      false,
    );
    expect(canSeeGroupMember({ status: 'ACTIVE', visibility: 'LEAD_FIRMS' }, group, verifiedBuyer)).toBe(
      true,
    );
    expect(canSeeGroupMember({ status: 'ACTIVE', visibility: 'BROKERS' }, group, verifiedBuyer)).toBe(false);
    expect(canSeeGroupMember({ status: 'INVITED', visibility: 'PUBLIC' }, group, verifiedBuyer)).toBe(false);
  });

  it("shows the group's own members and its programmes' brokers every member in every status", () => {
    const own = viewer({ memberOf: new Set(['group']) });
    const enrolled = { id: 'enrolled-group' };
    for (const status of GROUP_MEMBER_STATUSES) {
      for (const visibility of VISIBILITY_TIERS) {
        expect(canSeeGroupMember({ status, visibility }, group, own)).toBe(true);
        expect(canSeeGroupMember({ status, visibility }, enrolled, broker)).toBe(true);
      }
    }
    // A broker of another programme is an outsider to the group.
    expect(canSeeGroupMember({ status: 'ACTIVE', visibility: 'BROKERS' }, group, broker)).toBe(false);
    expect(canSeeGroupMember({ status: 'SUSPENDED', visibility: 'PUBLIC' }, group, broker)).toBe(false);
  });

  it("does not let a member of one group see another group's hidden members", () => {
    const ofOtherGroup = viewer({ memberOf: new Set(['other-group']) });
    expect(canSeeGroupMember({ status: 'ACTIVE', visibility: 'BROKERS' }, group, ofOtherGroup)).toBe(false);
    expect(canSeeGroupMember({ status: 'SUSPENDED', visibility: 'PUBLIC' }, group, ofOtherGroup)).toBe(false);
  });
});

describe('leastPrivilegedViewer', () => {
  it('is someone who sees an organisation of the given tier, belongs to nothing, and sees no more tiers than needed', () => {
    const org = { id: 'group' };
    VISIBILITY_TIERS.forEach((tier) => {
      const who = leastPrivilegedViewer(tier, org);
      expect(canSeeOrganisation({ ...org, visibility: tier }, who)).toBe(true);
      expect(who?.memberOf.size ?? 0).toBe(0);
      expect(who?.platformRole ?? null).toBeNull();
      expect(canSeeOrganisation({ id: 'another', visibility: 'BROKERS' }, who)).toBe(false);
    });
  });
});
