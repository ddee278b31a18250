import {
  activeOn,
  canTransition,
  checkEvaluation,
  checkHours,
  countsTowards,
  dispatchCost,
  dispatchProgress,
  evaluationWindows,
  headcount,
  headcountDate,
  monthRange,
  overlaps,
  planId,
  targetYear,
  validateDispatchRequest,
  type DispatchStatus,
  type RequestDispatchInput,
} from './domain';
import { HEADCOUNT_TARGETS, SEOUL_2019_STAFF, SEOUL_2019_TABLE } from './seed';

const TODAY = '2023-12-31';
const request: RequestDispatchInput = {
  id: 'jb-2023-disp-001',
  facilityId: 'jeonbuk-family-jangsu',
  absentRole: 'CARE_WORKER',
  reason: 'LEAVE',
  requestedOn: '2023-02-10',
  startDate: '2023-03-06',
  endDate: '2023-03-10',
  dailyRate: 76_960,
};
const field = (patch: Partial<RequestDispatchInput>, today = TODAY): unknown => {
  const r = validateDispatchRequest({ ...request, ...patch }, today);
  return r.ok ? null : r.error.extensions['field'];
};

describe('substitute dispatch lifecycle', () => {
  it('follows REQUESTED → MATCHED → DISPATCHED → COMPLETED only', () => {
    const path: [DispatchStatus, 'match' | 'start' | 'complete'][] = [
      ['REQUESTED', 'match'],
      ['MATCHED', 'start'],
      ['DISPATCHED', 'complete'],
    ];
    for (const [status, action] of path) expect(canTransition(status, action)).toBe(true);
    expect(canTransition('REQUESTED', 'complete')).toBe(false);
    expect(canTransition('COMPLETED', 'start')).toBe(false);
    expect(canTransition('CANCELLED', 'match')).toBe(false);
  });

  it('can be cancelled before the worker starts, not after', () => {
    expect(canTransition('REQUESTED', 'cancel')).toBe(true);
    expect(canTransition('MATCHED', 'cancel')).toBe(true);
    expect(canTransition('DISPATCHED', 'cancel')).toBe(false);
    expect(canTransition('COMPLETED', 'cancel')).toBe(false);
  });
});

