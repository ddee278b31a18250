import { addDays } from '@pass-graph/platform';
import {
  C5_RATE,
  canMoveRecipient,
  canResolve,
  capsOf,
  checkCaps,
  checkRrn,
  checkVisitHours,
  complaintAgeDays,
  complaintsByStage,
  monitoringProgress,
  nextComplaintStage,
  peakUsage,
  satisfactionScore,
  satisfactionTarget,
  servicesForReferral,
  validateFacility,
  validateRecipient,
  visitAmount,
  type RecipientStatus,
  type RegisterFacilityInput,
  type RegisterRecipientInput,
  type VisitFacts,
} from './domain';

const centre: RegisterFacilityInput = {
  id: 'seoul-hcc-mapo',
  name: '마포종합재가센터',
  type: 'HOME_CARE_CENTRE',
  centreModel: 'DAY_VISIT',
  operationMode: 'DIRECT',
  operatorId: 'seoul-pass',
  district: '마포구',
  services: ['HOME_NURSING', 'EMERGENCY_CARE'],
  openedOn: '2019-11-01',
  openedOnPrecision: 'MONTH',
  status: 'OPERATING',
};

describe('validateFacility', () => {
  it('accepts a home-care centre from the 2019 plan', () => {
    const r = validateFacility(centre);
    expect(r.ok && r.value.openedOnPrecision).toBe('MONTH');
  });

  it('requires a centre model for a home-care centre and refuses one elsewhere', () => {
    const noModel = validateFacility({ ...centre, centreModel: null });
    expect(!noModel.ok && noModel.error.extensions['field']).toBe('centreModel');
    const daycare = validateFacility({ ...centre, type: 'PUBLIC_DAYCARE_CENTRE' });
    expect(!daycare.ok && daycare.error.extensions['code']).toBe('BAD_USER_INPUT');
  });

  it('rejects ids and districts that are not keys', () => {
    const badId = validateFacility({ ...centre, id: '{"$gt":""}' });
    expect(!badId.ok && badId.error.extensions['field']).toBe('id');
    const shortDistrict = validateFacility({ ...centre, district: '마포' });
    expect(!shortDistrict.ok && shortDistrict.error.extensions['field']).toBe('district');
  });

  it('rejects impossible dates and repeated services', () => {
    expect(validateFacility({ ...centre, openedOn: '2019-02-30' }).ok).toBe(false);
    expect(validateFacility({ ...centre, services: ['HOME_CARE', 'HOME_CARE'] }).ok).toBe(false);
  });
});

describe('care recipients', () => {
  const recipient: RegisterRecipientInput = {
    id: 'r1',
    facilityId: 'jeonbuk-hcc-jeonbuk',
    district: '전주시',
    name: '한가람',
    birthDate: '1941-03-15',
    phone: '010-5550-0101',
    address: '전주시 가상로 101',
    residentRegistrationNumber: '410315-2000001',
    household: 'LIVING_ALONE',
    eligibilityReasons: ['SUDDEN_CRISIS'],
    identifiedOn: '2023-08-01',
  };
  const fieldOf = (r: { ok: boolean; error?: { extensions: Record<string, unknown> } }) => (r.ok ? null : r.error?.extensions['field']);

  it('walks IDENTIFIED → SCREENED → SELECTED → RECEIVING → FOLLOW_UP → CLOSED and refuses skips and reopening', () => {
    const chain: RecipientStatus[] = ['IDENTIFIED', 'SCREENED', 'SELECTED', 'RECEIVING', 'FOLLOW_UP', 'CLOSED'];
    for (let k = 0; k + 1 < chain.length; k++) expect(canMoveRecipient(chain[k]!, chain[k + 1]!)).toBe(true);
    expect(canMoveRecipient('IDENTIFIED', 'RECEIVING')).toBe(false);
    expect(canMoveRecipient('SELECTED', 'SCREENED')).toBe(false);
    expect(canMoveRecipient('SCREENED', 'CLOSED')).toBe(true);
    expect(canMoveRecipient('CLOSED', 'IDENTIFIED')).toBe(false);
  });

  it('checks the 주민등록번호 against the birth date without echoing it', () => {
    expect(checkRrn('410315-2000001', '1941-03-15')).toEqual({ ok: true, value: '4103152000001' });
    expect(checkRrn('150101-3000001', '2015-01-01').ok).toBe(true);
    const wrong = checkRrn('410316-2000001', '1941-03-15');
    expect(wrong.ok).toBe(false);
    expect(!wrong.ok && wrong.error.message).not.toContain('410316');
    expect(checkRrn('410315-9000001', '1941-03-15').ok).toBe(false);
    expect(checkRrn('4103152', '1941-03-15').ok).toBe(false);
  });

  it('validates name, phone, dates and reasons', () => {
    expect(validateRecipient(recipient, '2023-09-01').ok).toBe(true);
    expect(fieldOf(validateRecipient({ ...recipient, phone: '5550101' }, '2023-09-01'))).toBe('phone');
    expect(fieldOf(validateRecipient({ ...recipient, name: '{"$gt":""}' }, '2023-09-01'))).toBe('name');
    expect(fieldOf(validateRecipient({ ...recipient, identifiedOn: '2023-10-01' }, '2023-09-01'))).toBe('identifiedOn');
    expect(fieldOf(validateRecipient({ ...recipient, eligibilityReasons: [] }, '2023-09-01'))).toBe('eligibilityReasons');
    const bad = validateRecipient({ ...recipient, phone: '01055500101x' }, '2023-09-01');
    expect(!bad.ok && bad.error.message).not.toContain('5550');
  });
});

