import { canTransition, dispatchCost, headcount, overlaps, validateDispatchRequest, type DispatchStatus } from './domain';

const request = {
  id: 'jb-2023-disp-001',
  facilityId: 'jeonbuk-family-jangsu',
  reason: 'LEAVE' as const,
  jobType: 'CARE' as const,
  startDate: '2023-03-06',
  endDate: '2023-03-10',
  dailyRate: 76_960,
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

describe('validateDispatchRequest', () => {
  it('counts days inclusively and costs them in integer won', () => {
    const r = validateDispatchRequest(request);
    expect(r.ok && [r.value.days, r.value.cost]).toEqual([5, 384_800]);
    expect(dispatchCost(92, 76_960)).toBe(7_080_320);
  });

  it('rejects reversed, impossible and over-long periods and bad rates', () => {
    const field = (patch: Partial<typeof request>) => {
      const r = validateDispatchRequest({ ...request, ...patch });
      return r.ok ? null : r.error.extensions['field'];
    };
    expect(field({ endDate: '2023-03-01' })).toBe('endDate');
    expect(field({ startDate: '2023-02-29' })).toBe('startDate');
    expect(field({ endDate: '2024-12-31' })).toBe('endDate');
    expect(field({ dailyRate: 0 })).toBe('dailyRate');
    expect(field({ dailyRate: 1.5 })).toBe('dailyRate');
    expect(field({ facilityId: '$where' })).toBe('facilityId');
  });
});

describe('headcount', () => {
  it('derives vacancies from 정원 and 현원', () => {
    expect(headcount(2019, 139, 48)).toEqual({ year: 2019, authorized: 139, actual: 48, vacancies: 91 });
  });

  it('finds overlapping periods, inclusive of the edges', () => {
    expect(overlaps({ startDate: '2023-03-06', endDate: '2023-03-10' }, { startDate: '2023-03-10', endDate: '2023-03-12' })).toBe(true);
    expect(overlaps({ startDate: '2023-03-06', endDate: '2023-03-10' }, { startDate: '2023-03-11', endDate: '2023-03-12' })).toBe(false);
  });
});
