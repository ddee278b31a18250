/**
 * The 2013 welfare-delivery pilot (seed 002) through the gateway: the seeded programme within its
 * 3억원 total, each district's status on governance's District, and the tranche rules — a tranche is
 * released only once its condition is met and in order (CONFLICT with the reason otherwise).
 */
import { gql, ok } from './support/client';

const P = 'outreach-pilot';
const PROGRAM = `${P}-programme`;

interface Participation {
  district: { name: string };
  status: string;
  grantKRW: number | null;
  releasedKRW: number;
  tranches: { tranche: number; amountKRW: number; condition: string; conditionMetOn: string | null; releasedOn: string | null }[];
}

const mutate = (name: string, inputType: string, input: object) =>
  gql<Record<string, { participations: Participation[] }>>(
    `mutation($i: ${inputType}!) { ${name}(input: $i) { participations { district { name } status grantKRW releasedKRW tranches { tranche amountKRW condition conditionMetOn releasedOn } } } }`,
    { i: input },
  );

describe('outreach pilot programme (002)', () => {
  it('keeps the seeded grants within the printed 3억원 total and shows each district’s status on District', async () => {
    const d = await ok<{
      pilotProgram: {
        totalBudgetKRW: number;
        reportedDistrictCapKRW: number;
        grantedKRW: number;
        releasedKRW: number;
        externalCommitteeMembers: number;
        selectionCommittee: unknown[];
      };
      district: {
        name: string;
        shortName: string;
        pilotParticipations: Participation[];
        communityCentres: { name: string; welfareStaffCount: number }[];
      };
    }>(`{
      pilotProgram(id: "seoul-2013-welfare-delivery-pilot") { totalBudgetKRW reportedDistrictCapKRW grantedKRW releasedKRW externalCommitteeMembers selectionCommittee { memberId } }
      district(name: "서대문구") {
        name shortName
        pilotParticipations { district { name } status grantKRW releasedKRW tranches { tranche amountKRW condition conditionMetOn releasedOn } }
        communityCentres { name welfareStaffCount }
      }
    }`);
    // 002 L164: 총 3억원; L141: 구별 최대 1억원 (kept as printed); L150: ≤7 members, ≥2 external.
    expect(d.pilotProgram.totalBudgetKRW).toBe(300_000_000);
    expect(d.pilotProgram.reportedDistrictCapKRW).toBe(100_000_000);
    expect(d.pilotProgram.grantedKRW).toBeLessThanOrEqual(300_000_000);
    expect(d.pilotProgram.selectionCommittee.length).toBeLessThanOrEqual(7);
    expect(d.pilotProgram.externalCommitteeMembers).toBeGreaterThanOrEqual(2);
    // Governance's fields and outreach's on one District.
    expect(d.district.shortName).toBe('서대문');
    expect(d.district.communityCentres).toEqual([{ name: '홍제1동주민센터', welfareStaffCount: 2 }]);
    const [p] = d.district.pilotParticipations;
    // 서대문구's staff are not deployed yet: tranche 1 paid, tranche 2 waiting for its condition.
    expect(p?.status).toBe('OPERATING');
    expect(p?.tranches.map((t) => [t.condition, t.releasedOn !== null])).toEqual([
      ['FINAL_PLAN_SUBMITTED', true],
      ['STAFF_DEPLOYED', false],
    ]);
    expect(p && p.tranches[0]!.amountKRW + p.tranches[1]!.amountKRW).toBe(p?.grantKRW);
    expect(p?.releasedKRW).toBe(p?.tranches[0]?.amountKRW);
  });

  it('releases a tranche only once its condition is met, in order, and once', async () => {
    const reg = await gql(`mutation($i: RegisterPilotProgramInput!) { registerPilotProgram(input: $i) { id } }`, {
      i: {
        id: PROGRAM,
        name: '[test] 시범운영',
        source: 'test',
        applicationDeadline: '2013-02-20',
        pilotFrom: '2013-03-01',
        pilotTo: '2013-06-30',
        totalBudgetKRW: 300_000_000,
        selectionCommittee: [
          { memberId: `${P}-m1`, external: true },
          { memberId: `${P}-m2`, external: true },
          { memberId: `${P}-m3`, external: false },
        ],
      },
    });
    expect(reg.errors).toBeUndefined();
    const on = { programId: PROGRAM, district: '금천구' };
    expect(
      (await mutate('applyForPilot', 'ApplyForPilotInput', { ...on, track: 'PILOT_DISTRICT', appliedOn: '2013-02-18' })).errors,
    ).toBeUndefined();

    const early = await mutate('releaseGrantTranche', 'ReleaseGrantTrancheInput', { ...on, tranche: 1, releasedOn: '2013-03-08' });
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOT_SELECTED' });

    const overBudget = await mutate('selectPilotDistrict', 'SelectPilotDistrictInput', {
      ...on,
      grantKRW: 300_000_001,
      selectedOn: '2013-02-28',
    });
    expect(overBudget.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'BUDGET_EXCEEDED' });
    expect(
      (await mutate('selectPilotDistrict', 'SelectPilotDistrictInput', { ...on, grantKRW: 150_000_001, selectedOn: '2013-02-28' })).errors,
    ).toBeUndefined();

    const noPlan = await mutate('releaseGrantTranche', 'ReleaseGrantTrancheInput', { ...on, tranche: 1, releasedOn: '2013-03-08' });
    expect(noPlan.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'TRANCHE_CONDITION_NOT_MET',
      condition: 'FINAL_PLAN_SUBMITTED',
    });
    const notYetOperating = await mutate('advancePilotDistrict', 'AdvancePilotDistrictInput', { ...on, to: 'OPERATING', on: '2013-03-11' });
    expect(notYetOperating.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'TRANCHE_CONDITION_NOT_MET' });

    await mutate('recordGrantCondition', 'RecordGrantConditionInput', { ...on, condition: 'STAFF_DEPLOYED', metOn: '2013-03-02' });
    const outOfOrder = await mutate('releaseGrantTranche', 'ReleaseGrantTrancheInput', { ...on, tranche: 2, releasedOn: '2013-03-08' });
    expect(outOfOrder.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'TRANCHE_ORDER' });

    await mutate('recordGrantCondition', 'RecordGrantConditionInput', { ...on, condition: 'FINAL_PLAN_SUBMITTED', metOn: '2013-03-05' });
    const first = await mutate('releaseGrantTranche', 'ReleaseGrantTrancheInput', { ...on, tranche: 1, releasedOn: '2013-03-08' });
    const again = await mutate('releaseGrantTranche', 'ReleaseGrantTrancheInput', { ...on, tranche: 1, releasedOn: '2013-03-09' });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'TRANCHE_ALREADY_RELEASED' });
    const second = await mutate('releaseGrantTranche', 'ReleaseGrantTrancheInput', { ...on, tranche: 2, releasedOn: '2013-03-09' });
    expect(first.errors).toBeUndefined();
    const p = second.data?.['releaseGrantTranche']?.participations[0];
    // 50% + 50% in integer 원: the odd 원 goes to the second tranche.
    expect(p?.tranches.map((t) => [t.amountKRW, t.releasedOn])).toEqual([
      [75_000_000, '2013-03-08'],
      [75_000_001, '2013-03-09'],
    ]);
    expect(p?.releasedKRW).toBe(150_000_001);
  });

  it('refuses a committee over 7 or with fewer than 2 external experts', async () => {
    const members = Array.from({ length: 8 }, (_, i) => ({ memberId: `${P}-x${i}`, external: true }));
    const r = await gql(`mutation($i: RegisterPilotProgramInput!) { registerPilotProgram(input: $i) { id } }`, {
      i: {
        id: `${P}-too-big`,
        name: 'x',
        source: 'x',
        applicationDeadline: '2013-02-20',
        pilotFrom: '2013-03-01',
        pilotTo: '2013-06-30',
        totalBudgetKRW: 1,
        selectionCommittee: members,
      },
    });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'selectionCommittee' });
  });
});