describe('dispatch requests', () => {
  it('counts days inclusively, costs them in integer won and derives the job type from the absent role', () => {
    const r = validateDispatchRequest(request, TODAY);
    expect(r.ok && [r.value.days, r.value.cost, r.value.jobType]).toEqual([5, 384_800, 'CARE']);
    const cook = validateDispatchRequest({ ...request, absentRole: 'COOK' }, TODAY);
    expect(cook.ok && cook.value.jobType).toBe('COOK');
    expect(dispatchCost(92, 76_960)).toBe(7_080_320);
  });

  it('needs 14 days of notice, exactly', () => {
    expect(field({ requestedOn: '2023-02-20' })).toBe(null); // 14 days before 2023-03-06
    expect(field({ requestedOn: '2023-02-21' })).toBe('startDate'); // 13 days
  });

  it('lets sick leave, bereavement and a spouse childbirth start the day they are requested, not before', () => {
    for (const reason of ['SICK_LEAVE', 'BEREAVEMENT', 'SPOUSE_CHILDBIRTH'] as const) {
      expect(field({ reason, requestedOn: '2023-03-06' })).toBe(null);
      expect(field({ reason, requestedOn: '2023-03-07' })).toBe('startDate');
    }
    for (const reason of ['LEAVE', 'TRAINING', 'VACANCY', 'MATERNITY_LEAVE', 'PARENTAL_LEAVE'] as const)
      expect(field({ reason, requestedOn: '2023-03-06' })).toBe('startDate');
  });

  it('substitutes direct-care and cooking staff only', () => {
    for (const role of ['CARE_WORKER', 'RESIDENTIAL_SUPPORT_WORKER', 'CHILDCARE_TEACHER', 'ACTIVITY_SUPPORT_WORKER', 'COOK'] as const)
      expect(field({ absentRole: role })).toBe(null);
    expect(field({ absentRole: 'SOCIAL_WORKER' })).toBe('absentRole');
    expect(field({ absentRole: 'ADMINISTRATIVE' })).toBe('absentRole');
  });

  it('needs exactly one demand site, and an agency for a provider', () => {
    expect(field({ facilityId: null })).toBe('facilityId');
    expect(field({ providerId: 'jb-provider-jeonju-01' })).toBe('facilityId');
    expect(field({ facilityId: null, providerId: 'jb-provider-jeonju-01' })).toBe('agencyId');
    expect(field({ facilityId: null, providerId: 'jb-provider-jeonju-01', agencyId: 'jeonbuk-pass' })).toBe(null);
  });

  it('rejects reversed, impossible, over-long and future requests and bad rates', () => {
    expect(field({ endDate: '2023-03-01' })).toBe('endDate');
    expect(field({ startDate: '2023-02-29' })).toBe('startDate');
    expect(field({ endDate: '2024-12-31' })).toBe('endDate');
    expect(field({ dailyRate: 0 })).toBe('dailyRate');
    expect(field({ dailyRate: 1.5 })).toBe('dailyRate');
    expect(field({ facilityId: '$where' })).toBe('facilityId');
    expect(field({}, '2023-02-09')).toBe('requestedOn');
    const today = validateDispatchRequest({ ...request, requestedOn: null }, '2023-02-01');
    expect(today.ok && today.value.requestedOn).toBe('2023-02-01');
  });

  it('finds overlapping periods, inclusive of the edges, and months', () => {
    expect(overlaps({ startDate: '2023-03-06', endDate: '2023-03-10' }, { startDate: '2023-03-10', endDate: '2023-03-12' })).toBe(true);
    expect(overlaps({ startDate: '2023-03-06', endDate: '2023-03-10' }, { startDate: '2023-03-11', endDate: '2023-03-12' })).toBe(false);
    expect(monthRange('2024-02')).toEqual({ ok: true, value: { from: '2024-02-01', to: '2024-02-29' } });
    expect(monthRange('2024-13').ok).toBe(false);
  });

  it('measures a year against its target', () => {
    const statuses: DispatchStatus[] = ['COMPLETED', 'COMPLETED', 'CANCELLED', 'REQUESTED'];
    expect(
      dispatchProgress(
        statuses.map((status) => ({ status })),
        1_500,
      ),
    ).toEqual({
      target: 1_500,
      requested: 4,
      completed: 2,
      cancelled: 1,
      achievementRate: 2 / 1_500,
    });
    expect(dispatchProgress([], null).achievementRate).toBeNull();
  });
});

