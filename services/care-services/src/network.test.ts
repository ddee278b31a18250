import { CALL_CENTRE_LINE, callStatistics, checkCallCentreHours, checkOutcome, hubProgress, partnerProgress } from './network';
import type { CarePartnerAgreementDoc } from './models';

describe('hub care offices against the pilot targets (003 L4023–4024)', () => {
  const office = (openedOn: string, yearly: { year: number; peopleSupported: number }[] = []) => ({ openedOn, yearly });

  it('targets 1 office and 50 people in 2023, 5 × 100 in 2024, 10 × 150 in 2025', () => {
    expect(hubProgress(2023, [office('2023-06-01', [{ year: 2023, peopleSupported: 52 }])])).toEqual({
      year: 2023,
      officesTarget: 1,
      officesOpen: 1,
      peoplePerOfficeTarget: 50,
      peopleTarget: 50,
      peopleSupported: 52,
      officesMeetingTarget: 1,
    });
    expect(hubProgress(2024, [])).toMatchObject({ officesTarget: 5, peoplePerOfficeTarget: 100, peopleTarget: 500, officesOpen: 0 });
    expect(hubProgress(2025, [])).toMatchObject({ officesTarget: 10, peoplePerOfficeTarget: 150, peopleTarget: 1_500 });
  });

  it('counts offices open by 31 December and only that year’s reports', () => {
    const offices = [
      office('2023-06-01', [
        { year: 2023, peopleSupported: 50 },
        { year: 2024, peopleSupported: 90 },
      ]),
      office('2024-03-01', [{ year: 2024, peopleSupported: 120 }]),
      office('2025-01-02'),
    ];
    expect(hubProgress(2024, offices)).toMatchObject({ officesOpen: 2, peopleSupported: 210, officesMeetingTarget: 1 });
    expect(hubProgress(2023, offices)).toMatchObject({ officesOpen: 1, peopleSupported: 50, officesMeetingTarget: 1 });
  });

  it('has no targets outside the plan’s years', () => {
    expect(hubProgress(2026, [])).toMatchObject({
      officesTarget: null,
      peoplePerOfficeTarget: null,
      peopleTarget: null,
      officesMeetingTarget: 0,
    });
  });
});

describe('call centre 1522-0365', () => {
  it('answers weekdays 09:00–18:00 Seoul time only', () => {
    expect(CALL_CENTRE_LINE).toBe('1522-0365');
    // 2023-09-04 is a Monday; Seoul is UTC+9.
    expect(checkCallCentreHours(new Date('2023-09-04T00:00:00Z')).ok).toBe(true); // 09:00
    expect(checkCallCentreHours(new Date('2023-09-04T08:59:00Z')).ok).toBe(true); // 17:59
    expect(checkCallCentreHours(new Date('2023-09-04T09:00:00Z')).ok).toBe(false); // 18:00
    expect(checkCallCentreHours(new Date('2023-09-03T23:59:00Z')).ok).toBe(false); // Mon 08:59
    const saturday = checkCallCentreHours(new Date('2023-09-09T02:00:00Z'));
    expect(saturday.ok).toBe(false);
    if (!saturday.ok) expect(saturday.error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'receivedAt' });
  });

  it('names the request a consultation opened, and none otherwise', () => {
    expect(checkOutcome('CARE_REQUEST_OPENED', 'req-1').ok).toBe(true);
    expect(checkOutcome('CARE_REQUEST_OPENED', null).ok).toBe(false);
    expect(checkOutcome('INFORMATION_GIVEN', 'req-1').ok).toBe(false);
    expect(checkOutcome('REFERRED_ELSEWHERE', null).ok).toBe(true);
  });

  it('counts consultations by outcome, topic and district', () => {
    const rows = [
      { outcome: 'INFORMATION_GIVEN' as const, topics: ['MEAL_SUPPORT' as const], district: '전주시' },
      { outcome: 'CARE_REQUEST_OPENED' as const, topics: ['MEAL_SUPPORT' as const, 'TEMPORARY_HOME_CARE' as const], district: '장수군' },
      { outcome: 'INFORMATION_GIVEN' as const, topics: ['INFORMATION_COUNSELLING' as const], district: '전주시' },
    ];
    expect(callStatistics(rows, '2023-09-01', '2023-09-30')).toEqual({
      line: '1522-0365',
      from: '2023-09-01',
      to: '2023-09-30',
      consultations: 3,
      byOutcome: [
        { outcome: 'CARE_REQUEST_OPENED', consultations: 1 },
        { outcome: 'INFORMATION_GIVEN', consultations: 2 },
      ],
      byTopic: [
        { serviceType: 'INFORMATION_COUNSELLING', consultations: 1 },
        { serviceType: 'MEAL_SUPPORT', consultations: 2 },
        { serviceType: 'TEMPORARY_HOME_CARE', consultations: 1 },
      ],
      byDistrict: [
        { district: '장수군', consultations: 1 },
        { district: '전주시', consultations: 2 },
      ],
    });
  });
});

describe('care-partner agreements against 협약 5건 (003 L3706)', () => {
  const a = (id: string, providerType: string): CarePartnerAgreementDoc => ({
    _id: id,
    agencyId: 'jeonbuk-pass',
    providerId: `p-${id}`,
    providerType,
    signedOn: '2023-02-15',
  });

  it('meets the target at five agreements and counts them by provider type', () => {
    const four = ['LONG_TERM_CARE_PROVIDER', 'LONG_TERM_CARE_PROVIDER', 'SMALL_DISABILITY_FACILITY', 'VOUCHER_PROVIDER'].map((t, i) =>
      a(`a${i}`, t),
    );
    expect(partnerProgress('jeonbuk-pass', 2023, four)).toMatchObject({ target: 5, signed: 4, meetsTarget: false });
    const five = partnerProgress('jeonbuk-pass', 2023, [...four, a('a4', 'VOUCHER_PROVIDER')]);
    expect(five).toMatchObject({ signed: 5, meetsTarget: true });
    expect(five.byProviderType).toEqual([
      { providerType: 'LONG_TERM_CARE_PROVIDER', agreements: 2 },
      { providerType: 'SMALL_DISABILITY_FACILITY', agreements: 1 },
      { providerType: 'VOUCHER_PROVIDER', agreements: 2 },
    ]);
  });
});