describe('돌봄SOS requests', () => {
  it('serves only a planned request; any open request can end otherwise', () => {
    expect(canResolve('PLANNED', 'SERVED')).toBe(true);
    expect(canResolve('RECEIVED', 'SERVED')).toBe(false);
    expect(canResolve('RECEIVED', 'WITHDRAWN')).toBe(true);
    expect(canResolve('ASSESSED', 'NOT_ELIGIBLE')).toBe(true);
    expect(canResolve('RESOLVED', 'WITHDRAWN')).toBe(false);
  });

  it('takes a referral’s services, or maps its needs when it names none', () => {
    expect(servicesForReferral(['MEAL_SUPPORT'], ['CARE'])).toEqual(['MEAL_SUPPORT']);
    expect(servicesForReferral([], ['CARE', 'MEALS', 'JOBS', 'EDUCATION'])).toEqual([
      'TEMPORARY_HOME_CARE',
      'MEAL_SUPPORT',
      'INFORMATION_COUNSELLING',
    ]);
  });
});

describe('care visits: price and caps (003 L3959, L3988)', () => {
  const visit = (deliveredOn: string, hours: number, serviceType: VisitFacts['serviceType'] = 'EMERGENCY_CARE', covidRelated = false) => ({
    deliveredOn,
    hours,
    serviceType,
    covidRelated,
  });
  /** Consecutive days from a start date. */
  const days = (start: string, n: number) => Array.from({ length: n }, (_, k) => addDays(start, k));

  it('prices a visit at 52천원 per 3 hours, 원 미만 절사, and the budget line reconciles (52천원 × 60명 × 24회 = 74,880천원)', () => {
    expect(visitAmount(C5_RATE.unitPriceKRW, 3, C5_RATE.unitHours)).toBe(52_000);
    expect(visitAmount(52_000, 0.5, 3)).toBe(8_666);
    expect(visitAmount(52_000, 4.5, 3)).toBe(78_000);
    expect(60 * 24 * visitAmount(52_000, 3, 3)).toBe(74_880_000);
  });

  it('allows emergency care up to 72 hours within 30 days, refuses the 73rd hour, and frees hours as the window moves', () => {
    const existing = days('2023-08-01', 23).map((d) => visit(d, 3));
    const last = checkCaps(existing, visit('2023-08-24', 3));
    expect(last.exceeded).toBeNull();
    expect(last.checks[0]).toMatchObject({ cap: 'EMERGENCY_72H_PER_30_DAYS', usedBefore: 69, usedAfter: 72, limit: 72 });
    const full = [...existing, visit('2023-08-24', 3)];
    expect(checkCaps(full, visit('2023-08-25', 1)).exceeded).toMatchObject({ remainingBefore: 0, unit: 'HOURS' });
    expect(checkCaps(full, visit('2023-08-25', 1, 'GAP_CARE')).exceeded).toBeNull();
    // 2023-08-31's window starts 08-02: the 3 hours of 08-01 are free again.
    expect(checkCaps(full, visit('2023-08-31', 3)).exceeded).toBeNull();
    expect(checkCaps(full, visit('2023-08-31', 3.5)).exceeded).toMatchObject({ remainingBefore: 3 });
  });

  it('counts a back-dated visit against every window it falls in', () => {
    // 72 h in 09-01..09-24: the window ending 09-24 starts 08-26, so a visit on 08-27 would overfill it.
    const later = days('2023-09-01', 24).map((d) => visit(d, 3));
    expect(checkCaps(later, visit('2023-08-27', 1)).exceeded).toMatchObject({ cap: 'EMERGENCY_72H_PER_30_DAYS' });
    expect(checkCaps(later, visit('2023-08-25', 3)).exceeded).toBeNull();
  });

  it('caps gap care at 60 hours per recipient, whatever the dates', () => {
    const gap = [...days('2023-01-02', 10), ...days('2023-06-01', 9)].map((d) => visit(d, 3, 'GAP_CARE'));
    expect(peakUsage('GAP_60H_PER_RECIPIENT', gap, '2023-12-01')).toBe(57);
    const r = checkCaps(gap, visit('2023-12-01', 3, 'GAP_CARE'));
    expect(r.exceeded).toBeNull();
    expect(r.checks[0]).toMatchObject({ usedAfter: 60, limit: 60 });
    expect(checkCaps(gap, visit('2023-12-01', 3.5, 'GAP_CARE')).exceeded).toMatchObject({ remainingBefore: 3 });
  });

  it('caps COVID-19 care at 5 days within 30 days, counting days not visits', () => {
    const covid = days('2023-08-01', 5).map((d) => visit(d, 2, 'EMERGENCY_CARE', true));
    expect(checkCaps(covid, visit('2023-08-05', 1, 'EMERGENCY_CARE', true)).exceeded).toBeNull(); // same day again
    expect(checkCaps(covid, visit('2023-08-06', 1, 'EMERGENCY_CARE', true)).exceeded).toMatchObject({
      cap: 'COVID_5_DAYS_PER_30_DAYS',
      unit: 'DAYS',
      remainingBefore: 0,
    });
    expect(checkCaps(covid, visit('2023-08-31', 1, 'EMERGENCY_CARE', true)).exceeded).toBeNull();
    expect(capsOf(visit('2023-08-01', 1, 'MEAL_SUPPORT'))).toEqual([]);
  });

  it('accepts only half-hour steps up to 24 hours', () => {
    expect(checkVisitHours(2.5).ok).toBe(true);
    expect(checkVisitHours(0).ok).toBe(false);
    expect(checkVisitHours(2.25).ok).toBe(false);
    expect(checkVisitHours(24.5).ok).toBe(false);
  });
});

