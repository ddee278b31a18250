import type { DomainError } from '@pass-graph/platform';
import { caseLoad, complexity, planCaseClose, planCasePlan, planEscalation, planFollowUp, type CaseDoc } from './cases';
import { CASES } from './seed';

const value = <T>(r: { ok: true; value: T } | { ok: false; error: DomainError }): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};
const failure = (r: { ok: boolean; error?: DomainError }) => (r.ok ? 'OK' : (r.error?.extensions['reason'] ?? r.error?.extensions['code']));

const open = (overrides: Partial<CaseDoc> = {}): CaseDoc => ({
  _id: 'c1',
  householdId: 'HH-SYN002',
  district: '성동구',
  communityCentreId: 'dong-seongdong-haengdang1',
  managerId: 'seongdong-cm-01',
  visitId: null,
  needs: ['HOUSING', 'HEALTH', 'JOBS'],
  openedOn: '2013-03-22',
  plan: null,
  linkedServices: [],
  status: 'OPEN',
  escalatedOn: null,
  escalationReason: null,
  plannedOn: null,
  closedOn: null,
  outcome: null,
  followUpOn: null,
  ...overrides,
});
const plan = {
  plan: '긴급복지 후 자활 연계',
  linkedServices: [{ kind: 'PUBLIC' as const, name: '긴급복지지원' }],
  plannedOn: '2013-03-25',
};

describe('case lifecycle OPEN → IN_PROGRESS → CLOSED → FOLLOW_UP', () => {
  it('goes forward one step at a time and refuses skips with INVALID_TRANSITION', () => {
    let c = open();
    expect(failure(planCaseClose(c, { closedOn: '2013-05-15', outcome: 'NEEDS_MET' }))).toBe('INVALID_TRANSITION');
    c = { ...c, ...value(planCasePlan(c, plan)) };
    expect(c.status).toBe('IN_PROGRESS');
    expect(failure(planFollowUp(c, '2013-06-01'))).toBe('INVALID_TRANSITION');
    c = { ...c, ...value(planCaseClose(c, { closedOn: '2013-05-15', outcome: 'NEEDS_MET' })) };
    c = { ...c, ...value(planFollowUp(c, '2013-08-01')) };
    expect(c).toMatchObject({ status: 'FOLLOW_UP', closedOn: '2013-05-15', followUpOn: '2013-08-01' });
    expect(failure(planFollowUp(c, '2013-09-01'))).toBe('INVALID_TRANSITION');
  });

  it('needs a linked service, dates in order and no personal data in the plan', () => {
    expect(failure(planCasePlan(open(), { ...plan, linkedServices: [] }))).toBe('BAD_USER_INPUT');
    expect(failure(planCasePlan(open(), { ...plan, plannedOn: '2013-03-21' }))).toBe('BAD_USER_INPUT');
    expect(failure(planCasePlan(open(), { ...plan, plan: '연락처 010-1234-5678' }))).toBe('BAD_USER_INPUT');
  });
});

describe('escalation to the 희망복지지원단 (002 L80)', () => {
  it('takes complex (≥3 needs domains) or long-term (≥90 days) cases only, once, while active', () => {
    expect(value(planEscalation(open(), '2013-04-02'))).toEqual({ escalatedOn: '2013-04-02', escalationReason: 'COMPLEX_NEEDS' });
    const simple = open({ needs: ['CARE'], openedOn: '2013-04-05' });
    expect(failure(planEscalation(simple, '2013-07-03'))).toBe('NOT_COMPLEX'); // day 89
    expect(value(planEscalation(simple, '2013-07-04')).escalationReason).toBe('LONG_TERM'); // day 90
    expect(failure(planEscalation(open({ escalatedOn: '2013-04-02' }), '2013-04-03'))).toBe('ALREADY_ESCALATED');
    expect(failure(planEscalation(open({ status: 'CLOSED', closedOn: '2013-05-01' }), '2013-05-02'))).toBe('CASE_NOT_ACTIVE');
    expect(complexity({ needs: ['CARE'], openedOn: '2013-04-05' }, '2013-04-06')).toBeNull();
  });

  it('closes as HANDED_OVER only an escalated case', () => {
    const inProgress = { ...open(), ...value(planCasePlan(open(), plan)) };
    expect(failure(planCaseClose(inProgress, { closedOn: '2013-05-15', outcome: 'HANDED_OVER' }))).toBe('BAD_USER_INPUT');
    const escalated = { ...inProgress, ...value(planEscalation(inProgress, '2013-04-02')) };
    expect(value(planCaseClose(escalated, { closedOn: '2013-05-15', outcome: 'HANDED_OVER' })).status).toBe('CLOSED');
  });
});

describe('case load per manager', () => {
  it('counts active and closed cases per manager, busiest first', () => {
    const cases = [
      { managerId: 'b', status: 'OPEN' as const, escalatedOn: null },
      { managerId: 'a', status: 'CLOSED' as const, escalatedOn: '2013-04-02' },
      { managerId: 'b', status: 'FOLLOW_UP' as const, escalatedOn: null },
      { managerId: 'a', status: 'IN_PROGRESS' as const, escalatedOn: null },
    ];
    expect(caseLoad(cases)).toEqual([
      { managerId: 'b', open: 1, inProgress: 0, followUp: 1, closed: 0, active: 2, escalated: 0 },
      { managerId: 'a', open: 0, inProgress: 1, followUp: 0, closed: 1, active: 1, escalated: 1 },
    ]);
  });

  it('seeds one case per manager with pseudonymous households', () => {
    expect(new Set(CASES.map((c) => c.managerId)).size).toBe(CASES.length);
    for (const c of CASES) expect(c.householdId).toMatch(/^HH-SYN\d{3}$/);
  });
});
