import { type OrganisationViewer, canBrokerReadNeed, countryInScope, productInScope } from '../src/index.js';

const viewer = (over: Partial<OrganisationViewer> = {}): OrganisationViewer => ({
  platformRole: null,
  verifiedLeadFirm: false,
  memberOf: new Set(),
  ...over,
});

describe('programme scope', () => {
  const scope = { countries: ['MA', 'PE'], hsChapters: ['09', '15'] };

  it('takes a product by its chapter, whatever level the code names', () => {
    expect(productInScope(scope, '090111')).toBe(true);
    expect(productInScope(scope, '1515')).toBe(true);
    expect(productInScope(scope, '61')).toBe(false);
  });

  it('reads an empty list as anywhere', () => {
    expect(productInScope({ countries: [], hsChapters: [] }, '610910')).toBe(true);
    expect(countryInScope({ countries: [], hsChapters: [] }, 'UY')).toBe(true);
    expect(countryInScope(scope, 'UY')).toBe(false);
    expect(countryInScope(scope, 'PE')).toBe(true);
  });
});

describe('canBrokerReadNeed', () => {
  const broker = viewer({ programmeStaff: true, brokering: new Set(['enrolled-firm']) });
  const need = (
    visibility: 'PUBLIC' | 'INVITED' | 'PROGRAMME',
    leadFirmId: string,
    status: 'DRAFT' | 'OPEN' = 'OPEN',
  ) => ({ visibility, leadFirmId, status });

  it('lets programme staff read public needs, and the others of lead firms enrolled with them', () => {
    expect(canBrokerReadNeed(need('PUBLIC', 'any-firm'), broker)).toBe(true);
    expect(canBrokerReadNeed(need('PROGRAMME', 'enrolled-firm'), broker)).toBe(true);
    expect(canBrokerReadNeed(need('INVITED', 'enrolled-firm'), broker)).toBe(true);
  });

  it("keeps an unenrolled firm's PROGRAMME and INVITED needs from every programme", () => {
    expect(canBrokerReadNeed(need('PROGRAMME', 'other-firm'), broker)).toBe(false);
    expect(canBrokerReadNeed(need('INVITED', 'other-firm'), broker)).toBe(false);
  });

  it("keeps a lead firm's draft, public or not, to the brokers of its own programmes", () => {
    expect(canBrokerReadNeed(need('PUBLIC', 'any-firm', 'DRAFT'), broker)).toBe(false);
    expect(canBrokerReadNeed(need('PUBLIC', 'enrolled-firm', 'DRAFT'), broker)).toBe(true);
    expect(canBrokerReadNeed(need('PROGRAMME', 'enrolled-firm', 'DRAFT'), broker)).toBe(true);
  });

  it('gives nothing to people who are not programme staff, and everything to admins', () => {
    for (const who of [undefined, viewer(), viewer({ verifiedLeadFirm: true })])
      expect(canBrokerReadNeed(need('PUBLIC', 'any-firm'), who)).toBe(false);
    expect(canBrokerReadNeed(need('PROGRAMME', 'other-firm'), viewer({ platformRole: 'ADMIN' }))).toBe(true);
  });
});
