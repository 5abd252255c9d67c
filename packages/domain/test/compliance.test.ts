import {
  STANDARDS_REGISTRY,
  STANDARD_KINDS,
  addDays,
  certificateStatus,
  dayNumber,
  daysBetween,
  InvalidCalendarDateError,
  satisfies,
  standardName,
  standardsSatisfying,
  TRANSLATED_STANDARD_CODES,
} from '../src/index.js';

describe('certificate status', () => {
  it('is EXPIRING on the day before and the day of expiry, EXPIRED the day after', () => {
    expect(certificateStatus('2027-03-31', '2027-03-30')).toBe('EXPIRING');
    expect(certificateStatus('2027-03-31', '2027-03-31')).toBe('EXPIRING');
    expect(certificateStatus('2027-03-31', '2027-04-01')).toBe('EXPIRED');
  });

  it('turns EXPIRING exactly 60 days before the end date', () => {
    expect(certificateStatus('2027-06-30', addDays('2027-06-30', -61))).toBe('VALID');
    expect(certificateStatus('2027-06-30', addDays('2027-06-30', -60))).toBe('EXPIRING');
  });

  it('counts across a daylight-saving change (EU 2027-03-28) without losing a day, in any process time zone', () => {
    const original = process.env.TZ;
    try {
      for (const tz of ['Europe/Paris', 'America/Lima', 'Pacific/Auckland', 'UTC']) {
        process.env.TZ = tz;
        // 2027-01-28 → 2027-03-29 is 60 days and spans the spring-forward night in Paris.
        expect(daysBetween('2027-01-28', '2027-03-29')).toBe(60);
        expect(certificateStatus('2027-03-29', '2027-01-28')).toBe('EXPIRING');
        expect(certificateStatus('2027-03-29', '2027-01-27')).toBe('VALID');
        // Autumn change (2026-10-25 in Paris) on the expiry boundary itself.
        expect(certificateStatus('2026-10-25', '2026-10-25')).toBe('EXPIRING');
        expect(certificateStatus('2026-10-25', '2026-10-26')).toBe('EXPIRED');
      }
    } finally {
      process.env.TZ = original;
    }
  });

  it('rejects impossible dates rather than rolling them over', () => {
    expect(() => certificateStatus('2027-02-29', '2027-01-01')).toThrow(InvalidCalendarDateError);
    expect(() => dayNumber('2027-3-1')).toThrow(InvalidCalendarDateError);
    expect(dayNumber('2028-02-29') - dayNumber('2028-02-28')).toBe(1);
    expect(dayNumber('1970-01-01')).toBe(0);
  });
});

describe('standards registry', () => {
  it('lists at least 30 standards with unique codes and known kinds', () => {
    const codes = STANDARDS_REGISTRY.map((s) => s.code);
    expect(codes.length).toBeGreaterThanOrEqual(30);
    expect(new Set(codes).size).toBe(codes.length);
    for (const s of STANDARDS_REGISTRY) {
      expect(STANDARD_KINDS).toContain(s.kind);
      expect(s.typicalMonthsToCertify).toBeGreaterThan(0);
      for (const eq of s.equivalentTo) expect(codes).toContain(eq);
    }
  });

  it('lets the group certificate cover members for farm and fair-trade group schemes only', () => {
    const covers = (code: string) => STANDARDS_REGISTRY.find((s) => s.code === code)!.coversGroupMembers;
    expect(covers('GLOBALGAP_IFA')).toBe(true);
    expect(covers('FAIRTRADE_SPO')).toBe(true);
    expect(covers('ISO_9001')).toBe(false);
    expect(covers('BRCGS_FOOD')).toBe(false);
  });
});

describe('satisfies', () => {
  it('accepts FSSC 22000, BRCGS and IFS for a GFSI-recognised requirement, not ISO 9001', () => {
    for (const held of ['FSSC_22000', 'BRCGS_FOOD', 'IFS_FOOD'])
      expect(satisfies('GFSI_RECOGNISED', held, STANDARDS_REGISTRY)).toBe(true);
    expect(satisfies('GFSI_RECOGNISED', 'ISO_9001', STANDARDS_REGISTRY)).toBe(false);
  });

  it('follows equivalence chains but never backwards', () => {
    expect(satisfies('HACCP', 'FSSC_22000', STANDARDS_REGISTRY)).toBe(true); // FSSC → ISO 22000 → HACCP
    expect(satisfies('FSSC_22000', 'HACCP', STANDARDS_REGISTRY)).toBe(false);
    expect(satisfies('ISO_22000', 'ISO_22000', STANDARDS_REGISTRY)).toBe(true);
  });

  it('stops on cyclic equivalences in a custom registry', () => {
    const registry = [
      {
        code: 'A',
        name: 'A',
        kind: 'PROCESS',
        coversGroupMembers: false,
        typicalMonthsToCertify: 1,
        equivalentTo: ['B'],
      },
      {
        code: 'B',
        name: 'B',
        kind: 'PROCESS',
        coversGroupMembers: false,
        typicalMonthsToCertify: 1,
        equivalentTo: ['A'],
      },
    ] as const;
    expect(satisfies('A', 'B', registry)).toBe(true);
    expect(satisfies('C', 'A', registry)).toBe(false);
  });

  it('names the certifiable routes to a requirement', () => {
    const routes = standardsSatisfying('GFSI_RECOGNISED', STANDARDS_REGISTRY).map((s) => s.code);
    expect(routes).toEqual(expect.arrayContaining(['FSSC_22000', 'BRCGS_FOOD', 'IFS_FOOD', 'SQF_FOOD']));
    expect(routes).not.toContain('ISO_9001');
  });
});

describe('standardName', () => {
  it('names a standard in the reader’s language where the scheme has an official name', () => {
    expect(standardName('ORGANIC_EU', 'fr')).toBe('Agriculture biologique (UE), règlement (UE) 2018/848');
    expect(standardName('ISO_9001', 'es')).toBe('ISO 9001 Sistemas de gestión de la calidad');
    expect(standardName('FAIRTRADE_SPO', 'ar')).toMatch(/Fairtrade/);
  });

  it('keeps a brand-only scheme’s English name, and falls back to the registered name, then the code', () => {
    expect(standardName('BRCGS_FOOD', 'fr')).toBe('BRCGS Global Standard for Food Safety');
    expect(standardName('ORGANIC_EU', 'en')).toBe('Organic production, Regulation (EU) 2018/848');
    expect(standardName('LOCAL_LABEL', 'es', 'Sello local')).toBe('Sello local');
    expect(standardName('LOCAL_LABEL', 'es')).toBe('LOCAL_LABEL');
  });

  it('translates only codes of the registry', () => {
    const codes = new Set(STANDARDS_REGISTRY.map((standard) => standard.code));
    expect(TRANSLATED_STANDARD_CODES.filter((code) => !codes.has(code))).toEqual([]);
  });
});
