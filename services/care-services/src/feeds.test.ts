import { careDemand, checkWorkers, dispatchStatus, substituteCoverage } from './feeds';
import type { CareLeadDoc, FacilityDispatchDoc } from './models';

describe("a visit's workers against staffing's emergency-care pool", () => {
  // staffing's EMERGENCY_POOL: jb-ecw-01 covers 전주시 and 군산시, jb-ecw-10 장수군 and 임실군.
  const pool = [
    { workerId: 'jb-ecw-01', districts: ['전주시', '군산시'], available: true },
    { workerId: 'jb-ecw-10', districts: ['장수군', '임실군'], available: false },
  ];

  it('accepts pool workers covering the district, available or not', () => {
    expect(checkWorkers(['jb-ecw-01'], pool, '전주시')).toEqual({ ok: true, value: ['jb-ecw-01'] });
    expect(checkWorkers(['jb-ecw-10'], pool, '장수군').ok).toBe(true);
  });

  it('answers NOT_FOUND for a worker outside the pool', () => {
    const r = checkWorkers(['jb-ecw-01', 'jb-ecw-99'], pool, '전주시');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.extensions).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('answers CONFLICT WORKER_NOT_ELIGIBLE for a worker who does not cover the district', () => {
    const r = checkWorkers(['jb-ecw-01', 'jb-ecw-10'], pool, '전주시');
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.error.extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'WORKER_NOT_ELIGIBLE',
        workerId: 'jb-ecw-10',
        district: '전주시',
      });
  });
});

describe('substitute-worker coverage of a facility', () => {
  const d = (id: string, startDate: string, days: number, stages: FacilityDispatchDoc['stages']): FacilityDispatchDoc => ({
    _id: id,
    facilityId: 'jeonbuk-hcc-jangsu',
    startDate,
    days,
    stages,
  });

  it('derives the status from the steps seen, whatever their order; cancelled wins', () => {
    expect(dispatchStatus({ REQUESTED: 'e1' })).toBe('REQUESTED');
    expect(dispatchStatus({ COMPLETED: 'e4', REQUESTED: 'e1' })).toBe('COMPLETED');
    expect(dispatchStatus({ REQUESTED: 'e1', MATCHED: 'e2', DISPATCHED: 'e3' })).toBe('DISPATCHED');
    expect(dispatchStatus({ REQUESTED: 'e1', MATCHED: 'e2', CANCELLED: 'e3' })).toBe('CANCELLED');
  });

  // staffing's fixtures at 장수 종합재가센터 (dispatches 3 and 6) plus two made up for the other states.
  const rows = [
    d('d3', '2023-05-15', 3, { REQUESTED: 'a', MATCHED: 'b', DISPATCHED: 'c', COMPLETED: 'd' }),
    d('d6', '2023-12-18', 5, { REQUESTED: 'a', MATCHED: 'b' }),
    d('dx', '2023-12-04', 4, { REQUESTED: 'a', MATCHED: 'b', DISPATCHED: 'c' }),
    d('dy', '2023-05-02', 2, { REQUESTED: 'a', CANCELLED: 'b' }),
    d('dz', '2022-05-02', 9, { REQUESTED: 'a', MATCHED: 'b', DISPATCHED: 'c', COMPLETED: 'd' }),
    { _id: 'dq', facilityId: 'jeonbuk-hcc-jangsu', stages: { MATCHED: 'b' } },
  ];

  it('counts a year by start date: requested, confirmed, under way, completed, cancelled and days', () => {
    expect(substituteCoverage(rows, 2023, null)).toEqual({
      year: 2023,
      month: null,
      requested: 4,
      confirmed: 3,
      dispatched: 1,
      completed: 1,
      cancelled: 1,
      daysCovered: 3,
      daysScheduled: 9,
    });
  });

  it('counts one month', () => {
    expect(substituteCoverage(rows, 2023, 5)).toMatchObject({ requested: 2, confirmed: 1, completed: 1, cancelled: 1, daysCovered: 3 });
    expect(substituteCoverage(rows, 2023, 12)).toMatchObject({
      requested: 2,
      confirmed: 2,
      dispatched: 1,
      daysCovered: 0,
      daysScheduled: 9,
    });
    expect(substituteCoverage(rows, 2023, 1)).toMatchObject({ requested: 0, confirmed: 0, daysCovered: 0 });
  });
});

describe('expected 돌봄SOS demand from discovered needs', () => {
  const lead = (id: string, householdId: string, district: string, needs: string[], services: CareLeadDoc['services']): CareLeadDoc => ({
    _id: id,
    householdId,
    communityCentreId: 'cc-1',
    district,
    needs,
    services,
    discoveredOn: '2023-03-02',
    sourceEventId: `ev-${id}`,
  });

  it('counts visits, distinct households and households per service, with the referral requests beside them', () => {
    const leads = [
      lead('v1', 'h1', '마포구', ['CARE', 'MEALS'], ['TEMPORARY_HOME_CARE', 'MEAL_SUPPORT']),
      lead('v2', 'h1', '마포구', ['CARE'], ['TEMPORARY_HOME_CARE']),
      lead('v3', 'h2', '마포구', ['HOUSING'], ['HOUSING_CONVENIENCE']),
      lead('v4', 'h3', '성동구', ['CARE'], ['TEMPORARY_HOME_CARE']),
    ];
    expect(careDemand(leads, [{ district: '마포구' }, { district: '은평구' }], 2023)).toEqual([
      {
        district: '마포구',
        year: 2023,
        visits: 3,
        households: 2,
        byService: [
          { serviceType: 'HOUSING_CONVENIENCE', households: 1 },
          { serviceType: 'MEAL_SUPPORT', households: 1 },
          { serviceType: 'TEMPORARY_HOME_CARE', households: 1 },
        ],
        referralRequests: 1,
      },
      {
        district: '성동구',
        year: 2023,
        visits: 1,
        households: 1,
        byService: [{ serviceType: 'TEMPORARY_HOME_CARE', households: 1 }],
        referralRequests: 0,
      },
      { district: '은평구', year: 2023, visits: 0, households: 0, byService: [], referralRequests: 1 },
    ]);
  });
});