describe('satisfaction (003 L3792–3793)', () => {
  const elements = { timeliness: 90, expertise: 85, courtesy: 95, information: 80, responsiveness: 85, needsMet: 75 };

  it('weighs the mean element score 70% and the overall score 30%', () => {
    // mean = 510 / 6 = 85; 85 × 0.7 + 70 × 0.3 = 59.5 + 21 = 80.5
    expect(satisfactionScore(elements, 70)).toBe(80.5);
    const flat = { timeliness: 80, expertise: 80, courtesy: 80, information: 80, responsiveness: 80, needsMet: 80 };
    expect(satisfactionScore(flat, 80)).toBe(80);
  });

  it('sets the targets of the plan: 80 for facilities and home-care centres, 90 for rural care', () => {
    expect(satisfactionTarget(false)).toBe(80);
    expect(satisfactionTarget(true)).toBe(90);
    expect(satisfactionScore(elements, 70) >= satisfactionTarget(false)).toBe(true);
    expect(satisfactionScore(elements, 70) >= satisfactionTarget(true)).toBe(false);
  });
});

describe('complaints (003 L3813)', () => {
  it('moves through every stage in order and no further', () => {
    expect(nextComplaintStage('RECEIVED')).toBe('ANALYSED');
    expect(nextComplaintStage('AFTERCARE')).toBe('RESOLVED');
    expect(nextComplaintStage('RESOLVED')).toBeNull();
  });

  it('ages open complaints to asOf and resolved ones to their resolution, by stage', () => {
    const complaints = [
      { stage: 'RESOLVED' as const, receivedOn: '2023-09-04', resolvedOn: '2023-09-29' },
      { stage: 'ANALYSED' as const, receivedOn: '2023-10-10', resolvedOn: null },
      { stage: 'ANALYSED' as const, receivedOn: '2023-10-20', resolvedOn: null },
    ];
    expect(complaintAgeDays(complaints[0]!, '2023-12-31')).toBe(25);
    const byStage = complaintsByStage(complaints, '2023-10-31');
    expect(byStage.map((s) => s.stage)).toEqual(['RECEIVED', 'ANALYSED', 'ACTION_TAKEN', 'RESULT_COMMUNICATED', 'AFTERCARE', 'RESOLVED']);
    expect(byStage.find((s) => s.stage === 'ANALYSED')).toEqual({ stage: 'ANALYSED', count: 2, oldestAgeDays: 21, meanAgeDays: 16 });
    expect(byStage.find((s) => s.stage === 'RECEIVED')).toEqual({ stage: 'RECEIVED', count: 0, oldestAgeDays: null, meanAgeDays: null });
  });
});

describe('facility monitoring (003 L1444, L1474–1480)', () => {
  it('counts the year’s in-person and remote monitorings against 16 + 8 = 24', () => {
    const rows = [
      { mode: 'IN_PERSON' as const, monitoredOn: '2023-03-15' },
      { mode: 'REMOTE' as const, monitoredOn: '2023-04-12' },
      { mode: 'IN_PERSON' as const, monitoredOn: '2022-12-30' },
    ];
    expect(monitoringProgress(2023, rows)).toEqual({
      year: 2023,
      inPerson: 1,
      remote: 1,
      total: 2,
      inPersonTarget: 16,
      remoteTarget: 8,
      target: 24,
    });
    expect(monitoringProgress(2022, rows).target).toBeNull();
  });
});
