/**
 * A facility's entrustment lifecycle in care-services (CANDIDATE → ENTRUSTED → OPERATING → ENDED)
 * and staffing's reaction to its events: 정원 opened at entrustment, employment ended at its end.
 */
import { eventually, gql, ok } from './support/client';

const ID = 'test-entrusted-centre';
const FACILITY = `{ facility(id: "${ID}") { status entrustmentStart entrustmentEnd openedOn endedOn headcount(year: 2023) { authorised actual } staff(status: ACTIVE) { totalCount } } }`;
type F = {
  facility: {
    status: string;
    entrustmentStart: string | null;
    entrustmentEnd: string | null;
    openedOn: string | null;
    endedOn: string | null;
    headcount: { authorised: number; actual: number } | null;
    staff: { totalCount: number };
  };
};

const hire = (n: number) =>
  gql(`mutation($i: HireEmployeeInput!) { hireEmployee(input: $i) { id } }`, {
    i: {
      id: `test-entrusted-emp-${n}`,
      alias: `시험 직원 ${n}`,
      agencyId: 'jeonbuk-pass',
      facilityId: ID,
      jobFamily: 'PROFESSIONAL_SERVICE',
      grade: 'DA',
      jobType: 'CARE_WORKER',
      employmentForm: 'FULL_TIME',
      payScheme: 'SKILL_BASED',
      hireRoute: 'SUCCESSION',
      hiredOn: '2023-01-02',
    },
  });

describe('facility entrustment', () => {
  it('walks the lifecycle, refuses illegal steps, and staffing follows its events', async () => {
    await ok(`mutation($i: RegisterFacilityInput!) { registerFacility(input: $i) { status } }`, {
      i: {
        id: ID,
        name: '시험 노인요양시설',
        type: 'LONG_TERM_CARE_FACILITY',
        operationMode: 'ENTRUSTED',
        operatorId: 'jeonbuk-pass',
        district: '진안군',
      },
    });
    expect((await ok<F>(FACILITY)).facility).toMatchObject({ status: 'CANDIDATE', headcount: null });
    const illegalOpen = await gql(`mutation { openFacility(id: "${ID}", openedOn: "2023-01-02") { status } }`);
    expect(illegalOpen.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'INVALID_TRANSITION',
      from: 'CANDIDATE',
      to: 'OPERATING',
    });
    const reversed = await gql(
      `mutation { entrustFacility(input: { id: "${ID}", entrustmentStart: "2023-01-01", entrustmentEnd: "2022-12-31" }) { status } }`,
    );
    expect(reversed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'entrustmentEnd' });

    await ok(
      `mutation { entrustFacility(input: { id: "${ID}", entrustmentStart: "2023-01-01", entrustmentEnd: "2025-12-31", authorisedStaff: 6 }) { status } }`,
    );
    // Staffing opens the facility's 정원 for 2023 from the FacilityEntrustmentStarted event.
    const opened = await eventually('staffing to open the 정원', async () => {
      const f = (await ok<F>(FACILITY)).facility;
      return f.headcount ? f : undefined;
    });
    expect(opened).toMatchObject({
      status: 'ENTRUSTED',
      entrustmentStart: '2023-01-01',
      entrustmentEnd: '2025-12-31',
      headcount: { authorised: 6, actual: 0 },
    });

    await ok(`mutation { openFacility(id: "${ID}", openedOn: "2023-01-02") { status } }`);
    await eventually('staffing to know the facility', async () => !(await hire(1)).errors);
    expect((await hire(2)).errors).toBeUndefined();
    expect((await ok<F>(FACILITY)).facility).toMatchObject({
      status: 'OPERATING',
      openedOn: '2023-01-02',
      headcount: { authorised: 6, actual: 2 },
      staff: { totalCount: 2 },
    });

    await ok(`mutation { endFacilityEntrustment(id: "${ID}", endedOn: "2023-12-31", reason: "위탁기간 중도 종료 (test)") { status } }`);
    const ended = await eventually('staffing to end the employments', async () => {
      const f = (await ok<F>(FACILITY)).facility;
      return f.staff.totalCount === 0 ? f : undefined;
    });
    expect(ended).toMatchObject({ status: 'ENDED', endedOn: '2023-12-31', headcount: { authorised: 6, actual: 0 } });
    const emp = await ok<{ employee: { status: string; leftOn: string } }>(`{ employee(id: "test-entrusted-emp-1") { status leftOn } }`);
    expect(emp.employee).toEqual({ status: 'LEFT', leftOn: '2023-12-31' });
    const again = await gql(`mutation { endFacilityEntrustment(id: "${ID}", endedOn: "2024-01-31", reason: "again") { status } }`);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', from: 'ENDED' });
  });
});
