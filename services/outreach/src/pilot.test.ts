import type { DomainError } from '@pass-graph/platform';
import {
  checkCommittee,
  planAdvance,
  planApplication,
  planConditionMet,
  planSelection,
  planTrancheRelease,
  splitGrant,
  type PilotProgramDoc,
} from './pilot';
import { PILOT_GRANT_KRW, PILOT_PROGRAM } from './seed';

const program = (): PilotProgramDoc => {
  const { id, reportedDistrictCapKRW, ...rest } = PILOT_PROGRAM;
  return { _id: id, ...rest, reportedDistrictCapKRW: reportedDistrictCapKRW ?? null, participations: [] };
};

const value = <T>(r: { ok: true; value: T } | { ok: false; error: DomainError }): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};
const failure = (r: { ok: boolean; error?: DomainError }) => {
  if (r.ok) throw new Error('expected a failure');
  return { code: r.error!.extensions.code, reason: r.error!.extensions.reason };
};

/** A programme with 성동구 selected (grant 75,000,000원), nothing released. */
function selected(): PilotProgramDoc {
  const p = program();
  p.participations.push(value(planApplication(p, { district: '성동구', track: 'STRENGTHENED_DISTRICT', appliedOn: '2013-02-20' })));
  p.participations[0] = value(planSelection(p, { district: '성동구', grantKRW: PILOT_GRANT_KRW, selectedOn: '2013-02-28' }));
  return p;
}

describe('selection committee (002 L150: at most 7 members, at least 2 external)', () => {
  const member = (i: number, external: boolean) => ({ memberId: `m${i}`, external });
  it('accepts the seeded committee of 7 with 3 external experts', () => {
    expect(value(checkCommittee(PILOT_PROGRAM.selectionCommittee))).toHaveLength(7);
  });
  it('rejects 8 members and fewer than 2 external experts', () => {
    expect(failure(checkCommittee(Array.from({ length: 8 }, (_, i) => member(i, i < 3)))).code).toBe('BAD_USER_INPUT');
    expect(failure(checkCommittee([member(1, true), member(2, false), member(3, false)])).code).toBe('BAD_USER_INPUT');
  });
});

describe('grant tranches (002 L180–181: 50% + 50%, each on its condition)', () => {
  it('splits a grant into two halves in integer 원', () => {
    expect(splitGrant(75_000_000).map((t) => t.amountKRW)).toEqual([37_500_000, 37_500_000]);
    expect(splitGrant(3).map((t) => t.amountKRW)).toEqual([1, 2]);
  });

  it('refuses tranche 1 before the final plan is submitted', () => {
    expect(failure(planTrancheRelease(selected(), { district: '성동구', tranche: 1, releasedOn: '2013-03-08' }))).toEqual({
      code: 'CONFLICT',
      reason: 'TRANCHE_CONDITION_NOT_MET',
    });
  });

  it('refuses a release dated before its condition was met', () => {
    const p = selected();
    p.participations[0] = value(planConditionMet(p, { district: '성동구', condition: 'FINAL_PLAN_SUBMITTED', metOn: '2013-03-05' }));
    expect(failure(planTrancheRelease(p, { district: '성동구', tranche: 1, releasedOn: '2013-03-04' })).reason).toBe(
      'TRANCHE_CONDITION_NOT_MET',
    );
  });

  it('releases tranche 1 once the plan is in, then refuses it again and refuses tranche 2 until staff are deployed', () => {
    const p = selected();
    p.participations[0] = value(planConditionMet(p, { district: '성동구', condition: 'FINAL_PLAN_SUBMITTED', metOn: '2013-03-05' }));
    const first = value(planTrancheRelease(p, { district: '성동구', tranche: 1, releasedOn: '2013-03-08' }));
    expect(first.tranche).toMatchObject({ tranche: 1, amountKRW: 37_500_000, releasedOn: '2013-03-08' });
    p.participations[0] = first.participation;
    expect(failure(planTrancheRelease(p, { district: '성동구', tranche: 1, releasedOn: '2013-03-09' })).reason).toBe(
      'TRANCHE_ALREADY_RELEASED',
    );
    expect(failure(planTrancheRelease(p, { district: '성동구', tranche: 2, releasedOn: '2013-03-09' })).reason).toBe(
      'TRANCHE_CONDITION_NOT_MET',
    );
    p.participations[0] = value(planConditionMet(p, { district: '성동구', condition: 'STAFF_DEPLOYED', metOn: '2013-04-01' }));
    expect(value(planTrancheRelease(p, { district: '성동구', tranche: 2, releasedOn: '2013-04-05' })).tranche.amountKRW).toBe(37_500_000);
  });

  it('refuses tranche 2 before tranche 1 even with both conditions met', () => {
    const p = selected();
    p.participations[0] = value(planConditionMet(p, { district: '성동구', condition: 'STAFF_DEPLOYED', metOn: '2013-04-01' }));
    expect(failure(planTrancheRelease(p, { district: '성동구', tranche: 2, releasedOn: '2013-04-05' })).reason).toBe('TRANCHE_ORDER');
  });

  it('refuses any tranche to a district that only applied', () => {
    const p = program();
    p.participations.push(value(planApplication(p, { district: '금천구', track: 'STRENGTHENED_DISTRICT', appliedOn: '2013-02-19' })));
    expect(failure(planTrancheRelease(p, { district: '금천구', tranche: 1, releasedOn: '2013-03-08' })).reason).toBe('NOT_SELECTED');
  });
});

