import mongoose from 'mongoose';
import type { Caller } from '@pass-graph/platform';
import { districtFilter, readable, readScope, requireDistrict, visible } from './scope';

const caller = (roles: Caller['roles'], districts: string[] = []): Caller => ({
  subject: 'scope-test',
  roles,
  facilityIds: [],
  districts,
  authorization: null,
});
const worker = caller(['outreach-worker'], ['노원구']);
const code = (f: () => unknown): unknown => {
  try {
    f();
    return null;
  } catch (e) {
    return (e as { code?: string }).code;
  }
};

describe('district scope of outreach workers', () => {
  it('limits an outreach worker to their districts; admin and data analysts read unscoped', () => {
    expect(readScope(worker)).toEqual(['노원구']);
    expect(readScope(caller(['admin']))).toBeNull();
    expect(readScope(caller(['data-analyst']))).toBeNull();
    expect(readScope(caller(['outreach-worker']))).toEqual([]); // no district: sees nothing scoped
    expect(readScope(caller(['care-manager']), ['care-manager'])).toBeNull();
  });

  it('filters lists, refuses a record or an asked district outside the scope', () => {
    // As mongoose sends it: the platform turns sanitizeFilter on, which would make an untrusted $in a value to match.
    expect(JSON.parse(JSON.stringify(mongoose.sanitizeFilter(districtFilter(['노원구'], null))))).toEqual({
      district: { $in: ['노원구'] },
    });
    expect(districtFilter(null, null)).toEqual({});
    expect(districtFilter(['노원구'], '노원구')).toEqual({ district: '노원구' });
    expect(code(() => districtFilter(['노원구'], '성동구'))).toBe('FORBIDDEN');
    expect(code(() => readable(['노원구'], { district: '성동구' }, 'case "c"'))).toBe('FORBIDDEN');
    expect(readable(['노원구'], null, 'case "c"')).toBeNull();
    expect(visible(['노원구'], [{ district: '노원구' }, { district: '성동구' }])).toEqual([{ district: '노원구' }]);
  });

  it('refuses mutations outside the scope; admin covers every district', () => {
    expect(code(() => requireDistrict(worker, '성동구', 'case "c"'))).toBe('FORBIDDEN');
    expect(code(() => requireDistrict(worker, '노원구', 'case "c"'))).toBeNull();
    expect(code(() => requireDistrict(caller(['admin']), '성동구', 'case "c"'))).toBeNull();
  });
});
