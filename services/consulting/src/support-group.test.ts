import { achievementRate, applyLifecycle, budgetView, currentStage, evaluationComplete, viewLine } from './support-group';
import { DEVELOPED_SERVICES, EVALUATIONS, SUPPORT_GROUP_BUDGET, WORK_PROGRAMME } from './support-group-report';

const line = (year: number, item: string) => {
  const l = WORK_PROGRAMME.find((y) => y.year === year)?.lines.find((x) => x.item === item);
  if (!l) throw new Error(`${year} ${item}`);
  return viewLine(l);
};

describe('support group work programme (001 L124, L229–240)', () => {
  it('provider training 2019–2021: targets 11/18/33, results 20/30/13, each result equal to its printed parts', () => {
    expect(
      [2019, 2020, 2021].map((y) => line(y, 'PROVIDER_TRAINING')).map((l) => [l.target, l.reported, l.computed, l.matchesReported]),
    ).toEqual([
      [11, 20, 20, true],
      [18, 30, 30, true],
      [33, 13, 13, true],
    ]);
    expect(line(2019, 'PROVIDER_TRAINING').achievementRate).toBe(181.8);
    expect(line(2021, 'PROVIDER_TRAINING')).toMatchObject({ achievementRate: 39.4, targetMet: false });
  });

  it('officials 3/5/5 against 6/6/1; site inspections 80/60 against 76 (47+17+12) and 49 (34+11+4), none in 2021', () => {
    expect([2019, 2020, 2021].map((y) => line(y, 'OFFICIAL_TRAINING').reported)).toEqual([6, 6, 1]);
    expect(line(2019, 'SITE_INSPECTION_SUPPORT')).toMatchObject({
      target: 80,
      reported: 76,
      computed: 76,
      achievementRate: 95,
      targetMet: false,
    });
    expect(line(2020, 'SITE_INSPECTION_SUPPORT')).toMatchObject({ target: 60, reported: 49, computed: 49, achievementRate: 81.7 });
    expect(line(2021, 'SITE_INSPECTION_SUPPORT')).toMatchObject({ target: null, reported: null, achievementRate: null, targetMet: null });
  });

  it('provider-staff trainings 11 (지투 9, 산모 1, 기획 1), 19 and 8; FGI 1,501/1,511; newsletters 10/8/1; awards 3/6', () => {
    expect([2019, 2020, 2021].map((y) => line(y, 'PROVIDER_STAFF_TRAINING')).map((l) => [l.reported, l.matchesReported])).toEqual([
      [11, true],
      [19, true],
      [8, true],
    ]);
    expect([2019, 2020].map((y) => line(y, 'SURVEY_RESPONDENTS').reported)).toEqual([1_501, 1_511]);
    expect([2019, 2020, 2021].map((y) => line(y, 'NEWSLETTERS').reported)).toEqual([10, 8, 1]);
    expect([2019, 2020].map((y) => line(y, 'GOOD_PRACTICE_AWARDS').reported)).toEqual([3, 6]);
  });

  it('every printed result with parts equals them; 2021 is the partial period (to April)', () => {
    const all = WORK_PROGRAMME.flatMap((y) => y.lines.map(viewLine));
    expect(all.filter((l) => l.matchesReported === false)).toEqual([]);
    expect(WORK_PROGRAMME.map((y) => [y.year, y.partial, y.periodEnd])).toEqual([
      [2019, false, '2019-12-31'],
      [2020, false, '2020-12-31'],
      [2021, true, '2021-04-30'],
    ]);
  });

  it('a mismatching breakdown is flagged, and rates need both figures', () => {
    expect(
      viewLine({ item: 'X', label: 'x', unit: 'SESSIONS', target: 3, reported: 5, breakdown: [{ label: 'a', count: 4 }] }),
    ).toMatchObject({
      computed: 4,
      matchesReported: false,
    });
    expect(achievementRate(5, 0)).toBeNull();
    expect(achievementRate(null, 3)).toBeNull();
  });
});

