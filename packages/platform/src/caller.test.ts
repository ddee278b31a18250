import { ANONYMOUS, ROLES, coversDistrict, coversFacility, hasRole, isAuthenticated, requireRole, type Caller } from './caller';
import { DomainError } from './errors';

const caller = (patch: Partial<Caller>): Caller => ({ ...ANONYMOUS, subject: 'u1', ...patch });

function thrown(f: () => void): DomainError | undefined {
  try {
    f();
    return undefined;
  } catch (error) {
    return error as DomainError;
  }
}

describe('caller', () => {
  it('is anonymous until a request proves otherwise, and the anonymous caller cannot be changed', () => {
    expect(ANONYMOUS).toEqual({ subject: null, roles: [], facilityIds: [], districts: [], authorization: null });
    expect(Object.isFrozen(ANONYMOUS)).toBe(true);
    expect(isAuthenticated(ANONYMOUS)).toBe(false);
    expect(isAuthenticated(caller({}))).toBe(true);
    expect(isAuthenticated(caller({ subject: '' }))).toBe(true);
  });

  it('knows the ten roles of the agency', () => {
    expect(ROLES).toHaveLength(10);
    expect(new Set(ROLES).size).toBe(ROLES.length);
    expect(ROLES).toContain('admin');
  });

  it('hasRole: any one of the roles, admin holds them all, no role holds nothing', () => {
    expect(hasRole(caller({ roles: ['hr'] }), 'finance', 'hr')).toBe(true);
    expect(hasRole(caller({ roles: ['hr'] }), 'finance')).toBe(false);
    expect(hasRole(caller({ roles: ['admin'] }), 'finance')).toBe(true);
    expect(hasRole(caller({ roles: ['admin'] }))).toBe(true);
    expect(hasRole(caller({ roles: ['hr'] }))).toBe(false);
    expect(hasRole(caller({ roles: [] }), 'hr')).toBe(false);
  });

  it('requireRole: UNAUTHENTICATED for anonymous callers, FORBIDDEN naming the roles otherwise', () => {
    const anonymous = thrown(() => requireRole({ ...ANONYMOUS, roles: ['admin'] }, ['hr'], 'payroll'));
    expect(anonymous).toBeInstanceOf(DomainError);
    expect([anonymous?.code, anonymous?.message]).toEqual(['UNAUTHENTICATED', 'payroll requires signing in']);
    const forbidden = thrown(() => requireRole(caller({ roles: ['care-worker'] }), ['hr', 'finance'], 'payroll'));
    expect(forbidden).toBeInstanceOf(DomainError);
    expect([forbidden?.code, forbidden?.message]).toEqual(['FORBIDDEN', 'payroll requires one of the roles: hr, finance']);
    expect(forbidden?.extensions).toEqual({ code: 'FORBIDDEN', requires: ['hr', 'finance'] });
    expect(thrown(() => requireRole(caller({ roles: ['finance'] }), ['hr', 'finance'], 'payroll'))).toBeUndefined();
    expect(thrown(() => requireRole(caller({ roles: ['admin'] }), ['hr'], 'payroll'))).toBeUndefined();
  });

  it('coversFacility: the facilities in scope, all for admin, none for a record without one', () => {
    const worker = caller({ roles: ['care-worker'], facilityIds: ['f1'] });
    expect(coversFacility(worker, 'f1')).toBe(true);
    expect(coversFacility(worker, 'f2')).toBe(false);
    expect(coversFacility(worker, null)).toBe(false);
    expect(coversFacility(worker, undefined)).toBe(false);
    expect(coversFacility(caller({ roles: ['admin'] }), 'f2')).toBe(true);
    expect(coversFacility(caller({ roles: ['admin'] }), null)).toBe(true);
  });

  it('coversDistrict: the districts in scope, all for admin, none for a record without one', () => {
    const worker = caller({ roles: ['outreach-worker'], districts: ['마포구'] });
    expect(coversDistrict(worker, '마포구')).toBe(true);
    expect(coversDistrict(worker, '서대문구')).toBe(false);
    expect(coversDistrict(worker, null)).toBe(false);
    expect(coversDistrict(worker, undefined)).toBe(false);
    expect(coversDistrict(caller({ roles: ['admin'] }), '서대문구')).toBe(true);
    expect(coversDistrict(caller({ roles: ['admin'] }), undefined)).toBe(true);
  });
});