describe('headcount', () => {
  it('derives vacancies from 정원 and 현원', () => {
    expect(headcount(2019, 139, 48)).toEqual({ year: 2019, authorised: 139, actual: 48, vacancies: 91 });
  });

  it('reproduces the 2019 table: 정원 572, 현원 89, row by row, from the fixture employees', () => {
    expect(SEOUL_2019_TABLE.reduce((s, r) => s + r.authorised, 0)).toBe(572);
    expect(SEOUL_2019_TABLE.reduce((s, r) => s + r.actual, 0)).toBe(89);
    const staff = SEOUL_2019_STAFF.flatMap((g) => Array.from({ length: g.count }, () => ({ ...g, agencyId: 'seoul-pass', leftOn: null })));
    expect(staff).toHaveLength(89);
    expect(staff.filter((e) => e.facilityId === 'seoul-hcc-seongdong')).toHaveLength(48); // printed at its opening
    for (const row of SEOUL_2019_TABLE) {
      const plan = { agencyId: 'seoul-pass', facilityId: null, ...row };
      expect([
        row.jobFamily,
        row.grade,
        row.jobType,
        staff.filter((e) => countsTowards(plan, e) && activeOn(e, '2019-08-19')).length,
      ]).toEqual([row.jobFamily, row.grade, row.jobType, row.actual]);
    }
  });

  it('counts 현원 at the end of a past year and today in the current one', () => {
    expect(headcountDate(2019, '2023-05-01')).toBe('2019-12-31');
    expect(headcountDate(2023, '2023-05-01')).toBe('2023-05-01');
    expect(activeOn({ hiredOn: '2019-07-01', leftOn: '2019-12-31' }, '2019-12-31')).toBe(false);
    expect(activeOn({ hiredOn: '2019-07-01', leftOn: null }, '2019-06-30')).toBe(false);
  });

  it('names plan rows by their dimensions', () => {
    expect(
      planId({
        agencyId: 'seoul-pass',
        facilityId: null,
        year: 2019,
        jobFamily: 'PROFESSIONAL_SERVICE',
        grade: 'DA',
        jobType: 'CARE_WORKER',
      }),
    ).toBe('seoul-pass:*:2019:PROFESSIONAL_SERVICE:DA:CARE_WORKER');
  });

  it('sums the expansion plan to the printed 계 of every year (572, 2,000, 3,922, 4,198)', () => {
    for (const y of HEADCOUNT_TARGETS) {
      const t = targetYear(
        y.lines.map((l) => ({ ...l, sites: l.sites ?? null })),
        y.reportedTotal,
      );
      expect([y.year, t.total, t.matchesReported]).toEqual([y.year, y.reportedTotal, true]);
    }
    expect(targetYear([{ category: 'HEADQUARTERS', sites: null, authorised: 22 }], 23).matchesReported).toBe(false);
  });
});

describe('evaluations', () => {
  const head = { hiredOn: '2019-07-01', leftOn: null, jobType: 'FACILITY_HEAD' as const };

  it('are due: probation within 3 months of hire, annual and facility-head in Nov–Dec', () => {
    expect(evaluationWindows(head, 2019)).toEqual([
      { kind: 'PROBATION', year: 2019, opensOn: '2019-07-01', dueOn: '2019-10-01' },
      { kind: 'ANNUAL', year: 2019, opensOn: '2019-11-01', dueOn: '2019-12-31' },
      { kind: 'FACILITY_HEAD', year: 2019, opensOn: '2019-11-01', dueOn: '2019-12-31' },
    ]);
    expect(evaluationWindows({ ...head, jobType: 'CARE_WORKER' }, 2020).map((w) => w.kind)).toEqual(['ANNUAL']);
    // Hired in December: probation runs into the next year, no annual evaluation that year.
    expect(evaluationWindows({ hiredOn: '2019-11-30', leftOn: null, jobType: 'CARE_WORKER' }, 2019)).toEqual([
      { kind: 'PROBATION', year: 2019, opensOn: '2019-11-30', dueOn: '2020-02-29' },
    ]);
    // Left before the season: nothing annual.
    expect(evaluationWindows({ hiredOn: '2018-01-02', leftOn: '2019-10-01', jobType: 'CARE_WORKER' }, 2019)).toEqual([]);
  });

  it('must fall inside their window and apply to the employee', () => {
    expect(checkEvaluation(head, { kind: 'PROBATION', year: 2019, evaluatedOn: '2019-10-01' }).ok).toBe(true);
    expect(checkEvaluation(head, { kind: 'PROBATION', year: 2019, evaluatedOn: '2019-10-02' }).ok).toBe(false);
    expect(checkEvaluation(head, { kind: 'ANNUAL', year: 2019, evaluatedOn: '2019-10-31' }).ok).toBe(false);
    expect(checkEvaluation({ ...head, jobType: 'NURSE' }, { kind: 'FACILITY_HEAD', year: 2019, evaluatedOn: '2019-12-01' }).ok).toBe(false);
  });

  it('takes training hours in half-hour steps', () => {
    expect(checkHours(1.5).ok).toBe(true);
    expect(checkHours(1.25).ok).toBe(false);
    expect(checkHours(0).ok).toBe(false);
  });
});
