import { ANONYMOUS, type Caller, type DomainError, type Role } from '@pass-graph/platform';
import {
  canSeeRightsCases,
  humanRightsCaseEscalated,
  planRightsStep,
  validateRightsCase,
  visibleRightsCase,
  type HumanRightsCaseDoc,
} from './rights';
import { RIGHTS_CASES, RIGHTS_STEPS } from './seed';

const caller = (...roles: Role[]): Caller => ({ subject: 'u-1', roles, facilityIds: [], districts: [], authorization: 'Bearer x' });
const value = <T>(r: { ok: true; value: T } | { ok: false; error: DomainError }): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};
const failure = (r: { ok: boolean; error?: DomainError }) => (r.ok ? 'OK' : (r.error?.extensions['reason'] ?? r.error?.extensions['code']));
const received = (): HumanRightsCaseDoc => value(validateRightsCase(RIGHTS_CASES[0]!));

describe('confidential human-rights cases', () => {
  it('shows every field to a rights counsellor (and admin), and only id and status to anyone else', () => {
    const c = received();
    expect(visibleRightsCase(c, caller('rights-counsellor'))).toEqual(c);
    expect(visibleRightsCase(c, caller('admin'))).toEqual(c);
    for (const who of [ANONYMOUS, caller('care-manager'), caller('outreach-worker', 'data-analyst')]) {
      const seen = visibleRightsCase(c, who);
      expect(Object.entries(seen).filter(([, v]) => v !== null)).toEqual([
        ['_id', 'HRC-2023JB0001'],
        ['status', 'RECEIVED'],
      ]);
      expect(canSeeRightsCases(who)).toBe(false);
    }
  });

  it('accepts only opaque ids', () => {
    expect(failure(validateRightsCase({ ...RIGHTS_CASES[0]!, id: 'kim-harassment-2023' }))).toBe('BAD_USER_INPUT');
  });

  it('escalates with the opaque id, agency and date only', () => {
    const payload = humanRightsCaseEscalated(received(), '2023-05-16');
    expect(payload).toEqual({
      caseId: 'HRC-2023JB0001',
      agencyId: 'jeonbuk-pass',
      escalatedTo: 'HUMAN_RIGHTS_MANAGEMENT_COMMITTEE',
      escalatedOn: '2023-05-16',
    });
  });
});

describe('human-rights case steps', () => {
  it('RECEIVED → COUNSELLING → RESOLVED | REFERRED | ESCALATED; serious cases straight to ESCALATED', () => {
    const c = received();
    expect(failure(planRightsStep(c, { to: 'RESOLVED', on: '2023-04-12' }))).toBe('INVALID_TRANSITION');
    expect(value(planRightsStep(c, { to: 'ESCALATED', on: '2023-04-11' }))).toEqual({ status: 'ESCALATED', closedOn: '2023-04-11' });
    const counselling = { ...c, ...value(planRightsStep(c, { to: 'COUNSELLING', on: '2023-04-12' })) };
    expect(failure(planRightsStep(counselling, { to: 'REFERRED', on: '2023-05-02' }))).toBe('BAD_USER_INPUT');
    expect(failure(planRightsStep(counselling, { to: 'RESOLVED', on: '2023-04-11' }))).toBe('BAD_USER_INPUT');
    const referred = {
      ...counselling,
      ...value(planRightsStep(counselling, { to: 'REFERRED', on: '2023-05-02', referredTo: '전라북도 인권담당관실' })),
    };
    expect(referred).toMatchObject({ status: 'REFERRED', referredTo: '전라북도 인권담당관실', closedOn: '2023-05-02' });
    expect(failure(planRightsStep(referred, { to: 'ESCALATED', on: '2023-05-03' }))).toBe('INVALID_TRANSITION');
  });

  it('seeds steps that follow the rules', () => {
    const cases = new Map(RIGHTS_CASES.map((i) => [i.id, value(validateRightsCase(i))]));
    for (const step of RIGHTS_STEPS) {
      const c = cases.get(step.caseId)!;
      cases.set(step.caseId, { ...c, ...value(planRightsStep(c, step)) });
    }
    expect([...cases.values()].map((c) => c.status)).toEqual(['REFERRED', 'ESCALATED', 'COUNSELLING']);
  });
});
