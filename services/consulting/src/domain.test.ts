import {
  CASE_STATUSES,
  STANDARD_HOURLY_FEE,
  canTransition,
  checkConsultantFits,
  checkConsultantIds,
  checkEligibility,
  checkHours,
  checkNotBefore,
  checkScore,
  checkTransition,
  computeFee,
  consultantWork,
  isTerminal,
  pickProgram,
  programProgress,
  quarterRange,
  sessionTotals,
  sharedHourlyFee,
  validateConsultant,
  validateProgram,
  validateProvider,
  validateRequest,
  type CaseStatus,
  type Session,
  type ValidConsultant,
} from './domain';
import { CASES, CONSULTANTS, PROGRAMS, PROVIDERS } from './seed';

const unwrapOk = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.message}`);
  return r.value;
};
const codeOf = (r: { ok: boolean; error?: { extensions: Record<string, unknown> } }): unknown =>
  r.ok ? 'OK' : r.error?.extensions['code'];
const fieldOf = (r: { ok: boolean; error?: { extensions: Record<string, unknown> } }): unknown =>
  r.ok ? 'OK' : r.error?.extensions['field'];

describe('consulting-case lifecycle (issue 7)', () => {
  const allowed: [CaseStatus, CaseStatus][] = [
    ['APPLIED', 'ACCEPTED'],
    ['ACCEPTED', 'IN_PROGRESS'],
    ['IN_PROGRESS', 'COMPLETED'],
    ['COMPLETED', 'MONITORING'],
    ['MONITORING', 'CLOSED'],
    ['APPLIED', 'DECLINED'],
    ['ACCEPTED', 'DECLINED'],
    ['IN_PROGRESS', 'DECLINED'],
  ];

  it('allows exactly APPLIED → ACCEPTED → IN_PROGRESS → COMPLETED → MONITORING → CLOSED, and declining before delivery', () => {
    for (const from of CASE_STATUSES)
      for (const to of CASE_STATUSES) {
        const expected = allowed.some(([f, t]) => f === from && t === to);
        expect([from, to, canTransition(from, to)]).toEqual([from, to, expected]);
      }
  });

  it('treats CLOSED and DECLINED as terminal; a delivered case can no longer be declined', () => {
    expect(CASE_STATUSES.filter(isTerminal)).toEqual(['CLOSED', 'DECLINED']);
    for (const s of ['COMPLETED', 'MONITORING', 'CLOSED', 'DECLINED'] as const) expect(canTransition(s, 'DECLINED')).toBe(false);
  });

  it('answers CONFLICT (INVALID_TRANSITION) with the states for an illegal step', () => {
    const skip = checkTransition('jb-case-2023-001', 'APPLIED', 'IN_PROGRESS');
    expect(codeOf(skip)).toBe('CONFLICT');
    expect(!skip.ok && skip.error.extensions).toMatchObject({
      reason: 'INVALID_TRANSITION',
      type: 'ConsultingCase',
      id: 'jb-case-2023-001',
      from: 'APPLIED',
      to: 'IN_PROGRESS',
    });
    expect(codeOf(checkTransition('x', 'COMPLETED', 'CLOSED'))).toBe('CONFLICT'); // monitoring comes first
    expect(codeOf(checkTransition('x', 'DECLINED', 'ACCEPTED'))).toBe('CONFLICT');
    expect(checkTransition('x', 'MONITORING', 'CLOSED')).toEqual({ ok: true, value: 'CLOSED' });
  });

  it('refuses a step dated before the previous one', () => {
    expect(checkNotBefore('2023-03-13', 'acceptedOn', '2023-03-06', 'requestedOn')).toEqual({ ok: true, value: '2023-03-13' });
    expect(checkNotBefore('2023-03-06', 'acceptedOn', '2023-03-06', 'requestedOn').ok).toBe(true);
    expect(fieldOf(checkNotBefore('2023-03-05', 'acceptedOn', '2023-03-06', 'requestedOn'))).toBe('acceptedOn');
    expect(fieldOf(checkNotBefore('2023-02-30', 'startedOn', '2023-01-01', 'acceptedOn'))).toBe('startedOn');
  });

  it('scores satisfaction from 0 to 100 with one decimal', () => {
    expect(checkScore(92.5, 's')).toEqual({ ok: true, value: 92.5 });
    for (const bad of [-1, 100.1, 92.55, Number.NaN]) expect(fieldOf(checkScore(bad, 's'))).toBe('s');
  });
});

describe('consulting fee = hours × consultants × hourly fee', () => {
  it('uses the rate card of 100천원 per hour = 100,000원', () => {
    expect(STANDARD_HOURLY_FEE).toBe(100_000);
  });

  it('is computed in integer won', () => {
    expect(computeFee(3, 1, 100_000)).toEqual({ ok: true, value: 300_000 });
    expect(computeFee(2.5, 1, 100_000)).toEqual({ ok: true, value: 250_000 });
    expect(computeFee(2, 2, 100_000)).toEqual({ ok: true, value: 400_000 }); // P2: 2 consultants per site (003 L2482)
    expect(computeFee(1.5, 3, 100_000)).toEqual({ ok: true, value: 450_000 });
    expect(computeFee(0.5, 1, 150_000)).toEqual({ ok: true, value: 75_000 });
    expect(computeFee(24, 1, 100_000)).toEqual({ ok: true, value: 2_400_000 });
  });

  it('never yields a fraction of a won, nor a session without consultants', () => {
    expect(codeOf(computeFee(0.5, 1, 1_001))).toBe('BAD_USER_INPUT');
    expect(computeFee(0.5, 2, 1_001)).toEqual({ ok: true, value: 1_001 });
    expect(fieldOf(computeFee(1, 0, 100_000))).toBe('consultantIds');
  });

  it('counts session hours in half-hour steps, more than 0 and at most 24 (the event contract)', () => {
    for (const bad of [0, -1, 0.3, 1.25, 24.5, Number.NaN, Number.POSITIVE_INFINITY])
      expect([bad, fieldOf(checkHours(bad))]).toEqual([bad, 'hours']);
    expect(checkHours(1.5)).toEqual({ ok: true, value: 1.5 });
  });

  it('needs one shared hourly fee among a session’s consultants', () => {
    expect(
      sharedHourlyFee([
        { _id: 'a', hourlyFee: 100_000 },
        { _id: 'b', hourlyFee: 100_000 },
      ]),
    ).toEqual({ ok: true, value: 100_000 });
    expect(
      fieldOf(
        sharedHourlyFee([
          { _id: 'a', hourlyFee: 100_000 },
          { _id: 'b', hourlyFee: 150_000 },
        ]),
      ),
    ).toBe('consultantIds');
  });

  const sessions: Session[] = [
    { id: 's1', heldOn: '2023-03-24', hours: 2, consultantIds: ['a'], hourlyFee: 100_000, fee: 200_000 },
    { id: 's2', heldOn: '2023-08-23', hours: 2, consultantIds: ['a', 'b'], hourlyFee: 100_000, fee: 400_000 },
    { id: 's3', heldOn: '2024-01-05', hours: 1.5, consultantIds: ['b'], hourlyFee: 100_000, fee: 150_000 },
  ];

  it('sums a case’s sessions', () => {
    expect(sessionTotals(sessions)).toEqual({ sessionCount: 3, hours: 5.5, fee: 750_000 });
    expect(sessionTotals([])).toEqual({ sessionCount: 0, hours: 0, fee: 0 });
  });

  it('gives each consultant their hours and their share of the fees in a period', () => {
    expect(consultantWork(sessions, '2023-01-01', '2023-12-31')).toEqual([
      { consultantId: 'a', sessionCount: 2, hours: 4, fee: 400_000 },
      { consultantId: 'b', sessionCount: 1, hours: 2, fee: 200_000 },
    ]);
    const all = consultantWork(sessions, '2023-01-01', '2024-12-31');
    expect(all.reduce((n, w) => n + w.fee, 0)).toBe(sessionTotals(sessions).fee);
  });
});

describe('validateConsultant', () => {
  const base = CONSULTANTS[0]!;

  it('defaults the hourly fee to the rate card', () => {
    const c = unwrapOk(validateConsultant({ ...base, hourlyFee: null }));
    expect(c.hourlyFee).toBe(100_000);
    expect(c.fields).toEqual(['LABOR', 'LAW']);
  });

  it('wants the fee in whole 천원, a sane appointment period and distinct fields', () => {
    expect(fieldOf(validateConsultant({ ...base, hourlyFee: 100_500 }))).toBe('hourlyFee');
    expect(fieldOf(validateConsultant({ ...base, hourlyFee: 0 }))).toBe('hourlyFee');
    expect(fieldOf(validateConsultant({ ...base, appointedUntil: '2023-01-31' }))).toBe('appointedUntil');
    expect(fieldOf(validateConsultant({ ...base, fields: [] }))).toBe('fields');
    expect(fieldOf(validateConsultant({ ...base, fields: ['LAW', 'LAW'] }))).toBe('fields');
    expect(fieldOf(validateConsultant({ ...base, id: '{"$gt":""}' }))).toBe('id');
  });
});

describe('accepting a case with consultants', () => {
  const consultant: ValidConsultant = unwrapOk(validateConsultant(CONSULTANTS[0]!)); // 노무·법률, 2023-02-01 … 2023-12-31

  it('needs an appointment covering the day', () => {
    expect(checkConsultantFits(consultant, ['LABOR'], '2023-02-01').ok).toBe(true);
    expect(checkConsultantFits(consultant, ['LABOR'], '2023-12-31').ok).toBe(true);
    expect(fieldOf(checkConsultantFits(consultant, ['LABOR'], '2023-01-31'))).toBe('consultantIds');
    expect(fieldOf(checkConsultantFits(consultant, ['LABOR'], '2024-01-01'))).toBe('consultantIds');
    expect(checkConsultantFits({ ...consultant, appointedUntil: null }, ['LABOR'], '2030-01-01').ok).toBe(true);
  });

  it('needs a field covering at least one topic', () => {
    expect(checkConsultantFits(consultant, ['RECRUITMENT', 'ACCOUNTING'], '2023-05-01').ok).toBe(true); // 채용 → 노무
    expect(codeOf(checkConsultantFits(consultant, ['ACCOUNTING', 'SAFETY'], '2023-05-01'))).toBe('BAD_USER_INPUT');
  });

  it('takes 1 to 10 distinct, well-formed consultant ids', () => {
    expect(checkConsultantIds(['a', 'b'])).toEqual({ ok: true, value: ['a', 'b'] });
    expect(fieldOf(checkConsultantIds([]))).toBe('consultantIds');
    expect(fieldOf(checkConsultantIds(['a', 'a']))).toBe('consultantIds');
    expect(fieldOf(checkConsultantIds(['$where']))).toBe('consultantIds');
    expect(fieldOf(checkConsultantIds(Array.from({ length: 11 }, (_, i) => `c${i}`)))).toBe('consultantIds');
  });
});

describe('programmes, eligibility and applications', () => {
  it('keeps small-facility consulting for small disability facilities', () => {
    expect(checkEligibility('SMALL_FACILITY', { type: 'SMALL_DISABILITY_FACILITY', qualityGrade: null }).ok).toBe(true);
    expect(fieldOf(checkEligibility('SMALL_FACILITY', { type: 'VOUCHER_PROVIDER', qualityGrade: null }))).toBe('program');
  });

  it('keeps quality consulting for providers graded D or F (미흡)', () => {
    expect(checkEligibility('QUALITY', { type: 'VOUCHER_PROVIDER', qualityGrade: 'D' }).ok).toBe(true);
    expect(checkEligibility('QUALITY', { type: 'VOUCHER_PROVIDER', qualityGrade: 'F' }).ok).toBe(true);
    expect(checkEligibility('QUALITY', { type: 'VOUCHER_PROVIDER', qualityGrade: 'C' }).ok).toBe(false);
    expect(checkEligibility('QUALITY', { type: 'VOUCHER_PROVIDER', qualityGrade: null }).ok).toBe(false);
    expect(checkEligibility('STAGED', { type: 'OTHER', qualityGrade: null }).ok).toBe(true);
  });

  it('keeps 소속시설 운영컨설팅 for the agency’s affiliated facilities, which take no other programme', () => {
    const affiliated = { type: 'AFFILIATED_FACILITY' as const, qualityGrade: null };
    expect(checkEligibility('AFFILIATED_FACILITY', affiliated).ok).toBe(true);
    expect(fieldOf(checkEligibility('AFFILIATED_FACILITY', { type: 'LONG_TERM_CARE_PROVIDER', qualityGrade: null }))).toBe('program');
    for (const program of ['STAGED', 'SMALL_FACILITY', 'LABOR'] as const)
      expect(fieldOf(checkEligibility(program, affiliated))).toBe('program');
  });

  it('validates an application before it reaches the database, defaulting to an on-site visit', () => {
    const req = CASES[0]!.request;
    expect(unwrapOk(validateRequest(req))).toEqual({ ...req, programId: null, mode: 'VISIT' });
    expect(fieldOf(validateRequest({ ...req, topics: [] }))).toBe('topics');
    expect(fieldOf(validateRequest({ ...req, topics: ['LABOR', 'LABOR'] }))).toBe('topics');
    expect(fieldOf(validateRequest({ ...req, providerId: '$where' }))).toBe('providerId');
    expect(fieldOf(validateRequest({ ...req, programId: '{"$ne":1}' }))).toBe('programId');
    expect(fieldOf(validateRequest({ ...req, requestedOn: '2023-13-01' }))).toBe('requestedOn');
  });

  it('finds the programme: the named one of the right kind, or the only one of the kind', () => {
    const programs = [
      { _id: 'jb-staged', kind: 'STAGED' as const },
      { _id: 'jb-quality', kind: 'QUALITY' as const },
      { _id: 'seoul-quality', kind: 'QUALITY' as const },
    ];
    expect(unwrapOk(pickProgram('STAGED', null, programs))._id).toBe('jb-staged');
    expect(unwrapOk(pickProgram('QUALITY', 'seoul-quality', programs))._id).toBe('seoul-quality');
    expect(fieldOf(pickProgram('QUALITY', null, programs))).toBe('programId');
    expect(fieldOf(pickProgram('STAGED', 'jb-quality', programs))).toBe('programId');
    expect(fieldOf(pickProgram('LABOR', null, programs))).toBe('programId');
  });

  it('validates programmes and their yearly targets (003 §3.5: 40 + 30, 30)', () => {
    const p1 = unwrapOk(validateProgram(PROGRAMS[0]!));
    expect(p1.targets).toEqual([{ year: 2023, cases: 40, monitorings: 30 }]);
    expect(unwrapOk(validateProgram(PROGRAMS[1]!)).targets[0]!.cases).toBe(30);
    expect(fieldOf(validateProgram({ ...PROGRAMS[0]!, targets: [p1.targets[0]!, p1.targets[0]!] }))).toBe('targets');
    expect(fieldOf(validateProgram({ ...PROGRAMS[0]!, targets: [{ year: 2023, cases: -1, monitorings: 0 }] }))).toBe('targets.cases');
  });

  it('counts a programme year against its target', () => {
    const cases = [
      { status: 'CLOSED' as const, requestedOn: '2023-03-06' },
      { status: 'COMPLETED' as const, requestedOn: '2023-03-08' },
      { status: 'DECLINED' as const, requestedOn: '2023-03-20' },
      { status: 'APPLIED' as const, requestedOn: '2023-06-12' },
      { status: 'CLOSED' as const, requestedOn: '2024-01-02' },
    ];
    expect(programProgress(2023, [{ year: 2023, cases: 40, monitorings: 30 }], cases)).toEqual({
      year: 2023,
      target: { year: 2023, cases: 40, monitorings: 30 },
      applied: 4,
      declined: 1,
      completed: 2,
      monitored: 1,
      closed: 1,
      achievementRate: 2 / 40,
    });
    expect(programProgress(2025, [], cases)).toMatchObject({ applied: 0, target: null, achievementRate: null });
  });

  it('validates providers: full district names, a grade year only with a grade', () => {
    const p = PROVIDERS[0]!;
    expect(unwrapOk(validateProvider(p))).toMatchObject({ district: '영등포구', qualityGrade: null, qualityGradeYear: null, size: null });
    expect(fieldOf(validateProvider({ ...p, district: '영등포' }))).toBe('district');
    expect(fieldOf(validateProvider({ ...p, qualityGradeYear: 2022 }))).toBe('qualityGradeYear');
    expect(fieldOf(validateProvider({ ...p, name: '   ' }))).toBe('name');
    expect(unwrapOk(validateProvider(p)).facilityId).toBeNull();
  });

  it('names the care-services Facility of an affiliated facility (소속시설), and only of one', () => {
    const affiliated = PROVIDERS.find((x) => x.type === 'AFFILIATED_FACILITY')!;
    expect(unwrapOk(validateProvider(affiliated))).toMatchObject({ type: 'AFFILIATED_FACILITY', facilityId: 'jeonbuk-hcc-jangsu' });
    expect(fieldOf(validateProvider({ ...affiliated, facilityId: null }))).toBe('facilityId');
    expect(fieldOf(validateProvider({ ...affiliated, facilityId: '$where' }))).toBe('facilityId');
    expect(fieldOf(validateProvider({ ...PROVIDERS[0]!, facilityId: 'jeonbuk-hcc-jangsu' }))).toBe('facilityId');
  });

  it('reads quarters', () => {
    expect(quarterRange('2023-Q1')).toEqual({ ok: true, value: { from: '2023-01-01', to: '2023-03-31' } });
    expect(quarterRange('2024-Q4')).toEqual({ ok: true, value: { from: '2024-10-01', to: '2024-12-31' } });
    expect(fieldOf(quarterRange('2023Q5'))).toBe('quarter');
  });
});

import { validatePreQuestionnaire } from './domain';

describe('사전질문지 (P2, 003 L2504)', () => {
  const applied = { status: 'APPLIED' as const, requestedOn: '2023-06-05', preQuestionnaire: null };
  it('is submitted once, before the consulting starts, not before the application', () => {
    expect(unwrapOk(validatePreQuestionnaire('c', applied, { submittedOn: '2023-06-09', needs: ['ACCOUNTING', 'LABOR'] }))).toEqual({
      submittedOn: '2023-06-09',
      needs: ['ACCOUNTING', 'LABOR'],
      notes: null,
    });
    const extensions = (r: ReturnType<typeof validatePreQuestionnaire>) => (r.ok ? null : r.error.extensions);
    expect(
      extensions(validatePreQuestionnaire('c', { ...applied, status: 'IN_PROGRESS' }, { submittedOn: '2023-06-09', needs: ['LABOR'] })),
    ).toMatchObject({
      code: 'CONFLICT',
      reason: 'CONSULTING_STARTED',
    });
    const done = { submittedOn: '2023-06-09', needs: ['LABOR' as const], notes: null };
    expect(
      extensions(validatePreQuestionnaire('c', { ...applied, preQuestionnaire: done }, { submittedOn: '2023-06-10', needs: ['LABOR'] })),
    ).toMatchObject({
      code: 'CONFLICT',
      reason: 'ALREADY_SUBMITTED',
    });
    expect(fieldOf(validatePreQuestionnaire('c', applied, { submittedOn: '2023-06-04', needs: ['LABOR'] }))).toBe('submittedOn');
    expect(fieldOf(validatePreQuestionnaire('c', applied, { submittedOn: '2023-06-09', needs: [] }))).toBe('needs');
    expect(fieldOf(validatePreQuestionnaire('c', applied, { submittedOn: '2023-06-09', needs: ['LABOR', 'LABOR'] }))).toBe('needs');
    expect(fieldOf(validatePreQuestionnaire('c', applied, { submittedOn: '2023-06-09', needs: ['LABOR'], notes: 'x'.repeat(1001) }))).toBe(
      'notes',
    );
  });
});