describe('support group budget (001 L46, L116)', () => {
  it('380백만원 and 380,000천원 are one budget of 380,000,000원, 국비 and 시비 190,000,000원 each', () => {
    const v = budgetView(SUPPORT_GROUP_BUDGET.fiscalYear, SUPPORT_GROUP_BUDGET.reported, SUPPORT_GROUP_BUDGET.shares);
    expect(v).toMatchObject({ fiscalYear: 2021, amountKRW: 380_000_000, reportedUnitsAgree: true });
    expect(v.shares).toEqual([
      { source: 'NATIONAL', percent: 50, amountKRW: 190_000_000 },
      { source: 'CITY', percent: 50, amountKRW: 190_000_000 },
    ]);
  });

  it('units that normalise differently are flagged; an odd 원 goes to the last share', () => {
    const v = budgetView(
      2021,
      [
        { amount: 381, unit: '백만원', source: 'a' },
        { amount: 380_000, unit: '천원', source: 'b' },
      ],
      [
        { source: 'NATIONAL', percent: 50 },
        { source: 'CITY', percent: 50 },
      ],
    );
    expect(v.reportedUnitsAgree).toBe(false);
    expect(budgetView(2021, [{ amount: 3, unit: '원', source: 'c' }], SUPPORT_GROUP_BUDGET.shares).shares.map((s) => s.amountKRW)).toEqual([
      1, 2,
    ]);
  });
});

describe('service lifecycle (001 L229, L235)', () => {
  it('아이디어 → 개발 → 시범 → 본사업; 재구조화 and 광역화 keep the stage; 폐지 ends it', () => {
    expect(applyLifecycle('IDEA', 'DEVELOP')).toEqual({ ok: true, value: 'DEVELOPED' });
    expect(applyLifecycle('DEVELOPED', 'START_PILOT')).toEqual({ ok: true, value: 'PILOT' });
    expect(applyLifecycle('PILOT', 'MAKE_MAIN')).toEqual({ ok: true, value: 'MAIN' });
    expect(applyLifecycle('MAIN', 'RESTRUCTURE')).toEqual({ ok: true, value: 'MAIN' });
    expect(applyLifecycle('MAIN', 'ABOLISH')).toEqual({ ok: true, value: 'ABOLISHED' });
    const after = applyLifecycle('ABOLISHED', 'RESTRUCTURE');
    expect(after.ok ? null : after.error).toMatchObject({ code: 'CONFLICT', extensions: { reason: 'INVALID_TRANSITION' } });
    expect(applyLifecycle('IDEA', 'MAKE_MAIN').ok).toBe(false);
  });

  it('the fixtures fold: 스마트건강증진 abolished, 비대면 청년심리지원 a pilot in 노원구, 성인장애인맞춤운동 main', () => {
    const stages = Object.fromEntries(DEVELOPED_SERVICES.map((s) => [s.name, currentStage(s)]));
    expect(stages['스마트건강증진서비스']).toEqual({ ok: true, value: 'ABOLISHED' });
    expect(stages['비대면 청년심리지원서비스']).toEqual({ ok: true, value: 'PILOT' });
    expect(stages['성인장애인맞춤운동서비스']).toEqual({ ok: true, value: 'MAIN' });
    expect(stages['아동·청소년심리지원서비스']).toEqual({ ok: true, value: 'MAIN' });
  });
});

describe('evaluation (001 L190–196)', () => {
  it('2019 and 2020 each evaluate 투입, 과정, 산출 and 활용 once; 2020 투입 is 적정', () => {
    expect(evaluationComplete(EVALUATIONS, 2019)).toBe(true);
    expect(evaluationComplete(EVALUATIONS, 2020)).toBe(true);
    expect(evaluationComplete(EVALUATIONS, 2021)).toBe(false);
    expect(EVALUATIONS.filter((e) => e.adequate).map((e) => [e.year, e.dimension])).toEqual([[2020, 'INPUT']]);
  });
});