describe('pilot status 공모 → 선정 → 시범운영 → 평가·보완 → 확대', () => {
  it('keeps the selected grants within the 3억원 total (DQ-002-2)', () => {
    const p = program();
    for (const d of ['성동구', '노원구', '서대문구', '금천구', '마포구'])
      p.participations.push(value(planApplication(p, { district: d, track: 'STRENGTHENED_DISTRICT', appliedOn: '2013-02-20' })));
    for (const [i, d] of ['성동구', '노원구', '서대문구', '금천구'].entries())
      p.participations[i] = value(planSelection(p, { district: d, grantKRW: PILOT_GRANT_KRW, selectedOn: '2013-02-28' }));
    expect(failure(planSelection(p, { district: '마포구', grantKRW: 1, selectedOn: '2013-02-28' }))).toEqual({
      code: 'CONFLICT',
      reason: 'BUDGET_EXCEEDED',
    });
  });

  it('refuses late applications and a second application', () => {
    const p = program();
    expect(failure(planApplication(p, { district: '성동구', track: 'PILOT_DISTRICT', appliedOn: '2013-02-21' })).reason).toBe(
      'APPLICATION_CLOSED',
    );
    p.participations.push(value(planApplication(p, { district: '성동구', track: 'PILOT_DISTRICT', appliedOn: '2013-02-20' })));
    expect(failure(planApplication(p, { district: '성동구', track: 'PILOT_DISTRICT', appliedOn: '2013-02-20' })).code).toBe('CONFLICT');
  });

  it('starts operating only with tranche 1 released, and moves one step at a time', () => {
    const p = selected();
    expect(failure(planAdvance(p, { district: '성동구', to: 'OPERATING', on: '2013-03-11' })).reason).toBe('TRANCHE_CONDITION_NOT_MET');
    p.participations[0] = value(planConditionMet(p, { district: '성동구', condition: 'FINAL_PLAN_SUBMITTED', metOn: '2013-03-05' }));
    p.participations[0] = value(planTrancheRelease(p, { district: '성동구', tranche: 1, releasedOn: '2013-03-08' })).participation;
    expect(failure(planAdvance(p, { district: '성동구', to: 'EVALUATED', on: '2013-09-30' })).reason).toBe('INVALID_TRANSITION');
    p.participations[0] = value(planAdvance(p, { district: '성동구', to: 'OPERATING', on: '2013-03-11' }));
    expect(p.participations[0]).toMatchObject({ status: 'OPERATING', startedOn: '2013-03-11' });
    expect(failure(planAdvance(p, { district: '성동구', to: 'SELECTED', on: '2013-03-12' })).reason).toBe('INVALID_TRANSITION');
  });
});
